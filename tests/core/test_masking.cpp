// Masked personal numbers (issue 8): who sees ID numbers and phones, the masks themselves,
// a branch account's view of people, and that a masked value never overwrites a stored one.
#include "ErrorOf.h"
#include "SmallTree.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "access/Masking.h"
#include "access/SignInRegistry.h"
#include "report/RosterReport.h"
#include "sheet/TableExport.h"
#include "storage/Query.h"

#include <catch2/catch.hpp>

namespace {

const QString pw = QStringLiteral("正确的密码-2026");

// A small tree with three people and a file with one account of each role: 张伟 in 办公室党支部
// (branch1), 王芳 in it too, 李娜 in 服务中心第一党支部 (branch2, below 服务中心党总支).
struct Masked : SmallTree
{
    QString zhang, wang, li;
    QString zhangId, liId;

    explicit Masked(bool withAccounts = true)
    {
        zhang = person(QStringLiteral("张伟"), branch1, 11, QStringLiteral("13812345678"));
        wang = person(QStringLiteral("王芳"), branch1, 12, QStringLiteral("010-62345678"));
        li = person(QStringLiteral("李娜"), branch2, 14, QStringLiteral("13987654321"));
        zhangId = stored(zhang, "id_number");
        liId = stored(li, "id_number");
        if (!withAccounts)
            return;
        dj::AccountRepository repo(*db);
        repo.add(account(QStringLiteral("admin"), dj::Role::Admin), pw);
        repo.add(account(QStringLiteral("dangwei"), dj::Role::Committee), pw);
        repo.add(account(QStringLiteral("zhibu"), dj::Role::Branch, branch1), pw);
        repo.add(account(QStringLiteral("zongzhi"), dj::Role::Branch, general), pw);
        repo.add(account(QStringLiteral("chakan"), dj::Role::ReadOnly), pw);
        db.reset();
    }
    ~Masked() { dj::SignInRegistry::forget(path()); }

    static dj::Account account(const QString &name, dj::Role role, const QString &scope = {})
    {
        dj::Account a;
        a.name = name;
        a.displayName = name;
        a.role = role;
        a.scopeOrgId = scope;
        return a;
    }
    // What the file holds, read around the repository.
    QString stored(const QString &personId, const char *column, dj::Database *on = nullptr)
    {
        // sql-identifiers-only: column is a fixed name given by the test
        return dj::Query(on ? *on : *db, QStringLiteral("SELECT %1 FROM person WHERE id = :id").arg(QLatin1String(column)))
            .bind(QStringLiteral(":id"), personId)
            .scalar()
            .toString();
    }
    std::unique_ptr<dj::Database> openAs(const QString &name)
    {
        dj::Authenticator::signIn(path(), name, pw);
        return dj::Database::open(path());
    }
};

QStringList names(dj::Database &db, const dj::PersonFilter &f = {})
{
    const dj::PersonRepository repo(db);
    QStringList out;
    for (const dj::PersonRow &r : repo.rows(repo.matches(f)))
        out << r.name;
    return out;
}

const dj::report::Block &tableOf(const dj::report::Report &r)
{
    for (const dj::report::Block &b : r.blocks)
        if (b.kind == dj::report::Block::Kind::Table)
            return b;
    FAIL("no table");
    return r.blocks.first();
}

QString paragraphs(const dj::report::Report &r)
{
    QString text;
    for (const dj::report::Block &b : r.blocks)
        if (b.kind == dj::report::Block::Kind::Paragraph)
            text += b.text;
    return text;
}

// The people sheet as name -> (ID number, phone).
QHash<QString, QPair<QString, QString>> exported(dj::Database &db)
{
    const dj::SheetTable t = dj::TableExport::build(db, dj::TableExport::Table::People, {});
    QHash<QString, QPair<QString, QString>> out;
    for (const QVariantList &row : t.rows)
        out.insert(row.at(0).toString(), {row.at(4).toString(), row.at(13).toString()});
    return out;
}

} // namespace

