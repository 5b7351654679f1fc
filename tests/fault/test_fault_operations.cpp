#include "AssessFixture.h"
#include "DutyTree.h"
#include "ExchangeFixture.h"
#include "FaultSweep.h"

#include "assess/AssessSeal.h"
#include "assess/AssessmentRepository.h"
#include "demo/DemoGenerator.h"
#include "duty/DutyGenerator.h"
#include "exchange/BusinessTables.h"
#include "exchange/PackageReader.h"
#include "storage/Migrations.h"
#include "storage/Query.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <sqlite3.h>

using faultsweep::Operation;

namespace {

QString digestOf(const QString &path) { return dj::BusinessDigest::compute(*dj::Database::openReadOnly(path)); }

// Rows, tombstones and versions per business table: for operations that make new random row
// ids, so two undisturbed runs differ in ids but never in shape; half an operation would.
QString shapeOf(const QString &path)
{
    auto db = dj::Database::openReadOnly(path);
    QStringList out;
    for (const QString &t : dj::businessTables()) // sql-identifiers-only: a fixed list of table names
        out << t + QLatin1Char('=') +
                   dj::Query(*db, QStringLiteral("SELECT count(*) || '/' || total(deleted) || '/' || total(version) FROM ") + t)
                       .scalar()
                       .toString();
    return out.join(QLatin1Char(' '));
}

qint64 count(const QString &path, const char *sql)
{
    return dj::Query(*dj::Database::openReadOnly(path), QString::fromLatin1(sql)).scalar().toLongLong();
}

void report(const Operation &op, const faultsweep::Stats &s)
{
    WARN(op.name.toStdString() << ": " << s.points << " fault points, " << s.runs << " runs with a fault: " << s.refused
                               << " refused with a clear message, " << s.survived << " succeeded; messages: "
                               << s.messages.join(QStringLiteral(" | ")).toStdString());
}

// The file as it is after `op` ran undisturbed on a copy of the pristine file.
QString after(const Operation &op, const QTemporaryDir &dir, QString (*measure)(const QString &))
{
    const QString copy = dir.filePath(QStringLiteral("after.djdb"));
    faultsweep::freshCopy(op.pristine, copy);
    op.run(copy, [] {});
    return measure(copy);
}

// The sending office's rows: a party group, its 机关党委 and six branches (the demo
// department as well in the long run).
void fillSender(dj::Database &a)
{
    if (qEnvironmentVariableIsSet("DJ_FAULT_LONG"))
        dj::DemoGenerator::generate(a, dj::DemoGenerator::Scale::Department);
    const QString pg = addOrg(a, dj::OrgType::PartyGroup, {}, QStringLiteral("中共甲党组"), QStringLiteral("JIA"));
    const QString organ = addOrg(a, dj::OrgType::OrganCommittee, pg, QStringLiteral("甲机关党委"), QStringLiteral("JIA-JG"));
    for (int i = 1; i <= 6; ++i)
        addOrg(a, dj::OrgType::Branch, organ, QStringLiteral("第%1支部").arg(i), QStringLiteral("JIA-ZB%1").arg(i));
}

// Closes the writing connection so the file can be copied as one piece.
QString closeInto(std::unique_ptr<dj::Database> db)
{
    const QString path = db->path();
    db.reset();
    return path;
}

} // namespace

