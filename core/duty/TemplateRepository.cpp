#include "TemplateRepository.h"

#include "TemplateFile.h"
#include "TemplateRules.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"
#include "storage/Tombstone.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::TemplateRepository)
};

const QString kItemColumns = QStringLiteral(
    "id, code, sort_order, category, title, content, frequency, deadline, expected, evidence, "
    "carries_out, version");

DutyTemplateItem itemFrom(const Query &q)
{
    DutyTemplateItem i;
    i.id = q.text(0);
    i.code = q.text(1);
    i.sortOrder = q.integer(2);
    i.category = q.text(3);
    i.title = q.text(4);
    i.content = q.text(5);
    i.frequency = vocab::frequencyFromCode(q.text(6));
    i.deadline = q.text(7);
    i.expected = q.integer(8);
    i.evidence = q.text(9);
    i.carriesOut = q.text(10);
    i.version = q.int64(11);
    return i;
}

Query &bindItem(Query &q, const DutyTemplateItem &i)
{
    return q.bind(QStringLiteral(":code"), i.code.trimmed())
        .bind(QStringLiteral(":sort"), i.sortOrder)
        .bind(QStringLiteral(":category"), i.category.trimmed())
        .bind(QStringLiteral(":title"), i.title.trimmed())
        .bind(QStringLiteral(":content"), i.content.trimmed())
        .bind(QStringLiteral(":frequency"), vocab::code(i.frequency))
        .bind(QStringLiteral(":deadline"), i.deadline)
        .bind(QStringLiteral(":expected"), i.expected)
        .bind(QStringLiteral(":evidence"), i.evidence.trimmed())
        .bind(QStringLiteral(":carries"), i.carriesOut)
        .bind(QStringLiteral(":now"), Clock::stamp());
}
} // namespace

QList<DutyTemplate> TemplateRepository::all(bool withItems) const
{
    Query q(m_db, QStringLiteral("SELECT id, subject, year, name, version FROM duty_template "
                                 "WHERE deleted = 0"));
    q.exec();
    QList<DutyTemplate> out;
    while (q.next()) {
        DutyTemplate t;
        t.id = q.text(0);
        t.subject = vocab::dutySubjectFromCode(q.text(1));
        t.year = q.integer(2);
        t.name = q.text(3);
        t.version = q.int64(4);
        out << t;
    }
    std::sort(out.begin(), out.end(), [](const DutyTemplate &a, const DutyTemplate &b) {
        return a.subject != b.subject ? a.subject < b.subject : a.year < b.year;
    });
    if (withItems) {
        for (DutyTemplate &t : out)
            t.items = items(t.id);
    }
    return out;
}

QList<DutyTemplateItem> TemplateRepository::items(const QString &templateId) const
{
    // sql-identifiers-only: kItemColumns is a fixed column list
    Query q(m_db, QStringLiteral("SELECT %1 FROM duty_template_item WHERE template_id = :t AND "
                                 "deleted = 0 ORDER BY sort_order, code")
                      .arg(kItemColumns));
    q.bind(QStringLiteral(":t"), templateId).exec();
    QList<DutyTemplateItem> out;
    while (q.next())
        out << itemFrom(q);
    return out;
}

DutyTemplate TemplateRepository::get(const QString &id) const
{
    for (const DutyTemplate &t : all()) {
        if (t.id == id) {
            DutyTemplate full = t;
            full.items = items(id);
            return full;
        }
    }
    throw Error(Error::Kind::NotFound, Tr::tr("The template no longer exists."));
}

std::optional<DutyTemplate> TemplateRepository::forYear(DutySubject subject, int year) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM duty_template WHERE deleted = 0 AND subject = :s "
                                 "AND year <= :y ORDER BY year DESC LIMIT 1"));
    const QVariant id = q.bind(QStringLiteral(":s"), vocab::code(subject))
                            .bind(QStringLiteral(":y"), year)
                            .scalar();
    if (!id.isValid())
        return std::nullopt;
    return get(id.toString());
}

