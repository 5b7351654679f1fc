#include "DemoDuty.h"

#include "common/Clock.h"
#include "duty/DutyGenerator.h"
#include "duty/DutySchedule.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"

#include <QHash>
#include <QRandomGenerator>

namespace dj::demo {

namespace {
// How likely a period's work is recorded in full, by list: level lists by organisation type,
// post lists by subject.
double diligence(const QString &subject, const QString &orgType)
{
    if (subject == QLatin1String("party_group") || subject == QLatin1String("pg_secretary"))
        return 0.95;
    if (subject == QLatin1String("leading_group"))
        return 0.92;
    if (subject == QLatin1String("oc_fulltime_deputy"))
        return 0.88;
    if (subject == QLatin1String("organ_committee") || subject == QLatin1String("oc_secretary"))
        return 0.85;
    if (subject == QLatin1String("pg_member"))
        return 0.8;
    if (orgType == QLatin1String("general_branch"))
        return 0.7;
    return subject == QLatin1String("br_secretary") ? 0.58 : 0.62;
}

const char *const kDone[] = {
    "已按要求完成，会议记录、签到表已归档。",
    "已完成，形成书面材料报机关党委备案。",
    "按计划组织实施，相关照片和通知已存档。",
    "已落实，参加人员签到齐全，记录完整。",
};
} // namespace

int fillDuty(Database &db, const QDate &today, quint32 seed)
{
    const int year = today.year();
    DutyGenerator(db).generate(year, today);
    QRandomGenerator rng(seed);
    Query items(db, QStringLiteral("SELECT i.id, i.title, i.frequency, i.deadline, i.expected, l.subject, "
                                   "o.org_type FROM duty_item i JOIN duty_list l ON l.id = i.list_id "
                                   "JOIN organization o ON o.id = l.org_id LEFT JOIN person pe ON pe.id = l.person_id "
                                   "WHERE i.deleted = 0 AND l.year = :y "
                                   // A stable order (ids are random): the same seed, the same records.
                                   "ORDER BY l.subject, o.code, coalesce(pe.id_number, ''), i.code"));
    items.bind(QStringLiteral(":y"), year).exec();
    struct Item
    {
        QString id, title, frequency, deadline, subject, orgType;
        int expected;
    };
    QList<Item> all;
    while (items.next())
        all.append({items.text(0), items.text(1), items.text(2), items.text(3), items.text(5), items.text(6), items.integer(4)});

    Query insert(db, QStringLiteral("INSERT INTO duty_record (id, owner_office, updated_at, item_id, done_on, "
                                    "text, recorded_by) VALUES (:id, :owner, :now, :i, :d, :t, :by)"));
    const QString stamp = Clock::stamp();
    const QString owner = db.officeId();
    int written = 0;
    // Error diffusion per level or post: each group's share of done periods comes out at its
    // diligence, spread evenly over items and months rather than left to chance.
    QHash<QString, double> carry;
    for (const Item &item : std::as_const(all)) {
        const double p = diligence(item.subject, item.orgType);
        double &acc = carry[item.subject + QLatin1Char('|') + item.orgType];
        for (const DutyPeriod &period : DutySchedule::periods(vocab::frequencyFromCode(item.frequency), item.deadline, year)) {
            if (period.start >= today)
                break;
            const bool due = period.due < today;
            acc += due ? p : p * 0.5;
            int n = 0;
            if (acc >= 1.0) {
                acc -= 1.0;
                n = item.expected;
            } else if (item.expected > 1 && rng.generateDouble() < 0.4) {
                n = 1 + int(rng.bounded(item.expected - 1));
            }
            const QDate last = qMin(qMin(period.due, period.end), today.addDays(-1));
            const int span = int(period.start.daysTo(last)) + 1;
            for (int k = 0; k < n && span > 0; ++k) {
                insert.bind(QStringLiteral(":id"), newRowId())
                    .bind(QStringLiteral(":owner"), owner)
                    .bind(QStringLiteral(":now"), stamp)
                    .bind(QStringLiteral(":i"), item.id)
                    .bind(QStringLiteral(":d"), period.start.addDays(rng.bounded(span)).toString(Qt::ISODate))
                    .bind(QStringLiteral(":t"), QStringLiteral("%1%2：%3").arg(period.label == QLatin1String("全年") ? QString() : period.label, item.title, QString::fromUtf8(kDone[rng.bounded(4)])))
                    .bind(QStringLiteral(":by"), QStringLiteral("党务工作人员"))
                    .exec();
                ++written;
            }
        }
    }
    return written;
}

} // namespace dj::demo