TEST_CASE("a failing disk during a package import leaves the file as before or fully imported", "[fault]")
{
    Offices o;
    auto a = o.make(QStringLiteral("甲"));
    auto b = o.make(QStringLiteral("乙"));
    Offices::trust(*b, *a);
    fillSender(*a);
    addOrg(*b, dj::OrgType::PartyGroup, {}, QStringLiteral("中共乙党组"), QStringLiteral("YI"));
    const QString package = o.send(*a);
    a.reset();

    Operation op;
    op.name = QStringLiteral("import");
    op.pristine = closeInto(std::move(b));
    op.run = [&](const QString &path, const std::function<void()> &armHere) {
        auto db = dj::Database::open(path);
        dj::PackageImport import(*db, package);
        armHere();
        import.run({});
    };
    QTemporaryDir scratch;
    const QString before = digestOf(op.pristine);
    const QString done = after(op, scratch, digestOf);
    REQUIRE(before != done);
    op.check = [&](const QString &path, bool succeeded) {
        CHECK(digestOf(path) == (succeeded ? done : before));
        CHECK(count(path, "SELECT count(*) FROM import_log") == (succeeded ? 1 : 0));
        // The copy made before the import is whole and kept when the import went through;
        // a refused import leaves none, and never half a file.
        const QDir backups(QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups")));
        CHECK(backups.entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
        CHECK(backups.entryList({QStringLiteral("*.djdb")}, QDir::Files).size() == (succeeded ? 1 : 0));
        for (const QString &f : backups.entryList({QStringLiteral("*.djdb")}, QDir::Files))
            faultsweep::requireWhole(backups.filePath(f));
    };
    report(op, faultsweep::sweep(op, faultsweep::defaultFaults()));
}

TEST_CASE("a failing disk during an export leaves no package, or a whole one, and the file as it was", "[fault]")
{
    Offices o;
    auto a = o.make(QStringLiteral("甲"));
    fillSender(*a);
    const QByteArray key = dj::OfficeIdentity::publicKey(*a).publicKey;

    Operation op;
    op.name = QStringLiteral("export");
    op.pristine = closeInto(std::move(a));
    const QString before = digestOf(op.pristine);
    const auto out = [](const QString &path) { return QFileInfo(path).absoluteDir().filePath(QStringLiteral("out.djpkg")); };
    op.run = [&](const QString &path, const std::function<void()> &armHere) {
        QFile::remove(out(path));
        auto db = dj::Database::open(path);
        dj::ExportRequest r;
        r.scope = dj::ExchangeScope::parse(QStringLiteral("all"));
        r.out = out(path);
        armHere();
        dj::PackageExport::run(*db, r);
    };
    op.check = [&](const QString &path, bool succeeded) {
        CHECK(digestOf(path) == before);
        CHECK(QFile::exists(out(path)) == succeeded);
        CHECK(count(path, "SELECT count(*) FROM exchange_sent") == (succeeded ? 1 : 0));
        CHECK(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
        if (succeeded)
            CHECK_NOTHROW(dj::PackageReader(out(path)).verify(key));
    };
    report(op, faultsweep::sweep(op, faultsweep::defaultFaults()));
}

TEST_CASE("a failing disk during an upgrade leaves the old version or the new, never one between", "[fault]")
{
    QTemporaryDir dir;
    QFile sql(QStringLiteral(DJ_FIXTURES "/schema_v1.sql"));
    REQUIRE(sql.open(QIODevice::ReadOnly));
    Operation op;
    op.name = QStringLiteral("upgrade");
    op.pristine = dir.filePath(QStringLiteral("v1.djdb"));
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(op.pristine.toUtf8().constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, sql.readAll().constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);

    op.run = [](const QString &path, const std::function<void()> &armHere) {
        armHere();
        dj::Database::open(path);
    };
    op.check = [](const QString &path, bool succeeded) {
        CHECK(dj::Database::probe(path) == (succeeded ? dj::Migrations::latestVersion() : 1));
        CHECK(count(path, "SELECT count(*) FROM person WHERE deleted = 0") == 2);
        CHECK(count(path, "SELECT count(*) FROM organization") == 3);
    };
    report(op, faultsweep::sweep(op, faultsweep::defaultFaults()));
}

TEST_CASE("a failing disk while the year's lists are generated leaves none or all of them", "[fault]")
{
    auto tree = std::make_unique<DutyTree>();
    Operation op;
    op.name = QStringLiteral("duty generation");
    op.pristine = tree->path(QStringLiteral("pristine.djdb"));
    tree->db->backupTo(op.pristine);
    op.run = [](const QString &path, const std::function<void()> &armHere) {
        auto db = dj::Database::open(path);
        armHere();
        dj::DutyGenerator(*db).generate(2026, QDate(2026, 1, 1));
    };
    QTemporaryDir scratch;
    const QString before = shapeOf(op.pristine);
    const QString done = after(op, scratch, shapeOf);
    REQUIRE(before != done);
    op.check = [&](const QString &path, bool succeeded) { CHECK(shapeOf(path) == (succeeded ? done : before)); };
    report(op, faultsweep::sweep(op, faultsweep::defaultFaults()));
}

TEST_CASE("a failing disk while an assessment is sealed leaves it open or sealed, nothing between", "[fault]")
{
    QTemporaryDir dir;
    Operation op;
    op.name = QStringLiteral("assessment seal");
    op.pristine = assessfixture::completeFile(dir); // sealing needs every value entered
    const QString id = dj::AssessmentRepository(*dj::Database::openReadOnly(op.pristine)).forYear(2025)->id;
    op.run = [&](const QString &path, const std::function<void()> &armHere) {
        auto db = dj::Database::open(path);
        armHere();
        dj::AssessSeal::seal(*db, id, QStringLiteral("王干事"));
    };
    QTemporaryDir scratch;
    const QString before = shapeOf(op.pristine);
    const QString done = after(op, scratch, shapeOf);
    REQUIRE(before != done);
    op.check = [&](const QString &path, bool succeeded) {
        CHECK(shapeOf(path) == (succeeded ? done : before));
        CHECK(dj::AssessmentRepository(*dj::Database::openReadOnly(path)).forYear(2025)->sealed == succeeded);
    };
    report(op, faultsweep::sweep(op, faultsweep::defaultFaults()));
}
