#include "PersonRepository.h"

#include "IdNumber.h"
#include "OrganizationRepository.h"
#include "access/Masking.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/FieldCheck.h"
#include "common/FieldLimits.h"
#include "common/NameOrder.h"
#include "exchange/SqlStmt.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowIds.h"
#include "storage/Tombstone.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <sqlite3.h>
#include <vector>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PersonRepository)
};
[[noreturn]] void invalid(const QString &msg) { throw Error(Error::Kind::Invalid, msg); }

const QString kColumns = QStringLiteral(
    "id, name, gender, ethnicity, birth_date, id_number, phone, education, work_unit, department, "
    "position, standing, joined_on, full_member_on, branch_id, cadre, note, version");

QString standingCode(Standing s) { return s == Standing::Full ? QStringLiteral("full") : QStringLiteral("probationary"); }
QString cadreCode(CadreKind c)
{
    switch (c) {
    case CadreKind::FullTime: return QStringLiteral("full_time");
    case CadreKind::PartTime: return QStringLiteral("part_time");
    case CadreKind::None: break;
    }
    return QStringLiteral("none");
}

Person fromRow(const Query &q)
{
    Person p;
    p.id = q.text(0);
    p.name = q.text(1);
    p.gender = q.text(2).isEmpty() ? QLatin1Char('M') : q.text(2).at(0);
    p.ethnicity = q.text(3);
    p.birthDate = dateFrom(q.value(4));
    p.idNumber = q.text(5);
    p.phone = q.text(6);
    p.education = q.text(7);
    p.workUnit = q.text(8);
    p.department = q.text(9);
    p.position = q.text(10);
    p.standing = q.text(11) == QLatin1String("probationary") ? Standing::Probationary : Standing::Full;
    p.joinedOn = dateFrom(q.value(12));
    p.fullMemberOn = dateFrom(q.value(13));
    p.branchId = q.text(14);
    const QString c = q.text(15);
    p.cadre = c == QLatin1String("full_time")   ? CadreKind::FullTime
              : c == QLatin1String("part_time") ? CadreKind::PartTime
                                                : CadreKind::None;
    p.note = q.text(16);
    p.version = q.int64(17);
    return p;
}

// The filter as SQL over the person_search index; the org subtree is a recursive CTE so
// any depth works. instr() rather than LIKE: no pattern to escape and measurably faster.
// A branch account lists only its subtree (:scope). Whoever sees numbers masked searches
// names only: matching digits typed one at a time would read a hidden number back.
QString filterSql(const PersonFilter &f, const SensitiveView &view)
{
    QString sql = QStringLiteral(" WHERE p.deleted = 0");
    // sql-identifiers-only: a fixed condition; values are bound
    if (!view.listsAll())
        sql += QStringLiteral(" AND p.branch_id IN (SELECT value FROM json_each(:scope))");
    // sql-identifiers-only: a fixed condition; values are bound
    if (!f.subtreeOf.isEmpty())
        sql += QStringLiteral(" AND p.branch_id IN (WITH RECURSIVE sub(id) AS (SELECT :root UNION ALL "
                              "SELECT o.id FROM organization o JOIN sub ON o.parent_id = sub.id "
                              "WHERE o.deleted = 0) SELECT id FROM sub)");
    const bool search = !f.text.trimmed().isEmpty();
    // sql-identifiers-only: a fixed condition; values are bound
    if (search && view.seesNone())
        sql += QStringLiteral(" AND instr(p.name, :text) > 0");
    // sql-identifiers-only: a fixed condition; values are bound
    if (search && !view.seesNone())
        sql += QStringLiteral(" AND (instr(p.name, :text) > 0 OR instr(p.phone, :text) > 0"
                              " OR substr(p.id_number, 1, length(:upper)) = :upper)");
    return sql;
}

// Binds by name on the raw statement, as Query::bind does.
struct NamedBinder
{
    SqlStmt &stmt;
    NamedBinder &bind(const QString &name, const QString &value)
    {
        stmt.bind(sqlite3_bind_parameter_index(stmt.handle(), name.toUtf8().constData()), value);
        return *this;
    }
};

