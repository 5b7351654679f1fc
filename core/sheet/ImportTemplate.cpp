#include "ImportTemplate.h"

#include "SheetWriter.h"
#include "XlsxWriter.h"
#include "common/Error.h"
#include "org/IdNumber.h"
#include "org/OrgVocabulary.h"
#include "org/OrganizationRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QDir>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::ImportTemplate)
};

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

// Headers in PersonField / OrgField order: names the offices use, each one the import's
// header guess knows (a test checks every column maps to its field).
QStringList peopleHeaders()
{
    return {u("姓名"),     u("性别"),     u("民族"),     u("出生日期"),   u("身份证号码"),
            u("联系电话"), u("学历"),     u("工作单位"), u("部门"),       u("职务"),
            u("党员类别"), u("入党时间"), u("转正时间"), u("所在党支部"), u("党务干部")};
}

QStringList orgHeaders()
{
    return {u("组织名称"), u("简称"),     u("组织代码"),     u("组织类型"), u("上级组织代码"),
            u("单位类别"), u("成立日期"), u("本届任期开始"), u("任期年限")};
}

// Columns written as text: ID numbers, phone numbers and codes keep leading zeros and all
// 18 digits however they are typed.
QList<int> textColumns(ImportTemplate::Table t)
{
    return t == ImportTemplate::Table::People ? QList<int>{4, 5} : QList<int>{2, 4};
}

QList<Organization> activeOrgs(Database *db)
{
    QList<Organization> l;
    if (!db)
        return l;
    for (const Organization &o : OrganizationRepository(*db).all()) {
        if (o.isActive())
            l << o;
    }
    return l;
}

// How a row names `o`: its name when no other organisation has it, else its code.
QString reference(const Organization &o, const QList<Organization> &all)
{
    int same = 0;
    for (const Organization &other : all)
        same += other.name == o.name ? 1 : 0;
    return same == 1 || o.code.isEmpty() ? o.name : o.code;
}

// A valid ID number for a man born on `birth` that the file does not hold yet.
QString unusedIdNumber(Database *db, const QDate &birth)
{
    for (int sequence = 11; sequence < 1000; sequence += 2) { // odd: a man
        const QString id = IdNumber::compose(QStringLiteral("110101"), birth, sequence);
        if (!db)
            return id;
        Query q(*db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id_number = :id"));
        q.bind(QStringLiteral(":id"), id);
        if (q.scalar().toInt() == 0)
            return id;
    }
    return IdNumber::compose(QStringLiteral("110101"), birth, 999);
}

QVariantList peopleExample(Database *db)
{
    const QDate birth(1990, 5, 12);
    const QList<Organization> orgs = activeOrgs(db);
    QString branch = u("第一党支部");
    for (const Organization &o : orgs) {
        if (vocab::holdsMembers(o.type)) {
            branch = reference(o, orgs);
            break;
        }
    }
    return {u("张三"),
            u("男"),
            u("汉族"),
            birth,
            unusedIdNumber(db, birth),
            QStringLiteral("13800138000"),
            u("大学本科"),
            u("示例单位"),
            u("办公室"),
            u("科员"),
            u("正式党员"),
            QDate(2015, 7, 1),
            QDate(2016, 7, 1),
            branch,
            u("否")};
}

QVariantList orgExample(Database *db)
{
    const QList<Organization> orgs = activeOrgs(db);
    QString parent = QStringLiteral("JG");
    QString code = QStringLiteral("JG-901");
    for (const Organization &o : orgs) {
        if (vocab::allowedParents(OrgType::Branch).contains(o.type) && !o.code.isEmpty()) {
            parent = o.code;
            code = o.code + QStringLiteral("-901");
            break;
        }
    }
    if (db) {
        OrganizationRepository repo(*db);
        for (int n = 901; !repo.byCode(code).id.isEmpty() && n < 10000; ++n)
            code = parent + QLatin1Char('-') + QString::number(n);
    }
    return {u("示例党支部"),
            u("示例支部"),
            code,
            vocab::officialName(OrgType::Branch),
            parent,
            vocab::officialName(UnitKind::Internal),
            QDate(2020, 6, 1),
            QDate(2023, 6, 1),
            vocab::defaultTermYears(OrgType::Branch)};
}

} // namespace

SheetTable ImportTemplate::build(Table t, Database *db)
{
    SheetTable table;
    if (t == Table::People) {
        table.name = u("党员信息");
        table.headers = peopleHeaders();
        table.rows << peopleExample(db);
    } else {
        table.name = u("党组织信息");
        table.headers = orgHeaders();
        table.rows << orgExample(db);
    }
    return table;
}

QString ImportTemplate::fileName(Table t)
{
    return t == Table::People ? Tr::tr("Party members import template.xlsx")
                              : Tr::tr("Organisations import template.xlsx");
}

void ImportTemplate::write(Table t, const QString &path, Database *db)
{
    if (SheetWriter::formatOf(path) != SheetWriter::Format::Xlsx)
        throw Error(Error::Kind::Invalid,
                    Tr::tr("The template is an Excel workbook: give a file name ending in .xlsx "
                           "(not %1).")
                        .arg(QDir::toNativeSeparators(path)));
    const SheetTable table = build(t, db);
    XlsxWriter w(path, table.name, table.headers);
    w.setTextColumns(textColumns(t));
    for (const QVariantList &row : table.rows)
        w.addRow(row);
    w.commit();
}

} // namespace dj
