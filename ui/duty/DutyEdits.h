#pragma once

#include "duty/DutyList.h"
#include "duty/DutyRecord.h"

class QWidget;
class Session;

// The edits of a year's list items and records, each one step on the undo stack; the dialogs
// they open show core's refusal under their form.
namespace dutyedits {
void addItem(Session &session, const QString &listId, QWidget *parent);
void editItem(Session &session, const dj::DutyItem &item, QWidget *parent);
void toggleRetired(Session &session, const dj::DutyItem &item); // retire, or reinstate
void removeRecord(Session &session, const dj::DutyRecord &record, QWidget *parent); // asks first
} // namespace dutyedits
