#include "SheetImportDialog.h"

#include "app/Session.h"
#include "common/Error.h"
#include "sheet/ImportTemplate.h"
#include "sheet/SheetFile.h"
#include "sheet/SheetGrid.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kPreviewRows = 8;

// A progress dialog for one long step; step() returns false once the user cancelled.
class ProgressWindow
{
public:
    ProgressWindow(QWidget *parent, const QString &label)
        : m_dialog(label, SheetImportDialog::tr("Cancel"), 0, 1000, parent)
    {
        m_dialog.setObjectName(QStringLiteral("importProgress"));
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoReset(false);
    }
    bool step(qint64 done, qint64 total)
    {
        m_dialog.setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
        QCoreApplication::processEvents();
        return !m_dialog.wasCanceled();
    }

private:
    QProgressDialog m_dialog;
};

QString columnTitle(const dj::SheetTable &t, int c)
{
    const QString h = t.headers.value(c);
    return h.isEmpty() ? dj::SheetGrid::columnName(c)
                       : QStringLiteral("%1: %2").arg(dj::SheetGrid::columnName(c), h);
}

} // namespace


SheetImportDialog::SheetImportDialog(Session &session, const QList<Field> &fields,
                                     const QString &intro, const QString &undoNote,
                                     QWidget *parent)
    : QDialog(parent), m_session(session)
{
    resize(820, 600);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("importPages"));
    m_pages->addWidget(buildFilePage(intro));
    m_pages->addWidget(buildMappingPage(fields));
    m_pages->addWidget(buildReportPage(undoNote));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("importBack"));
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("importNext"));
    m_next->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("importClose"));
    connect(m_back, &QPushButton::clicked, this, &SheetImportDialog::back);
    connect(m_next, &QPushButton::clicked, this, &SheetImportDialog::next);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    showPage(0);
}

QWidget *SheetImportDialog::buildFilePage(const QString &intro)
{
    auto *page = new QWidget(this);
    auto *introLabel = new QLabel(intro, page);
    introLabel->setWordWrap(true);
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("importFile"));
    auto *browse = new QPushButton(tr("&Choose…"), page);
    browse->setObjectName(QStringLiteral("importBrowse"));
    connect(browse, &QPushButton::clicked, this, &SheetImportDialog::chooseFile);
    auto *row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    // No sheet at hand yet: the template has the right headers and an example to copy.
    m_templateButton = new QPushButton(tr("&Download the import template…"), page);
    m_templateButton->setObjectName(QStringLiteral("importTemplate"));
    m_templateButton->setToolTip(tr("An Excel workbook with the column headers this import "
                                    "recognises and one example row: fill it in, then choose it "
                                    "above."));
    m_templateButton->hide();
    connect(m_templateButton, &QPushButton::clicked, this, &SheetImportDialog::chooseTemplateFile);
    m_templateNote = new QLabel(page);
    m_templateNote->setObjectName(QStringLiteral("importTemplateNote"));
    m_templateNote->setWordWrap(true);
    m_templateNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_templateNote->hide();
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templateButton);
    templateRow->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(introLabel);
    layout->addLayout(row);
    layout->addSpacing(12);
    layout->addLayout(templateRow);
    layout->addWidget(m_templateNote);
    layout->addStretch();
    return page;
}

QWidget *SheetImportDialog::buildMappingPage(const QList<Field> &fields)
{
    auto *page = new QWidget(this);
    m_sheetInfo = new QLabel(page);
    m_sheetInfo->setObjectName(QStringLiteral("importSheetInfo"));
    m_sheetInfo->setWordWrap(true);
    m_form = new QFormLayout;
    for (const Field &f : fields) {
        auto *combo = new QComboBox(page);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        combo->setObjectName(QStringLiteral("map_") + f.key);
        m_columns.append(combo);
        m_form->addRow(tr("%1:", "form label").arg(f.label), combo);
    }
    auto *form = new QWidget(page);
    form->setLayout(m_form);
    m_scroll = new QScrollArea(page);
    m_scroll->setWidget(form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    addMappingRow({}, nullptr);

    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_scroll);
    layout->addWidget(m_preview, 1);
    auto *outer = new QVBoxLayout(page);
    outer->addWidget(m_sheetInfo);
    outer->addLayout(layout, 1);
    return page;
}

