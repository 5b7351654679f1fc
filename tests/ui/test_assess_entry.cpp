// Entering the 量化考核 as an officer does (issue 17): who enters (录入人) is the signed-in account
// or a name asked once per session, the branch's note stays beside the reviewer's, the area
// grid names its indicators, the 党组评价 columns are the evaluators' names.
#include "DutyTree.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "access/AccountRepository.h"
#include "access/Authenticator.h"
#include "access/SignInRegistry.h"
#include "app/Session.h"
#include "assess/AssessExplain.h"
#include "assess/AssessPage.h"
#include "assess/AssessmentRepository.h"
#include "assess/ExplainDialog.h"
#include "assess/IndicatorRules.h"
#include "assess/AssessVocabulary.h"
#include "assess/PartyGroupRepository.h"
#include "assess/SchemeRepository.h"
#include "assess/ScoreRepository.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace dj;

namespace {

// A 2026 assessment over DutyTree (a 党组书记 赵书记 and a 党组成员 钱成员), in a file without
// accounts unless `accounts` is set: then 张录入 (account zhang) signs in.
struct EntrySession : DutyTree
{
    QString assessmentId;
    std::unique_ptr<Session> session;
    bool signedIn = false;
    explicit EntrySession(bool accounts = false)
    {
        chineseForScreenshots();
        SchemeRepository schemes(*db);
        AssessmentRepository repo(*db);
        assessmentId = repo.create(2026, schemes.installBuiltin(), {}, repo.defaultOrgIds(false));
        if (!accounts) {
            session = std::make_unique<Session>(std::move(db));
            return;
        }
        Account a;
        a.name = QStringLiteral("zhang");
        a.displayName = QStringLiteral("张录入");
        a.role = Role::Admin;
        AccountRepository(*db).add(a, QStringLiteral("正确的密码-2026"));
        db.reset();
        Authenticator::signIn(path(), a.name, QStringLiteral("正确的密码-2026"));
        signedIn = true;
        session = std::make_unique<Session>(Database::open(path()));
    }
    ~EntrySession()
    {
        session.reset();
        if (signedIn)
            SignInRegistry::forget(path());
    }
    Database &data() { return session->db(); }
    Scheme scheme() { return SchemeRepository(data()).get(AssessmentRepository(data()).ofYear(2026).schemeId); }
    int firstJudged()
    {
        const Scheme s = scheme();
        for (int i = 0; i < s.indicators.size(); ++i)
            if (s.indicators.at(i).rule == ScoreRule::Judged)
                return i;
        return -1;
    }
};

// Types `text` into a field: digits and Latin letters key by key, Chinese as an input method
// commits it (QTest::keyClicks sends Latin-1 only).
void type(QWidget *w, const QString &text)
{
    bool latin = true;
    for (const QChar c : text)
        latin = latin && c.unicode() < 0x80;
    if (latin) {
        QTest::keyClicks(w, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(w, &commit);
}

// Opens a cell's editor with F2, types `text` and presses Enter, as a person does.
void typeInto(QTableView *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    type(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    QApplication::processEvents();
}

// The column whose header reads `title`; -1 when none does.
int columnTitled(const QAbstractItemModel *m, const QString &title)
{
    for (int c = 0; c < m->columnCount(); ++c)
        if (m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == title)
            return c;
    return -1;
}

// Answers the 录入人 question with `name` if it is asked.
void answerWho(const QString &name)
{
    onNextModal([name](QWidget *dlg) {
        auto *edit = dlg->findChild<QLineEdit *>(QStringLiteral("enteredByName"));
        if (!edit) {
            dlg->close();
            return;
        }
        type(edit, name);
        QTest::keyClick(edit, Qt::Key_Return);
    });
}

// Counts (and closes) a modal dialog that opens before the event loop comes back.
void countModal(int *count)
{
    QTimer::singleShot(0, [count] {
        if (QWidget *w = QApplication::activeModalWidget()) {
            ++*count;
            w->close();
        }
    });
}

} // namespace

TEST_CASE("录入人 is asked once per session before the first score and shown in the explanation",
          "[ui][assess][entry]")
{
    EntrySession s;
    AssessPage page(*s.session);
    page.resize(1100, 640);
    page.show();
    child<QTabWidget>(&page, "assessTabs")->setCurrentIndex(1);
    auto *table = child<QTableView>(&page, "dailyTable");
    const int row = s.firstJudged();
    REQUIRE(row >= 0);

    int asked = 0;
    bool emptyRefused = false;
    onNextModal([&](QWidget *dlg) {
        ++asked;
        auto *edit = dlg->findChild<QLineEdit *>(QStringLiteral("enteredByName"));
        if (!edit) {
            dlg->close();
            return;
        }
        screenshot(*dlg, QStringLiteral("entered-by-dialog"));
        // Enter with nothing typed: refused beside the field, the dialog stays.
        QTest::keyClick(edit, Qt::Key_Return);
        auto *error = dlg->findChild<QLabel *>(QStringLiteral("enteredByError"));
        emptyRefused = dlg->isVisible() && error && !error->text().isEmpty();
        type(edit, QStringLiteral("王录入"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    typeInto(table, row, 6, QStringLiteral("2"));
    CHECK(asked == 1);
    CHECK(emptyRefused);
    QList<ScoreEntry> entries = ScoreRepository(s.data()).entries(s.assessmentId);
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).enteredBy == QStringLiteral("王录入"));

    // The next entry is not asked again; it carries the same name.
    countModal(&asked);
    typeInto(table, row + 1, 5, QStringLiteral("1"));
    CHECK(asked == 1);
    entries = ScoreRepository(s.data()).entries(s.assessmentId);
    REQUIRE(entries.size() == 2);
    for (const ScoreEntry &e : entries)
        CHECK(e.enteredBy == QStringLiteral("王录入"));
    // The audit log names them too, not the computer's user.
    AuditFilter f;
    f.table = QStringLiteral("assess_score");
    const QList<AuditEntry> log = AuditLog(s.data()).entries(f);
    REQUIRE(log.size() == 2);
    for (const AuditEntry &e : log)
        CHECK(e.user == QStringLiteral("王录入"));
    // The page says who enters; the explanation names them.
    CHECK(child<QAbstractButton>(&page, "assessEnteredBy")->text().contains(QStringLiteral("王录入")));
    const QString html = ExplainDialog::html(AssessExplain::build(s.data(), s.assessmentId, entries.at(0).orgId));
    CHECK(html.contains(QStringLiteral("王录入")));
    // A 党组评价 mark is not asked again either.
    auto *grid = child<QTableWidget>(&page, "partyGroupTable");
    REQUIRE(grid->columnCount() >= 3);
    countModal(&asked);
    grid->item(0, 1)->setText(QStringLiteral("90"));
    QApplication::processEvents();
    CHECK(asked == 1);
    REQUIRE(PartyGroupRepository(s.data()).marks(s.assessmentId).size() == 1);
    CHECK(PartyGroupRepository(s.data()).marks(s.assessmentId).at(0).enteredBy == QStringLiteral("王录入"));
    screenshot(page, QStringLiteral("entered-by-page"));
}

TEST_CASE("without a 录入人 no score is stored", "[ui][assess][entry]")
{
    EntrySession s;
    AssessPage page(*s.session);
    page.show();
    child<QTabWidget>(&page, "assessTabs")->setCurrentIndex(1);
    auto *table = child<QTableView>(&page, "dailyTable");
    bool cancelled = false;
    onNextModal([&](QWidget *dlg) {
        if (!dlg->findChild<QLineEdit *>(QStringLiteral("enteredByName"))) {
            dlg->close();
            return;
        }
        cancelled = true;
        QTest::keyClick(dlg, Qt::Key_Escape);
    });
    typeInto(table, s.firstJudged(), 6, QStringLiteral("2"));
    CHECK(cancelled);
    CHECK(ScoreRepository(s.data()).entries(s.assessmentId).isEmpty());
    CHECK(table->model()->index(s.firstJudged(), 6).data().toString().isEmpty());
}

TEST_CASE("a signed-in account enters under its own name, without being asked", "[ui][assess][entry]")
{
    EntrySession s(true);
    REQUIRE(s.data().user().signedIn);
    AssessPage page(*s.session);
    page.show();
    child<QTabWidget>(&page, "assessTabs")->setCurrentIndex(1);
    auto *table = child<QTableView>(&page, "dailyTable");
    int asked = 0;
    countModal(&asked);
    typeInto(table, s.firstJudged(), 6, QStringLiteral("2"));
    CHECK(asked == 0);
    const QList<ScoreEntry> entries = ScoreRepository(s.data()).entries(s.assessmentId);
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).enteredBy == QStringLiteral("张录入"));
    AuditFilter f;
    f.table = QStringLiteral("assess_score");
    const QList<AuditEntry> log = AuditLog(s.data()).entries(f);
    REQUIRE_FALSE(log.isEmpty());
    CHECK(log.first().user == QStringLiteral("zhang"));
    auto *who = child<QAbstractButton>(&page, "assessEnteredBy");
    CHECK(who->text().contains(QStringLiteral("张录入")));
    CHECK_FALSE(who->isEnabled()); // the account is who enters; nothing to change
}

TEST_CASE("the branch's 自评 note stays beside the 审核 note", "[ui][assess][entry]")
{
    EntrySession s;
    AssessPage page(*s.session);
    page.resize(1300, 640);
    page.show();
    child<QTabWidget>(&page, "assessTabs")->setCurrentIndex(1);
    auto *table = child<QTableView>(&page, "dailyTable");
    const QAbstractItemModel *m = table->model();
    const int row = s.firstJudged();
    const int selfNote = columnTitled(m, QCoreApplication::translate("DailyScoreModel", "Self-assessment note"));
    const int reviewNote = columnTitled(m, QCoreApplication::translate("DailyScoreModel", "Review note"));
    CHECK(selfNote >= 0);
    CHECK(reviewNote >= 0);
    CHECK(reviewNote == selfNote + 1); // side by side

    // The branch's value and its note, then the reviewer's value.
    answerWho(QStringLiteral("王录入"));
    typeInto(table, row, 5, QStringLiteral("3"));
    if (selfNote >= 0)
        typeInto(table, row, selfNote, QStringLiteral("支部已开展专题学习"));
    else // today's single 说明 column
        typeInto(table, row, columnTitled(m, QCoreApplication::translate("DailyScoreModel", "Note")),
                 QStringLiteral("支部已开展专题学习"));
    typeInto(table, row, 6, QStringLiteral("2"));
    // The branch's note is still shown after the reviewed value is typed.
    QStringList shown;
    for (int c = 0; c < m->columnCount(); ++c)
        shown << m->index(row, c).data().toString();
    CHECK(shown.contains(QStringLiteral("支部已开展专题学习")));
    REQUIRE(selfNote >= 0);
    CHECK(m->index(row, selfNote).data().toString() == QStringLiteral("支部已开展专题学习"));
    CHECK(m->index(row, reviewNote).data().toString().isEmpty());
    typeInto(table, row, reviewNote, QStringLiteral("扣分：记录不全"));
    CHECK(m->index(row, selfNote).data().toString() == QStringLiteral("支部已开展专题学习"));
    CHECK(m->index(row, reviewNote).data().toString() == QStringLiteral("扣分：记录不全"));
    // Each note went with its own value.
    for (const ScoreEntry &e : ScoreRepository(s.data()).entries(s.assessmentId))
        CHECK(e.note == (e.stage == ScoreStage::Self ? QStringLiteral("支部已开展专题学习")
                                                     : QStringLiteral("扣分：记录不全")));
    // A note without its value is refused with the indicator named.
    QString message;
    onNextModal([&](QWidget *w) {
        if (auto *label = w->findChild<QLabel *>(QStringLiteral("qt_msgbox_label")))
            message = label->text();
        w->close();
    });
    typeInto(table, row + 1, reviewNote, QStringLiteral("无"));
    CHECK(message.contains(s.scheme().indicators.at(row + 1).code));
    table->scrollTo(m->index(row, 0));
    screenshot(page, QStringLiteral("daily-notes"));
}

TEST_CASE("the area grid names its indicators and fills the width", "[ui][assess][entry]")
{
    EntrySession s;
    AssessPage page(*s.session);
    page.resize(1200, 640);
    page.show();
    child<QTabWidget>(&page, "assessTabs")->setCurrentIndex(1);
    child<QComboBox>(&page, "dailyMode")->setCurrentIndex(1);
    QApplication::processEvents();
    auto *grid = child<QTableView>(&page, "areaGrid");
    const QAbstractItemModel *m = grid->model();
    REQUIRE(m->columnCount() > 1);
    const QString area = child<QComboBox>(&page, "dailyArea")->currentText();
    QList<Indicator> inArea;
    for (const Indicator &i : s.scheme().indicators)
        if (i.area == area)
            inArea << i;
    REQUIRE(inArea.size() == m->columnCount() - 1);
    const int first = m->columnCount() - inArea.size();
    for (int k = 0; k < inArea.size(); ++k) {
        const Indicator &i = inArea.at(k);
        const QString header = m->headerData(first + k, Qt::Horizontal, Qt::DisplayRole).toString();
        CHECK(header.contains(i.name));
        const QString tip = m->headerData(first + k, Qt::Horizontal, Qt::ToolTipRole).toString();
        CHECK(tip.contains(vocab::label(i.rule)));
        CHECK(tip.contains(indicatorrules::number(i.maxScore)));
    }
    // The header is tall enough for the names wrapped over lines.
    CHECK(grid->horizontalHeader()->height() >= 2 * grid->horizontalHeader()->fontMetrics().lineSpacing());
    // The columns fill the width: nothing empty on the right.
    int used = 0;
    for (int c = 0; c < m->columnCount(); ++c)
        used += grid->horizontalHeader()->sectionSize(c);
    CHECK(used >= grid->viewport()->width() - 2);
    // The panel below tells the selected column's rule and maximum.
    grid->setCurrentIndex(m->index(0, first + 1));
    QApplication::processEvents();
    auto *panel = child<QLabel>(&page, "areaIndicator");
    CHECK(panel->isVisible());
    CHECK(panel->text().contains(inArea.at(1).name));
    CHECK(panel->text().contains(vocab::label(inArea.at(1).rule)));
    CHECK(panel->text().contains(indicatorrules::number(inArea.at(1).maxScore)));
    screenshot(page, QStringLiteral("area-grid"));
}

TEST_CASE("党组评价 columns are the evaluators' names", "[ui][assess][entry]")
{
    EntrySession s;
    AssessPage page(*s.session);
    page.resize(1000, 500);
    page.show();
    child<QTabWidget>(&page, "assessTabs")->setCurrentIndex(2);
    QApplication::processEvents();
    auto *grid = child<QTableWidget>(&page, "partyGroupTable");
    QStringList headers;
    for (int c = 0; c < grid->columnCount(); ++c)
        headers << grid->horizontalHeaderItem(c)->text();
    // The 党组's members by name, the secretary first; each column's tip gives the post.
    REQUIRE(headers.size() == 4);
    CHECK(headers.at(1) == QStringLiteral("赵书记"));
    CHECK(headers.at(2) == QStringLiteral("钱成员"));
    CHECK(grid->horizontalHeaderItem(2)->toolTip().contains(QStringLiteral("党组成员")));
    // A mark typed under a name is stored under that name.
    answerWho(QStringLiteral("王录入"));
    grid->setFocus();
    grid->setCurrentCell(0, 2);
    QTest::keyClicks(grid, QStringLiteral("8"));
    auto *editor = grid->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("8"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    QApplication::processEvents();
    const QList<PartyGroupMark> marks = PartyGroupRepository(s.data()).marks(s.assessmentId);
    REQUIRE(marks.size() == 1);
    CHECK(marks.at(0).evaluator == QStringLiteral("钱成员"));
    CHECK(marks.at(0).score == 88);
    // Adding an evaluator offers the members not yet shown (none here) and takes a name typed.
    onNextModal([](QWidget *dlg) {
        auto *edit = dlg->findChild<QLineEdit *>();
        REQUIRE(edit);
        type(edit, QStringLiteral("吴委员"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    child<QAbstractButton>(&page, "addEvaluator")->click();
    QApplication::processEvents();
    REQUIRE(grid->columnCount() == 5);
    CHECK(grid->horizontalHeaderItem(3)->text() == QStringLiteral("吴委员"));
    screenshot(page, QStringLiteral("party-group"));
}
