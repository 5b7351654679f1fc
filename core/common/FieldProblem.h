#pragma once

#include <QList>
#include <QString>

namespace dj {

// One thing wrong with a form: `field` names the field as the form knows it (such as
// "joinedOn"; empty when it is about the whole form) and `message` says what to do.
// Validation returns all of a form's problems this way, so the form can show each beside
// its field at once; the throwing checks throw the first.
struct FieldProblem
{
    QString field;
    QString message;
};

} // namespace dj