TEST_CASE("ID numbers keep the area code and the last four; odd lengths show less", "[masking]")
{
    CHECK(dj::maskIdNumber(QStringLiteral("110101199001011234")) == QStringLiteral("110*************34"));
    CHECK(dj::maskIdNumber(QStringLiteral("11010119900101123X")) == QStringLiteral("110*************3X"));
    CHECK(dj::maskIdNumber(QStringLiteral("110101900101123")) == QStringLiteral("110**********23")); // 15 digits
    CHECK(dj::maskIdNumber(QStringLiteral("12345678901")) == QStringLiteral("123******01"));
    CHECK(dj::maskIdNumber(QStringLiteral("1101011990010112345")) == QStringLiteral("110**************45")); // 19
    CHECK(dj::maskIdNumber(QStringLiteral("123456789")) == QStringLiteral("*********"));
    CHECK(dj::maskIdNumber(QStringLiteral("不详")) == QStringLiteral("**"));
    CHECK(dj::maskIdNumber(QString()).isEmpty());
    // Whole characters are masked, not halves of a surrogate pair.
    CHECK(dj::maskIdNumber(QStringLiteral("𠀀𠀀𠀀")) == QStringLiteral("***"));
    CHECK(dj::maskIdNumber(QStringLiteral("110101199001011234")).size() == 18);
}

