// dangjian-cli: the same core as the desktop program, for batch work, scripts and tests.
#include "CliContext.h"
#include "SignInPrompt.h"
#include "access/SignInRequired.h"
#include "common/DocumentTranslator.h"
#include "common/InterfaceLanguage.h"
#include "common/NameOrder.h"
#include "storage/PrivateFiles.h"
#include "AccountCommands.h"
#include "AssessCommands.h"
#include "AuditCommands.h"
#include "BackupCommands.h"
#include "DutyCommands.h"
#include "ExportCommands.h"
#include "FileCommands.h"
#include "ImportCommands.h"
#include "ListCommands.h"
#include "OrgImportCommands.h"
#include "ExchangeCommands.h"
#include "OfficeCommands.h"
#include "SatisfactionCommands.h"
#include "SchemeCommands.h"
#ifdef DJ_WITH_PRINT
#include "PrintCommands.h"
#include <QGuiApplication>
#endif

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

struct Command
{
    QStringList words; // "org list" is two words
    QString synopsis;
    QSet<QString> valueOptions;
    QSet<QString> flags;
    std::function<int(const CliArgs &)> run;
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QList<Command> commands()
{
    const QSet<QString> json{QStringLiteral("json")};
    return {
        {{QStringLiteral("init")}, Tr::tr("init FILE --office NAME       create an empty data file for an office\n"
                                      "  init FILE --department NAME --code CODE [--speaks-for committee|party-group]\n"
                                      "            [--no-scheme] [--no-templates]\n"
                                      "                               a department file: its 党组 and 机关党委, the\n"
                                      "                               built-in scheme and list templates"),
         {QStringLiteral("office"), QStringLiteral("department"), QStringLiteral("code"), QStringLiteral("speaks-for")},
         {QStringLiteral("no-scheme"), QStringLiteral("no-templates")}, cli::init},
        {{QStringLiteral("demo")}, Tr::tr("demo FILE [--scale department|city] [--office NAME]\n"
                                      "                               fill a new or empty file with demo data"),
         {QStringLiteral("scale"), QStringLiteral("office")}, {}, cli::demo},
        {{QStringLiteral("check")}, Tr::tr("check FILE                    integrity, references, schema version and the audit log's\n"
                                       "                               chain; exit 0 only if all hold"),
         {}, {}, cli::check},
        {{QStringLiteral("audit")},
         Tr::tr("audit FILE [--user U] [--table T] [--row ID] [--op insert|update|delete|event|baseline]\n"
                "      [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--json] [--out FILE.csv]\n"
                "                               the audit log, newest first: who changed which row and\n"
                "                               when; --out writes it as CSV (administrators and the\n"
                "                               机关党委 only)"),
         {QStringLiteral("user"), QStringLiteral("table"), QStringLiteral("row"), QStringLiteral("op"), QStringLiteral("from"),
          QStringLiteral("to"), QStringLiteral("limit"), QStringLiteral("out")},
         json, cli::audit},
        {{QStringLiteral("info")}, Tr::tr("info FILE [--json]            counts per table and organisation type"), {}, json, cli::info},
        {{QStringLiteral("upgrade")}, Tr::tr("upgrade FILE                  migrate an older file (a copy is kept)"), {}, {}, cli::upgrade},
        {{QStringLiteral("backup")}, Tr::tr("backup FILE [--out DIR] [--keep N]\n"
                                        "                               a verified copy in DIR (default: the backups folder\n"
                                        "                               beside FILE); --keep sets how many automatic copies\n"
                                        "                               (daily, before imports) are kept"),
         {QStringLiteral("out"), QStringLiteral("keep")}, {}, cli::backup},
        {{QStringLiteral("backups")}, Tr::tr("backups FILE [--json]         the copies in the backups folder, newest first"), {},
         json, cli::backups},
        {{QStringLiteral("restore")}, Tr::tr("restore FILE --from BACKUP [--yes]\n"
                                         "                               replace the content of FILE by a verified backup\n"
                                         "                               (the current content is backed up first)"),
         {QStringLiteral("from")}, {QStringLiteral("yes")}, cli::restore},
        {{QStringLiteral("account"), QStringLiteral("list")},
         Tr::tr("account list FILE [--json]    the accounts (none: nobody needs to sign in)"), {}, json, cli::accountList},
        {{QStringLiteral("account"), QStringLiteral("add")},
         Tr::tr("account add FILE --name N --role admin|committee|branch|readonly [--org CODE]\n"
                "      [--display-name D] [--disabled]\n"
                "                               a new account (administrators); the password comes from\n"
                "                               DJ_NEW_PASSWORD or is asked twice; the first account, an\n"
                "                               administrator, turns sign-in on; --org: a branch's subtree"),
         {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("org"), QStringLiteral("display-name")},
         {QStringLiteral("disabled")}, cli::accountAdd},
        {{QStringLiteral("account"), QStringLiteral("set")},
         Tr::tr("account set FILE --name N [--role R] [--org CODE] [--display-name D] [--disable|--enable]\n"
                "                               change an account's role, organisation or name"),
         {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("org"), QStringLiteral("display-name")},
         {QStringLiteral("disable"), QStringLiteral("enable")}, cli::accountSet},
        {{QStringLiteral("account"), QStringLiteral("password")},
         Tr::tr("account password FILE --name N\n"
                "                               set an account's password (DJ_NEW_PASSWORD or asked)"),
         {QStringLiteral("name")}, {}, cli::accountPassword},
        {{QStringLiteral("account"), QStringLiteral("unlock")},
         Tr::tr("account unlock FILE --name N  let an account locked by wrong passwords try again"),
         {QStringLiteral("name")}, {}, cli::accountUnlock},
        {{QStringLiteral("account"), QStringLiteral("remove")},
         Tr::tr("account remove FILE --name N [--yes]\n"
                "                               remove an account; removing the last turns sign-in off"),
         {QStringLiteral("name")}, {QStringLiteral("yes")}, cli::accountRemove},
        {{QStringLiteral("org"), QStringLiteral("list")}, Tr::tr("org list FILE [--json]        the organisation tree"), {}, json, cli::orgList},
        {{QStringLiteral("person"), QStringLiteral("list")},
         Tr::tr("person list FILE [--org CODE] [--search TEXT] [--json]\n"
            "                               people, optionally of an organisation subtree"),
         {QStringLiteral("org"), QStringLiteral("search")}, json, cli::personList},
        {{QStringLiteral("export-table")},
         Tr::tr("export-table FILE --table people|orgs --out OUT.xlsx|OUT.csv [--org CODE]\n"
                "                               a table as a spreadsheet, optionally of an organisation subtree"),
         {QStringLiteral("table"), QStringLiteral("out"), QStringLiteral("org")}, {}, cli::exportTable},
        {{QStringLiteral("import-people")},
         Tr::tr("import-people FILE --from SHEET.xlsx|SHEET.xls|SHEET.csv [--dry-run] [--valid-only] [--json]\n"
                "                  [--branch CODE] [--map FIELD=COLUMN,...]\n"
                "                               add people from a spreadsheet: all rows or nothing, or\n"
                "                               only the valid rows with --valid-only; --branch for rows\n"
                "                               without one; --map corrects a guessed column (name=B)"),
         {QStringLiteral("from"), QStringLiteral("branch"), QStringLiteral("map")},
         {QStringLiteral("dry-run"), QStringLiteral("valid-only"), QStringLiteral("json")}, cli::importPeople},
        {{QStringLiteral("import-orgs")},
         Tr::tr("import-orgs FILE --from SHEET.xlsx|SHEET.xls|SHEET.csv [--dry-run] [--valid-only] [--json]\n"
                "                               add organisations from a spreadsheet, parents before\n"
                "                               children: all rows or nothing, or only the valid rows\n"
                "                               with --valid-only"),
         {QStringLiteral("from")},
         {QStringLiteral("dry-run"), QStringLiteral("valid-only"), QStringLiteral("json")}, cli::importOrgs},
        {{QStringLiteral("import-template")},
         Tr::tr("import-template [FILE] --table people|orgs --out TEMPLATE.xlsx\n"
                "                               the sheet to fill in for import-people or import-orgs:\n"
                "                               the headers they recognise and one example row (fitting\n"
                "                               FILE's branches and codes when FILE is given)"),
         {QStringLiteral("table"), QStringLiteral("out")}, {}, cli::importTemplate},
        {{QStringLiteral("duty"), QStringLiteral("generate")},
         Tr::tr("duty generate FILE --year Y [--date D] [--json]\n"
                "                               the year's responsibility lists: one per organisation of\n"
                "                               each level and per holder of the five posts on --date;\n"
                "                               only adds what is missing"),
         {QStringLiteral("year"), QStringLiteral("date")}, json, cli::dutyGenerate},
        {{QStringLiteral("duty"), QStringLiteral("list")},
         Tr::tr("duty list FILE --year Y [--org CODE] [--json]\n"
                "                               the lists and their items with ids and status"),
         {QStringLiteral("year"), QStringLiteral("org")}, json, cli::dutyList},
        {{QStringLiteral("duty"), QStringLiteral("status")},
         Tr::tr("duty status FILE --year Y [--quarter Q] [--by level|post|category|org] [--json]\n"
                "                               completion rates over the periods due so far"),
         {QStringLiteral("year"), QStringLiteral("quarter"), QStringLiteral("by")}, json, cli::dutyStatus},
        {{QStringLiteral("duty"), QStringLiteral("record")},
         Tr::tr("duty record FILE --item ID --date D --text T [--attach PATH] [--by NAME]\n"
                "                               record work done on an item, with an evidence file"),
         {QStringLiteral("item"), QStringLiteral("date"), QStringLiteral("text"), QStringLiteral("attach"), QStringLiteral("by")},
         {}, cli::dutyRecord},
        {{QStringLiteral("duty"), QStringLiteral("templates")},
         Tr::tr("duty templates FILE --export OUT.djtpl | --load IN.djtpl [--year Y] [--replace]\n"
                "                               save the templates to a file, or load a file's templates"),
         {QStringLiteral("export"), QStringLiteral("load"), QStringLiteral("year")}, {QStringLiteral("replace")},
         cli::dutyTemplates},
        {{QStringLiteral("scheme"), QStringLiteral("list")},
         Tr::tr("scheme list FILE [--json]      the indicator schemes (量化考核指标体系)"), {}, json, cli::schemeList},
        {{QStringLiteral("scheme"), QStringLiteral("import")},
         Tr::tr("scheme import FILE --from S.xlsx|S.xls|S.csv [--name N] | --builtin\n"
                "                               a scheme from a sheet (一级指标, 指标编号, 考核指标, 分值,\n"
                "                               评分方式, 每次分值, 目标值, 评分标准), or the built-in example"),
         {QStringLiteral("from"), QStringLiteral("name")}, {QStringLiteral("builtin")}, cli::schemeImport},
        {{QStringLiteral("scheme"), QStringLiteral("export")},
         Tr::tr("scheme export FILE [--scheme NAME] --out S.xlsx|S.csv\n"
                "                               a scheme as a sheet in the same layout"),
         {QStringLiteral("scheme"), QStringLiteral("out")}, {}, cli::schemeExport},
        {{QStringLiteral("assess"), QStringLiteral("create")},
         Tr::tr("assess create FILE --year Y --scheme NAME [--weights 60,20,20] [--orgs CODE,...]\n"
                "                [--with-general-branches]\n"
                "                               the year's assessment of all active 党支部 (or the given ones);\n"
                "                               weights of 日常考核, 党组评价, 述职评议 summing to 100"),
         {QStringLiteral("year"), QStringLiteral("scheme"), QStringLiteral("weights"), QStringLiteral("orgs")},
         {QStringLiteral("with-general-branches")}, cli::assessCreate},
        {{QStringLiteral("assess"), QStringLiteral("grading")},
         Tr::tr("assess grading FILE --year Y [--scale good3|good4|cadre4] [--thresholds 90,75 | --quota 30,rest,10]\n"
                "                [--ballot-points 95,85,75,60] [--trim-from 5] [--weights D,P,R]\n"
                "                               how totals become grades, and how ballots count"),
         {QStringLiteral("year"), QStringLiteral("scale"), QStringLiteral("thresholds"), QStringLiteral("quota"),
          QStringLiteral("ballot-points"), QStringLiteral("trim-from"), QStringLiteral("weights")},
         {}, cli::assessGrading},
        {{QStringLiteral("assess"), QStringLiteral("load")},
         Tr::tr("assess load FILE --year Y [--daily D.csv [--stage review|self]] [--party-group P.csv]\n"
                "                [--ballots B.csv [--entry 1|2]] [--by NAME]\n"
                "                               scores from sheets: D 组织编码,指标编号,数值,说明; P 组织编码,评价人,\n"
                "                               分数; B 票号,评议人类别,组织编码,分数 (number or 好/较好/一般/差);\n"
                "                               all checked first, then stored together"),
         {QStringLiteral("year"), QStringLiteral("daily"), QStringLiteral("stage"), QStringLiteral("party-group"),
          QStringLiteral("ballots"), QStringLiteral("entry"), QStringLiteral("by")},
         {}, cli::assessLoad},
        {{QStringLiteral("assess"), QStringLiteral("compute")},
         Tr::tr("assess compute FILE --year Y [--json]\n"
                "                               components, weighted total, rank and grade of each organisation"),
         {QStringLiteral("year")}, json, cli::assessCompute},
        {{QStringLiteral("assess"), QStringLiteral("decide")},
         Tr::tr("assess decide FILE --year Y --org CODE --grade G\n"
                "                               the grade of an organisation tied across a quota boundary"),
         {QStringLiteral("year"), QStringLiteral("org"), QStringLiteral("grade")}, {}, cli::assessDecide},
        {{QStringLiteral("assess"), QStringLiteral("seal")},
         Tr::tr("assess seal FILE --year Y [--by NAME]\n"
                "                               seal (封存) the year; refused while ballots disagree or ties wait"),
         {QStringLiteral("year"), QStringLiteral("by")}, {}, cli::assessSeal},
        {{QStringLiteral("assess"), QStringLiteral("reopen")},
         Tr::tr("assess reopen FILE --year Y --reason TEXT [--by NAME]\n"
                "                               reopen a sealed year; the reason is recorded"),
         {QStringLiteral("year"), QStringLiteral("reason"), QStringLiteral("by")}, {}, cli::assessReopen},
        {{QStringLiteral("satisfaction"), QStringLiteral("create")},
         Tr::tr("satisfaction create FILE --year Y [--title T]\n"
                "                               the year's 满意度测评 of the 机关党委 with the usual items"),
         {QStringLiteral("year"), QStringLiteral("title")}, {}, cli::satisfactionCreate},
        {{QStringLiteral("satisfaction"), QStringLiteral("load")},
         Tr::tr("satisfaction load FILE --year Y --ballots S.csv\n"
                "                               ballots from a sheet: 票号, 测评人类别 (党支部/党员), 有效 (optional,\n"
                "                               否 = invalid), then one column per item in order with\n"
                "                               满意/基本满意/不满意 or blank"),
         {QStringLiteral("year"), QStringLiteral("ballots")}, {}, cli::satisfactionLoad},
        {{QStringLiteral("satisfaction"), QStringLiteral("result")},
         Tr::tr("satisfaction result FILE --year Y [--json]\n"
                "                               counts and satisfaction rate per item and overall"),
         {QStringLiteral("year")}, json, cli::satisfactionResult},
        {{QStringLiteral("office"), QStringLiteral("show")},
         Tr::tr("office show FILE [--json]      the office this file speaks for and its key's fingerprint"), {}, json,
         cli::officeShow},
        {{QStringLiteral("office"), QStringLiteral("export-key")},
         Tr::tr("office export-key FILE --out K.djkey\n"
                "                               the office's public key as a small file for other offices"),
         {QStringLiteral("out")}, {}, cli::officeExportKey},
        {{QStringLiteral("office"), QStringLiteral("new-key")},
         Tr::tr("office new-key FILE             a new key pair for this office; the next package to each\n"
                "                               trusted office carries the change, signed with the old key"),
         {}, {}, cli::officeNewKey},
        {{QStringLiteral("office"), QStringLiteral("trust")},
         Tr::tr("office trust FILE --key K.djkey --speaks-for department|ORGCODE [--yes]\n"
                "                 [--replace-key] [--reinstate]\n"
                "                               trust another office's key after comparing its fingerprint,\n"
                "                               for the whole department or one organisation and below"),
         {QStringLiteral("key"), QStringLiteral("speaks-for")},
         {QStringLiteral("yes"), QStringLiteral("replace-key"), QStringLiteral("reinstate")}, cli::officeTrust},
        {{QStringLiteral("office"), QStringLiteral("scope")},
         Tr::tr("office scope FILE --office NAME --speaks-for department|ORGCODE\n"
                "                               change what a trusted office speaks for"),
         {QStringLiteral("office"), QStringLiteral("speaks-for")}, {}, cli::officeScope},
        {{QStringLiteral("office"), QStringLiteral("peers")},
         Tr::tr("office peers FILE [--json]     the offices trusted here, with fingerprints and what they speak for"), {},
         json, cli::officePeers},
        {{QStringLiteral("export")},
         Tr::tr("export FILE --scope all|org:CODE|year:Y|schemes [--since-last OFFICE|K.djkey]\n"
                "       [--encrypt-for K.djkey | --passphrase-file P] --out X.djpkg\n"
                "                               a signed package for another office: every row, an\n"
                "                               organisation subtree, a year, or schemes and templates;\n"
                "                               only what changed since the last one to that office"),
         {QStringLiteral("scope"), QStringLiteral("since-last"), QStringLiteral("encrypt-for"), QStringLiteral("passphrase-file"),
          QStringLiteral("out")},
         {}, cli::exportPackage},
        {{QStringLiteral("import"), QStringLiteral("log")},
         Tr::tr("import log FILE [--json]       the packages imported into this file"), {}, json, cli::importLog},
        {{QStringLiteral("import"), QStringLiteral("undo")},
         Tr::tr("import undo FILE               undo the last import"), {}, {}, cli::importUndo},
        {{QStringLiteral("import")},
         Tr::tr("import FILE X.djpkg [--dry-run] [--json] [--passphrase-file P] [--skip-refused]\n"
                "       [--trust --speaks-for department|ORGCODE [--yes] [--replace-key] [--reinstate]]\n"
                "                               verify, preview (--dry-run) and merge a package; rows its\n"
                "                               sender may not change refuse it, or --skip-refused leaves\n"
                "                               them out; --trust trusts the sender with the import"),
         {QStringLiteral("passphrase-file"), QStringLiteral("speaks-for")},
         {QStringLiteral("dry-run"), QStringLiteral("json"), QStringLiteral("trust"), QStringLiteral("yes"),
          QStringLiteral("skip-refused"), QStringLiteral("replace-key"), QStringLiteral("reinstate")},
         cli::importPackage},
        {{QStringLiteral("conflicts"), QStringLiteral("resolve")},
         Tr::tr("conflicts resolve FILE ID --take mine|theirs | --theirs-fields COL,COL\n"
                "                               settle a conflict with one version, or field by field"),
         {QStringLiteral("take"), QStringLiteral("theirs-fields")}, {}, cli::conflictsResolve},
        {{QStringLiteral("conflicts")},
         Tr::tr("conflicts FILE [--all] [--json] rows changed both here and elsewhere, waiting for a decision"), {},
         {QStringLiteral("all"), QStringLiteral("json")}, cli::conflictsList},
        {{QStringLiteral("digest")},
         Tr::tr("digest FILE                    a hash of every business row in canonical order, to compare files"),
         {}, {}, cli::digest},
#ifdef DJ_WITH_PRINT
        {{QStringLiteral("print")},
         Tr::tr("print FILE --report roster|orgs [--org CODE] [--each-branch] --out OUT.pdf\n"
                "  print FILE --report duty-lists --year Y [--org CODE] --out OUT.pdf\n"
                "  print FILE --report duty-records --year Y --org CODE|--person ID_NUMBER --out OUT.pdf\n"
                "  print FILE --report score-form --year Y [--org CODE] --out OUT.pdf\n"
                "  print FILE --report summary|ballot|secretaries|satisfaction-ballot --year Y --out OUT.pdf\n"
                "  print FILE --report explain --year Y --org CODE --out OUT.pdf\n"
                "                               a printed form as PDF: the member roster, the organisation\n"
                "                               list, the year's responsibility lists (of a subtree with\n"
                "                               --org) or the record of duties of an organisation or a\n"
                "                               person; roster and orgs with --each-branch write one PDF\n"
                "                               per branch into the folder --out; of the year's assessment\n"
                "                               the score form of a branch (of every branch without --org),\n"
                "                               the ranked summary (汇总排名表), the blank 述职评议票, the\n"
                "                               secretaries' table, the blank 满意度测评票, or how one\n"
                "                               organisation's total came to be (综合得分说明)"),
         {QStringLiteral("report"), QStringLiteral("org"), QStringLiteral("out"), QStringLiteral("year"), QStringLiteral("person")},
         {QStringLiteral("each-branch")}, cli::print},
#endif
    };
}

void printHelp()
{
    cli::printLine(Tr::tr("Usage: dangjian-cli COMMAND [ARGS]\n\nCommands:"));
    for (const Command &c : commands())
        cli::printLine(QStringLiteral("  ") + c.synopsis);
    cli::printLine(Tr::tr("\n  --help, --version\n  --lang zh_CN|en   the language of messages (else DJ_LANG, else Preferences, else Chinese)\n\nExit codes: 0 ok, 1 check failed, 2 usage, 3 file cannot be used, "
                      "4 invalid data, 5 storage error."));
}

// `--lang X` / `--lang=X` anywhere on the line (taken out of the arguments), else DJ_LANG,
// else the desktop program's Preferences, else Chinese: the rule of the desktop program.
QString takeLanguageOption(QStringList &args)
{
    QString lang;
    for (int i = 0; i < args.size();) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args.at(i + 1);
            args.remove(i, 2);
        } else if (args.at(i).startsWith(QLatin1String("--lang="))) {
            lang = args.at(i).mid(7);
            args.remove(i);
        } else {
            ++i;
        }
    }
    return lang;
}

