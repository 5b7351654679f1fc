#include "DutyGenerator.h"

#include "TemplateRepository.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "org/OrganizationRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <array>
#include <optional>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::DutyGenerator)
};

QString listKey(DutySubject s, const QString &orgId, const QString &personId)
{
    return vocab::code(s) + QLatin1Char('|') + orgId + QLatin1Char('|') + personId;
}

// One run: what exists already, and the statements that add the rest.
class Run
{
public:
    Run(Database &db, int year) : m_db(db), m_year(year), m_now(Clock::stamp())
    {
        Query lists(db, QStringLiteral("SELECT id, subject, org_id, coalesce(person_id, '') FROM "
                                       "duty_list WHERE deleted = 0 AND year = :y"));
        lists.bind(QStringLiteral(":y"), year).exec();
        while (lists.next())
            m_lists.insert(listKey(vocab::dutySubjectFromCode(lists.text(1)), lists.text(2), lists.text(3)),
                           lists.text(0));
        Query items(db, QStringLiteral("SELECT i.list_id, i.code, i.id FROM duty_item i JOIN duty_list l "
                                       "ON l.id = i.list_id WHERE i.deleted = 0 AND l.deleted = 0 AND "
                                       "l.year = :y AND i.code <> ''"));
        items.bind(QStringLiteral(":y"), year).exec();
        while (items.next())
            m_codes[items.text(0)].insert(items.text(1), items.text(2));
    }

    // The list of (subject, org, person), made from `t` when missing; then its missing items.
    void ensure(const DutyTemplate &t, const QString &orgId, const QString &personId, const QString &title,
                DutyGenerator::Result &result)
    {
        const QString key = listKey(t.subject, orgId, personId);
        QString listId = m_lists.value(key);
        if (listId.isEmpty()) {
            listId = newRowId();
            m_insertList.bind(QStringLiteral(":id"), listId)
                .bind(QStringLiteral(":owner"), m_db.officeId())
                .bind(QStringLiteral(":now"), m_now)
                .bind(QStringLiteral(":y"), m_year)
                .bind(QStringLiteral(":s"), vocab::code(t.subject))
                .bind(QStringLiteral(":t"), t.id)
                .bind(QStringLiteral(":o"), orgId)
                .bind(QStringLiteral(":p"), personId.isEmpty() ? QVariant() : personId)
                .bind(QStringLiteral(":title"), title)
                .exec();
            m_lists.insert(key, listId);
            ++result.listsAdded;
        }
        QHash<QString, QString> &codes = m_codes[listId];
        for (const DutyTemplateItem &i : t.items) {
            if (codes.contains(i.code))
                continue;
            const QString id = newRowId();
            m_insertItem.bind(QStringLiteral(":id"), id)
                .bind(QStringLiteral(":owner"), m_db.officeId())
                .bind(QStringLiteral(":now"), m_now)
                .bind(QStringLiteral(":l"), listId)
                .bind(QStringLiteral(":ti"), i.id)
                .bind(QStringLiteral(":code"), i.code)
                .bind(QStringLiteral(":sort"), i.sortOrder)
                .bind(QStringLiteral(":category"), i.category)
                .bind(QStringLiteral(":title"), i.title)
                .bind(QStringLiteral(":content"), i.content)
                .bind(QStringLiteral(":frequency"), vocab::code(i.frequency))
                .bind(QStringLiteral(":deadline"), i.deadline)
                .bind(QStringLiteral(":expected"), i.expected)
                .bind(QStringLiteral(":evidence"), i.evidence)
                .exec();
            codes.insert(i.code, id);
            ++result.itemsAdded;
        }
    }

