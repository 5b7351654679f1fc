// dj_bench: start-up, search, generation, assessment and exchange figures on the city-scale file.
//   dj_bench [FILE]      (FILE defaults to /tmp/dj-bench-city.djdb; generated when missing)
// Child modes (used by the parent through QProcess, one fresh process per measurement):
//   --child-bare         show a bare QMainWindow, print "ready", exit
//   --child-open FILE    show the real main window on FILE with its tree populated, print
//                        "ready <peak RSS kB>", exit
#include "BenchAudit.h"
#include "BenchExchange.h"
#include "app/Application.h"
#include "assess/AssessData.h"
#include "assess/AssessmentRepository.h"
#include "app/MainWindow.h"
#include "common/Error.h"
#include "demo/DemoGenerator.h"
#include "duty/DutyGenerator.h"
#include "duty/DutyProgress.h"
#include "org/PersonRepository.h"
#include "print/PdfExport.h"
#include "report/AssessScoreFormReport.h"
#include "report/RosterReport.h"
#include "org/IdNumber.h"
#include "sheet/PeopleImport.h"
#include "sheet/SheetFile.h"
#include "sheet/TableExport.h"
#include "sheet/XlsxWriter.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QMainWindow>
#include <QProcess>
#include <QTreeView>
#include <algorithm>
#include <cstdio>

namespace {

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

int childBare(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow w;
    w.resize(1280, 800);
    w.show();
    QApplication::processEvents();
    std::printf("ready %ld\n", peakRssKb());
    return 0;
}

int childOpen(int argc, char **argv, const QString &file)
{
    Application app(argc, argv);
    Application::installTranslations(app, QStringLiteral("zh_CN"));
    Application::applyFonts();
    MainWindow w;
    w.show();
    if (!w.openFile(file))
        return 1;
    w.showPage(MainWindow::Organizations);
    QApplication::processEvents();
    auto *tree = w.findChild<QTreeView *>(QStringLiteral("orgTree"));
    if (!tree || tree->model()->rowCount() == 0)
        return 2;
    std::printf("ready %ld\n", peakRssKb());
    return 0;
}

// Wall time of a child from start to exit, and what it printed.
double runChild(const QStringList &args, QString *out)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QCoreApplication::applicationFilePath(), args);
    p.waitForFinished(120000);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (p.exitCode() != 0)
        std::fprintf(stderr, "child %s failed (%d): %s\n", qPrintable(args.join(QLatin1Char(' '))), p.exitCode(),
                     p.readAllStandardError().constData());
    return ms;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double timeMs(const std::function<void()> &f);

// A 20,000-row sheet of new members (valid, unique ID numbers) for the department demo's
// 办公室党支部, written as XLSX, then read, checked and imported into a fresh demo file.
void benchImport()
{
    const QString dir = QStringLiteral("/tmp/dj-bench-import");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    auto db = dj::Database::create(dir + QStringLiteral("/target.djdb"), QStringLiteral("导入基准"));
    dj::DemoGenerator::generate(*db, dj::DemoGenerator::Scale::Department);
    dj::SheetTable sheet;
    sheet.headers = {QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生日期"),
                     QStringLiteral("身份证号码"), QStringLiteral("所在支部"), QStringLiteral("入党时间"),
                     QStringLiteral("转正时间")};
    constexpr int kRows = 20000;
    for (int i = 0; i < kRows; ++i) {
        const QDate born = QDate(1960, 1, 1).addDays(i / 10);
        const QString id = dj::IdNumber::compose(QStringLiteral("350102"), born, 500 + i % 10 * 2 + 1);
        sheet.rows.append({QStringLiteral("导入%1").arg(i), QStringLiteral("男"), born, id, QStringLiteral("SW-ZB01"),
                           born.addYears(25), born.addYears(26)});
    }
    const QString xlsx = dir + QStringLiteral("/people.xlsx");
    dj::XlsxWriter::write(sheet, xlsx);
    int imported = 0;
    const double ms = timeMs([&] {
        int first = 2;
        const dj::SheetTable read = dj::SheetFile::read(xlsx, &first);
        dj::PeopleImport import(*db);
        const dj::ImportReport report = import.validate(read, dj::PeopleImport::guessMapping(read.headers), first);
        imported = int(import.import(report, false).personIds.size());
    });
    std::printf("import of a %d-row XLSX     %8.0f ms   %d people added, %.0f rows/s (read + check + insert)\n", kRows, ms,
                imported, imported * 1000.0 / ms);
    db.reset();
    QDir(dir).removeRecursively();
}

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

