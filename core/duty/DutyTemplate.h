#pragma once

#include "DutyVocabulary.h"

#include <QList>
#include <QString>

namespace dj {

// One item of a responsibility-list template: what must be done, how often, and what proves it.
struct DutyTemplateItem
{
    QString id;
    QString code;     // stable across the years' versions ("JC03"): lists find their items by it
    int sortOrder = 0;
    QString category; // 政治建设, 思想建设 …
    QString title;    // 事项
    QString content;  // 具体内容
    Frequency frequency = Frequency::Yearly;
    QString deadline; // "MM-DD" within the year, or empty
    int expected = 1; // records expected per period
    QString evidence; // 佐证材料
    QString carriesOut; // "subject/code" of the item above it carries out, or empty
    qint64 version = 0;
};

// A template for one subject (a level or a post), as it stands from `year` on.
struct DutyTemplate
{
    QString id;
    DutySubject subject = DutySubject::Grassroots;
    int year = 0;
    QString name;
    QList<DutyTemplateItem> items;
    qint64 version = 0;
};

} // namespace dj
