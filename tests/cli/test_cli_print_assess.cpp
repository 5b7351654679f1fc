// dangjian-cli print of the yearly assessment's forms (评分表, 汇总排名表, 述职评议票) from the
// 12-branch fixture, read back with pdftotext as a user's viewer would. (Named test_cli_print_* so
// that the core-only build, which has no `print`, leaves it out: tests/CMakeLists.txt.)
#include "AssessFixture.h"
#include "CliRun.h"
#include "PdfText.h"

#include "org/IdNumber.h"
#include "org/OrganizationRepository.h"
#include "org/PersonRepository.h"
#include "org/PostRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using assessfixture::loadedFile;
using assessfixture::ok;

namespace {
const QString kYear = QStringLiteral("2025");

CliRun print(const QString &file, const QString &report, const QStringList &more,
             const QString &out)
{
    return runCli(QStringList{QStringLiteral("print"), file, QStringLiteral("--report"), report} +
                  more + QStringList{QStringLiteral("--out"), out});
}

// Every page's text, white space removed, in page order.
QString allText(const QString &pdf)
{
    QString text;
    const int n = pages(pdf);
    for (int p = 1; p <= n; ++p)
        text += pageText(pdf, p);
    return text;
}

// The lines of a page as laid out (a table row is one line), white space removed.
QStringList rows(const QString &pdf, int page)
{
    QStringList out;
    const QString text =
        toolOutput(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                    QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    for (const QString &line : text.split(QLatin1Char('\n')))
        out << squeezed(line);
    return out;
}

// Secretaries around the end of 2025, straight into the file: 张伟 heads ZB01 throughout;
// at ZB03 李娜 hands over to 王芳 on 1 July; ZB02's secretary starts only in 2026, so at the
// year end its post is vacant.
void addSecretaries(const QString &file)
{
    auto db = dj::Database::open(file);
    dj::OrganizationRepository orgs(*db);
    dj::PersonRepository people(*db);
    dj::PostRepository posts(*db);
    int seq = 11;
    const auto secretary = [&](const QString &name, const QString &code, const QDate &from,
                               const QDate &to) {
        const QString branch = orgs.byCode(code).id;
        REQUIRE_FALSE(branch.isEmpty());
        dj::Person p;
        p.name = name;
        p.birthDate = QDate(1978, 3, 9);
        p.gender = seq % 2 ? QLatin1Char('M') : QLatin1Char('F'); // as the ID number says
        p.idNumber = dj::IdNumber::compose(QStringLiteral("110101"), p.birthDate, seq++);
        p.joinedOn = QDate(2001, 7, 1);
        p.fullMemberOn = p.joinedOn.addYears(1);
        p.branchId = branch;
        dj::Post post;
        post.personId = people.insert(p, QDate(2020, 1, 1));
        post.orgId = branch;
        post.type = dj::PostType::BrSecretary;
        post.from = from;
        const QString id = posts.add(post);
        if (to.isValid())
            posts.end(id, to);
    };
    secretary(QStringLiteral("张伟"), QStringLiteral("ZB01"), QDate(2022, 3, 1), {});
    secretary(QStringLiteral("李娜"), QStringLiteral("ZB03"), QDate(2021, 5, 1), QDate(2025, 7, 1));
    secretary(QStringLiteral("王芳"), QStringLiteral("ZB03"), QDate(2025, 7, 1), {});
    secretary(QStringLiteral("赵强"), QStringLiteral("ZB02"), QDate(2026, 1, 5), {});
}
} // namespace

TEST_CASE("print the score form of one branch and of every branch", "[assess][print]")
{
    QTemporaryDir dir;
    const QString f = loadedFile(dir);
    addSecretaries(f);

    const QString one = dir.filePath(QStringLiteral("zb03.pdf"));
    ok({QStringLiteral("print"), f, QStringLiteral("--report"), QStringLiteral("score-form"),
        QStringLiteral("--year"), kYear, QStringLiteral("--org"), QStringLiteral("ZB03"),
        QStringLiteral("--out"), one});
    CHECK(pages(one) == 1); // landscape, one page per branch
    const QString t = pageText(one, 1);
    CHECK(t.contains(QStringLiteral("2025年度机关党支部党建工作量化考核评分表")));
    CHECK(t.contains(QStringLiteral("发展规划处党支部")));
    CHECK(t.contains(QStringLiteral("支部书记：王芳"))); // the holder on 31 December
    CHECK_FALSE(t.contains(QStringLiteral("李娜")));
    for (const char *column : {"编号", "一级指标", "考核指标", "评分标准", "评分方式", "分值",
                               "说明"})
        CHECK(t.contains(QString::fromUtf8(column)));
    const QStringList lines = rows(one, 1);
    // 数值 and 得分 in columns of their own, for 自评 and for 审核.
    CHECK(lines.contains(QStringLiteral("自评自评审核审核")));
    CHECK(lines.contains(QStringLiteral("数值得分数值得分")));
    CHECK(t.contains(QStringLiteral("政治建设")));
    CHECK(t.contains(QStringLiteral("组织生活会和民主评议党员")));
    CHECK(t.contains(QStringLiteral("扣分2分/次")));
    const auto row = [&](const char *start) {
        for (const QString &line : lines)
            if (line.startsWith(QString::fromUtf8(start)))
                return line;
        return QString();
    };
    // The indicator codes as on screen; B04: 3 × 3.5 capped at 7; A04 105 above its target.
    // (The 评分方式 "加分3.5分/次" wraps in its narrow column, on lines of its own.)
    CHECK(row("B04党建品牌创建").endsWith(QStringLiteral("74次73次7")));
    CHECK(t.contains(QStringLiteral("加分3.5分/")));
    CHECK(row("A04党员参学率").contains(QStringLiteral("比例目标100710871057")));
    // A 自评 nobody has reviewed: 未审核, not a 0, and the form says it is a draft.
    CHECK(row("C02中央八项规定精神").endsWith(QStringLiteral("扣分5分/次100次10未审核—")));
    CHECK(t.contains(QStringLiteral("草稿：2项自评尚未审核（C02、C04），审核得分不是最终结果。")));
    CHECK(t.contains(QStringLiteral("经验被上级推广3次"))); // the reviewer's note
    CHECK(t.contains(QStringLiteral("小计")));
    CHECK(t.contains(QStringLiteral("日常考核得分（百分制）")));
    CHECK(t.contains(QStringLiteral("96.50"))); // the daily score on 100
    CHECK_FALSE(t.contains(QStringLiteral("一票否决：")));
    CHECK(t.contains(QStringLiteral("支部书记签字")));
    CHECK(t.contains(QStringLiteral("审核人签字")));

    // The vetoed branch says so, with the grade the veto gives.
    const QString vetoed = dir.filePath(QStringLiteral("zb05.pdf"));
    REQUIRE(
        print(f, QStringLiteral("score-form"),
              {QStringLiteral("--year"), kYear, QStringLiteral("--org"), QStringLiteral("ZB05")},
              vetoed)
            .code == 0);
    const QString v = allText(vetoed);
    CHECK(v.contains(QStringLiteral("0次—1次否决"))); // C04: 自评 0, 审核 1 → veto
    CHECK(
        v.contains(QStringLiteral("一票否决：经审核，本党组织存在“严重违纪违法”（C04，1次）情形")));
    CHECK(v.contains(QStringLiteral("年度考核等次确定为“差”")));
    CHECK(v.contains(QStringLiteral("80.15")));
    CHECK(v.contains(QStringLiteral("支部书记：（空缺）")));

    // Without --org: every assessed branch, each from a new page, in the order of the tree
    // (the fixture lists the 党总支 first, so their branches ZB09–ZB12 come first).
    const QString all = dir.filePath(QStringLiteral("all.pdf"));
    REQUIRE(print(f, QStringLiteral("score-form"), {QStringLiteral("--year"), kYear}, all).code ==
            0);
    const int n = pages(all);
    CHECK(n >= 12);
    CHECK(n <= 24);
    CHECK(pageText(all, 1).contains(QStringLiteral("市价格监测中心第一党支部")));
    CHECK(pageText(all, 1).contains(QStringLiteral("第1页共")));
    const QString everything = allText(all);
    CHECK(everything.count(QStringLiteral("量化考核评分表")) == 12);
    const auto at = [&](const char *name) { return everything.indexOf(QString::fromUtf8(name)); };
    CHECK(at("市能源发展服务中心第二党支部") < at("办公室党支部"));
    CHECK(at("办公室党支部") < at("人事处党支部"));
    CHECK(everything.contains(QStringLiteral("89.36"))); // ZB01's daily score
}

TEST_CASE("print the ranked summary of the results", "[assess][print]")
{
    QTemporaryDir dir;
    const QString f = loadedFile(dir);
    const QString out = dir.filePath(QStringLiteral("summary.pdf"));
    ok({QStringLiteral("print"), f, QStringLiteral("--report"), QStringLiteral("summary"),
        QStringLiteral("--year"), kYear, QStringLiteral("--out"), out});
    CHECK(pages(out) == 1);
    QString t = pageText(out, 1);
    CHECK(t.contains(QStringLiteral("2025年度机关党建工作考核结果汇总排名表")));
    for (const char *column : {"名次", "组织编码", "党组织名称", "日常考核", "党组评价", "述职评议",
                               "综合得分", "等次", "备注"})
        CHECK(t.contains(QString::fromUtf8(column)));
    // By rank, the components and the total to 2 decimals; equal totals share a rank. Totals
    // with values still to be entered are drafts: 草稿 under the total and the grade, what is
    // missing in the remark.
    QStringList lines = rows(out, 1);
    int first = -1;
    for (int i = 0; i < lines.size() && first < 0; ++i)
        if (lines.at(i).startsWith(QStringLiteral("1ZB03发展规划处党支部96.5094.6393.13")))
            first = i;
    CHECK(first >= 0);
    CHECK(lines.value(first - 1) == QStringLiteral("95.26好"));
    CHECK(lines.value(first + 1) == QStringLiteral("草稿草稿"));
    CHECK(lines.contains(QStringLiteral("3ZB01办公室党支部89.3691.5091.1790.36好")));
    CHECK(lines.value(lines.indexOf(QStringLiteral("3ZB01办公室党支部89.3691.5091.1790.36好")) + 1)
              .startsWith(QStringLiteral("3ZB10")));
    CHECK(
        lines.contains(QStringLiteral("6ZB05固定资产投资处党支部80.1587.6385.5083.46差一票否决")));
    // ZB12 has no 党组评价: 未录入, not 0.00 — its draft total weighs the other two.
    CHECK(lines.contains(QStringLiteral("11ZB12市能源发展服务中心第二党支部67.68未录入75.00")));
    CHECK_FALSE(t.contains(QStringLiteral("0.00")));
    CHECK(t.contains(QStringLiteral("党组评价1个党组织未录入、缺4个评分")));
    CHECK(t.contains(QStringLiteral("得分为草稿的7个")));
    CHECK(t.contains(QStringLiteral("综合得分=日常考核×50%+党组评价×30%+述职评议×20%")));
    CHECK(t.contains(QStringLiteral("90分及以上为“好”，75分及以上为“中”，其余为“差”")));
    CHECK(t.contains(QStringLiteral("尚未封存")));
    CHECK(t.contains(QStringLiteral("机关党委（盖章）")));

    // Quotas: ZB01 and ZB10 tie across the 好 boundary and wait for a decision.
    ok({QStringLiteral("assess"), QStringLiteral("grading"), f, QStringLiteral("--year"), kYear,
        QStringLiteral("--quota"), QStringLiteral("30,rest,10")});
    REQUIRE(print(f, QStringLiteral("summary"), {QStringLiteral("--year"), kYear}, out).code == 0);
    t = pageText(out, 1);
    lines = rows(out, 1);
    CHECK(lines.contains(QStringLiteral("3ZB01办公室党支部89.3691.5091.1790.36待定同分待定")));
    CHECK(lines.contains(
        QStringLiteral("3ZB10市价格监测中心第二党支部89.2992.2590.2090.36待定同分待定")));
    CHECK(t.count(QStringLiteral("同分待定")) == 2);
    CHECK(t.contains(QStringLiteral("“好”不超过参加考核党组织数的30%")));
    CHECK(t.contains(QStringLiteral("等次待定2个")));
}

TEST_CASE("print the blank report ballot with each branch's secretary", "[assess][print]")
{
    QTemporaryDir dir;
    const QString f = loadedFile(dir);
    addSecretaries(f);
    const QString out = dir.filePath(QStringLiteral("ballot.pdf"));
    ok({QStringLiteral("print"), f, QStringLiteral("--report"), QStringLiteral("ballot"),
        QStringLiteral("--year"), kYear, QStringLiteral("--out"), out});
    CHECK(pages(out) == 1);
    const QString t = pageText(out, 1);
    CHECK(t.contains(QStringLiteral("2025年度党支部书记抓基层党建工作述职评议票")));
    CHECK(t.contains(QStringLiteral("评议人类别：□党组成员□机关党委委员□党员代表")));
    CHECK(t.contains(QStringLiteral("票号")));
    // In the order of the tree: the 党总支's branches (ZB09–ZB12) first, as the fixture has it.
    const QStringList lines = rows(out, 1);
    CHECK(lines.contains(QStringLiteral("序号党组织名称党支部书记好较好一般差分数")));
    CHECK(lines.contains(QStringLiteral("1市价格监测中心第一党支部（空缺）□□□□")));
    CHECK(lines.contains(QStringLiteral("5办公室党支部张伟□□□□")));
    CHECK(lines.contains(
        QStringLiteral("6政策法规处党支部（空缺）□□□□"))); // its secretary starts in 2026
    CHECK(lines.contains(QStringLiteral("7发展规划处党支部王芳□□□□")));
    CHECK_FALSE(t.contains(QStringLiteral("李娜")));
    CHECK_FALSE(t.contains(QStringLiteral("赵强")));
    CHECK(lines.contains(QStringLiteral("4市能源发展服务中心第二党支部（空缺）□□□□")));
    CHECK(t.count(QStringLiteral("□")) == 3 + 12 * 4);
    CHECK(t.contains(QStringLiteral("“好”95分、“较好”85分、“一般”75分、“差”60分")));
}

TEST_CASE("print of the assessment forms refuses a missing year or organisation", "[assess][print]")
{
    QTemporaryDir dir;
    const QString f = loadedFile(dir);
    const QString out = dir.filePath(QStringLiteral("x.pdf"));
    const QStringList y2024{QStringLiteral("--year"), QStringLiteral("2024")};
    for (const QString &report :
         {QStringLiteral("score-form"), QStringLiteral("summary"), QStringLiteral("ballot")}) {
        INFO(report.toStdString());
        const CliRun r = print(f, report, y2024, out);
        CHECK(r.code == 3);
        CHECK(r.err.contains("There is no assessment for 2024"));
    }
    CliRun r = print(
        f, QStringLiteral("score-form"),
        {QStringLiteral("--year"), kYear, QStringLiteral("--org"), QStringLiteral("NOPE")}, out);
    CHECK(r.code == 3);
    CHECK(r.err.contains("No organisation has the code NOPE"));
    // An organisation of the file that the year does not assess.
    r = print(f, QStringLiteral("score-form"),
              {QStringLiteral("--year"), kYear, QStringLiteral("--org"), QStringLiteral("ZZ1")},
              out);
    CHECK(r.code == 3);
    CHECK(r.err.contains("is not assessed in 2025"));
    // Usage: no year; --org where the form covers every branch.
    r = print(f, QStringLiteral("summary"), {}, out);
    CHECK(r.code == 2);
    CHECK(r.err.contains("--year is required"));
    r = print(f, QStringLiteral("ballot"),
              {QStringLiteral("--year"), kYear, QStringLiteral("--org"), QStringLiteral("ZB01")},
              out);
    CHECK(r.code == 2);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("print --report satisfaction-ballot lists the survey's items with boxes", "[assess][print][satisfaction]")
{
    QTemporaryDir dir;
    const QString f = dir.filePath(QStringLiteral("s.djdb"));
    ok({QStringLiteral("init"), f, QStringLiteral("--office"), QStringLiteral("测试机关")});
    ok({QStringLiteral("satisfaction"), QStringLiteral("create"), f, QStringLiteral("--year"), QStringLiteral("2026")});
    const QString pdf = dir.filePath(QStringLiteral("sat.pdf"));
    ok({QStringLiteral("print"), f, QStringLiteral("--report"), QStringLiteral("satisfaction-ballot"), QStringLiteral("--year"),
        QStringLiteral("2026"), QStringLiteral("--out"), pdf});
    const QString text = allText(pdf);
    CHECK(text.contains(QStringLiteral("2026年度机关党委工作满意度测评")));
    CHECK(text.contains(QStringLiteral("基本满意")));
    CHECK(text.contains(QStringLiteral("对机关党委工作的总体评价")));
    CHECK(text.count(QStringLiteral("□")) >= 8 * 3);
    const CliRun r = print(f, QStringLiteral("satisfaction-ballot"), {QStringLiteral("--year"), QStringLiteral("2024")},
                           dir.filePath(QStringLiteral("none.pdf")));
    CHECK(r.code == 3);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
}

TEST_CASE("print --report explain and secretaries show how totals came to be", "[assess][print]")
{
    QTemporaryDir dir;
    const QString f = loadedFile(dir);
    const QString pdf = dir.filePath(QStringLiteral("ex.pdf"));
    ok({QStringLiteral("print"), f, QStringLiteral("--report"), QStringLiteral("explain"), QStringLiteral("--year"), kYear,
        QStringLiteral("--org"), QStringLiteral("ZB05"), QStringLiteral("--out"), pdf});
    const QString text = allText(pdf);
    CHECK(text.contains(QStringLiteral("综合得分说明")));
    CHECK(text.contains(QStringLiteral("83.46"))); // ZB05's total in the fixture
    CHECK(text.contains(QStringLiteral("一票否决")));
    CHECK(text.contains(QStringLiteral("去掉")));   // its 7+ ballots lose the extremes
    const QString sec = dir.filePath(QStringLiteral("sec.pdf"));
    addSecretaries(f);
    ok({QStringLiteral("print"), f, QStringLiteral("--report"), QStringLiteral("secretaries"), QStringLiteral("--year"), kYear,
        QStringLiteral("--out"), sec});
    const QString table = allText(sec);
    CHECK(table.contains(QStringLiteral("考核参考表")));
    CHECK(table.contains(QStringLiteral("95.26")));
    // 备注 says why a row reads as it does: the veto that made ZB05 差, a vacant post.
    const QStringList lines = rows(sec, 1);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.contains(QStringLiteral("序号党组织名称书记支部综合得分名次等次备注")));
    const auto line = [&](const QString &org) {
        for (const QString &l : lines)
            if (l.contains(org))
                return l;
        return QString();
    };
    CHECK(line(QStringLiteral("固定资产投资处党支部")).endsWith(QStringLiteral("83.466差一票否决；书记空缺")));
    CHECK(line(QStringLiteral("办公室党支部")).endsWith(QStringLiteral("张伟90.363好")));
    CHECK(line(QStringLiteral("政策法规处党支部")).endsWith(QStringLiteral("书记空缺"))); // from 2026 only

    const CliRun r = print(f, QStringLiteral("explain"), {QStringLiteral("--year"), kYear}, dir.filePath(QStringLiteral("x.pdf")));
    CHECK(r.code == 2); // explain needs --org
}
