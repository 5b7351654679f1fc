#include "OrgMapping.h"

#include "HeaderMatch.h"

#include "common/Error.h"

#include <QCoreApplication>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::OrgMapping)
};

struct FieldInfo
{
    OrgField field;
    const char *key;
    const char *label;
    const char *synonyms; // '|'-separated, already normalised (lower case, no spaces)
};

// QT_TRANSLATE_NOOP so lupdate sees the labels; label() translates them. Only exact header
// names count: "任期届满" must not be taken for "任期".
const FieldInfo kFields[] = {
    {OrgField::Name, "name", QT_TRANSLATE_NOOP("dj::OrgMapping", "Organisation name"),
     "组织名称|名称|党组织名称|organisationname|organizationname|name"},
    {OrgField::ShortName, "shortName", QT_TRANSLATE_NOOP("dj::OrgMapping", "Short name"),
     "简称|组织简称|shortname|abbreviation"},
    {OrgField::Code, "code", QT_TRANSLATE_NOOP("dj::OrgMapping", "Organisation code"),
     "组织代码|代码|编码|组织编码|党组织代码|organisationcode|organizationcode|code"},
    {OrgField::Type, "type", QT_TRANSLATE_NOOP("dj::OrgMapping", "Organisation type"),
     "组织类型|类型|组织类别|organisationtype|organizationtype|type"},
    {OrgField::Parent, "parent", QT_TRANSLATE_NOOP("dj::OrgMapping", "Parent organisation"),
     "上级组织代码|上级代码|上级组织|上级党组织|上级组织名称|parentcode|parent|"
     "parentorganisation|parentorganization"},
    {OrgField::UnitKind, "unitKind", QT_TRANSLATE_NOOP("dj::OrgMapping", "Unit kind"),
     "单位类别|单位类型|unitkind|unittype"},
    {OrgField::EstablishedOn, "establishedOn", QT_TRANSLATE_NOOP("dj::OrgMapping", "Established"),
     "成立日期|成立时间|建立日期|established|establishedon|founded"},
    {OrgField::TermStart, "termStart", QT_TRANSLATE_NOOP("dj::OrgMapping", "Current term from"),
     "本届任期开始|任期开始|换届时间|本届任期开始日期|currenttermfrom|termstart|termfrom"},
    {OrgField::TermYears, "termYears", QT_TRANSLATE_NOOP("dj::OrgMapping", "Term (years)"),
     "任期年限|任期|termyears|term"},
};
static_assert(sizeof kFields / sizeof kFields[0] == OrgMapping::FieldCount);

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

QString OrgMapping::key(OrgField f)
{
    return QString::fromLatin1(kFields[size_t(f)].key);
}

QString OrgMapping::label(OrgField f)
{
    return Tr::tr(kFields[size_t(f)].label);
}

OrgMapping OrgMapping::guess(const QStringList &headers)
{
    // Our own labels count too, in English and in the interface language. Whole header names
    // only, so 任期届满 is never taken for 任期.
    QList<QStringList> names;
    for (const FieldInfo &f : kFields)
        names.append(QString::fromUtf8(f.synonyms).split(QLatin1Char('|'))
                     << headermatch::normalize(QString::fromLatin1(f.label))
                     << headermatch::normalize(label(f.field)));
    const QList<int> columns = headermatch::guess(headers, names, false);
    OrgMapping m;
    for (int i = 0; i < columns.size(); ++i)
        m.setColumn(kFields[size_t(i)].field, columns.at(i));
    return m;
}

void OrgMapping::check(const QStringList &headers) const
{
    for (OrgField f : {OrgField::Name, OrgField::Code, OrgField::Type}) {
        if (column(f) < 0)
            throw Error(Error::Kind::Invalid,
                        Tr::tr("The sheet has no column for the %1; give it a header such as "
                               "\"%2\".")
                            .arg(label(f), QString::fromUtf8(kFields[size_t(f)].synonyms)
                                               .section(QLatin1Char('|'), 0, 0)));
    }
    QStringList labels;
    for (OrgField f : fields())
        labels << label(f);
    headermatch::checkColumns(QList<int>(m_columns.begin(), m_columns.end()), labels, headers);
}

} // namespace dj
