#include "TemplateRules.h"

#include "DutySchedule.h"
#include "common/Error.h"
#include "common/FieldCheck.h"
#include "common/FieldLimits.h"

#include <QCoreApplication>
#include <QSet>

namespace dj::templaterules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::TemplateRules)
};
[[noreturn]] void invalid(const QString &name, const QString &why)
{
    throw Error(Error::Kind::Invalid, name.isEmpty() ? why : Tr::tr("Item %1: %2").arg(name, why));
}
[[noreturn]] void invalid(const DutyTemplateItem &item, const QString &why)
{
    invalid(item.code.isEmpty() ? item.title : item.code, why);
}
} // namespace

QList<FieldProblem> fieldProblems(const QString &code, const QString &category, const QString &title,
                                  const QString &content, Frequency frequency, const QString &deadline,
                                  int expected, const QString &evidence)
{
    QList<FieldProblem> out;
    auto add = [&out](const char *field, const QString &message) {
        if (!message.isEmpty())
            out.append({QString::fromLatin1(field), message});
    };
    using fieldcheck::Lines;
    add("code", fieldcheck::problem(Tr::tr("The code"), code.trimmed(), limits::CodeMax));
    add("category", fieldcheck::problem(Tr::tr("The category"), category.trimmed(), limits::CategoryMax));
    if (title.trimmed().isEmpty())
        add("title", Tr::tr("The item needs a title (事项)."));
    add("title", fieldcheck::problem(Tr::tr("The title"), title.trimmed(), limits::TitleMax));
    add("content", fieldcheck::problem(Tr::tr("The content"), content.trimmed(), limits::ContentMax, Lines::Many));
    if (!DutySchedule::isValidDeadline(deadline))
        add("deadline", Tr::tr("The deadline \"%1\" is not a date in the year; write it as MM-DD, "
                               "such as 03-31.")
                            .arg(deadline));
    else if (vocab::needsDeadline(frequency) && deadline.isEmpty())
        add("deadline", Tr::tr("An item due \"%1\" needs a deadline (MM-DD).").arg(vocab::label(frequency)));
    if (expected < 1 || expected > limits::ExpectedMax)
        add("expected", Tr::tr("The expected count per period must be from 1 to 99."));
    add("evidence", fieldcheck::problem(Tr::tr("The evidence"), evidence.trimmed(), limits::EvidenceMax, Lines::Many));
    return out;
}

void checkFields(const QString &name, const QString &title, Frequency frequency,
                 const QString &deadline, int expected)
{
    for (const FieldProblem &p : fieldProblems({}, {}, title, {}, frequency, deadline, expected, {}))
        invalid(name, p.message);
}

void checkTexts(const QString &name, const QString &code, const QString &category, const QString &title,
                const QString &content, const QString &evidence)
{
    using fieldcheck::Lines;
    for (const QString &p :
         {fieldcheck::problem(Tr::tr("The code"), code.trimmed(), limits::CodeMax),
          fieldcheck::problem(Tr::tr("The category"), category.trimmed(), limits::CategoryMax),
          fieldcheck::problem(Tr::tr("The title"), title.trimmed(), limits::TitleMax),
          fieldcheck::problem(Tr::tr("The content"), content.trimmed(), limits::ContentMax, Lines::Many),
          fieldcheck::problem(Tr::tr("The evidence"), evidence.trimmed(), limits::EvidenceMax, Lines::Many)})
        if (!p.isEmpty())
            invalid(name.left(limits::CodeMax), p);
}

void checkName(const QString &templateName)
{
    if (templateName.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("The template needs a name."));
    fieldcheck::text(Tr::tr("The template's name"), templateName.trimmed(), limits::TitleMax);
}

void checkItem(DutySubject subject, const DutyTemplateItem &item)
{
    if (item.code.trimmed().isEmpty())
        invalid(item, Tr::tr("Every item needs a code (such as JC01); lists find their items by it."));
    checkFields(item.code.isEmpty() ? item.title : item.code, item.title, item.frequency,
                item.deadline, item.expected);
    checkTexts(item.code, item.code, item.category, item.title, item.content, item.evidence);
    if (item.carriesOut.isEmpty())
        return;
    DutySubject parent;
    const QString parentCode = vocab::parentSubject(subject, &parent) ? vocab::code(parent) : QString();
    if (parentCode.isEmpty() || item.carriesOut.section(QLatin1Char('/'), 0, 0) != parentCode ||
        item.carriesOut.section(QLatin1Char('/'), 1).isEmpty() ||
        !fieldcheck::problem(QString(), item.carriesOut.section(QLatin1Char('/'), 1), limits::CodeMax).isEmpty())
        invalid(item, parentCode.isEmpty()
                          ? Tr::tr("Items of the %1 list carry out no list above them.")
                                .arg(vocab::label(subject))
                          : Tr::tr("\"%1\" is not an item of the list above; write %2/CODE.")
                                .arg(item.carriesOut, parentCode));
}

void checkTemplate(const DutyTemplate &t)
{
    checkName(t.name);
    if (t.year != 0 && (t.year < limits::YearMin || t.year > limits::YearMax))
        throw Error(Error::Kind::Invalid, Tr::tr("The year %1 is out of range.").arg(t.year));
    QSet<QString> codes;
    for (const DutyTemplateItem &item : t.items) {
        checkItem(t.subject, item);
        if (codes.contains(item.code))
            invalid(item, Tr::tr("The code is used by two items of %1.").arg(t.name));
        codes.insert(item.code);
    }
}

} // namespace dj::templaterules
