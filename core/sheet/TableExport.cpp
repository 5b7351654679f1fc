#include "TableExport.h"

#include "SheetWriter.h"
#include "access/Masking.h"
#include "org/OrganizationRepository.h"
#include "org/PersonRepository.h"
#include "org/PostRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::TableExport)
};

constexpr int kChunk = 2000; // people read per query: bounded memory, few round trips

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

// One chunk of people, in the order of `rowIds`, with every column of the sheet. One query
// rather than PersonRepository::rows() plus a second one for the fields a list row lacks:
// on 120,000 people the second lookup per person cost a third of the export's time. The
// numbers are masked as the people list masks them (core/access/Masking.h).
void peopleChunk(Database &db, const SensitiveView &view, const QVector<qint64> &rowIds,
                 const std::function<bool(const QVariantList &)> &row, bool *stopped)
{
    QByteArray ids = "[";
    for (qint64 id : rowIds)
        ids += QByteArray::number(id) + ',';
    ids[ids.size() - 1] = ']';
    // The ids are our own integers, bound as one JSON array; j.key keeps their order.
    Query q(db, QStringLiteral(
                    "SELECT p.name, p.gender, p.ethnicity, p.birth_date, p.id_number, p.joined_on, "
                    "p.full_member_on, p.standing, o.name, o.code, p.education, p.work_unit, "
                    "p.position, p.phone, p.branch_id "
                    "FROM json_each(:ids) j JOIN person p ON p.rowid = j.value "
                    "LEFT JOIN organization o ON o.id = p.branch_id "
                    "WHERE p.deleted = 0 ORDER BY j.key"));
    q.bind(QStringLiteral(":ids"), QString::fromLatin1(ids)).exec();
    // Cell values are the official Chinese terms whatever the interface language, so a file
    // exported anywhere imports again (the importer reads 男/女 and 正式党员/预备党员).
    const QString male = QStringLiteral("男"), female = QStringLiteral("女");
    const QString full = QStringLiteral("正式党员"), probationary = QStringLiteral("预备党员");
    while (q.next()) {
        const QString g = q.text(1);
        const QString branchId = q.text(14);
        const QVariantList cells{
            q.text(0),
            g == QLatin1String("M")   ? male
            : g == QLatin1String("F") ? female
                                      : QString(),
            q.text(2),
            date(dateFrom(q.value(3))),
            view.idNumber(branchId, q.text(4)),
            date(dateFrom(q.value(5))),
            date(dateFrom(q.value(6))),
            q.text(7) == QLatin1String("probationary") ? probationary : full,
            q.text(8),
            q.text(9),
            q.text(10),
            q.text(11),
            q.text(12),
            view.phone(branchId, q.text(13)),
        };
        if (!row(cells)) {
            *stopped = true;
            return;
        }
    }
}

bool people(Database &db, const QString &subtreeOf, const TableExport::RowFn &row)
{
    PersonFilter filter;
    filter.subtreeOf = subtreeOf;
    // The repository decides who matches and in which order (as the people list shows them).
    const QVector<qint64> ids = PersonRepository(db).matches(filter);
    const SensitiveView view(db);
    const int total = int(ids.size());
    int done = 0;
    bool stopped = false;
    for (int offset = 0; offset < total && !stopped; offset += kChunk)
        peopleChunk(
            db, view, ids.mid(offset, kChunk),
            [&](const QVariantList &cells) { return row(cells, ++done, total); }, &stopped);
    return !stopped;
}

