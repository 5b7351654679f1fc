#include "ImportPeopleDialog.h"

#include "ImportPeopleCommand.h"
#include "app/Session.h"
#include "common/Error.h"
#include "common/OrgComboBox.h"
#include "sheet/SheetFile.h"
#include "sheet/SheetGrid.h"

#include <QComboBox>
#include <QCoreApplication>
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
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kPreviewRows = 8;

// A progress dialog for one long step; step() returns false once the user cancelled.
class Progress
{
public:
    Progress(QWidget *parent, const QString &label)
        : m_dialog(label, ImportPeopleDialog::tr("Cancel"), 0, 1000, parent)
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
    bool cancelled() const { return m_dialog.wasCanceled(); }

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

ImportPeopleDialog::ImportPeopleDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("importPeopleDialog"));
    setWindowTitle(tr("Import people from a spreadsheet"));
    resize(820, 600);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("importPages"));
    m_pages->addWidget(buildFilePage());
    m_pages->addWidget(buildMappingPage());
    m_pages->addWidget(buildReportPage());

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
    connect(m_back, &QPushButton::clicked, this, &ImportPeopleDialog::back);
    connect(m_next, &QPushButton::clicked, this, &ImportPeopleDialog::next);
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

void ImportPeopleDialog::run(Session &session, QWidget *parent)
{
    ImportPeopleDialog dialog(session, parent);
    dialog.exec();
}

QWidget *ImportPeopleDialog::buildFilePage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(
        tr("Choose an Excel workbook (.xlsx) or a CSV file with one person per row and a header "
           "row such as 姓名, 性别, 民族, 出生日期, 身份证号, 入党时间, 所在支部. Files saved by "
           "WPS, "
           "Excel and LibreOffice all work; an old .xls must first be saved as .xlsx."),
        page);
    intro->setWordWrap(true);
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("importFile"));
    auto *browse = new QPushButton(tr("&Choose…"), page);
    browse->setObjectName(QStringLiteral("importBrowse"));
    connect(browse, &QPushButton::clicked, this, &ImportPeopleDialog::chooseFile);
    auto *row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

QWidget *ImportPeopleDialog::buildMappingPage()
{
    auto *page = new QWidget(this);
    m_sheetInfo = new QLabel(page);
    m_sheetInfo->setObjectName(QStringLiteral("importSheetInfo"));
    m_sheetInfo->setWordWrap(true);
    auto *form = new QFormLayout;
    for (dj::PersonField f : dj::PeopleMapping::fields()) {
        auto *combo = new QComboBox(page);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        combo->setObjectName(QStringLiteral("map_") + dj::PeopleMapping::key(f));
        m_columns.insert(f, combo);
        form->addRow(tr("%1:", "form label").arg(dj::PeopleMapping::label(f)), combo);
    }
    m_defaultBranch = new OrgComboBox(page);
    m_defaultBranch->setObjectName(QStringLiteral("importDefaultBranch"));
    m_defaultBranch->setAcceptedTypes({dj::OrgType::Branch});
    m_defaultBranch->setNoneText(tr("(none: a row without a branch is a problem)"));
    m_defaultBranch->reload(m_session.db());
    form->addRow(tr("Rows without a branch go to:"), m_defaultBranch);
    auto *fields = new QWidget(page);
    fields->setLayout(form);
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(fields->sizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width() + 4);

    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QHBoxLayout;
    layout->addWidget(scroll);
    layout->addWidget(m_preview, 1);
    auto *outer = new QVBoxLayout(page);
    outer->addWidget(m_sheetInfo);
    outer->addLayout(layout, 1);
    return page;
}

QWidget *ImportPeopleDialog::buildReportPage()
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_reportTable = new QTableWidget(0, 3, page);
    m_reportTable->setObjectName(QStringLiteral("importReport"));
    m_reportTable->setHorizontalHeaderLabels({tr("Row"), tr("Name"), tr("Problem")});
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    m_reportTable->verticalHeader()->hide();
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportTable->setWordWrap(false);
    auto *undoNote = new QLabel(
        tr("The import is done in one step: if anything goes wrong nothing is added, and "
           "Edit → Undo removes all the imported people again."),
        page);
    undoNote->setWordWrap(true);
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
    layout->addWidget(undoNote);
    layout->addLayout(buttons);
    return page;
}

void ImportPeopleDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a spreadsheet"), m_file->text(),
                                     tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    loadFile(path);
}

