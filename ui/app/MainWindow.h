#pragma once

#include <optional>

#include <QMainWindow>
#include <memory>

class QListWidget;
class QStackedWidget;
class QLabel;
class QMenu;
class Session;
class DashboardPage;
class OrgPage;
class PeoplePage;
class DutyPage;
class AssessPage;
namespace dj::report {
struct Report;
}
namespace dj {
class InUseLock;
}

// The main window: navigation on the left (工作台, 组织机构, 党员与岗位, ...), one page per
// module on the right, the File/Edit/Help menus, and the open data file's session.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a data file (migrating it after a backup when it is older); on failure shows
    // the reason and keeps the current file. Returns whether the file is now open.
    bool openFile(const QString &path, bool createDemoIfMissing = false);
    // What the window shows when no file could be opened.
    void showNoFileState();
    // The welcome dialog (first start; File → New starts on its form): creates, opens or
    // explores a file; returns whether one was opened.
    bool welcome(bool startOnNew = false);

    // Starts the package import wizard, at the check of `path` when given (a .djpkg opened
    // from the file manager); asks for a file to be opened first when none is.
    void importPackage(const QString &path);

    Session *session() const { return m_session.get(); }
    void showPage(int index);
    enum Page { Dashboard = 0, Organizations = 1, People = 2, Duty = 3, Assess = 4 };

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createExchangeMenu();
    void createAccountsMenu();
    void buildPages();
    void newFile();
    void openDialog();
    void saveCopy();
    void backUp();
    void restoreBackup();
    void about();
    // The printed form of what the current page shows.
    // Shows why and returns nothing when it cannot be built (a year without lists).
    std::optional<dj::report::Report> currentReport();
    void exportTable();
    void showError(const QString &message);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    // Accounts (issue 8): the window follows the signed-in user's rights.
    void manageAccounts();
    void signOut();
    // Takes the pages and the session down and releases the file (sign out).
    void closeFile();
    // Takes down the pages and the undo actions, which refer into the session.
    void removePages();
    // Opens the open file afresh, so a new session (a sign-in, changed rights) applies.
    void reopen();
    // The status bar's user and the actions the user's role may use.
    void updateAccess();

    std::unique_ptr<Session> m_session;
    std::unique_ptr<dj::InUseLock> m_inUse; // the open file marked as in use by this window
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QAction *m_manageAccounts = nullptr;
    QAction *m_changePassword = nullptr;
    QAction *m_signOut = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QList<QAction *> m_needsFile;
    DashboardPage *m_dashboard = nullptr;
    OrgPage *m_orgs = nullptr;
    PeoplePage *m_people = nullptr;
    DutyPage *m_duty = nullptr;
    AssessPage *m_assess = nullptr;
};