QString TemplateRepository::insert(DutyTemplate t)
{
    templaterules::checkTemplate(t);
    if (t.year < 2000)
        throw Error(Error::Kind::Invalid, Tr::tr("Choose the year the template applies from."));
    Transaction tx(m_db);
    const QVariant taken = Query(m_db, QStringLiteral("SELECT name FROM duty_template WHERE deleted = 0 "
                                                      "AND subject = :s AND year = :y"))
                               .bind(QStringLiteral(":s"), vocab::code(t.subject))
                               .bind(QStringLiteral(":y"), t.year)
                               .scalar();
    if (taken.isValid())
        throw Error(Error::Kind::Conflict,
                    Tr::tr("There is already a template for %1 from %2: %3.")
                        .arg(vocab::label(t.subject))
                        .arg(t.year)
                        .arg(taken.toString()));
    t.id = newRowId();
    Query(m_db, QStringLiteral("INSERT INTO duty_template (id, owner_office, updated_at, subject, "
                               "year, name) VALUES (:id, :owner, :now, :s, :y, :name)"))
        .bind(QStringLiteral(":id"), t.id)
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":s"), vocab::code(t.subject))
        .bind(QStringLiteral(":y"), t.year)
        .bind(QStringLiteral(":name"), t.name.trimmed())
        .exec();
    for (int i = 0; i < t.items.size(); ++i) {
        DutyTemplateItem item = t.items.at(i);
        item.sortOrder = i;
        insertItem(t.id, item);
    }
    tx.commit();
    return t.id;
}

void TemplateRepository::insertItem(const QString &templateId, const DutyTemplateItem &item)
{
    Query q(m_db, QStringLiteral("INSERT INTO duty_template_item (id, owner_office, updated_at, "
                                 "template_id, code, sort_order, category, title, content, frequency, "
                                 "deadline, expected, evidence, carries_out) VALUES (:id, :owner, "
                                 ":now, :t, :code, :sort, :category, :title, :content, :frequency, "
                                 ":deadline, :expected, :evidence, :carries)"));
    bindItem(q, item)
        .bind(QStringLiteral(":id"), item.id.isEmpty() ? newRowId() : item.id)
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":t"), templateId)
        .exec();
}

void TemplateRepository::rename(const QString &id, const QString &name)
{
    templaterules::checkName(name);
    Transaction tx(m_db);
    get(id);
    Query(m_db, QStringLiteral("UPDATE duty_template SET name = :name, version = version + 1, "
                               "updated_at = :now WHERE id = :id"))
        .bind(QStringLiteral(":name"), name.trimmed())
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":id"), id)
        .exec();
    tx.commit();
}

QString TemplateRepository::copyToYear(const QString &id, int year)
{
    DutyTemplate t = get(id);
    t.year = year;
    for (DutyTemplateItem &i : t.items)
        i.id.clear();
    return insert(t);
}

void TemplateRepository::remove(const QString &id)
{
    tombstoneOrThrow(m_db, "duty_template", id, true, Tr::tr("The template no longer exists."));
}

void TemplateRepository::restore(const QString &id)
{
    tombstoneOrThrow(m_db, "duty_template", id, false, Tr::tr("The template no longer exists."));
}

void TemplateRepository::checkCodeFree(const QString &templateId, const DutyTemplateItem &item) const
{
    const QVariant other = Query(m_db, QStringLiteral("SELECT title FROM duty_template_item WHERE "
                                                      "deleted = 0 AND template_id = :t AND code = :c "
                                                      "AND id <> :id"))
                               .bind(QStringLiteral(":t"), templateId)
                               .bind(QStringLiteral(":c"), item.code.trimmed())
                               .bind(QStringLiteral(":id"), item.id)
                               .scalar();
    if (other.isValid())
        throw Error(Error::Kind::Conflict, Tr::tr("The code %1 is already used by \"%2\".")
                                               .arg(item.code.trimmed(), other.toString()));
}

QString TemplateRepository::addItem(const QString &templateId, DutyTemplateItem item)
{
    Transaction tx(m_db);
    const DutyTemplate t = get(templateId);
    templaterules::checkItem(t.subject, item);
    if (item.id.isEmpty())
        item.id = newRowId();
    checkCodeFree(templateId, item);
    if (item.sortOrder <= 0)
        item.sortOrder = t.items.isEmpty() ? 0 : t.items.constLast().sortOrder + 1;
    insertItem(templateId, item);
    tx.commit();
    return item.id;
}

