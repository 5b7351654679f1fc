// The audit log viewer (issue 8): the changes listed newest first with who made them, the
// search fields narrowing them, the chain checked (and tampering found), the entries found
// exported to CSV, and only administrators and the 机关党委 let in.
#include "Screenshot.h"
#include "SmallTree.h"
#include "Tamper.h"
#include "TypeDate.h"
#include "Widgets.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "access/SignInRegistry.h"
#include "app/Session.h"
#include "audit/AuditLog.h"
#include "audit/AuditLogDialog.h"
#include "audit/AuditLogModel.h"
#include "common/DateField.h"
#include "sheet/CsvWriter.h"
#include "storage/Query.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace {

const QString pw = QStringLiteral("正确的密码-2026");

// The user the unnamed session takes (USER), for one test.
struct AsUser
{
    QByteArray saved = qgetenv("USER");
    explicit AsUser(const char *name) { qputenv("USER", name); }
    ~AsUser() { qputenv("USER", saved); }
};


dj::Account account(const QString &name, const QString &display, dj::Role role)
{
    dj::Account a;
    a.name = name;
    a.displayName = display;
    a.role = role;
    return a;
}

// A small tree and two people entered by "auditor" before the file had accounts; then an
// administrator, the 机关党委's account and a read-only one. Sessions are opened by signing in.
struct AuditFile
{
    AsUser user{"auditor"};
    SmallTree t;
    QString zhang, li;
    std::unique_ptr<Session> session;

    AuditFile()
    {
        zhang = t.person(QStringLiteral("张伟"), t.branch1, 11);
        li = t.person(QStringLiteral("李娜"), t.branch2, 14);
        t.clock.advanceSecs(3600);
        dj::AccountRepository repo(*t.db);
        repo.add(account(QStringLiteral("admin"), QStringLiteral("管理员"), dj::Role::Admin), pw);
        repo.add(account(QStringLiteral("dangwei"), QStringLiteral("机关党委办公室"),
                         dj::Role::Committee),
                 pw);
        repo.add(account(QStringLiteral("chakan"), QStringLiteral("查看"), dj::Role::ReadOnly), pw);
        t.db.reset();
    }
    ~AuditFile()
    {
        session.reset();
        dj::SignInRegistry::forget(t.path());
    }
    Session &as(const QString &name)
    {
        session.reset();
        dj::Authenticator::signIn(t.path(), name, pw);
        session = std::make_unique<Session>(dj::Database::open(t.path()));
        return *session;
    }
    // A day's work by the 机关党委: a phone number corrected, a person removed, an office
    // trusted and no longer trusted (a row deleted for real).
    void edit()
    {
        dj::Database &db = session->db();
        dj::PersonRepository people(db);
        t.clock.advanceSecs(2 * 3600);
        dj::Person p = people.get(zhang);
        p.phone = QStringLiteral("13912345678");
        people.update(p);
        t.clock.advanceSecs(600);
        people.remove(li);
        t.clock.advanceSecs(600);
        dj::Query(db, QStringLiteral(
                          "INSERT INTO peer_office(office_id, name, public_key, trusted_at) VALUES "
                          "('o-1', '区商务局', :k, '2026-11-24')"))
            .bind(QStringLiteral(":k"), QString(64, QLatin1Char('a')))
            .exec();
        t.clock.advanceSecs(60);
        dj::Query(db, QStringLiteral("DELETE FROM peer_office WHERE office_id = 'o-1'")).exec();
    }
};

QString cell(const QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data().toString();
}

void choose(QComboBox *c, const QString &data)
{
    const int i = c->findData(data);
    REQUIRE(i >= 0);
    c->setCurrentIndex(i);
}

// The lines of a CSV file the program wrote (UTF-8 with a BOM, CRLF line ends).
QStringList lines(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

QString csvHeaderLine()
{
    QStringList fields;
    for (const QString &h : dj::AuditLog::csvHeaders())
        fields << dj::CsvWriter::field(h);
    return fields.join(QLatin1Char(','));
}

} // namespace

