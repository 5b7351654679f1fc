#pragma once

#include "DemoGenerator.h"
#include "DemoRows.h"
#include "storage/Query.h"

#include <initializer_list>
#include <vector>

namespace dj {
class Database;
}

namespace dj::demo {

// Writes departments with four statements prepared once and re-bound for every row, in an
// order that satisfies every foreign key as it is inserted (parents before children, a
// contact person before the organisation naming them, a branch before its members).
// Deferred checks would make SQLite scan child tables on every parent insert.
class DemoWriter
{
public:
    DemoWriter(Database &db, const DemoGenerator::Progress &progress, qint64 expectedRows);

    // Reports progress; throws when the callback cancels.
    void report(int percent);
    void write(const Dept &d, const QString &workUnit, DemoGenerator::Stats &stats);

private:
    QString orgId(int i) const { return i < 0 ? QString() : m_d->orgs[size_t(i)].id; }

    void writeOrg(int i);    // with its parent and contact person first
    void writePerson(int i); // with their branch first

    // Binds the row id, the office and time stamp, then the rest of `values`; runs; and
    // reports progress every 256 rows.
    void run(Query &q, std::initializer_list<QVariant> values);

    QString m_office, m_stamp;
    const DemoGenerator::Progress &m_progress;
    qint64 m_expected, m_rows = 0;
    int m_percent = -1;
    const Dept *m_d = nullptr;
    QString m_workUnit;
    DemoGenerator::Stats *m_stats = nullptr;
    std::vector<char> m_orgDone, m_personDone;
    Query m_org, m_person, m_member, m_post;
};

} // namespace dj::demo