template <typename Q> void bindFilter(Q &q, const PersonFilter &f, const SensitiveView &view)
{
    if (!view.listsAll())
        q.bind(QStringLiteral(":scope"),
               QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(view.listedOrgIds())).toJson(QJsonDocument::Compact)));
    if (!f.subtreeOf.isEmpty())
        q.bind(QStringLiteral(":root"), f.subtreeOf);
    const QString t = f.text.trimmed();
    if (!t.isEmpty()) {
        q.bind(QStringLiteral(":text"), t);
        if (!view.seesNone())
            q.bind(QStringLiteral(":upper"), t.toUpper());
    }
}

void bindPerson(Query &q, const Person &p)
{
    q.bind(QStringLiteral(":name"), p.name.trimmed())
        .bind(QStringLiteral(":gender"), QString(p.gender))
        .bind(QStringLiteral(":eth"), p.ethnicity.trimmed())
        .bind(QStringLiteral(":birth"), dateValue(p.birthDate))
        .bind(QStringLiteral(":idn"), IdNumber::normalize(p.idNumber))
        .bind(QStringLiteral(":phone"), p.phone.trimmed())
        .bind(QStringLiteral(":edu"), p.education.trimmed())
        .bind(QStringLiteral(":unit"), p.workUnit.trimmed())
        .bind(QStringLiteral(":dept"), p.department.trimmed())
        .bind(QStringLiteral(":pos"), p.position.trimmed())
        .bind(QStringLiteral(":standing"), standingCode(p.standing))
        .bind(QStringLiteral(":joined"), dateValue(p.joinedOn))
        .bind(QStringLiteral(":full"), dateValue(p.fullMemberOn))
        .bind(QStringLiteral(":cadre"), cadreCode(p.cadre))
        .bind(QStringLiteral(":note"), p.note)
        .bind(QStringLiteral(":now"), Clock::stamp());
}

} // namespace

Person PersonRepository::get(const QString &id) const
{
    Person p = stored(id);
    const SensitiveView view(m_db);
    p.idNumber = view.idNumber(p.branchId, p.idNumber);
    p.phone = view.phone(p.branchId, p.phone);
    return p;
}

Person PersonRepository::stored(const QString &id) const
{
    // sql-identifiers-only: kColumns is a fixed column list
    Query q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM person WHERE id = :id AND deleted = 0"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, Tr::tr("The person no longer exists."));
    return fromRow(q);
}

Person PersonRepository::withStoredNumbers(Person p) const
{
    const QChar star = QLatin1Char('*');
    if (p.id.isEmpty() || (!p.idNumber.contains(star) && !p.phone.contains(star)))
        return p;
    Query q(m_db, QStringLiteral("SELECT id_number, phone FROM person WHERE id = :id"));
    q.bind(QStringLiteral(":id"), p.id).exec();
    if (!q.next())
        return p;
    // Anything else with a star is refused by validate(): '*' is in neither kind of number.
    if (isMaskOfIdNumber(IdNumber::normalize(p.idNumber), q.text(0)))
        p.idNumber = q.text(0);
    if (isMaskOfPhone(p.phone, q.text(1)))
        p.phone = q.text(1);
    return p;
}

QString PersonRepository::idOfIdNumber(const QString &idNumber) const
{
    const QString n = IdNumber::normalize(idNumber);
    if (n.isEmpty())
        return {};
    // The id_number <> '' term lets SQLite use the partial unique index.
    Query q(m_db, QStringLiteral("SELECT id, branch_id FROM person WHERE id_number = :n AND id_number <> '' AND deleted = 0"));
    q.bind(QStringLiteral(":n"), n).exec();
    const SensitiveView view(m_db);
    while (q.next())
        if (view.lists(q.text(1)))
            return q.text(0);
    return {};
}