void SheetImportDialog::addMappingRow(const QString &label, QWidget *field)
{
    if (field)
        m_form->addRow(label, field);
    // The column choices never need a horizontal scroll bar.
    m_scroll->setMinimumWidth(m_scroll->widget()->sizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width() + 4);
}

void SheetImportDialog::setNameHeading(const QString &heading)
{
    m_reportTable->setHorizontalHeaderItem(1, new QTableWidgetItem(heading));
}

QWidget *SheetImportDialog::buildReportPage(const QString &undoNote)
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_reportTable = new QTableWidget(0, 3, page);
    m_reportTable->setObjectName(QStringLiteral("importReport"));
    m_reportTable->setHorizontalHeaderLabels({tr("Row"), QString(), tr("Problem")});
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    m_reportTable->verticalHeader()->hide();
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportTable->setWordWrap(false);
    auto *undoLabel = new QLabel(undoNote, page);
    undoLabel->setWordWrap(true);
    m_importNothing = new QPushButton(tr("Import nothing"), page);
    m_importNothing->setObjectName(QStringLiteral("importCancel"));
    m_importValid = new QPushButton(page);
    m_importValid->setObjectName(QStringLiteral("importValid"));
    m_importAll = new QPushButton(page);
    m_importAll->setObjectName(QStringLiteral("importAll"));
    connect(m_importNothing, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_importValid, &QPushButton::clicked, this, [this] {
        if (importRows(true))
            accept();
    });
    connect(m_importAll, &QPushButton::clicked, this, [this] {
        if (importRows(false))
            accept();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_importNothing);
    buttons->addWidget(m_importValid);
    buttons->addWidget(m_importAll);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_reportTable, 1);
    layout->addWidget(undoLabel);
    layout->addLayout(buttons);
    return page;
}

void SheetImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a spreadsheet"), m_file->text(),
                                     tr("Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    loadFile(path);
}

void SheetImportDialog::setTemplate(dj::TableExport::Table table)
{
    m_template = table;
    m_templateButton->show();
}

void SheetImportDialog::chooseTemplateFile()
{
    if (!m_template)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the import template"),
        QDir(dir).filePath(dj::ImportTemplate::fileName(*m_template)),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    saveTemplate(path);
}

bool SheetImportDialog::saveTemplate(const QString &path)
{
    if (!m_template)
        return false;
    try {
        dj::ImportTemplate::write(*m_template, path, &m_session.db());
    } catch (const dj::Error &e) {
        m_templateNote->hide();
        showError(e.message());
        return false;
    }
    showError({});
    m_file->setText(path); // the file to import once it is filled in
    m_templateNote->setText(tr("The template is saved as %1 and chosen above. Open it in WPS or "
                               "Excel, replace the example row with your own rows (keep the "
                               "header row) and save it; then press Next.")
                                .arg(QDir::toNativeSeparators(path)));
    m_templateNote->show();
    return true;
}

void SheetImportDialog::next()
{
    if (m_pages->currentIndex() == 0)
        loadFile(m_file->text().trimmed());
    else if (m_pages->currentIndex() == 1)
        checkRows();
}

void SheetImportDialog::back()
{
    showPage(qMax(0, m_pages->currentIndex() - 1));
}

void SheetImportDialog::showPage(int index)
{
    m_pages->setCurrentIndex(index);
    m_back->setEnabled(index > 0);
    m_next->setVisible(index < 2);
    m_error->hide();
}

void SheetImportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool SheetImportDialog::loadFile(const QString &path)
{
    if (path.isEmpty()) {
        showError(tr("Choose the file to import."));
        return false;
    }
    try {
        ProgressWindow progress(this, tr("Reading %1…").arg(QFileInfo(path).fileName()));
        m_table = dj::SheetFile::read(path, &m_firstRow, [&](qint64 done, qint64 total) {
            return progress.step(done, total);
        });
    } catch (const dj::Error &e) {
        showError(e.message());
        return false;
    }
    m_file->setText(path);
    fillMapping();
    showPage(1);
    return true;
}

