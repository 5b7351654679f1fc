#include "DutyRepository.h"

#include "TemplateRules.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/FieldCheck.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"
#include "storage/Tombstone.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::DutyRepository)
};

const QString kListSelect = QStringLiteral(
    "SELECT l.id, l.year, l.subject, l.template_id, l.org_id, l.person_id, l.title, l.version, "
    "o.name, p.name FROM duty_list l JOIN organization o ON o.id = l.org_id "
    "LEFT JOIN person p ON p.id = l.person_id WHERE l.deleted = 0");

const QString kItemSelect = QStringLiteral(
    "SELECT id, list_id, template_item_id, code, sort_order, category, title, content, frequency, "
    "deadline, expected, evidence, carries_out_id, retired_on, version FROM duty_item "
    "WHERE deleted = 0");

DutyItem itemFrom(const Query &q)
{
    DutyItem i;
    i.id = q.text(0);
    i.listId = q.text(1);
    i.templateItemId = q.text(2);
    i.code = q.text(3);
    i.sortOrder = q.integer(4);
    i.category = q.text(5);
    i.title = q.text(6);
    i.content = q.text(7);
    i.frequency = vocab::frequencyFromCode(q.text(8));
    i.deadline = q.text(9);
    i.expected = q.integer(10);
    i.evidence = q.text(11);
    i.carriesOutId = q.text(12);
    i.retiredOn = dateFrom(q.value(13));
    i.version = q.int64(14);
    return i;
}

void check(const DutyItem &i)
{
    const QString name = i.code.isEmpty() ? i.title : i.code;
    templaterules::checkFields(name, i.title, i.frequency, i.deadline, i.expected);
    templaterules::checkTexts(name, i.code, i.category, i.title, i.content, i.evidence);
}
} // namespace

QList<DutyList> DutyRepository::queryLists(const QString &where, const QHash<QString, QVariant> &binds) const
{
    Query q(m_db, kListSelect + where);
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    QList<DutyList> out;
    while (q.next()) {
        DutyList l;
        l.id = q.text(0);
        l.year = q.integer(1);
        l.subject = vocab::dutySubjectFromCode(q.text(2));
        l.templateId = q.text(3);
        l.orgId = q.text(4);
        l.personId = q.text(5);
        l.title = q.text(6);
        l.version = q.int64(7);
        l.orgName = q.text(8);
        l.personName = q.text(9);
        out << l;
    }
    return out;
}

QList<DutyList> DutyRepository::lists(int year, const QString &orgId, const QString &personId) const
{
    QString where = QStringLiteral(" AND l.year = :y");
    QHash<QString, QVariant> binds{{QStringLiteral(":y"), year}};
    if (!orgId.isEmpty()) {
        // sql-identifiers-only: fixed conditions; values are bound
        where += QStringLiteral(" AND l.org_id = :o");
        binds.insert(QStringLiteral(":o"), orgId);
    }
    if (!personId.isEmpty()) {
        // sql-identifiers-only: fixed conditions; values are bound
        where += QStringLiteral(" AND l.person_id = :p");
        binds.insert(QStringLiteral(":p"), personId);
    }
    QList<DutyList> out = queryLists(where, binds);
    std::stable_sort(out.begin(), out.end(), [](const DutyList &a, const DutyList &b) {
        if (a.subject != b.subject)
            return a.subject < b.subject;
        return a.orgName != b.orgName ? a.orgName < b.orgName : a.personName < b.personName;
    });
    return out;
}

DutyList DutyRepository::list(const QString &id) const
{
    const QList<DutyList> found = queryLists(QStringLiteral(" AND l.id = :id"), {{QStringLiteral(":id"), id}});
    if (found.isEmpty())
        throw Error(Error::Kind::NotFound, Tr::tr("The responsibility list no longer exists."));
    return found.first();
}

QList<int> DutyRepository::years() const
{
    Query q(m_db, QStringLiteral("SELECT DISTINCT year FROM duty_list WHERE deleted = 0 ORDER BY year DESC"));
    q.exec();
    QList<int> out;
    while (q.next())
        out << q.integer(0);
    return out;
}

QList<DutyItem> DutyRepository::queryItems(const QString &where, const QString &key) const
{
    // sql-identifiers-only: fixed conditions; values are bound
    Query q(m_db, kItemSelect + where + QStringLiteral(" ORDER BY sort_order, code"));
    q.bind(QStringLiteral(":key"), key).exec();
    QList<DutyItem> out;
    while (q.next())
        out << itemFrom(q);
    return out;
}

QList<DutyItem> DutyRepository::items(const QString &listId, bool includeRetired) const
{
    // sql-identifiers-only: fixed conditions; values are bound
    return queryItems(QStringLiteral(" AND list_id = :key") +
                          (includeRetired ? QString() : QStringLiteral(" AND retired_on IS NULL")),
                      listId);
}

QList<DutyItem> DutyRepository::itemsOfYear(int year, bool includeRetired) const
{
    // sql-identifiers-only: fixed conditions; values are bound
    return queryItems(QStringLiteral(" AND list_id IN (SELECT id FROM duty_list WHERE deleted = 0 AND year = :key)") +
                          (includeRetired ? QString() : QStringLiteral(" AND retired_on IS NULL")),
                      QString::number(year));
}