bool orgs(Database &db, const QString &subtreeOf, const TableExport::RowFn &row)
{
    OrganizationRepository repo(db);
    const QList<Organization> all = repo.all();
    const QHash<QString, QString> heads = PostRepository(db).currentHeads();
    QHash<QString, QString> codeOf;
    for (const Organization &o : all)
        codeOf.insert(o.id, o.code);
    QSet<QString> keep;
    if (!subtreeOf.isEmpty()) {
        const QStringList ids = repo.subtreeIds(subtreeOf);
        keep = QSet<QString>(ids.cbegin(), ids.cend());
    }
    const int total = subtreeOf.isEmpty() ? int(all.size()) : int(keep.size());
    int done = 0;
    for (const Organization &o : all) {
        if (!subtreeOf.isEmpty() && !keep.contains(o.id))
            continue;
        const QVariantList cells{
            o.name,
            o.shortName,
            o.code,
            vocab::officialName(o.type),
            codeOf.value(o.parentId),
            vocab::officialName(o.unitKind),
            date(o.establishedOn),
            date(o.termStart),
            o.termYears > 0 ? QVariant(o.termYears) : QVariant(),
            date(o.termEnd()),
            o.isActive() ? QStringLiteral("正常") : QStringLiteral("已撤销"),
            heads.value(o.id),
        };
        if (!row(cells, ++done, total))
            return false;
    }
    return true;
}
} // namespace

std::optional<TableExport::Table> TableExport::tableNamed(const QString &name)
{
    if (name == QLatin1String("people"))
        return Table::People;
    if (name == QLatin1String("orgs"))
        return Table::Orgs;
    return std::nullopt;
}

QString TableExport::title(Table t)
{
    return t == Table::People ? Tr::tr("Party members") : Tr::tr("Party organisations");
}

QStringList TableExport::headers(Table t)
{
    if (t == Table::People)
        return {Tr::tr("Name"),              // 姓名
                Tr::tr("Gender"),            // 性别
                Tr::tr("Ethnicity"),         // 民族
                Tr::tr("Date of birth"),     // 出生日期
                Tr::tr("ID number"),         // 身份证号码
                Tr::tr("Joined the Party"),  // 入党时间
                Tr::tr("Full member since"), // 转正时间
                Tr::tr("Member category"),   // 党员类别
                Tr::tr("Branch"),            // 所在支部
                Tr::tr("Branch code"),       // 支部代码
                Tr::tr("Education"),         // 学历
                Tr::tr("Work unit"),         // 工作单位
                Tr::tr("Position"),          // 职务
                Tr::tr("Phone")};            // 联系电话
    return {Tr::tr("Organisation name"),     // 组织名称
            Tr::tr("Short name"),            // 简称
            Tr::tr("Organisation code"),     // 组织代码
            Tr::tr("Organisation type"),     // 组织类型
            Tr::tr("Parent code"),           // 上级组织代码
            Tr::tr("Unit kind"),             // 单位类别
            Tr::tr("Established"),           // 成立日期
            Tr::tr("Current term from"),     // 本届任期开始
            Tr::tr("Term (years)"),          // 任期年限
            Tr::tr("Term ends"),             // 任期届满
            Tr::tr("Status"),                // 状态
            Tr::tr("Secretary / head")};     // 书记/负责人
}

bool TableExport::forEachRow(Database &db, Table t, const QString &subtreeOf, const RowFn &row)
{
    return t == Table::People ? people(db, subtreeOf, row) : orgs(db, subtreeOf, row);
}

SheetTable TableExport::build(Database &db, Table t, const QString &subtreeOf)
{
    SheetTable table;
    table.name = title(t);
    table.headers = headers(t);
    forEachRow(db, t, subtreeOf, [&](const QVariantList &cells, int, int) {
        table.rows.append(cells);
        return true;
    });
    return table;
}

bool TableExport::write(Database &db, Table t, const QString &subtreeOf, const QString &path,
                        const std::function<bool(int, int)> &progress)
{
    SheetWriter out(path, title(t), headers(t));
    if (progress && !progress(0, 0))
        return false;
    int rows = 0;
    const bool finished =
        forEachRow(db, t, subtreeOf, [&](const QVariantList &cells, int done, int total) {
            out.addRow(cells);
            rows = total;
            return !progress || done % 1000 != 0 || progress(done, total);
        });
    if (!finished || (progress && !progress(rows, rows)))
        return false;
    out.commit();
    return true;
}

} // namespace dj
