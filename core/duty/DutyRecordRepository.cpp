#include "DutyRecordRepository.h"

#include "DutyRepository.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/FieldCheck.h"
#include "common/FieldLimits.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"
#include "storage/Tombstone.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::DutyRecordRepository)
};
[[noreturn]] void invalid(const QString &msg) { throw Error(Error::Kind::Invalid, msg); }

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.item_id, r.done_on, r.text, r.recorded_by, r.version, "
    "(SELECT count(*) FROM attachment a WHERE a.owner_table = 'duty_record' AND a.owner_id = r.id "
    "AND a.deleted = 0) FROM duty_record r WHERE r.deleted = 0");

DutyRecord fromRow(const Query &q)
{
    DutyRecord r;
    r.id = q.text(0);
    r.itemId = q.text(1);
    r.doneOn = dateFrom(q.value(2));
    r.text = q.text(3);
    r.recordedBy = q.text(4);
    r.version = q.int64(5);
    r.attachments = q.integer(6);
    return r;
}
} // namespace

void DutyRecordRepository::check(const DutyRecord &r) const
{
    const QList<FieldProblem> all = problems(r);
    if (!all.isEmpty())
        invalid(all.first().message);
    const DutyItem item = DutyRepository(m_db).item(r.itemId);
    if (item.isRetired())
        throw Error(Error::Kind::Conflict,
                    Tr::tr("\"%1\" was retired on %2; reinstate it before recording work on it.")
                        .arg(item.title, item.retiredOn.toString(Qt::ISODate)));
}

QList<FieldProblem> DutyRecordRepository::problems(const DutyRecord &r) const
{
    DutyRepository lists(m_db);
    const DutyItem item = lists.item(r.itemId);
    const int year = lists.list(item.listId).year;
    QList<FieldProblem> out;
    auto add = [&out](const char *field, const QString &message) {
        if (!message.isEmpty())
            out.append({QString::fromLatin1(field), message});
    };
    if (!r.doneOn.isValid())
        add("doneOn", Tr::tr("Enter the date the work was done."));
    else if (r.doneOn.year() != year)
        add("doneOn", Tr::tr("%1 is outside the list's year %2.").arg(r.doneOn.toString(Qt::ISODate)).arg(year));
    else if (r.doneOn > Clock::today())
        add("doneOn", Tr::tr("%1 is in the future; record work once it is done.").arg(r.doneOn.toString(Qt::ISODate)));
    if (r.text.trimmed().isEmpty())
        add("text", Tr::tr("Write what was done."));
    add("text", fieldcheck::problem(Tr::tr("The record"), r.text.trimmed(), limits::RecordTextMax, fieldcheck::Lines::Many));
    add("recordedBy", fieldcheck::problem(Tr::tr("The name of who recorded it"), r.recordedBy.trimmed(), limits::PersonNameMax));
    return out;
}

QString DutyRecordRepository::add(DutyRecord r)
{
    Transaction tx(m_db);
    check(r);
    if (r.id.isEmpty())
        r.id = newRowId();
    Query(m_db, QStringLiteral("INSERT INTO duty_record (id, owner_office, updated_at, item_id, done_on, "
                               "text, recorded_by) VALUES (:id, :owner, :now, :i, :d, :t, :by)"))
        .bind(QStringLiteral(":id"), r.id)
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":i"), r.itemId)
        .bind(QStringLiteral(":d"), r.doneOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":t"), r.text.trimmed())
        .bind(QStringLiteral(":by"), r.recordedBy.trimmed())
        .exec();
    tx.commit();
    return r.id;
}

void DutyRecordRepository::update(const DutyRecord &r)
{
    Transaction tx(m_db);
    get(r.id);
    check(r);
    Query(m_db, QStringLiteral("UPDATE duty_record SET done_on = :d, text = :t, recorded_by = :by, "
                               "version = version + 1, updated_at = :now WHERE id = :id"))
        .bind(QStringLiteral(":d"), r.doneOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":t"), r.text.trimmed())
        .bind(QStringLiteral(":by"), r.recordedBy.trimmed())
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":id"), r.id)
        .exec();
    tx.commit();
}

void DutyRecordRepository::remove(const QString &id)
{
    tombstoneOrThrow(m_db, "duty_record", id, true, Tr::tr("The record no longer exists."));
}

void DutyRecordRepository::restore(const QString &id)
{
    tombstoneOrThrow(m_db, "duty_record", id, false, Tr::tr("The record no longer exists."));
}

DutyRecord DutyRecordRepository::get(const QString &id) const
{
    // sql-identifiers-only: kSelect and a fixed condition; values are bound
    Query q(m_db, kSelect + QStringLiteral(" AND r.id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, Tr::tr("The record no longer exists."));
    return fromRow(q);
}

QList<DutyRecord> DutyRecordRepository::forItem(const QString &itemId) const
{
    // sql-identifiers-only: kSelect and a fixed condition; values are bound
    Query q(m_db, kSelect + QStringLiteral(" AND r.item_id = :i ORDER BY r.done_on, r.updated_at"));
    q.bind(QStringLiteral(":i"), itemId).exec();
    QList<DutyRecord> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

QHash<QString, QList<QDate>> DutyRecordRepository::datesForYear(int year) const
{
    Query q(m_db, QStringLiteral("SELECT r.item_id, r.done_on FROM duty_record r JOIN duty_item i ON "
                                 "i.id = r.item_id JOIN duty_list l ON l.id = i.list_id WHERE "
                                 "r.deleted = 0 AND i.deleted = 0 AND l.deleted = 0 AND l.year = :y"));
    q.bind(QStringLiteral(":y"), year).exec();
    QHash<QString, QList<QDate>> out;
    while (q.next())
        out[q.text(0)] << dateFrom(q.value(1));
    return out;
}

} // namespace dj
