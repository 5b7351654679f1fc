// dj_concurrent_writer FILE TAG COUNT: adds COUNT people named TAG-n to the first branch of
// FILE, one write transaction each, as a second program working on the same file would.
// Exit 0 when all were stored; 1 with the reason otherwise.
#include "common/Error.h"
#include "org/Person.h"
#include "org/PersonRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    try {
        auto db = dj::Database::open(args.at(1));
        const QString branch =
            dj::Query(*db, QStringLiteral("SELECT id FROM organization WHERE org_type = 'branch' ORDER BY code LIMIT 1")).scalar().toString();
        dj::PersonRepository people(*db);
        for (int i = 0; i < args.at(3).toInt(); ++i) {
            dj::Person p;
            p.name = QStringLiteral("%1-%2").arg(args.at(2)).arg(i);
            p.gender = QLatin1Char('F');
            p.birthDate = QDate(1985, 1, 1);
            p.joinedOn = QDate(2010, 7, 1);
            p.fullMemberOn = p.joinedOn.addYears(1);
            p.branchId = branch;
            people.insert(p, QDate(2026, 1, 1));
        }
    } catch (const dj::Error &e) {
        std::fprintf(stderr, "%s\n", e.message().toUtf8().constData());
        return 1;
    }
    return 0;
}
