#include "DemoWriter.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/RowIds.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

namespace dj::demo {

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }

QVariant nullable(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// "INSERT INTO table(id, owner_office, version, updated_at, deleted, <columns>) VALUES (...)"
// with the office and time stamp bound after the id, and one ? per further column.
QString insertSql(const char *table, const char *columns)
{
    const int n = int(QByteArray(columns).count(',')) + 1;
    QString values = QStringLiteral("?, ?, 1, ?, 0");
    for (int i = 0; i < n; ++i)
        values += QStringLiteral(", ?");
    // sql-identifiers-only: table and column names from this file
    return QStringLiteral("INSERT INTO %1(id, owner_office, version, updated_at, deleted, %2) "
                          "VALUES (%3)")
        .arg(QLatin1String(table), QLatin1String(columns), values);
}
} // namespace

DemoWriter::DemoWriter(Database &db, const DemoGenerator::Progress &progress, qint64 expectedRows)
    : m_office(db.officeId()), m_stamp(Clock::stamp()), m_progress(progress),
      m_expected(std::max<qint64>(1, expectedRows)),
      m_org(db, insertSql("organization", "parent_id, org_type, name, short_name, code, "
                                              "unit_kind, established_on, term_start, term_years, "
                                              "contact_person_id, sort_order")),
      m_person(db, insertSql("person", "name, gender, ethnicity, birth_date, id_number, phone, "
                                           "education, work_unit, department, position, standing, "
                                           "joined_on, full_member_on, branch_id, cadre")),
      m_member(db, insertSql("membership", "person_id, org_id, from_date, to_date, reason")),
      m_post(db, insertSql("post", "person_id, org_id, post_type, from_date, to_date"))
{
}

void DemoWriter::report(int percent)
{
    if (percent == m_percent)
        return;
    m_percent = percent;
    if (m_progress && !m_progress(percent))
        throw Error(
            Error::Kind::Invalid,
            QCoreApplication::translate("dj::DemoGenerator", "Demo generation was cancelled."));
}

void DemoWriter::write(const Dept &d, const QString &workUnit, DemoGenerator::Stats &stats)
{
    m_d = &d;
    m_workUnit = workUnit;
    m_stats = &stats;
    m_orgDone.assign(d.orgs.size(), 0);
    m_personDone.assign(d.people.size(), 0);
    for (size_t i = 0; i < d.orgs.size(); ++i)
        writeOrg(int(i));
    for (size_t i = 0; i < d.people.size(); ++i)
        writePerson(int(i));
    for (const PersonRow &p : d.people) {
        if (p.prevBranch >= 0)
            run(m_member, {newRowId(), p.id, orgId(p.prevBranch), dateValue(p.prevFrom),
                           dateValue(p.memberFrom), p.age > 60 ? u("退休") : u("工作调动")});
        run(m_member, {newRowId(), p.id, orgId(p.branch), dateValue(p.memberFrom),
                       dateValue(QDate()), QStringLiteral("")});
    }
    for (const PostRow &p : d.posts) {
        run(m_post, {newRowId(), d.people[size_t(p.person)].id, orgId(p.org),
                     vocab::code(p.type), dateValue(p.from), dateValue(p.to)});
        ++stats.posts;
    }
}

void DemoWriter::writeOrg(int i)
{
    if (std::exchange(m_orgDone[size_t(i)], char(1)))
        return;
    const OrgRow &o = m_d->orgs[size_t(i)];
    if (o.parent >= 0)
        writeOrg(o.parent);
    if (o.contact >= 0)
        writePerson(o.contact);
    run(m_org,
        {o.id, nullable(orgId(o.parent)), vocab::code(o.type), o.name, o.shortName, o.code,
         vocab::code(o.kind), dateValue(o.established), dateValue(o.termStart), o.termYears,
         nullable(o.contact < 0 ? QString() : m_d->people[size_t(o.contact)].id), o.sortOrder});
    ++m_stats->organizations;
}

void DemoWriter::writePerson(int i)
{
    if (std::exchange(m_personDone[size_t(i)], char(1)))
        return;
    const PersonRow &p = m_d->people[size_t(i)];
    writeOrg(p.branch);
    static const QString cadre[] = {QStringLiteral("none"), QStringLiteral("full_time"),
                                    QStringLiteral("part_time")};
    run(m_person, {p.id, p.name, QString(p.gender), p.ethnicity, dateValue(p.birth), p.idNumber,
                   p.phone, p.education, m_workUnit, p.department, p.position,
                   p.probationary ? QStringLiteral("probationary") : QStringLiteral("full"),
                   dateValue(p.joinedOn), dateValue(p.fullMemberOn), orgId(p.branch),
                   cadre[int(p.cadre)]});
    ++m_stats->people;
}

void DemoWriter::run(Query &q, std::initializer_list<QVariant> values)
{
    QSqlQuery &raw = q.raw();
    int i = 0;
    for (const QVariant &v : values) {
        raw.bindValue(i++, v);
        if (i == 1) {
            raw.bindValue(i++, m_office);
            raw.bindValue(i++, m_stamp);
        }
    }
    q.exec();
    if ((++m_rows & 0xff) == 0)
        report(int(std::min<qint64>(99, m_rows * 100 / m_expected)));
}

} // namespace dj::demo