DutyItem DutyRepository::item(const QString &id) const
{
    const QList<DutyItem> found = queryItems(QStringLiteral(" AND id = :key"), id);
    if (found.isEmpty())
        throw Error(Error::Kind::NotFound, Tr::tr("The item no longer exists."));
    return found.first();
}

QList<DutyItem> DutyRepository::carriedOutBy(const QString &itemId) const
{
    return queryItems(QStringLiteral(" AND carries_out_id = :key"), itemId);
}

QString DutyRepository::addItem(const QString &listId, DutyItem item)
{
    check(item);
    Transaction tx(m_db);
    list(listId); // throws when gone
    if (item.id.isEmpty())
        item.id = newRowId();
    if (item.sortOrder <= 0)
        item.sortOrder = Query(m_db, QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM "
                                                    "duty_item WHERE list_id = :l"))
                             .bind(QStringLiteral(":l"), listId)
                             .scalar()
                             .toInt();
    Query(m_db, QStringLiteral("INSERT INTO duty_item (id, owner_office, updated_at, list_id, code, "
                               "sort_order, category, title, content, frequency, deadline, expected, "
                               "evidence, carries_out_id) VALUES (:id, :owner, :now, :l, :code, :sort, "
                               ":category, :title, :content, :frequency, :deadline, :expected, "
                               ":evidence, :carries)"))
        .bind(QStringLiteral(":id"), item.id)
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":l"), listId)
        .bind(QStringLiteral(":code"), item.code.trimmed())
        .bind(QStringLiteral(":sort"), item.sortOrder)
        .bind(QStringLiteral(":category"), item.category.trimmed())
        .bind(QStringLiteral(":title"), item.title.trimmed())
        .bind(QStringLiteral(":content"), item.content.trimmed())
        .bind(QStringLiteral(":frequency"), vocab::code(item.frequency))
        .bind(QStringLiteral(":deadline"), item.deadline)
        .bind(QStringLiteral(":expected"), item.expected)
        .bind(QStringLiteral(":evidence"), item.evidence.trimmed())
        .bind(QStringLiteral(":carries"), item.carriesOutId.isEmpty() ? QVariant() : item.carriesOutId)
        .exec();
    tx.commit();
    return item.id;
}

void DutyRepository::updateItem(const DutyItem &item)
{
    check(item);
    Transaction tx(m_db);
    this->item(item.id);
    Query(m_db, QStringLiteral("UPDATE duty_item SET category = :category, title = :title, "
                               "content = :content, frequency = :frequency, deadline = :deadline, "
                               "expected = :expected, evidence = :evidence, sort_order = :sort, "
                               "version = version + 1, updated_at = :now WHERE id = :id"))
        .bind(QStringLiteral(":category"), item.category.trimmed())
        .bind(QStringLiteral(":title"), item.title.trimmed())
        .bind(QStringLiteral(":content"), item.content.trimmed())
        .bind(QStringLiteral(":frequency"), vocab::code(item.frequency))
        .bind(QStringLiteral(":deadline"), item.deadline)
        .bind(QStringLiteral(":expected"), item.expected)
        .bind(QStringLiteral(":evidence"), item.evidence.trimmed())
        .bind(QStringLiteral(":sort"), item.sortOrder)
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":id"), item.id)
        .exec();
    tx.commit();
}

void DutyRepository::setRetired(const QString &id, const QVariant &on)
{
    Query(m_db, QStringLiteral("UPDATE duty_item SET retired_on = :on, version = version + 1, "
                               "updated_at = :now WHERE id = :id"))
        .bind(QStringLiteral(":on"), on)
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":id"), id)
        .exec();
}

void DutyRepository::retireItem(const QString &id, const QDate &on)
{
    Transaction tx(m_db);
    const DutyItem i = item(id);
    if (i.isRetired())
        throw Error(Error::Kind::Conflict, Tr::tr("\"%1\" is already retired.").arg(i.title));
    if (!on.isValid())
        throw Error(Error::Kind::Invalid, Tr::tr("Enter the date the item is retired."));
    if (const QString p = fieldcheck::dateProblem(Tr::tr("The date of retiring"), on); !p.isEmpty())
        throw Error(Error::Kind::Invalid, p);
    setRetired(id, on.toString(Qt::ISODate));
    tx.commit();
}

void DutyRepository::reinstateItem(const QString &id)
{
    Transaction tx(m_db);
    item(id);
    setRetired(id, QVariant());
    tx.commit();
}

void DutyRepository::removeItem(const QString &id)
{
    Transaction tx(m_db);
    const int records = Query(m_db, QStringLiteral("SELECT count(*) FROM duty_record WHERE item_id = :id "
                                                   "AND deleted = 0"))
                            .bind(QStringLiteral(":id"), id)
                            .scalar()
                            .toInt();
    if (records > 0)
        throw Error(Error::Kind::Conflict,
                    Tr::tr("The item has recorded work and cannot be removed; retire it instead."));
    if (!setTombstone(m_db, "duty_item", id, true))
        throw Error(Error::Kind::NotFound, Tr::tr("The item no longer exists."));
    tx.commit();
}

void DutyRepository::restoreItem(const QString &id)
{
    tombstoneOrThrow(m_db, "duty_item", id, false, Tr::tr("The item no longer exists."));
}

} // namespace dj
