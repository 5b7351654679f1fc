#include "OrgMapping.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::OrgMapping)
};

struct FieldInfo
{
    OrgField field;
    const char *label;
    const char *synonyms; // '|'-separated, already normalised (lower case, no spaces)
};

// QT_TRANSLATE_NOOP so lupdate sees the labels; label() translates them. Only exact header
// names count: "任期届满" must not be taken for "任期".
const FieldInfo kFields[] = {
    {OrgField::Name, QT_TRANSLATE_NOOP("dj::OrgMapping", "Organisation name"),
     "组织名称|名称|党组织名称|organisationname|organizationname|name"},
    {OrgField::ShortName, QT_TRANSLATE_NOOP("dj::OrgMapping", "Short name"),
     "简称|组织简称|shortname|abbreviation"},
    {OrgField::Code, QT_TRANSLATE_NOOP("dj::OrgMapping", "Organisation code"),
     "组织代码|代码|编码|组织编码|党组织代码|organisationcode|organizationcode|code"},
    {OrgField::Type, QT_TRANSLATE_NOOP("dj::OrgMapping", "Organisation type"),
     "组织类型|类型|组织类别|organisationtype|organizationtype|type"},
    {OrgField::Parent, QT_TRANSLATE_NOOP("dj::OrgMapping", "Parent organisation"),
     "上级组织代码|上级代码|上级组织|上级党组织|上级组织名称|parentcode|parent|"
     "parentorganisation|parentorganization"},
    {OrgField::UnitKind, QT_TRANSLATE_NOOP("dj::OrgMapping", "Unit kind"),
     "单位类别|单位类型|unitkind|unittype"},
    {OrgField::EstablishedOn, QT_TRANSLATE_NOOP("dj::OrgMapping", "Established"),
     "成立日期|成立时间|建立日期|established|establishedon|founded"},
    {OrgField::TermStart, QT_TRANSLATE_NOOP("dj::OrgMapping", "Current term from"),
     "本届任期开始|任期开始|换届时间|本届任期开始日期|currenttermfrom|termstart|termfrom"},
    {OrgField::TermYears, QT_TRANSLATE_NOOP("dj::OrgMapping", "Term (years)"),
     "任期年限|任期|termyears|term"},
};
static_assert(sizeof kFields / sizeof kFields[0] == OrgMapping::FieldCount);

// "* 组织名称\n" → "组织名称"; "Term (years)" → "term"; "任期(年)" → "任期".
QString normalize(const QString &header)
{
    static const QRegularExpression notes(QStringLiteral("[(（\\[【<《].*?[)）\\]】>》]"));
    static const QRegularExpression noise(QStringLiteral("[\\s\\x{3000}*＊:：_\\-.、/]"));
    QString s = header.toLower();
    s.remove(noise);
    const QString withoutNotes = QString(s).remove(notes);
    return withoutNotes.isEmpty() ? s : withoutNotes;
}
} // namespace

const QList<OrgField> &OrgMapping::fields()
{
    static const QList<OrgField> all = [] {
        QList<OrgField> l;
        for (const FieldInfo &f : kFields)
            l.append(f.field);
        return l;
    }();
    return all;
}

QString OrgMapping::label(OrgField f)
{
    return Tr::tr(kFields[size_t(f)].label);
}

OrgMapping OrgMapping::guess(const QStringList &headers)
{
    OrgMapping m;
    QStringList norm;
    for (const QString &h : headers)
        norm.append(normalize(h));
    QList<bool> taken(headers.size(), false);
    for (const FieldInfo &f : kFields) {
        // Our own labels count too, in English and in the interface language.
        const QStringList synonyms = QString::fromUtf8(f.synonyms).split(QLatin1Char('|'))
                                     << normalize(QString::fromLatin1(f.label))
                                     << normalize(label(f.field));
        for (const QString &s : synonyms) {
            for (int c = 0; c < norm.size() && m.column(f.field) < 0; ++c) {
                if (!taken.at(c) && !norm.at(c).isEmpty() && norm.at(c) == s) {
                    m.setColumn(f.field, c);
                    taken[c] = true;
                }
            }
        }
    }
    return m;
}

void OrgMapping::check() const
{
    for (OrgField f : {OrgField::Name, OrgField::Code, OrgField::Type}) {
        if (column(f) < 0)
            throw Error(Error::Kind::Invalid,
                        Tr::tr("The sheet has no column for the %1; give it a header such as "
                               "\"%2\".")
                            .arg(label(f), QString::fromUtf8(kFields[size_t(f)].synonyms)
                                               .section(QLatin1Char('|'), 0, 0)));
    }
}

} // namespace dj