QString PersonRepository::textProblem(const Person &p)
{
    // The ID number is not here: IdNumber::validate() allows exactly 18 digits (or X).
    using fieldcheck::problem;
    for (const QString &s :
         {problem(Tr::tr("The name"), p.name.trimmed(), limits::PersonNameMax),
          problem(Tr::tr("The ethnicity"), p.ethnicity.trimmed(), limits::EthnicityMax),
          problem(Tr::tr("The phone number"), p.phone.trimmed(), limits::PhoneMax),
          problem(Tr::tr("The education"), p.education.trimmed(), limits::EducationMax),
          problem(Tr::tr("The work unit"), p.workUnit.trimmed(), limits::OrgNameMax),
          problem(Tr::tr("The department"), p.department.trimmed(), limits::PersonDepartmentMax),
          problem(Tr::tr("The position"), p.position.trimmed(), limits::PositionMax),
          problem(Tr::tr("The note"), p.note, limits::NoteMax, fieldcheck::Lines::Many)})
        if (!s.isEmpty())
            return s;
    return {};
}

void PersonRepository::validate(const Person &in) const
{
    const QList<FieldProblem> all = problems(in);
    if (!all.isEmpty())
        invalid(all.first().message);
}

QList<FieldProblem> PersonRepository::problems(const Person &in) const
{
    const Person p = withStoredNumbers(in);
    QList<FieldProblem> out;
    auto add = [&out](const char *field, const QString &message) {
        if (!message.isEmpty())
            out.append({QString::fromLatin1(field), message});
    };
    using fieldcheck::problem;
    if (p.name.trimmed().isEmpty())
        add("name", Tr::tr("Enter the person's name."));
    add("name", problem(Tr::tr("The name"), p.name.trimmed(), limits::PersonNameMax));
    if (p.gender != QLatin1Char('M') && p.gender != QLatin1Char('F'))
        add("gender", Tr::tr("Choose the gender."));
    add("ethnicity", problem(Tr::tr("The ethnicity"), p.ethnicity.trimmed(), limits::EthnicityMax));
    const QDate today = Clock::today();
    if (p.birthDate.isValid() && (p.birthDate > today || p.birthDate.year() < 1900))
        add("birthDate", Tr::tr("The birth date %1 is not possible.").arg(p.birthDate.toString(Qt::ISODate)));
    if (!p.idNumber.trimmed().isEmpty()) {
        const IdNumber::Check c = IdNumber::validate(p.idNumber, p.birthDate, p.gender);
        if (!c.ok()) {
            add("idNumber", c.message);
        } else {
            // The id_number <> '' term lets SQLite use the partial unique index (an import
            // checks every row; without it each check scanned the table).
            const QVariant other =
                Query(m_db, QStringLiteral("SELECT name FROM person WHERE id_number = :n AND deleted = 0 AND id_number <> '' AND id <> :id"))
                    .bind(QStringLiteral(":n"), IdNumber::normalize(p.idNumber))
                    .bind(QStringLiteral(":id"), p.id)
                    .scalar();
            if (other.isValid())
                add("idNumber", Tr::tr("The ID number is already recorded for %1.").arg(other.toString()));
        }
    }
    static const QRegularExpression phoneRe(QStringLiteral("^[0-9+\\- ]*$"));
    add("phone", problem(Tr::tr("The phone number"), p.phone.trimmed(), limits::PhoneMax));
    if (!phoneRe.match(p.phone.trimmed()).hasMatch())
        add("phone", Tr::tr("The phone number may contain only digits, spaces, + and -."));
    add("education", problem(Tr::tr("The education"), p.education.trimmed(), limits::EducationMax));
    add("workUnit", problem(Tr::tr("The work unit"), p.workUnit.trimmed(), limits::OrgNameMax));
    add("department", problem(Tr::tr("The department"), p.department.trimmed(), limits::PersonDepartmentMax));
    add("position", problem(Tr::tr("The position"), p.position.trimmed(), limits::PositionMax));
    // Every member has joined the Party; a full member has also become one (党员信息采集表).
    if (!p.joinedOn.isValid())
        add("joinedOn", Tr::tr("Enter the date of joining the Party."));
    add("joinedOn", fieldcheck::dateProblem(Tr::tr("The date of joining the Party"), p.joinedOn));
    if (p.joinedOn.isValid()) {
        if (p.joinedOn > today)
            add("joinedOn", Tr::tr("The date of joining the Party cannot be in the future."));
        if (p.birthDate.isValid() && p.joinedOn < p.birthDate.addYears(18))
            add("joinedOn", Tr::tr("The date of joining the Party is before the person's 18th birthday."));
    }
    if (p.standing == Standing::Full && !p.fullMemberOn.isValid())
        add("fullMemberOn", Tr::tr("Enter the date of becoming a full member."));
    add("fullMemberOn", fieldcheck::dateProblem(Tr::tr("The date of becoming a full member"), p.fullMemberOn));
    if (p.fullMemberOn.isValid() && p.joinedOn.isValid() && p.fullMemberOn < p.joinedOn)
        add("fullMemberOn", Tr::tr("The date of becoming a full member is before the date of joining."));
    if (p.standing == Standing::Probationary && p.fullMemberOn.isValid())
        add("fullMemberOn", Tr::tr("A probationary member has no date of becoming a full member yet."));
    if (!p.branchId.isEmpty()) {
        const Organization b = OrganizationRepository(m_db).get(p.branchId);
        if (!vocab::holdsMembers(b.type))
            add("branchId", Tr::tr("Members are registered in a party branch; %1 is a %2.")
                                .arg(b.name, vocab::label(b.type)));
        if (!b.isActive())
            add("branchId", Tr::tr("%1 has been dissolved.").arg(b.name));
    }
    add("note", problem(Tr::tr("The note"), p.note, limits::NoteMax, fieldcheck::Lines::Many));
    return out;
}