void SheetImportDialog::fillMapping()
{
    m_sheetInfo->setText(
        tr("Sheet \"%1\": %2 rows below the header in row %3. Check which column holds each field; "
           "fields not in the sheet stay empty.")
            .arg(m_table.name)
            .arg(m_table.rows.size())
            .arg(m_firstRow - 1));
    const QList<int> guess = guessColumns(m_table.headers);
    for (int i = 0; i < m_columns.size(); ++i) {
        QComboBox *combo = m_columns.at(i);
        combo->clear();
        combo->addItem(tr("(not in the sheet)"), -1);
        for (int c = 0; c < m_table.headers.size(); ++c)
            combo->addItem(columnTitle(m_table, c), c);
        combo->setCurrentIndex(combo->findData(guess.value(i, -1)));
    }
    const int rows = int(qMin<qsizetype>(kPreviewRows, m_table.rows.size()));
    m_preview->clear();
    m_preview->setColumnCount(int(m_table.headers.size()));
    m_preview->setRowCount(rows);
    QStringList titles;
    for (int c = 0; c < m_table.headers.size(); ++c)
        titles << columnTitle(m_table, c);
    m_preview->setHorizontalHeaderLabels(titles);
    QStringList rowNumbers;
    for (int r = 0; r < rows; ++r) {
        rowNumbers << QString::number(m_firstRow + r);
        const QVariantList &cells = m_table.rows.at(r);
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(dj::SheetGrid::text(cells.at(c))));
    }
    m_preview->setVerticalHeaderLabels(rowNumbers);
    m_preview->resizeColumnsToContents();
}

QList<int> SheetImportDialog::columns() const
{
    QList<int> l;
    for (const QComboBox *combo : m_columns)
        l << combo->currentData().toInt();
    return l;
}

bool SheetImportDialog::checkRows()
{
    Checked checked;
    try {
        ProgressWindow progress(this, tr("Checking %1 rows…").arg(m_table.rows.size()));
        checked = check(m_table, m_firstRow,
                        [&](qint64 done, qint64 total) { return progress.step(done, total); });
    } catch (const dj::Error &e) {
        showError(e.message());
        return false;
    }
    fillReport(checked);
    showPage(2);
    return true;
}

void SheetImportDialog::fillReport(const Checked &checked)
{
    const int valid = checked.valid;
    const int bad = int(checked.problems.size());
    m_summary->setText(
        bad == 0
            ? tr("Every row is valid (%1 rows).").arg(valid)
            : tr("Valid rows: %1. Rows with problems: %2 (listed below; they are not imported).")
                  .arg(valid)
                  .arg(bad));
    m_reportTable->setRowCount(0);
    m_reportTable->setRowCount(bad);
    for (int r = 0; r < bad; ++r) {
        const Problem &p = checked.problems.at(r);
        m_reportTable->setItem(r, 0, new QTableWidgetItem(QString::number(p.sheetRow)));
        m_reportTable->setItem(r, 1, new QTableWidgetItem(p.name));
        // One line per row keeps thousands of rows quick to show; the tooltip has them all.
        auto *problem = new QTableWidgetItem(p.problems.join(QLatin1Char(' ')));
        problem->setToolTip(p.problems.join(QLatin1Char('\n')));
        m_reportTable->setItem(r, 2, problem);
    }
    m_reportTable->resizeColumnToContents(0);
    m_reportTable->resizeColumnToContents(1);
    m_importValid->setText(tr("Import only the valid rows (%1)").arg(valid));
    m_importValid->setVisible(bad > 0);
    m_importValid->setEnabled(valid > 0);
    m_importAll->setText(tr("Import all rows (%1)").arg(valid));
    m_importAll->setVisible(bad == 0 && valid > 0);
}

bool SheetImportDialog::importRows(bool validOnly)
{
    ProgressWindow progress(this, tr("Importing…"));
    QString error;
    const int added =
        add(validOnly, [&](qint64 done, qint64 total) { return progress.step(done, total); }, &error);
    if (added < 0) {
        showError(error);
        return false;
    }
    m_imported = added;
    return true;
}
