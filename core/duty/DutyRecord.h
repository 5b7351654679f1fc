#pragma once

#include <QDate>
#include <QString>

namespace dj {

// 履责纪实: one piece of work done on an item — when, what, and who recorded it.
struct DutyRecord
{
    QString id;
    QString itemId;
    QDate doneOn;
    QString text;
    QString recordedBy;
    int attachments = 0; // read along for lists
    qint64 version = 0;
};

} // namespace dj
