#pragma once

#include "DutyVocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dj {

// One year's responsibility list of an organisation (level lists) or of a person in a post.
struct DutyList
{
    QString id;
    int year = 0;
    DutySubject subject = DutySubject::Grassroots;
    QString templateId;
    QString orgId;    // the organisation; for a post list, the post's organisation
    QString personId; // post lists only
    QString title;
    QString orgName;    // read along for lists
    QString personName; // read along for lists
    qint64 version = 0;
    bool isPostList() const { return !personId.isEmpty(); }
};

// An item of a year's list. Items generated from a template keep its code; items added by
// hand have none. A retired item stays with its records but no longer counts.
struct DutyItem
{
    QString id;
    QString listId;
    QString templateItemId;
    QString code;
    int sortOrder = 0;
    QString category;
    QString title;
    QString content;
    Frequency frequency = Frequency::Yearly;
    QString deadline; // "MM-DD" or empty
    int expected = 1;
    QString evidence;
    QString carriesOutId; // the item of the list above that this one carries out
    QDate retiredOn;
    qint64 version = 0;
    bool isRetired() const { return retiredOn.isValid(); }
};

} // namespace dj