DutyTemplateItem TemplateRepository::item(const QString &itemId) const
{
    // sql-identifiers-only: kItemColumns is a fixed column list
    Query q(m_db, QStringLiteral("SELECT %1, template_id FROM duty_template_item WHERE id = :id AND deleted = 0")
                      .arg(kItemColumns));
    q.bind(QStringLiteral(":id"), itemId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, Tr::tr("The template item no longer exists."));
    return itemFrom(q);
}

void TemplateRepository::updateItem(const DutyTemplateItem &item)
{
    Transaction tx(m_db);
    const QString templateId =
        Query(m_db, QStringLiteral("SELECT template_id FROM duty_template_item WHERE id = :id AND deleted = 0"))
            .bind(QStringLiteral(":id"), item.id)
            .scalar()
            .toString();
    if (templateId.isEmpty())
        throw Error(Error::Kind::NotFound, Tr::tr("The template item no longer exists."));
    templaterules::checkItem(get(templateId).subject, item);
    checkCodeFree(templateId, item);
    Query q(m_db, QStringLiteral("UPDATE duty_template_item SET code = :code, sort_order = :sort, "
                                 "category = :category, title = :title, content = :content, "
                                 "frequency = :frequency, deadline = :deadline, expected = :expected, "
                                 "evidence = :evidence, carries_out = :carries, version = version + 1, "
                                 "updated_at = :now WHERE id = :id"));
    bindItem(q, item).bind(QStringLiteral(":id"), item.id).exec();
    tx.commit();
}

void TemplateRepository::removeItem(const QString &itemId)
{
    tombstoneOrThrow(m_db, "duty_template_item", itemId, true, Tr::tr("The template item no longer exists."));
}

void TemplateRepository::restoreItem(const QString &itemId)
{
    tombstoneOrThrow(m_db, "duty_template_item", itemId, false, Tr::tr("The template item no longer exists."));
}

int TemplateRepository::installBuiltins(int year)
{
    Transaction tx(m_db);
    int added = 0;
    for (DutyTemplate t : TemplateFile::builtins()) {
        const int existing = Query(m_db, QStringLiteral("SELECT count(*) FROM duty_template WHERE "
                                                        "deleted = 0 AND subject = :s"))
                                 .bind(QStringLiteral(":s"), vocab::code(t.subject))
                                 .scalar()
                                 .toInt();
        if (existing > 0)
            continue;
        t.year = year;
        insert(t);
        ++added;
    }
    tx.commit();
    return added;
}

int TemplateRepository::load(const QList<DutyTemplate> &templates, int year, bool replace)
{
    Transaction tx(m_db);
    QStringList clashes;
    QList<QString> retire;
    for (const DutyTemplate &t : templates) {
        const int y = t.year > 0 ? t.year : year;
        const QVariant id = Query(m_db, QStringLiteral("SELECT id FROM duty_template WHERE deleted = 0 "
                                                       "AND subject = :s AND year = :y"))
                                .bind(QStringLiteral(":s"), vocab::code(t.subject))
                                .bind(QStringLiteral(":y"), y)
                                .scalar();
        if (id.isValid()) {
            clashes << Tr::tr("%1 (%2)").arg(vocab::label(t.subject)).arg(y);
            retire << id.toString();
        }
    }
    if (!clashes.isEmpty() && !replace)
        throw Error(Error::Kind::Conflict,
                    Tr::tr("These templates already exist for the same year: %1. Nothing was "
                           "loaded; load again choosing to replace them.")
                        .arg(clashes.join(QStringLiteral(", "))));
    for (const QString &id : std::as_const(retire))
        setTombstone(m_db, "duty_template", id, true);
    for (DutyTemplate t : templates) {
        if (t.year <= 0)
            t.year = year;
        for (DutyTemplateItem &i : t.items)
            i.id.clear();
        insert(t);
    }
    tx.commit();
    return int(templates.size());
}

} // namespace dj