// Responsibility lists at city scale (issue 4): generating a whole year's lists in a copy of
// the city file, against running the same generation again when nothing is missing; then
// completion by level over the year the demo recorded.
void benchDuty(const QString &cityFile)
{
    const QString copy = QStringLiteral("/tmp/dj-bench-duty.djdb");
    QFile::remove(copy);
    QFile::copy(cityFile, copy);
    auto db = dj::Database::open(copy);
    const int year = QDate::currentDate().year() + 1;
    dj::DutyGenerator gen(*db);
    dj::DutyGenerator::Result r;
    const double ms = timeMs([&] { r = gen.generate(year, QDate(year, 1, 1)); });
    const double again = timeMs([&] { gen.generate(year, QDate(year, 1, 1)); });
    std::printf("generate a year's lists     %8.0f ms   %d lists, %d items, %d links, %.0f items/s; ratio %.2f x "
                "re-running it with nothing to add (%.0f ms)\n",
                ms, r.listsAdded, r.itemsAdded, r.linksSet, r.itemsAdded * 1000.0 / ms, ms / again, again);
    const int thisYear = QDate::currentDate().year();
    int records = 0;
    double levelMs = 0;
    const double progressMs = timeMs([&] {
        const dj::DutyProgress p(*db, thisYear, QDate::currentDate());
        levelMs = timeMs([&] { p.byLevel(); });
        records = p.total().done;
    });
    std::printf("completion by level (city)  %8.0f ms   reading every item and record of %d; %d records credited; "
                "grouping alone %.0f ms\n",
                progressMs, thisYear, records, levelMs);
    db.reset();
    QFile::remove(copy);
}

// The year's assessment at city scale (issue 5): every total, rank and grade of last year's
// assessment read and computed, against one SQL aggregate over the same rows.
void benchAssess(const QString &cityFile)
{
    auto db = dj::Database::openReadOnly(cityFile);
    const dj::Assessment a = dj::AssessmentRepository(*db).ofYear(QDate::currentDate().year() - 1);
    dj::AssessResult r;
    QList<double> compute, aggregate;
    int rows = 0;
    for (int i = 0; i < 3; ++i) {
        compute << timeMs([&] { r = dj::AssessData::compute(*db, a.id); });
        aggregate << timeMs([&] {
            dj::Query q(*db, QStringLiteral("SELECT org_id, sum(value) FROM assess_score WHERE assessment_id = :a AND "
                                            "stage = 'review' AND deleted = 0 GROUP BY org_id UNION ALL SELECT org_id, "
                                            "avg(score) FROM assess_ballot_mark WHERE assessment_id = :b AND deleted = 0 "
                                            "GROUP BY org_id"));
            q.bind(QStringLiteral(":a"), a.id).bind(QStringLiteral(":b"), a.id).exec();
            rows = 0;
            while (q.next())
                ++rows;
        });
    }
    const qint64 scores = dj::Query(*db, QStringLiteral("SELECT count(*) FROM assess_score WHERE assessment_id = :a AND "
                                                        "deleted = 0"))
                              .bind(QStringLiteral(":a"), a.id)
                              .scalar()
                              .toLongLong();
    std::printf("assessment totals (city)    %8.0f ms   %lld organisations, %lld score rows: totals, ranks, grades "
                "(target <= 200 ms); ratio %.2f x one SQL aggregate (%.0f ms)\n",
                median(compute), qlonglong(r.rows.size()), scores, median(compute) / median(aggregate), median(aggregate));
    // Every organisation's 评分表 into one PDF (one form per report, each on its own pages).
    const QString pdf = QStringLiteral("/tmp/dj-bench-score-forms.pdf");
    QList<dj::report::Report> forms;
    int pages = 0;
    const double buildMs = timeMs([&] { forms = dj::report::AssessScoreFormReport::build(*db, a.year, {}); });
    const double pdfMs = timeMs([&] { pages = PdfExport::write(forms, pdf); });
    std::printf("score forms to PDF (city)   %8.0f ms   %lld forms, %d pages, %.0f forms/s (building the forms %.0f ms)\n",
                buildMs + pdfMs, qlonglong(forms.size()), pages, forms.size() * 1000.0 / (buildMs + pdfMs), buildMs);
    QFile::remove(pdf);
}