QString PersonRepository::insert(Person p, const QDate &memberSince)
{
    Transaction tx(m_db);
    if (p.id.isEmpty())
        p.id = newRowId();
    validate(p);
    Query q(m_db, QStringLiteral(
                      "INSERT INTO person (id, owner_office, version, updated_at, name, gender, "
                      "ethnicity, birth_date, id_number, phone, education, work_unit, department, "
                      "position, standing, joined_on, full_member_on, branch_id, cadre, note) VALUES "
                      "(:id, :owner, 1, :now, :name, :gender, :eth, :birth, :idn, :phone, :edu, :unit, "
                      ":dept, :pos, :standing, :joined, :full, :branch, :cadre, :note)"));
    bindPerson(q, p);
    q.bind(QStringLiteral(":id"), p.id)
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":branch"), p.branchId.isEmpty() ? QVariant() : QVariant(p.branchId))
        .exec();
    if (!p.branchId.isEmpty()) {
        Query(m_db, QStringLiteral("INSERT INTO membership (id, owner_office, version, updated_at, person_id, "
                                   "org_id, from_date) VALUES (:id, :owner, 1, :now, :p, :o, :from)"))
            .bind(QStringLiteral(":id"), newRowId())
            .bind(QStringLiteral(":owner"), m_db.officeId())
            .bind(QStringLiteral(":now"), Clock::stamp())
            .bind(QStringLiteral(":p"), p.id)
            .bind(QStringLiteral(":o"), p.branchId)
            .bind(QStringLiteral(":from"), (memberSince.isValid() ? memberSince : Clock::today()).toString(Qt::ISODate))
            .exec();
    }
    tx.commit();
    return p.id;
}

void PersonRepository::update(const Person &in)
{
    Transaction tx(m_db);
    Person p = withStoredNumbers(in); // a number sent back as it was shown, masked, stays
    p.branchId = stored(in.id).branchId;
    validate(p);
    Query q(m_db, QStringLiteral(
                      "UPDATE person SET version = version + 1, updated_at = :now, name = :name, "
                      "gender = :gender, ethnicity = :eth, birth_date = :birth, id_number = :idn, "
                      "phone = :phone, education = :edu, work_unit = :unit, department = :dept, "
                      "position = :pos, standing = :standing, joined_on = :joined, "
                      "full_member_on = :full, cadre = :cadre, note = :note WHERE id = :id"));
    bindPerson(q, p);
    q.bind(QStringLiteral(":id"), p.id).exec();
    tx.commit();
}