void loadTranslations(QCoreApplication &app, const QString &language)
{
    const bool chinese = dj::InterfaceLanguage::isChinese(language);
    if (chinese)
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *own = new QTranslator(&app);
    if (own->load(chinese ? QStringLiteral(":/i18n/dangjian_zh_CN.qm") : QStringLiteral(":/i18n/dangjian_en.qm")))
        QCoreApplication::installTranslator(own);
    if (!chinese)
        dj::DocumentTranslator::install(app); // sheets, forms and JSON labels stay Chinese
}

} // namespace

int main(int argc, char **argv)
{
    dj::PrivateFiles::restrictProcess(); // everything written from here on is the user's alone
#ifdef DJ_WITH_PRINT
    // Printing lays out text with real fonts: that needs a QGuiApplication, headless here.
    const bool printing = argc > 1 && qstrcmp(argv[1], "print") == 0;
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> owned(printing ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
#else
    std::unique_ptr<QCoreApplication> owned(new QCoreApplication(argc, argv));
#endif
    QCoreApplication &app = *owned;
    QCoreApplication::setOrganizationName(QStringLiteral("DangjianDesk")); // the desktop program's settings
    QCoreApplication::setApplicationName(QStringLiteral("dangjian-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DJ_VERSION));
    QStringList args = app.arguments().mid(1);
    loadTranslations(app, dj::InterfaceLanguage::chosen(takeLanguageOption(args)));
    dj::NameOrder::setMode(dj::NameOrder::storedMode()); // people listed as in the desktop program
    if (args.isEmpty() || args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        printHelp();
        return args.isEmpty() ? cli::Usage : cli::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        cli::printLine(QStringLiteral("dangjian-cli " DJ_VERSION));
        return cli::Ok;
    }
    try {
        for (const Command &c : commands()) {
            if (args.mid(0, c.words.size()) != c.words)
                continue;
            const CliArgs parsed = CliArgs::parse(args.mid(c.words.size()), c.valueOptions, c.flags);
            // A file with accounts refuses to open before a sign-in, before anything is
            // written: sign in and run the command again (twice at most: a command may open
            // two files).
            for (int signIns = 0;; ++signIns) {
                try {
                    return c.run(parsed);
                } catch (const dj::SignInRequired &e) {
                    if (signIns == 2)
                        throw;
                    cli::signIn(e.path());
                }
            }
        }
        throw UsageError(Tr::tr("unknown command \"%1\"; see dangjian-cli --help").arg(args.join(QLatin1Char(' '))));
    } catch (const UsageError &e) {
        std::fprintf(stderr, "dangjian-cli: %s\n", e.what());
        return cli::Usage;
    } catch (const dj::Error &e) {
        std::fprintf(stderr, "dangjian-cli: %s\n", QString(e.message()).replace(QLatin1Char('\n'), QLatin1Char(' ')).toUtf8().constData());
        return cli::exitCodeFor(e);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "dangjian-cli: %s\n", e.what());
        return cli::StorageFailure;
    }
}
