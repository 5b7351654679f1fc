#pragma once

#include "DutyTemplate.h"
#include "common/FieldProblem.h"

namespace dj {

// What makes a template or one of its items well-formed, for edits in the GUI and for
// template files alike. Each check throws dj::Error(Invalid) naming the item and the field.
namespace templaterules {
// The fields every item has, in a template or in a year's list; `name` names it in messages.
void checkFields(const QString &name, const QString &title, Frequency frequency,
                 const QString &deadline, int expected);
// Everything wrong with an item's fields at once, for the item dialog: "code", "category",
// "title", "content", "deadline", "expected", "evidence".
QList<FieldProblem> fieldProblems(const QString &code, const QString &category, const QString &title,
                                  const QString &content, Frequency frequency, const QString &deadline,
                                  int expected, const QString &evidence);
// The texts of an item: lengths (dj::limits) and no control characters.
void checkTexts(const QString &name, const QString &code, const QString &category, const QString &title,
                const QString &content, const QString &evidence);
// The template's name: present, not too long, no control characters.
void checkName(const QString &templateName);
void checkItem(DutySubject subject, const DutyTemplateItem &item);
void checkTemplate(const DutyTemplate &t); // the items too, and their codes unique
} // namespace templaterules

} // namespace dj