QList<FieldProblem> PersonRepository::transferProblems(const QString &personId, const QString &toBranchId,
                                                     const QDate &on, const QString &reason) const
{
    Person p = stored(personId);
    QList<FieldProblem> out;
    auto add = [&out](const char *field, const QString &message) {
        if (!message.isEmpty())
            out.append({QString::fromLatin1(field), message});
    };
    if (p.branchId == toBranchId)
        add("branchId", Tr::tr("%1 is already a member of that branch.").arg(p.name));
    if (!on.isValid() || on > Clock::today())
        add("on", Tr::tr("Enter the transfer date; it cannot be in the future."));
    add("reason", fieldcheck::problem(Tr::tr("The reason"), reason.trimmed(), limits::ReasonMax, fieldcheck::Lines::Many));
    const QVariant since =
        Query(m_db, QStringLiteral("SELECT max(from_date) FROM membership WHERE person_id = :p AND to_date IS NULL AND deleted = 0"))
            .bind(QStringLiteral(":p"), personId)
            .scalar();
    if (on.isValid() && !since.isNull() && since.toString() > on.toString(Qt::ISODate))
        add("on", Tr::tr("The transfer date is before %1 joined the current branch (%2).").arg(p.name, since.toString()));
    // The person's own record is checked with the new branch; their dates are theirs to
    // complete in the person form, so only the branch is asked about here.
    p.branchId = toBranchId;
    for (const FieldProblem &f : problems(p))
        if (f.field == QLatin1String("branchId"))
            out.append(f);
    return out;
}

void PersonRepository::transfer(const QString &personId, const QString &toBranchId, const QDate &on,
                                const QString &reason)
{
    Transaction tx(m_db);
    const QList<FieldProblem> all = transferProblems(personId, toBranchId, on, reason);
    if (!all.isEmpty())
        invalid(all.first().message);
    const QString now = Clock::stamp();
    Query(m_db, QStringLiteral("UPDATE membership SET version = version + 1, updated_at = :now, to_date = :on "
                               "WHERE person_id = :p AND to_date IS NULL AND deleted = 0"))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":on"), on.toString(Qt::ISODate))
        .bind(QStringLiteral(":p"), personId)
        .exec();
    Query(m_db, QStringLiteral("INSERT INTO membership (id, owner_office, version, updated_at, person_id, "
                               "org_id, from_date, reason) VALUES (:id, :owner, 1, :now, :p, :o, :from, :r)"))
        .bind(QStringLiteral(":id"), newRowId())
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":p"), personId)
        .bind(QStringLiteral(":o"), toBranchId)
        .bind(QStringLiteral(":from"), on.toString(Qt::ISODate))
        .bind(QStringLiteral(":r"), reason.trimmed())
        .exec();
    Query(m_db, QStringLiteral("UPDATE person SET version = version + 1, updated_at = :now, branch_id = :b WHERE id = :p"))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":b"), toBranchId)
        .bind(QStringLiteral(":p"), personId)
        .exec();
    tx.commit();
}

void PersonRepository::undoTransfer(const QString &personId)
{
    Transaction tx(m_db);
    const QList<Membership> h = history(personId);
    if (h.size() < 2 || h.first().to.isValid())
        invalid(Tr::tr("There is no transfer to undo."));
    const QString now = Clock::stamp();
    Query(m_db, QStringLiteral("UPDATE membership SET version = version + 1, updated_at = :now, deleted = 1 WHERE id = :id"))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), h.at(0).id)
        .exec();
    Query(m_db, QStringLiteral("UPDATE membership SET version = version + 1, updated_at = :now, to_date = NULL WHERE id = :id"))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), h.at(1).id)
        .exec();
    Query(m_db, QStringLiteral("UPDATE person SET version = version + 1, updated_at = :now, branch_id = :b WHERE id = :p"))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":b"), h.at(1).orgId)
        .bind(QStringLiteral(":p"), personId)
        .exec();
    tx.commit();
}

