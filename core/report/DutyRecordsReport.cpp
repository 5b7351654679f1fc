#include "DutyRecordsReport.h"

#include "ReportData.h"
#include "common/Error.h"
#include "duty/DutyRepository.h"
#include "duty/DutySchedule.h"
#include "org/OrganizationRepository.h"
#include "org/PersonRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dj::report {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::report::DutyRecordsReport)
};

struct Recorded
{
    QString id;
    QDate on;
    QString text;
    QString by;
    QStringList files;
};

// The records of every item of `lists`, by item, each item's in date order, with the names
// of their evidence files: two queries whatever the number of items.
QHash<QString, QList<Recorded>> loadRecords(Database &db, const QList<DutyList> &lists)
{
    QJsonArray ids;
    for (const DutyList &l : lists)
        ids.append(l.id);
    const QString json = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    const QString ofLists =
        QStringLiteral(" FROM duty_record r JOIN duty_item i ON i.id = r.item_id "
                       "WHERE r.deleted = 0 AND i.deleted = 0 "
                       "AND i.list_id IN (SELECT value FROM json_each(:ids))");
    QHash<QString, QStringList> files;
    // sql-identifiers-only: ofLists is a fixed fragment; the list ids are bound
    Query a(db, QStringLiteral("SELECT a.owner_id, a.name FROM attachment a WHERE a.deleted = 0 "
                               "AND a.owner_table = 'duty_record' AND a.owner_id IN (SELECT r.id") +
                    ofLists + QStringLiteral(") ORDER BY a.rowid"));
    a.bind(QStringLiteral(":ids"), json).exec();
    while (a.next())
        files[a.text(0)].append(a.text(1));

    QHash<QString, QList<Recorded>> out;
    // sql-identifiers-only: ofLists is a fixed fragment; the list ids are bound
    Query q(db, QStringLiteral("SELECT r.item_id, r.id, r.done_on, r.text, r.recorded_by") +
                    ofLists + QStringLiteral(" ORDER BY r.done_on, r.rowid"));
    q.bind(QStringLiteral(":ids"), json).exec();
    while (q.next())
        out[q.text(0)].append(
            {q.text(1), dateFrom(q.value(2)), q.text(3), q.text(4), files.value(q.text(1))});
    return out;
}

QString evidence(const QStringList &files)
{
    return files.isEmpty()
               ? QStringLiteral("无")
               : QStringLiteral("%1 个：").arg(files.size()) + files.join(QStringLiteral("、"));
}

// One row per record, numbered 1, 2, 3…; an item with none gets one "（未记录）" row, marked
// once something of it was due. Retired items appear only with the records made before they
// were retired.
Block recordTable(const QList<DutyItem> &items, const QHash<QString, QList<Recorded>> &records,
                  int year, const QDate &today, int *recorded, int *missing)
{
    Block table;
    table.kind = Block::Kind::Table;
    table.columns = {
        {QStringLiteral("序号"), 0.5, true},   {QStringLiteral("事项"), 2.1, false},
        {QStringLiteral("日期"), 1.05, true},  {QStringLiteral("履责情况"), 4.6, false},
        {QStringLiteral("记录人"), 1.2, true}, {QStringLiteral("佐证材料"), 1.9, false}};
    const auto n = [&table] { return QString::number(table.rows.size() + 1); };
    for (const DutyItem &item : items) {
        const QList<Recorded> done = records.value(item.id);
        if (item.isRetired() && done.isEmpty())
            continue;
        const QString title =
            item.isRetired() ? item.title + QStringLiteral("（已停用）") : item.title;
        if (done.isEmpty()) {
            ++*missing;
            const QList<DutyPeriod> periods =
                DutySchedule::periods(item.frequency, item.deadline, year);
            if (!periods.isEmpty() && periods.first().due < today)
                table.markedRows.append(int(table.rows.size()));
            table.rows.append(
                {n(), title, QString(), QStringLiteral("（未记录）"), QString(), QString()});
            continue;
        }
        *recorded += int(done.size());
        for (const Recorded &r : done)
            table.rows.append(
                {n(), title, r.on.toString(Qt::ISODate), r.text, r.by, evidence(r.files)});
    }
    return table;
}
} // namespace

Report DutyRecordsReport::build(Database &db, int year, const QString &orgId,
                                const QString &personId, const QDate &today)
{
    if (orgId.isEmpty() == personId.isEmpty())
        throw Error(
            Error::Kind::Invalid,
            Tr::tr(
                "Choose either an organisation or a person for the record of duties, not both."));
    QString subject;
    QString empty;
    if (!orgId.isEmpty()) {
        subject = OrganizationRepository(db).get(orgId).name; // throws NotFound
        empty = Tr::tr("%1 has no responsibility lists for %2. Generate the year's lists first.")
                    .arg(subject, QString::number(year));
    } else {
        const Person person = PersonRepository(db).get(personId);
        empty =
            Tr::tr(
                "%1 has no post responsibility lists for %2: lists are made for the holders of the "
                "five posts when the year's lists are generated.")
                .arg(person.name, QString::number(year));
        subject = person.name; // with the branch: two people may share a name
        if (!person.branchId.isEmpty())
            subject +=
                QStringLiteral("（%1）").arg(OrganizationRepository(db).get(person.branchId).name);
    }
    const QList<DutyList> lists = DutyRepository(db).lists(year, orgId, personId);
    if (lists.isEmpty())
        throw Error(Error::Kind::NotFound, empty);

    Report r;
    r.title = QStringLiteral("%1年度履责纪实").arg(year);
    r.subtitle = subject + QStringLiteral("　　截至 ") + chineseDate(today);
    r.headerLine = db.officeName() + QStringLiteral("　%1年度").arg(year);
    r.landscape = true;
    DutyRepository repo(db);
    const QHash<QString, QList<Recorded>> records = loadRecords(db, lists);
    for (const DutyList &list : lists) {
        int recorded = 0, missing = 0;
        const Block table =
            recordTable(repo.items(list.id), records, year, today, &recorded, &missing);
        const QString who =
            list.isPostList()
                ? QStringLiteral("责任人：%1（%2）").arg(list.personName, list.orgName)
                : QStringLiteral("责任单位：") + list.orgName;
        r.blocks.append(Block::heading(list.title));
        r.blocks.append(
            Block::paragraph(who + QStringLiteral("　　共记录履责纪实 %1 条，%2 项事项尚无记录。")
                                       .arg(recorded)
                                       .arg(missing)));
        r.blocks.append(table);
    }
    r.blocks.append(Block::signatureLine({QStringLiteral("填报人"), QStringLiteral("审核人")}));
    return r;
}

} // namespace dj::report