    // Links every unlinked item whose template item names the item it carries out: in the
    // list of that subject of the nearest organisation up the tree (the post's own
    // organisation first), else in the year's only list of that subject.
    void link(const QHash<QString, QString> &parentOf, DutyGenerator::Result &result)
    {
        QHash<QString, QStringList> levelListsOf; // subject code → list ids (level lists)
        QHash<QString, QString> levelList;        // subject|org → list id
        QHash<QString, QString> orgOfList;
        Query lists(m_db, QStringLiteral("SELECT id, subject, org_id, person_id FROM duty_list "
                                         "WHERE deleted = 0 AND year = :y"));
        lists.bind(QStringLiteral(":y"), m_year).exec();
        while (lists.next()) {
            orgOfList.insert(lists.text(0), lists.text(2));
            if (!lists.value(3).isNull())
                continue;
            levelListsOf[lists.text(1)] << lists.text(0);
            levelList.insert(lists.text(1) + QLatin1Char('|') + lists.text(2), lists.text(0));
        }
        Query open(m_db, QStringLiteral(
                             "SELECT i.id, i.list_id, ti.carries_out FROM duty_item i "
                             "JOIN duty_list l ON l.id = i.list_id "
                             "JOIN duty_template_item ti ON ti.id = i.template_item_id "
                             "WHERE i.deleted = 0 AND l.deleted = 0 AND l.year = :y AND "
                             "i.carries_out_id IS NULL AND ti.carries_out <> ''"));
        open.bind(QStringLiteral(":y"), m_year).exec();
        QList<std::array<QString, 3>> unlinked; // read all before writing to the same table
        while (open.next())
            unlinked.append({open.text(0), open.text(1), open.text(2)});
        Query set(m_db, QStringLiteral("UPDATE duty_item SET carries_out_id = :c, version = version + 1, "
                                       "updated_at = :now WHERE id = :id"));
        for (const auto &[itemId, listId, carriesOut] : std::as_const(unlinked)) {
            const QString subject = carriesOut.section(QLatin1Char('/'), 0, 0);
            const QString code = carriesOut.section(QLatin1Char('/'), 1);
            QString target;
            for (QString org = orgOfList.value(listId); !org.isEmpty() && target.isEmpty();
                 org = parentOf.value(org))
                target = levelList.value(subject + QLatin1Char('|') + org);
            if (target.isEmpty() && levelListsOf.value(subject).size() == 1)
                target = levelListsOf.value(subject).first();
            const QString above = m_codes.value(target).value(code);
            if (above.isEmpty())
                continue;
            set.bind(QStringLiteral(":c"), above)
                .bind(QStringLiteral(":now"), m_now)
                .bind(QStringLiteral(":id"), itemId)
                .exec();
            ++result.linksSet;
        }
    }

private:
    Database &m_db;
    int m_year;
    QString m_now;
    QHash<QString, QString> m_lists;                  // listKey → id
    QHash<QString, QHash<QString, QString>> m_codes;  // list id → code → item id
    Query m_insertList{m_db, QStringLiteral(
        "INSERT INTO duty_list (id, owner_office, updated_at, year, subject, template_id, org_id, "
        "person_id, title) VALUES (:id, :owner, :now, :y, :s, :t, :o, :p, :title)")};
    Query m_insertItem{m_db, QStringLiteral(
        "INSERT INTO duty_item (id, owner_office, updated_at, list_id, template_item_id, code, "
        "sort_order, category, title, content, frequency, deadline, expected, evidence) VALUES "
        "(:id, :owner, :now, :l, :ti, :code, :sort, :category, :title, :content, :frequency, "
        ":deadline, :expected, :evidence)")};
};

struct Holder
{
    QString personId, personName, orgId;
    PostType type;
};
} // namespace

DutyGenerator::Result DutyGenerator::generate(int year, const QDate &postsOn, const Progress &progress)
{
    if (year < 2000 || year > 2100)
        throw Error(Error::Kind::Invalid, Tr::tr("The year %1 is out of range.").arg(year));
    if (!postsOn.isValid() || postsOn.year() != year)
        throw Error(Error::Kind::Invalid,
                    Tr::tr("The date whose post holders get lists must fall in %1.").arg(year));
    Result result;
    Transaction tx(m_db);
    TemplateRepository templates(m_db);
    result.templatesInstalled = templates.installBuiltins(year);
    QMap<DutySubject, DutyTemplate> use;
    for (DutySubject s : vocab::dutySubjects()) {
        if (const std::optional<DutyTemplate> t = templates.forYear(s, year))
            use.insert(s, *t);
    }

    QHash<QString, QString> parentOf;
    QList<Organization> orgs;
    for (const Organization &o : OrganizationRepository(m_db).all()) {
        parentOf.insert(o.id, o.parentId);
        if (o.isActive())
            orgs << o;
    }
    QHash<QString, QString> orgName;
    for (const Organization &o : std::as_const(orgs))
        orgName.insert(o.id, o.name);
    QList<Holder> holders;
    Query posts(m_db, QStringLiteral("SELECT p.person_id, pe.name, p.org_id, p.post_type FROM post p "
                                     "JOIN person pe ON pe.id = p.person_id WHERE p.deleted = 0 AND "
                                     "pe.deleted = 0 AND p.from_date <= :d AND (p.to_date IS NULL OR "
                                     "p.to_date > :d) ORDER BY pe.name"));
    posts.bind(QStringLiteral(":d"), postsOn.toString(Qt::ISODate)).exec();
    while (posts.next()) {
        if (orgName.contains(posts.text(2)))
            holders.append({posts.text(0), posts.text(1), posts.text(2), vocab::postTypeFromCode(posts.text(3))});
    }

    Run run(m_db, year);
    const int total = int(orgs.size() + holders.size());
    int done = 0;
    auto step = [&] { return !progress || progress(++done, total); };
    for (const Organization &o : std::as_const(orgs)) {
        for (DutySubject s : vocab::dutySubjects()) {
            if (use.contains(s) && vocab::subjectOrgTypes(s).contains(o.type))
                run.ensure(use.value(s), o.id, {}, QStringLiteral("%1 %2年%3").arg(o.name).arg(year).arg(use.value(s).name),
                           result);
        }
        if (!step())
            return Result{0, 0, 0, 0, true};
    }
    for (const Holder &h : std::as_const(holders)) {
        for (DutySubject s : vocab::dutySubjects()) {
            if (use.contains(s) && vocab::subjectPostTypes(s).contains(h.type))
                run.ensure(use.value(s), h.orgId, h.personId,
                           QStringLiteral("%1（%2）%3年%4").arg(h.personName, orgName.value(h.orgId)).arg(year).arg(use.value(s).name),
                           result);
        }
        if (!step())
            return Result{0, 0, 0, 0, true};
    }
    run.link(parentOf, result);
    tx.commit();
    return result;
}

} // namespace dj