void ImportPeopleDialog::next()
{
    if (m_pages->currentIndex() == 0)
        loadFile(m_file->text().trimmed());
    else if (m_pages->currentIndex() == 1)
        checkRows();
}

void ImportPeopleDialog::back()
{
    showPage(qMax(0, m_pages->currentIndex() - 1));
}

void ImportPeopleDialog::showPage(int index)
{
    m_pages->setCurrentIndex(index);
    m_back->setEnabled(index > 0);
    m_next->setVisible(index < 2);
    m_error->hide();
}

void ImportPeopleDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool ImportPeopleDialog::loadFile(const QString &path)
{
    if (path.isEmpty()) {
        showError(tr("Choose the file to import."));
        return false;
    }
    try {
        Progress progress(this, tr("Reading %1…").arg(QFileInfo(path).fileName()));
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

void ImportPeopleDialog::fillMapping()
{
    m_sheetInfo->setText(
        tr("Sheet \"%1\": %2 rows below the header in row %3. Check which column holds each field; "
           "fields not in the sheet stay empty.")
            .arg(m_table.name)
            .arg(m_table.rows.size())
            .arg(m_firstRow - 1));
    const dj::PeopleMapping guess = dj::PeopleImport::guessMapping(m_table.headers);
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        QComboBox *combo = it.value();
        combo->clear();
        combo->addItem(tr("(not in the sheet)"), -1);
        for (int c = 0; c < m_table.headers.size(); ++c)
            combo->addItem(columnTitle(m_table, c), c);
        combo->setCurrentIndex(combo->findData(guess.column(it.key())));
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

dj::PeopleMapping ImportPeopleDialog::mapping() const
{
    dj::PeopleMapping m;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        m.setColumn(it.key(), it.value()->currentData().toInt());
    return m;
}

bool ImportPeopleDialog::checkRows()
{
    try {
        dj::ImportOptions options;
        options.defaultBranchId = m_defaultBranch->currentOrgId();
        Progress progress(this, tr("Checking %1 rows…").arg(m_table.rows.size()));
        m_report = dj::PeopleImport(m_session.db())
                       .validate(m_table, mapping(), m_firstRow, options,
                                 [&](int done, int total) { return progress.step(done, total); });
    } catch (const dj::Error &e) {
        showError(e.message());
        return false;
    }
    fillReport();
    showPage(2);
    return true;
}

void ImportPeopleDialog::fillReport()
{
    const int valid = m_report.validCount();
    const int bad = m_report.problemCount();
    m_summary->setText(
        bad == 0
            ? tr("Every row is valid (%1 rows).").arg(valid)
            : tr("Valid rows: %1. Rows with problems: %2 (listed below; they are not imported).")
                  .arg(valid)
                  .arg(bad));
    m_reportTable->setRowCount(0);
    m_reportTable->setRowCount(bad);
    int r = 0;
    for (const dj::ImportRow &row : std::as_const(m_report.rows)) {
        if (row.ok())
            continue;
        m_reportTable->setItem(r, 0, new QTableWidgetItem(QString::number(row.sheetRow)));
        m_reportTable->setItem(r, 1, new QTableWidgetItem(row.person.name));
        // One line per row keeps thousands of rows quick to show; the tooltip has them all.
        auto *problem = new QTableWidgetItem(row.problems.join(QLatin1Char(' ')));
        problem->setToolTip(row.problems.join(QLatin1Char('\n')));
        m_reportTable->setItem(r, 2, problem);
        ++r;
    }
    m_reportTable->resizeColumnToContents(0);
    m_reportTable->resizeColumnToContents(1);
    m_importValid->setText(tr("Import only the valid rows (%1)").arg(valid));
    m_importValid->setVisible(bad > 0);
    m_importValid->setEnabled(valid > 0);
    m_importAll->setText(tr("Import all rows (%1)").arg(valid));
    m_importAll->setVisible(bad == 0 && valid > 0);
}

bool ImportPeopleDialog::importRows(bool validOnly)
{
    Progress progress(this, tr("Importing…"));
    auto *cmd = new ImportPeopleCommand(m_session, m_report, validOnly, [&](int done, int total) {
        return progress.step(done, total);
    });
    QString error;
    if (!m_session.run(cmd, &error)) {
        showError(error);
        return false;
    }
    m_imported = int(cmd->personIds().size()); // the undo stack owns the command now
    m_session.notify(false, true);
    return true;
}