// The people list on a filter change (the matching ids in name order, then the first page),
// per keystroke; and the first listing of a run, which also makes every name's sort key.
void benchPeopleSearch(dj::Database &db)
{
    dj::PersonRepository people(db);
    dj::PersonFilter all;
    auto search = [&](const dj::PersonFilter &f) { people.rows(people.matches(f).mid(0, 200)); };
    const double first = timeMs([&] { search(all); });
    std::printf("first people listing         %7.0f ms   (makes the 拼音 sort key of every name once per run)\n", first);
    const double base = median({timeMs([&] { search(all); }), timeMs([&] { search(all); }), timeMs([&] { search(all); })});
    const int total = people.count(all);
    QList<double> keys;
    double worst = 0;
    // What an officer types: a surname, a full name, a phone prefix, an ID prefix, a rare name.
    for (const QString &typed : {QStringLiteral("王建国"), QStringLiteral("13912"), QStringLiteral("110101"),
                                 QStringLiteral("欧阳"), QStringLiteral("zzz")}) {
        for (int n = 1; n <= typed.size(); ++n) {
            dj::PersonFilter f;
            f.text = typed.left(n);
            const double ms = timeMs([&] { search(f); });
            keys << ms;
            worst = std::max(worst, ms);
        }
    }
    std::printf("people search per keystroke %8.1f ms   median over %lld keystrokes, worst %.1f ms, %d people "
                "(target <= 50 ms); ratio %.2f x listing everyone (%.1f ms)\n",
                median(keys), qlonglong(keys.size()), worst, total, median(keys) / base, base);
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == QLatin1String("--child-bare"))
        return childBare(argc, argv);
    if (mode == QLatin1String("--child-open") && argc > 2)
        return childOpen(argc, argv, QString::fromLocal8Bit(argv[2]));

    QGuiApplication app(argc, argv); // the roster PDF lays out text with real fonts
    const QString file = mode.isEmpty() ? QStringLiteral("/tmp/dj-bench-city.djdb") : mode;
    try {
        if (qgetenv("DJ_BENCH_ONLY") == "audit") { // needs no city file
            benchAudit();
            return 0;
        }
        // A file from an older build lacks the newer tables: make it again.
        if (QFile::exists(file) && dj::Database::probe(file) < dj::Migrations::latestVersion())
            QFile::remove(file);
        if (!QFile::exists(file)) {
            std::printf("Generating the city-scale demo file %s ...\n", qPrintable(file));
            auto db = dj::Database::create(file, QStringLiteral("市直机关工委（基准测试）"));
            dj::DemoGenerator::Stats s;
            const double ms = timeMs([&] { s = dj::DemoGenerator::generate(*db, dj::DemoGenerator::Scale::City); });
            std::printf("demo generation (city)      %8.0f ms   %d organisations, %d people, %d posts (target < 60000 ms)\n",
                        ms, s.organizations, s.people, s.posts);
        }
        if (qgetenv("DJ_BENCH_ONLY") == "search") { // one part, while working on it
            benchPeopleSearch(*dj::Database::openReadOnly(file));
            return 0;
        }
        if (qgetenv("DJ_BENCH_ONLY") == "exchange") { // one part, while working on it
            benchExchange(file);
            return 0;
        }
        QList<double> bare, open;
        long bareRss = 0, openRss = 0;
        for (int i = 0; i < 3; ++i) {
            QString out;
            bare << runChild({QStringLiteral("--child-bare")}, &out);
            bareRss = out.section(QLatin1Char(' '), 1).toLong();
            open << runChild({QStringLiteral("--child-open"), file}, &out);
            openRss = out.section(QLatin1Char(' '), 1).toLong();
        }
        std::printf("bare QMainWindow start      %8.0f ms   (baseline, median of 3)\n", median(bare));
        std::printf("open city file + tree shown %8.0f ms   ratio %.2f x baseline (target <= 1000 ms)\n", median(open),
                    median(open) / median(bare));
        std::printf("peak memory, GUI on city    %8ld kB   (bare window %ld kB)\n", openRss, bareRss);

        auto db = dj::Database::openReadOnly(file);
        benchPeopleSearch(*db);
        const int total = dj::PersonRepository(*db).count({});
        // The roster of everyone to PDF, against the same people to XLSX (issue 3).
        const QString pdf = QStringLiteral("/tmp/dj-bench-roster.pdf");
        const QString xlsx = QStringLiteral("/tmp/dj-bench-people.xlsx");
        int pages = 0;
        const double pdfMs = timeMs([&] {
            pages = PdfExport::write({dj::report::RosterReport::build(*db, {}, QDate::currentDate())}, pdf);
        });
        const double xlsxMs = timeMs([&] { dj::TableExport::write(*db, dj::TableExport::Table::People, {}, xlsx); });
        std::printf("roster of %d people to PDF %8.0f ms   %d pages, %.0f pages/s; ratio %.2f x the same people to XLSX (%.0f ms)\n",
                    total, pdfMs, pages, pages * 1000.0 / pdfMs, pdfMs / xlsxMs, xlsxMs);
        QFile::remove(pdf);
        QFile::remove(xlsx);
        benchImport();
        db.reset();
        benchDuty(file);
        benchAssess(file);
        benchExchange(file);
        benchAudit();
    } catch (const dj::Error &e) {
        std::fprintf(stderr, "dj_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
