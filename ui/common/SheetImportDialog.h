#pragma once

#include "sheet/SheetTable.h"
#include "sheet/TableExport.h"

#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableWidget;
class Session;

// The import wizard every sheet import shares: choose a spreadsheet (.xlsx, .xls or .csv), or
// first save the import's template (下载导入模板) to fill in → check
// which column holds each field (guessed from the header names, with a preview of the first
// rows) → the validation report, row by row → import nothing, only the valid rows, or (when
// every row is valid) all of them. Reading and checking run under a progress dialog that can
// cancel. Subclasses say which fields there are, how rows are checked and how they are added
// (one transaction, one step on the undo stack).
class SheetImportDialog : public QDialog
{
    Q_OBJECT
public:
    // The steps behind the buttons (and for tests): each moves to the next page, or returns
    // false and shows why under the page.
    bool loadFile(const QString &path);
    bool checkRows();
    bool importRows(bool validOnly);
    // Writes the import template (see setTemplate) to `path`; false with the reason shown.
    bool saveTemplate(const QString &path);

    int imported() const { return m_imported; }

    struct Field
    {
        QString key;   // the combo box is named "map_<key>"
        QString label; // translated
    };

protected:
    struct Problem
    {
        int sheetRow;
        QString name;
        QStringList problems;
    };
    struct Checked
    {
        int valid = 0;
        QList<Problem> problems;
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    // `intro` explains the file page; `undoNote` how the import is undone.
    SheetImportDialog(Session &session, const QList<Field> &fields, const QString &intro,
                      const QString &undoNote, QWidget *parent);

    // The heading of the report's second column (姓名, 名称 ...).
    void setNameHeading(const QString &heading);
    // Shows the 下载导入模板 button on the file page: the template of `table`, its example
    // row fitting the open data file (dj::ImportTemplate).
    void setTemplate(dj::TableExport::Table table);
    // A row under the column choices (such as a default branch).
    void addMappingRow(const QString &label, QWidget *field);
    Session &session() { return m_session; }
    // The chosen column of each field, in the order of `fields` (-1: not in the sheet).
    QList<int> columns() const;

    virtual QList<int> guessColumns(const QStringList &headers) const = 0;
    // Checks every row; throws dj::Error for an unusable mapping or when cancelled.
    virtual Checked check(const dj::SheetTable &table, int firstRow, const Progress &progress) = 0;
    // Adds the rows (one undoable step); returns how many, or -1 with `error` set.
    virtual int add(bool validOnly, const Progress &progress, QString *error) = 0;

private:
    QWidget *buildFilePage(const QString &intro);
    QWidget *buildMappingPage(const QList<Field> &fields);
    QWidget *buildReportPage(const QString &undoNote);
    void chooseFile();
    void chooseTemplateFile();
    void next();
    void back();
    void showPage(int index);
    void showError(const QString &message);
    void fillMapping();
    void fillReport(const Checked &checked);

    Session &m_session;
    QStackedWidget *m_pages;
    QLineEdit *m_file;
    QLabel *m_error;
    QPushButton *m_templateButton;
    QLabel *m_templateNote;
    std::optional<dj::TableExport::Table> m_template;
    QLabel *m_sheetInfo;
    QList<QComboBox *> m_columns;
    QFormLayout *m_form;
    QScrollArea *m_scroll;
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
    int m_imported = 0;
};
