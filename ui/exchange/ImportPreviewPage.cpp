#include "ImportPreviewPage.h"

#include "exchange/TableLabels.h"
#include "ImportCountsModel.h"
#include "exchange/PackageImport.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>

ImportPreviewPage::ImportPreviewPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("What the import will change"));
    setSubTitle(tr("Nothing has been changed yet. Select a number to see the rows behind it."));
    m_model = new ImportCountsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importCounts"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(64);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rows = new QListWidget(this);
    m_rows->setObjectName(QStringLiteral("importRowIds"));
    m_rows->setFixedWidth(330); // a row id (UUID) fits
    m_rows->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_gap = new QLabel(this);
    m_gap->setObjectName(QStringLiteral("importGapWarning"));
    m_gap->setWordWrap(true);
    m_gap->setStyleSheet(QStringLiteral(
        "QLabel{color:#8a4b00;background:#fff4e0;border:1px solid #f0c36d;padding:6px;}"));
    m_nothing =
        new QLabel(tr("Nothing to change: this file already has everything in the package."), this);
    m_nothing->setObjectName(QStringLiteral("importNothing"));
    m_nothing->setWordWrap(true);
    m_nothing->setStyleSheet(QStringLiteral("QLabel{color:#1e7b34;font-weight:bold;}"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImportPreviewPage::showRows);
    m_refused = new QListWidget(this);
    m_refused->setObjectName(QStringLiteral("importRefused"));
    m_refused->setMaximumHeight(140);
    m_refused->setStyleSheet(QStringLiteral("QListWidget{color:#8a1f11;background:#fdecea;}"));
    m_skipRefused = new QCheckBox(this);
    m_skipRefused->setObjectName(QStringLiteral("importSkipRefused"));
    connect(m_skipRefused, &QCheckBox::toggled, this, &QWizardPage::completeChanged);

    auto *rowsBox = new QVBoxLayout;
    rowsBox->addWidget(new QLabel(tr("Rows (by id):"), this));
    rowsBox->addWidget(m_rows, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(rowsBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_gap);
    layout->addWidget(m_nothing);
    layout->addWidget(m_refused);
    layout->addWidget(m_skipRefused);
    layout->addLayout(top, 1);
}

void ImportPreviewPage::setOutcome(const dj::ImportOutcome &outcome)
{
    m_model->setCounts(outcome.counts);
    m_rows->clear();
    m_gap->setText(outcome.gapWarning);
    m_gap->setVisible(!outcome.gapWarning.isEmpty());
    m_nothingToDo = outcome.nothingToDo;
    m_nothing->setVisible(m_nothingToDo);
    m_refused->clear();
    for (const dj::RefusedRow &r : outcome.refused)
        m_refused->addItem(tr("%1 %2: %3").arg(dj::TableLabels::table(r.table), r.id, r.reason));
    if (outcome.refusedTotal > outcome.refused.size())
        m_refused->addItem(tr("… and %n more", nullptr, int(outcome.refusedTotal - outcome.refused.size())));
    m_refused->setVisible(outcome.refusedTotal > 0);
    m_skipRefused->setChecked(false);
    m_skipRefused->setText(tr("%n row(s) above may not be changed by the sender, so the package is refused. Import "
                              "the rest and leave these out",
                              nullptr, int(outcome.refusedTotal)));
    m_skipRefused->setVisible(outcome.refusedTotal > 0);
    m_hasRefused = outcome.refusedTotal > 0;
    emit completeChanged();
}

void ImportPreviewPage::selectCell(int row, int column)
{
    m_table->setCurrentIndex(m_model->index(row, column));
}

void ImportPreviewPage::showRows()
{
    m_rows->clear();
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const bool allTables = m_model->tableAt(index.row()).isEmpty();
    const QList<dj::ImportCounts::Row> rows = m_model->rowsAt(index);
    for (const dj::ImportCounts::Row &r : rows)
        m_rows->addItem(
            allTables ? dj::TableLabels::table(r.table) + QStringLiteral(" · ") + r.id : r.id);
    // Only a sample of each count is kept: say how many are not listed.
    const qint64 counted = m_model->data(index, Qt::DisplayRole).toString().toLongLong();
    if (counted > rows.size())
        m_rows->addItem(tr("… and %n more", nullptr, int(counted - rows.size())));
}

bool ImportPreviewPage::skipRefused() const
{
    return m_hasRefused && m_skipRefused->isChecked();
}

bool ImportPreviewPage::isComplete() const
{
    return !m_nothingToDo && (!m_hasRefused || m_skipRefused->isChecked());
}
