// The command line masks ID numbers and phones as the window does (issue 8): `person list`,
// its JSON and a printed roster, for a read-only account signed in through DJ_USER.
#include "CliRun.h"
#include "PdfText.h"
#include "SmallTree.h"
#include "access/AccountRepository.h"
#include "access/Masking.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

namespace {

const QString pw = QStringLiteral("正确的密码-2026");

// Two members with phones, an administrator and a read-only account; closed for the CLI.
struct CliMasked : SmallTree
{
    QString zhangId, liId;
    CliMasked()
    {
        person(QStringLiteral("张伟"), branch1, 11, QStringLiteral("13812345678"));
        zhangId = idNumberOf(11);
        person(QStringLiteral("李娜"), branch2, 14, QStringLiteral("010-62345678"));
        liId = idNumberOf(14);
        dj::AccountRepository repo(*db);
        for (const auto &[name, role] : {std::pair{QStringLiteral("admin"), dj::Role::Admin},
                                         std::pair{QStringLiteral("chakan"), dj::Role::ReadOnly}}) {
            dj::Account a;
            a.name = name;
            a.displayName = name;
            a.role = role;
            repo.add(a, pw);
        }
        db.reset();
    }
    CliRun as(const QString &user, const QStringList &args)
    {
        return runCli(args, {}, {QStringLiteral("DJ_USER=") + user, QStringLiteral("DJ_PASSWORD=") + pw});
    }
};

} // namespace

TEST_CASE("person list shows a read-only account masked numbers", "[cli][masking]")
{
    CliMasked t;
    const QStringList list{QStringLiteral("person"), QStringLiteral("list"), t.path()};
    CliRun r = t.as(QStringLiteral("chakan"), list);
    REQUIRE(r.code == 0);
    const QString text = QString::fromUtf8(r.out);
    CHECK(text.contains(QStringLiteral("138****5678")));
    CHECK(text.contains(QStringLiteral("010-****5678")));
    CHECK_FALSE(text.contains(QStringLiteral("13812345678")));

    r = t.as(QStringLiteral("chakan"), list + QStringList{QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    REQUIRE(rows.size() == 2);
    for (const QJsonValue &v : rows) {
        const QString id = v.toObject().value(QStringLiteral("idNumber")).toString();
        CHECK(id.size() == 18);
        CHECK(id.mid(3, 13) == QStringLiteral("*************"));
        CHECK((id == dj::maskIdNumber(t.zhangId) || id == dj::maskIdNumber(t.liId)));
    }
    CHECK_FALSE(r.out.contains(t.zhangId.toUtf8()));
    // Digits do not search hidden numbers.
    r = t.as(QStringLiteral("chakan"), list + QStringList{QStringLiteral("--search"), QStringLiteral("1381")});
    REQUIRE(r.code == 0);
    CHECK(r.out.trimmed().isEmpty());

    // The administrator sees them whole.
    r = t.as(QStringLiteral("admin"), list + QStringList{QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(t.zhangId.toUtf8()));
    CHECK(r.out.contains("13812345678"));
}

TEST_CASE("A roster printed by a read-only account has the phones masked", "[cli][masking][print]")
{
    CliMasked t;
    const QString pdf = t.path(QStringLiteral("roster.pdf"));
    const CliRun r = t.as(QStringLiteral("chakan"), {QStringLiteral("print"), t.path(), QStringLiteral("--report"),
                                                      QStringLiteral("roster"), QStringLiteral("--out"), pdf});
    REQUIRE(r.code == 0);
    REQUIRE(pages(pdf) == 1);
    const QString text = pageText(pdf, 1);
    CHECK(text.contains(QStringLiteral("138****5678")));
    CHECK(text.contains(QStringLiteral("010-****5678")));
    CHECK_FALSE(text.contains(QStringLiteral("13812345678")));
    CHECK(text.contains(squeezed(QStringLiteral("联系电话已部分隐去"))));
    CHECK(text.contains(QStringLiteral("张伟")));
}
