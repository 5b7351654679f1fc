#pragma once

#include "sheet/PeopleImport.h"
#include "sheet/SheetTable.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class OrgComboBox;
class Session;

// 导入党员: choose a spreadsheet (.xlsx or .csv) → check which column holds each field (guessed
// from the header names, with a preview of the first rows) → the validation report, row by
// row → import nothing, only the valid rows, or (when every row is valid) all of them.
// Reading and checking run under a progress dialog that can cancel. The import is one
// transaction and one step on the undo stack (ImportPeopleCommand): Edit → Undo removes the
// imported people again.
class ImportPeopleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportPeopleDialog(Session &session, QWidget *parent = nullptr);

    // Opens the dialog modally over `parent`.
    static void run(Session &session, QWidget *parent);

    // The steps behind the buttons (and for tests): each moves to the next page, or returns
    // false and shows why under the page.
    bool loadFile(const QString &path);
    bool checkRows();
    bool importRows(bool validOnly);

    dj::PeopleMapping mapping() const;
    const dj::ImportReport &report() const { return m_report; }
    int imported() const { return m_imported; }

private:
    QWidget *buildFilePage();
    QWidget *buildMappingPage();
    QWidget *buildReportPage();
    void chooseFile();
    void next();
    void back();
    void showPage(int index);
    void showError(const QString &message);
    void fillMapping();
    void fillReport();

    Session &m_session;
    QStackedWidget *m_pages;
    QLineEdit *m_file;
    QLabel *m_error;
    QLabel *m_sheetInfo;
    QMap<dj::PersonField, QComboBox *> m_columns;
    OrgComboBox *m_defaultBranch;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QTableWidget *m_reportTable;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_importNothing;
    QPushButton *m_importValid;
    QPushButton *m_importAll;

    dj::SheetTable m_table;
    int m_firstRow = 2;
    dj::ImportReport m_report;
    int m_imported = 0;
};