TEST_CASE("Phones keep the first three and last four digits; short numbers the last two", "[masking]")
{
    CHECK(dj::maskPhone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    CHECK(dj::maskPhone(QStringLiteral("138 1234 5678")) == QStringLiteral("138 **** 5678"));
    CHECK(dj::maskPhone(QStringLiteral("010-62345678")) == QStringLiteral("010-****5678"));
    CHECK(dj::maskPhone(QStringLiteral("+86 13812345678")) == QStringLiteral("+86 1******5678"));
    CHECK(dj::maskPhone(QStringLiteral("62345678")) == QStringLiteral("******78"));
    CHECK(dj::maskPhone(QStringLiteral("95588")) == QStringLiteral("***88"));
    CHECK(dj::maskPhone(QStringLiteral("12")) == QStringLiteral("12"));
    CHECK(dj::maskPhone(QString()).isEmpty());

    CHECK(dj::isMaskOfIdNumber(QStringLiteral("110*************34"), QStringLiteral("110101199001011234")));
    CHECK_FALSE(dj::isMaskOfIdNumber(QStringLiteral("110*************99"), QStringLiteral("110101199001011234")));
    CHECK_FALSE(dj::isMaskOfIdNumber(QString(), QString()));
    CHECK(dj::isMaskOfPhone(QStringLiteral(" 138****5678 "), QStringLiteral("13812345678")));
    CHECK_FALSE(dj::isMaskOfPhone(QStringLiteral("13812345678"), QStringLiteral("13912345678")));
}

TEST_CASE("A read-only account sees every person with the numbers masked, everywhere", "[masking]")
{
    Masked t;
    auto db = t.openAs(QStringLiteral("chakan"));
    const dj::SensitiveView view(*db);
    CHECK(view.seesNone());
    CHECK_FALSE(view.maySee(t.branch1));

    dj::PersonRepository people(*db);
    const dj::Person zhang = people.get(t.zhang);
    CHECK(zhang.idNumber == dj::maskIdNumber(t.zhangId));
    CHECK(zhang.idNumber.startsWith(QStringLiteral("110*************")));
    CHECK(zhang.phone == QStringLiteral("138****5678"));
    CHECK(names(*db).size() == 3); // everyone is listed
    for (const dj::PersonRow &r : people.rows(people.matches({}))) {
        CHECK(r.idNumber.contains(QLatin1Char('*')));
        CHECK(r.phone.contains(QLatin1Char('*')));
    }
    // Searching digits would read a hidden number back one keystroke at a time: names only.
    CHECK(names(*db, {QStringLiteral("1234"), {}}).isEmpty());
    CHECK(names(*db, {t.zhangId.left(10), {}}).isEmpty());
    CHECK(names(*db, {QStringLiteral("张"), {}}) == QStringList{QStringLiteral("张伟")});
    // A number typed in full still finds its person (the command line's --person).
    CHECK(people.idOfIdNumber(t.zhangId) == t.zhang);

    const auto roster = dj::report::RosterReport::build(*db, {}, QDate(2026, 11, 24));
    const dj::report::Block &table = tableOf(roster);
    REQUIRE(table.rows.size() == 3);
    QStringList phones;
    for (const QStringList &row : table.rows)
        phones << row.at(9);
    CHECK(phones.contains(QStringLiteral("138****5678")));
    CHECK(phones.contains(QStringLiteral("010-****5678")));
    CHECK_FALSE(phones.contains(QStringLiteral("13812345678")));
    CHECK(paragraphs(roster).contains(QStringLiteral("联系电话已部分隐去")));

    const auto sheet = exported(*db);
    REQUIRE(sheet.size() == 3);
    CHECK(sheet.value(QStringLiteral("张伟")).first == dj::maskIdNumber(t.zhangId));
    CHECK(sheet.value(QStringLiteral("张伟")).second == QStringLiteral("138****5678"));
    CHECK(sheet.value(QStringLiteral("李娜")).second == QStringLiteral("139****4321"));
}

TEST_CASE("A branch account lists its own subtree, unmasked, and sees others masked", "[masking]")
{
    Masked t;
    {
        auto db = t.openAs(QStringLiteral("zhibu"));
        const dj::SensitiveView view(*db);
        CHECK(view.maySee(t.branch1));
        CHECK_FALSE(view.maySee(t.branch2));
        CHECK_FALSE(view.maySee(QString())); // a person in no branch is the department's
        dj::PersonRepository people(*db);
        CHECK(names(*db) == QStringList{QStringLiteral("王芳"), QStringLiteral("张伟")}); // 拼音: wang, zhang
        CHECK(names(*db, {{}, t.general}).isEmpty());
        CHECK(people.headcount(t.general) == 1); // an organisation's size is not personal
        CHECK(people.headcount(t.partyGroup) == 3);
        CHECK(names(*db, {QStringLiteral("138"), {}}) == QStringList{QStringLiteral("张伟")}); // its own: full search
        CHECK(people.get(t.zhang).idNumber == t.zhangId);
        CHECK(people.get(t.zhang).phone == QStringLiteral("13812345678"));
        // Someone outside (reached through a duty list or a post, say) comes masked.
        CHECK(people.get(t.li).idNumber == dj::maskIdNumber(t.liId));
        CHECK(people.get(t.li).phone == QStringLiteral("139****4321"));
        CHECK(people.idOfIdNumber(t.liId).isEmpty());

        const auto roster = dj::report::RosterReport::build(*db, {}, QDate(2026, 11, 24));
        REQUIRE(tableOf(roster).rows.size() == 2);
        CHECK(tableOf(roster).rows.at(1).at(1) == QStringLiteral("张伟")); // after 王芳: 拼音 order
        CHECK(tableOf(roster).rows.at(1).at(9) == QStringLiteral("13812345678"));
        CHECK(paragraphs(roster).contains(QStringLiteral("本表只列办公室党支部及其下级组织的党员")));
        CHECK_FALSE(paragraphs(roster).contains(QStringLiteral("隐去")));
        const auto own = dj::report::RosterReport::build(*db, t.branch1, QDate(2026, 11, 24));
        CHECK_FALSE(paragraphs(own).contains(QStringLiteral("本表只列")));
        const auto each = dj::report::RosterReport::buildPerBranch(*db, {}, QDate(2026, 11, 24));
        REQUIRE(each.size() == 1);
        CHECK(each.at(0).branch.id == t.branch1);

        const auto sheet = exported(*db);
        CHECK(sheet.size() == 2);
        CHECK(sheet.value(QStringLiteral("张伟")).first == t.zhangId);

        // Editing its own person keeps the stored numbers; the change itself goes through.
        dj::Person zhang = people.get(t.zhang);
        zhang.position = QStringLiteral("科长");
        people.update(zhang);
        CHECK(t.stored(t.zhang, "id_number", db.get()) == t.zhangId);
        CHECK(t.stored(t.zhang, "position", db.get()) == QStringLiteral("科长"));
        // Someone outside: refused for the scope, not for the masked number it was given.
        dj::Person li = people.get(t.li);
        li.position = QStringLiteral("科长");
        CHECK(errorOf([&] { people.update(li); }).kind() == dj::Error::Kind::Denied);
        CHECK(t.stored(t.li, "id_number", db.get()) == t.liId);
    }
    // An account for the 党总支 sees the branch below it.
    auto db = t.openAs(QStringLiteral("zongzhi"));
    CHECK(names(*db) == QStringList{QStringLiteral("李娜")});
    CHECK(dj::PersonRepository(*db).get(t.li).idNumber == t.liId);
    CHECK(dj::PersonRepository(*db).get(t.zhang).phone == QStringLiteral("138****5678"));
}

TEST_CASE("Administrators, the committee and files without accounts see every number", "[masking]")
{
    for (const QString &who : {QStringLiteral("admin"), QStringLiteral("dangwei")}) {
        INFO(who.toStdString());
        Masked t;
        auto db = t.openAs(who);
        CHECK(dj::SensitiveView(*db).seesAll());
        CHECK(names(*db).size() == 3);
        CHECK(dj::PersonRepository(*db).get(t.li).idNumber == t.liId);
        CHECK(names(*db, {QStringLiteral("4321"), {}}) == QStringList{QStringLiteral("李娜")});
        CHECK(exported(*db).value(QStringLiteral("张伟")).second == QStringLiteral("13812345678"));
        CHECK_FALSE(paragraphs(dj::report::RosterReport::build(*db, {}, QDate(2026, 11, 24))).contains(QStringLiteral("隐去")));
    }
    Masked t(false);
    CHECK(dj::PersonRepository(*t.db).get(t.zhang).phone == QStringLiteral("13812345678"));
    CHECK(exported(*t.db).value(QStringLiteral("李娜")).first == t.liId);
}

TEST_CASE("A masked value never overwrites a stored number", "[masking]")
{
    Masked t(false);
    dj::PersonRepository people(*t.db);
    dj::Person p = people.get(t.zhang);
    // What a masked list or dialog would send back: the stored numbers stay.
    p.idNumber = dj::maskIdNumber(t.zhangId);
    p.phone = QStringLiteral("138****5678");
    p.position = QStringLiteral("处长");
    CHECK_NOTHROW(people.validate(p));
    people.update(p);
    CHECK(t.stored(t.zhang, "id_number") == t.zhangId);
    CHECK(t.stored(t.zhang, "phone") == QStringLiteral("13812345678"));
    CHECK(t.stored(t.zhang, "position") == QStringLiteral("处长"));
    // Another person's mask, or stars typed in, are no number at all.
    p.idNumber = dj::maskIdNumber(t.liId).replace(14, 4, QStringLiteral("0000"));
    CHECK(errorOf([&] { people.update(p); }).kind() == dj::Error::Kind::Invalid);
    p.idNumber = t.zhangId;
    p.phone = QStringLiteral("139****5678");
    CHECK(errorOf([&] { people.update(p); }).message().contains(QStringLiteral("phone")));
    CHECK(t.stored(t.zhang, "phone") == QStringLiteral("13812345678"));
    // A new person cannot be given a masked number either.
    dj::Person n = p;
    n.id.clear();
    n.name = QStringLiteral("赵六");
    n.idNumber = dj::maskIdNumber(t.zhangId);
    n.phone.clear();
    CHECK(errorOf([&] { people.insert(n); }).kind() == dj::Error::Kind::Invalid);
    // A real change of number still goes through.
    p.phone = QStringLiteral("13700000000");
    people.update(p);
    CHECK(t.stored(t.zhang, "phone") == QStringLiteral("13700000000"));
}

TEST_CASE("Exchanged rows on show (import conflicts) mask a person's numbers too", "[masking]")
{
    Masked t;
    const QStringList columns{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("id_number"),
                              QStringLiteral("phone"), QStringLiteral("branch_id")};
    const QVariantList zhang{t.zhang, QStringLiteral("张伟"), t.zhangId, QStringLiteral("13812345678"), t.branch1};
    const QVariantList li{t.li, QStringLiteral("李娜"), t.liId, QVariant(), t.branch2};
    {
        auto db = t.openAs(QStringLiteral("zhibu"));
        const dj::SensitiveView view(*db);
        CHECK(view.shownRow(QStringLiteral("person"), columns, zhang) == zhang);
        const QVariantList shown = view.shownRow(QStringLiteral("person"), columns, li);
        CHECK(shown.at(2).toString() == dj::maskIdNumber(t.liId));
        CHECK(shown.at(3).isNull()); // no phone stays no phone
        CHECK(shown.at(1) == li.at(1));
    }
    auto db = t.openAs(QStringLiteral("chakan"));
    const dj::SensitiveView view(*db);
    CHECK(view.shownRow(QStringLiteral("person"), columns, zhang).at(3).toString() == QStringLiteral("138****5678"));
    // Other tables have no personal numbers: an organisation's row comes back as it is.
    CHECK(view.shownRow(QStringLiteral("organization"), columns, zhang) == zhang);
}