QList<Membership> PersonRepository::history(const QString &personId) const
{
    Query q(m_db, QStringLiteral("SELECT m.id, m.org_id, o.name, m.from_date, m.to_date, m.reason FROM membership m "
                                 "JOIN organization o ON o.id = m.org_id WHERE m.person_id = :p AND m.deleted = 0 "
                                 "ORDER BY (m.to_date IS NULL) DESC, m.from_date DESC, m.to_date DESC"));
    q.bind(QStringLiteral(":p"), personId).exec();
    QList<Membership> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2), dateFrom(q.value(3)), dateFrom(q.value(4)), q.text(5)});
    return out;
}

void PersonRepository::remove(const QString &id)
{
    Transaction tx(m_db);
    setDeleted(id, true);
    tx.commit();
}

void PersonRepository::restore(const QString &id)
{
    Transaction tx(m_db);
    setDeleted(id, false);
    tx.commit();
}

void PersonRepository::setDeleted(const QString &id, bool deleted)
{
    // Children removed together with the person carry the person's removal stamp, so a
    // restore brings back exactly those and not rows removed earlier for other reasons.
    const QString removedAt =
        Query(m_db, QStringLiteral("SELECT updated_at FROM person WHERE id = :id"))
            .bind(QStringLiteral(":id"), id)
            .scalar()
            .toString();
    if (!setTombstone(m_db, "person", id, deleted))
        throw Error(Error::Kind::NotFound, Tr::tr("The person no longer exists."));
    // The children take the person's own stamp, so the next restore can recognise them.
    const QString now = Query(m_db, QStringLiteral("SELECT updated_at FROM person WHERE id = :id"))
                            .bind(QStringLiteral(":id"), id)
                            .scalar()
                            .toString();
    for (const QString &table : {QStringLiteral("membership"), QStringLiteral("post")}) {
        // sql-identifiers-only: table is membership or post
        Query(m_db, QStringLiteral("UPDATE ") + table +
                        QStringLiteral(" SET version = version + 1, updated_at = :now, deleted = :d "
                                       "WHERE person_id = :id AND deleted = :was AND (:d = 1 OR updated_at = :removedAt)"))
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":d"), deleted ? 1 : 0)
            .bind(QStringLiteral(":was"), deleted ? 0 : 1)
            .bind(QStringLiteral(":removedAt"), removedAt)
            .bind(QStringLiteral(":id"), id)
            .exec();
    }
}

