#include "PeopleMapping.h"

#include "HeaderMatch.h"

#include "common/Error.h"

#include <QCoreApplication>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PeopleMapping)
};

struct FieldInfo
{
    PersonField field;
    const char *key;
    const char *label;
    const char *synonyms; // '|'-separated, already normalised (lower case, no spaces)
};

// QT_TRANSLATE_NOOP so lupdate sees the labels; label() translates them.
const FieldInfo kFields[] = {
    {PersonField::Name, "name", QT_TRANSLATE_NOOP("dj::PeopleMapping", "Name"),
     "姓名|名字|党员姓名|name|fullname"},
    {PersonField::Gender, "gender", QT_TRANSLATE_NOOP("dj::PeopleMapping", "Gender"),
     "性别|gender|sex"},
    {PersonField::Ethnicity, "ethnicity", QT_TRANSLATE_NOOP("dj::PeopleMapping", "Ethnicity"),
     "民族|ethnicity|ethnicgroup|nationality"},
    {PersonField::BirthDate, "birthDate", QT_TRANSLATE_NOOP("dj::PeopleMapping", "Birth date"),
     "出生日期|出生年月|出生年月日|出生时间|生日|birthdate|dateofbirth|birthday|dob|born"},
    {PersonField::IdNumber, "idNumber", QT_TRANSLATE_NOOP("dj::PeopleMapping", "ID number"),
     "身份证号|身份证号码|公民身份号码|公民身份证号码|身份证|身份证件号码|证件号码|idnumber|idno|"
     "idcard|idcardnumber|id"},
    {PersonField::Phone, "phone", QT_TRANSLATE_NOOP("dj::PeopleMapping", "Phone"),
     "联系电话|手机|手机号码|手机号|电话|电话号码|联系方式|phone|mobile|telephone|tel|phonenumber"},
    {PersonField::Education, "education", QT_TRANSLATE_NOOP("dj::PeopleMapping", "Education"),
     "学历|文化程度|最高学历|全日制学历|education"},
    {PersonField::WorkUnit, "workUnit", QT_TRANSLATE_NOOP("dj::PeopleMapping", "Work unit"),
     "工作单位|单位|工作单位及职务|workunit|employer|unit"},
    {PersonField::Department, "department", QT_TRANSLATE_NOOP("dj::PeopleMapping", "Department"),
     "部门|所在部门|处室|所在处室|科室|所在科室|department|dept"},
    {PersonField::Position, "position", QT_TRANSLATE_NOOP("dj::PeopleMapping", "Position"),
     "职务|现任职务|职位|职务职级|行政职务|position|title|jobtitle"},
    {PersonField::Standing, "standing", QT_TRANSLATE_NOOP("dj::PeopleMapping", "Member category"),
     "党员类别|人员类别|党员身份|党籍状态|党员类型|类别|standing|membercategory|membertype|"
     "category"},
    {PersonField::JoinedOn, "joinedOn", QT_TRANSLATE_NOOP("dj::PeopleMapping", "Joined the Party"),
     "入党时间|入党日期|入党年月|加入党组织日期|加入中共时间|joinedon|joined|joinedtheparty|"
     "datejoined|joindate"},
    {PersonField::FullMemberOn, "fullMemberOn",
     QT_TRANSLATE_NOOP("dj::PeopleMapping", "Became a full member"),
     "转正时间|转正日期|转正年月|转为正式党员日期|fullmemberon|fullmembersince|fullmembership"},
    {PersonField::Branch, "branch", QT_TRANSLATE_NOOP("dj::PeopleMapping", "Branch"),
     "支部代码|党支部代码|组织代码|branchcode|所在支部|所在党支部|党支部|支部|所属支部|所属党支部|"
     "支部名称|党支部名称|所在党组织|所属党组织|党组织|branch|partybranch"},
    {PersonField::Cadre, "cadre", QT_TRANSLATE_NOOP("dj::PeopleMapping", "Party-affairs cadre"),
     "党务干部|是否党务干部|党务干部类别|党务工作者|cadre|partyaffairscadre"},
};
static_assert(sizeof kFields / sizeof kFields[0] == PeopleMapping::FieldCount);

} // namespace

const QList<PersonField> &PeopleMapping::fields()
{
    static const QList<PersonField> all = [] {
        QList<PersonField> l;
        for (const FieldInfo &f : kFields)
            l.append(f.field);
        return l;
    }();
    return all;
}

QString PeopleMapping::key(PersonField f)
{
    return QString::fromLatin1(kFields[size_t(f)].key);
}

QString PeopleMapping::label(PersonField f)
{
    return Tr::tr(kFields[size_t(f)].label);
}

std::optional<PersonField> PeopleMapping::fromKey(const QString &key)
{
    for (const FieldInfo &f : kFields) {
        if (key.compare(QLatin1String(f.key), Qt::CaseInsensitive) == 0)
            return f.field;
    }
    return std::nullopt;
}

PeopleMapping PeopleMapping::guess(const QStringList &headers)
{
    // Our own labels count too, in English and in the interface language, so a sheet this
    // program exported comes back in whatever language it was written. Synonyms are in order
    // (a branch code before a branch name).
    QList<QStringList> names;
    for (const FieldInfo &f : kFields)
        names.append(QString::fromUtf8(f.synonyms).split(QLatin1Char('|'))
                     << headermatch::normalize(QString::fromLatin1(f.label))
                     << headermatch::normalize(label(f.field)));
    const QList<int> columns = headermatch::guess(headers, names, true);
    PeopleMapping m;
    for (int i = 0; i < columns.size(); ++i)
        m.setColumn(kFields[size_t(i)].field, columns.at(i));
    return m;
}

void PeopleMapping::check(const QStringList &headers) const
{
    if (column(PersonField::Name) < 0)
        throw Error(
            Error::Kind::Invalid,
            Tr::tr("Choose the column that holds the names (%1).").arg(label(PersonField::Name)));
    QStringList labels;
    for (PersonField f : fields())
        labels << label(f);
    headermatch::checkColumns(QList<int>(m_columns.begin(), m_columns.end()), labels, headers);
}

} // namespace dj