TEST_CASE("the audit log viewer lists, searches, verifies and exports the log", "[ui][audit]")
{
    chineseForScreenshots();
    AuditFile f;
    Session &s = f.as(QStringLiteral("dangwei"));
    f.edit();
    const dj::AuditLog log(s.db());
    const qint64 total = log.count();
    REQUIRE(total > 12);

    AuditLogDialog d(s);
    d.show();
    const QAbstractItemModel *m = child<QTableView>(&d, "auditLogTable")->model();
    REQUIRE(m->rowCount() == total);
    CHECK(child<QLabel>(&d, "auditCount")->text().contains(QString::number(total)));
    // Newest first: the deleted trusted office, by the 机关党委's account.
    CHECK(cell(m, 0, AuditLogModel::UserCol) == QStringLiteral("dangwei"));
    CHECK(cell(m, 0, AuditLogModel::TableCol) ==
          AuditLogModel::tableName(QStringLiteral("peer_office")));
    CHECK(cell(m, 0, AuditLogModel::RowCol) == QStringLiteral("o-1"));
    CHECK(cell(m, 0, AuditLogModel::OpCol) == AuditLogModel::opName(QStringLiteral("delete")));
    CHECK(cell(m, 0, AuditLogModel::AfterCol).isEmpty());
    CHECK(cell(m, 0, AuditLogModel::BeforeCol).size() == AuditLogModel::ShortDigest);
    const QDateTime last(QDate(2026, 11, 24), QTime(5, 21), Qt::UTC);
    CHECK(cell(m, 0, AuditLogModel::TimeCol) ==
          last.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    // Oldest last: the first organisation, by the user who worked before there were accounts.
    CHECK(cell(m, m->rowCount() - 1, AuditLogModel::UserCol) == QStringLiteral("auditor"));
    CHECK(cell(m, m->rowCount() - 1, AuditLogModel::TableCol) ==
          AuditLogModel::tableName(QStringLiteral("organization")));
    CHECK(cell(m, m->rowCount() - 1, AuditLogModel::OpCol) ==
          AuditLogModel::opName(QStringLiteral("insert")));

    auto *users = child<QComboBox>(&d, "auditUser");
    auto *tables = child<QComboBox>(&d, "auditTable");
    auto *ops = child<QComboBox>(&d, "auditOp");
    CHECK(users->findData(QStringLiteral("auditor")) > 0);
    CHECK(users->findData(QStringLiteral("dangwei")) > 0);
    CHECK(tables->findText(AuditLogModel::tableName(QStringLiteral("account"))) > 0);
    auto *search = child<QPushButton>(&d, "auditSearch");

    SECTION("the search fields narrow the list")
    {
        choose(tables, QStringLiteral("person"));
        choose(ops, QStringLiteral("update"));
        search->click();
        REQUIRE(m->rowCount() == 2); // the phone, then the removal
        for (int r = 0; r < m->rowCount(); ++r) {
            CHECK(cell(m, r, AuditLogModel::TableCol) ==
                  AuditLogModel::tableName(QStringLiteral("person")));
            CHECK(cell(m, r, AuditLogModel::OpCol) ==
                  AuditLogModel::opName(QStringLiteral("update")));
            CHECK(cell(m, r, AuditLogModel::UserCol) == QStringLiteral("dangwei"));
        }
        CHECK(cell(m, 0, AuditLogModel::RowCol) == f.li);
        CHECK(cell(m, 1, AuditLogModel::RowCol) == f.zhang);

        choose(ops, QString());
        child<QLineEdit>(&d, "auditRow")->setText(f.zhang);
        search->click();
        CHECK(m->rowCount() == 2); // inserted, then the phone
        choose(tables, QString());
        choose(users, QStringLiteral("auditor"));
        search->click();
        CHECK(m->rowCount() == 1);

        child<QLineEdit>(&d, "auditRow")->clear();
        search->click();
        CHECK(m->rowCount() == log.count(d.currentFilter()));
        CHECK(m->rowCount() < total);
        // Whole local days: nothing after the day of the changes, everything on it.
        const QDate day = last.toLocalTime().date();
        choose(users, QString());
        typeDate(child<DateField>(&d, "auditFrom"), day.addDays(1).toString(Qt::ISODate));
        search->click();
        CHECK(m->rowCount() == 0);
        CHECK(child<QLabel>(&d, "auditCount")->text().contains(QLatin1Char('0')));
        typeDate(child<DateField>(&d, "auditFrom"), QString());
        typeDate(child<DateField>(&d, "auditTo"), day.toString(Qt::ISODate));
        search->click();
        CHECK(m->rowCount() == total);
    }

    SECTION("the chain is checked, and a changed entry is found")
    {
        auto *verdict = child<QLabel>(&d, "auditVerdict");
        CHECK_FALSE(verdict->isVisibleTo(&d));
        child<QPushButton>(&d, "auditVerify")->click();
        REQUIRE(verdict->isVisibleTo(&d));
        const dj::AuditVerdict ok = log.verify();
        REQUIRE(ok.ok);
        CHECK(verdict->text().contains(QString::fromLatin1(ok.head.toHex())));
        CHECK(verdict->text().contains(QString::number(ok.entries)));
        CHECK_FALSE(verdict->styleSheet().contains(QStringLiteral("b01c1c")));
        d.resize(1180, 660);
        screenshot(d, QStringLiteral("audit-log"));

        tamper(f.t.path(), "UPDATE audit_log SET user_name = 'x' WHERE seq = 1");
        CHECK(d.verify());
        const dj::AuditVerdict bad = log.verify();
        REQUIRE_FALSE(bad.ok);
        CHECK(bad.firstBadSeq == 1);
        CHECK(verdict->text().contains(bad.problem));
        CHECK(verdict->styleSheet().contains(QStringLiteral("b01c1c")));
        // The changed entry is selected in the list.
        const QModelIndexList selected =
            child<QTableView>(&d, "auditLogTable")->selectionModel()->selectedRows();
        REQUIRE(selected.size() == 1);
        CHECK(selected.first().row() == m->rowCount() - 1);
    }

    SECTION("the entries found are exported to CSV")
    {
        const QString all = f.t.path(QStringLiteral("audit.csv"));
        REQUIRE(d.exportTo(all));
        const QStringList written = lines(all);
        REQUIRE(written.size() == total + 1);
        CHECK(written.first() == csvHeaderLine());
        CHECK(written.at(1).contains(QStringLiteral("o-1")));
        CHECK(child<QLabel>(&d, "auditMessage")->text().contains(QString::number(total)));

        choose(tables, QStringLiteral("person"));
        const QString people = f.t.path(QStringLiteral("people.csv"));
        REQUIRE(d.exportTo(people));
        dj::AuditFilter filter;
        filter.table = QStringLiteral("person");
        CHECK(lines(people).size() == log.count(filter) + 1);
        CHECK(m->rowCount() == log.count(filter)); // the list shows what was exported
    }
}

TEST_CASE("only administrators and the 机关党委 may read the audit log", "[ui][audit]")
{
    AuditFile f;
    Session &admin = f.as(QStringLiteral("admin"));
    CHECK(AuditLogDialog::deniedText(admin).isEmpty());

    Session &reader = f.as(QStringLiteral("chakan"));
    const QString denied = AuditLogDialog::deniedText(reader);
    CHECK(denied.contains(QStringLiteral("chakan")));
    QString shown;
    onNextModal([&](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        REQUIRE(box);
        shown = box->text();
        box->accept();
    });
    AuditLogDialog::run(reader, nullptr);
    CHECK(shown == denied);

    // Made directly all the same: nothing of the log is shown, and export refuses.
    AuditLogDialog d(reader);
    CHECK(d.model()->rowCount() == 0);
    auto *exportButton = child<QPushButton>(&d, "auditExport");
    CHECK_FALSE(exportButton->isEnabled());
    CHECK(exportButton->toolTip() == denied);
    CHECK_FALSE(child<QPushButton>(&d, "auditVerify")->isEnabled());
    const QString out = f.t.path(QStringLiteral("denied.csv"));
    CHECK_FALSE(d.exportTo(out));
    CHECK_FALSE(QFile::exists(out));
    CHECK_FALSE(child<QLabel>(&d, "auditMessage")->text().isEmpty());
}

TEST_CASE("the audit log model passes the model tester and shortens digests", "[ui][audit]")
{
    AuditFile f;
    Session &s = f.as(QStringLiteral("admin"));
    AuditLogModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<dj::AuditEntry> entries = dj::AuditLog(s.db()).entries();
    m.setEntries(entries);
    REQUIRE(m.rowCount() == entries.size());
    CHECK(m.columnCount() == AuditLogModel::ColumnCount);
    const dj::AuditEntry &oldest = entries.last();
    const int row = m.rowCount() - 1;
    CHECK(m.index(row, AuditLogModel::BeforeCol).data().toString().isEmpty());
    CHECK(m.index(row, AuditLogModel::AfterCol).data().toString() ==
          QString::fromLatin1(oldest.newDigest.toHex().left(12)));
    CHECK(m.index(row, AuditLogModel::AfterCol).data(Qt::ToolTipRole).toString() ==
          QString::fromLatin1(oldest.newDigest.toHex()));
    CHECK(m.index(row, AuditLogModel::TableCol).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("organization"));
    CHECK(m.headerData(AuditLogModel::OpCol, Qt::Horizontal, Qt::DisplayRole).toString() ==
          AuditLogModel::tr("Change"));
    CHECK(AuditLogModel::tableName(QStringLiteral("no_such_table")) ==
          QStringLiteral("no_such_table"));
    CHECK(AuditLogModel::localTime(QStringLiteral("2026-11-24T02:00:00.000Z")) ==
          QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC)
              .toLocalTime()
              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    m.setEntries(entries.mid(0, 3));
    CHECK(m.rowCount() == 3);
    m.setEntries({});
    CHECK(m.rowCount() == 0);
}