QVector<qint64> PersonRepository::matches(const PersonFilter &f) const
{
    const SensitiveView view(m_db);
    if (!NameOrder::isPrimed()) { // every name's key at once, before the first sort by them
        Query names(m_db, QStringLiteral("SELECT DISTINCT name FROM person WHERE deleted = 0"));
        names.exec();
        QStringList all;
        while (names.next())
            all << names.text(0);
        NameOrder::prime(all);
    }
    // By 拼音 or 笔画 (NameOrder). SQLite walks its name index (no sort), the rows are put
    // in order here by their names' keys: a sort inside SQLite of 120,000 rows per
    // keystroke costs several times the people search's budget. Raw SQLite, since QtSql
    // makes a QVariant of every value.
    // sql-identifiers-only: filterSql() is fixed conditions; values are bound
    SqlStmt q(m_db.handle(), (QStringLiteral("SELECT p.rowid, p.name FROM person p") + filterSql(f, view) +
                              QStringLiteral(" ORDER BY p.name, p.phone, p.id_number"))
                                 .toUtf8());
    NamedBinder binder{q};
    bindFilter(binder, f, view);
    // Each row's key with its first 8 bytes as one big-endian number: most keys are that
    // short, so most comparisons are one integer comparison.
    struct Row
    {
        quint64 head;
        QByteArray key;
        qint64 rowId;
    };
    std::vector<Row> rows;
    while (q.step()) {
        sqlite3_stmt *st = q.handle();
        const auto *name = reinterpret_cast<const char *>(sqlite3_column_text(st, 1));
        QByteArray key = NameOrder::keyOfUtf8(name ? name : "", sqlite3_column_bytes(st, 1));
        quint64 head = 0;
        for (int i = 0; i < 8; ++i)
            head = head << 8 | (i < key.size() ? uchar(key.at(i)) : 0);
        rows.push_back({head, std::move(key), sqlite3_column_int64(st, 0)});
    }
    // Sorted as plain numbers, the row's place in the index breaking ties: equal names keep
    // the index's order (by phone, then ID number).
    std::vector<std::pair<quint64, quint32>> order(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        order[i] = {rows[i].head, quint32(i)};
    std::sort(order.begin(), order.end(), [&rows](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        const QByteArray &ka = rows[a.second].key, &kb = rows[b.second].key;
        if ((ka.size() > 8 || kb.size() > 8) && ka != kb)
            return ka < kb;
        return a.second < b.second;
    });
    QVector<qint64> out;
    out.reserve(qsizetype(rows.size()));
    for (const auto &o : order)
        out.append(rows[o.second].rowId);
    return out;
}

int PersonRepository::headcount(const QString &orgId) const
{
    return Query(m_db, QStringLiteral("SELECT count(*) FROM person p WHERE p.deleted = 0 AND p.branch_id IN "
                                      "(WITH RECURSIVE sub(id) AS (SELECT :root UNION ALL SELECT o.id FROM organization o "
                                      "JOIN sub ON o.parent_id = sub.id WHERE o.deleted = 0) SELECT id FROM sub)"))
        .bind(QStringLiteral(":root"), orgId)
        .scalar()
        .toInt();
}

QList<PersonRow> PersonRepository::rows(const QVector<qint64> &rowIds) const
{
    if (rowIds.isEmpty())
        return {};
    // The ids are our own integers, bound as one JSON array rather than spliced into SQL.
    QByteArray ids = "[";
    for (qint64 id : rowIds)
        ids += QByteArray::number(id) + ',';
    ids[ids.size() - 1] = ']';
    Query q(m_db, QStringLiteral("SELECT p.rowid, p.id, p.name, p.gender, p.ethnicity, p.birth_date, p.joined_on, "
                                 "p.standing, o.name, o.code, p.phone, p.id_number, p.position, p.branch_id "
                                 "FROM person p LEFT JOIN organization o ON o.id = p.branch_id "
                                 "WHERE p.rowid IN (SELECT value FROM json_each(:ids)) AND p.deleted = 0"));
    q.bind(QStringLiteral(":ids"), QString::fromLatin1(ids)).exec();
    const SensitiveView view(m_db);
    QHash<qint64, PersonRow> byRowId;
    while (q.next()) {
        PersonRow r;
        r.id = q.text(1);
        r.name = q.text(2);
        r.gender = q.text(3).isEmpty() ? QChar() : q.text(3).at(0);
        r.ethnicity = q.text(4);
        r.birthDate = dateFrom(q.value(5));
        r.joinedOn = dateFrom(q.value(6));
        r.standing = q.text(7) == QLatin1String("probationary") ? Standing::Probationary : Standing::Full;
        r.branchName = q.text(8);
        r.branchCode = q.text(9);
        r.phone = view.phone(q.text(13), q.text(10));
        r.idNumber = view.idNumber(q.text(13), q.text(11));
        r.position = q.text(12);
        byRowId.insert(q.int64(0), r);
    }
    QList<PersonRow> out;
    out.reserve(rowIds.size());
    for (qint64 id : rowIds) {
        const auto it = byRowId.constFind(id);
        if (it != byRowId.cend())
            out.append(*it);
    }
    return out;
}

} // namespace dj
