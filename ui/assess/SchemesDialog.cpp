#include "SchemesDialog.h"

#include "IndicatorDialog.h"
#include "app/FunctionCommand.h"
#include "app/Session.h"
#include "assess/IndicatorRules.h"
#include "assess/SchemeRepository.h"
#include "assess/SchemeSheet.h"
#include "common/Error.h"
#include "common/FieldLimits.h"
#include "common/TextLimits.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace dj;

SchemesDialog::SchemesDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Indicator schemes"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("schemeList"));
    m_list->setMaximumWidth(300);
    m_indicators = new QTableWidget(0, 7, this);
    m_indicators->setObjectName(QStringLiteral("schemeIndicators"));
    m_indicators->setHorizontalHeaderLabels(
        {tr("Area"), tr("Code"), tr("Indicator"), tr("Max"), tr("Rule"), tr("Per time / target"), tr("Scoring standard")});
    m_indicators->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_indicators->verticalHeader()->hide();
    m_indicators->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_indicators->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_summary = new QLabel(this);
    auto *importButton = new QPushButton(tr("&Import from a sheet…"), this);
    auto *exportButton = new QPushButton(tr("&Export to a sheet…"), this);
    auto *copy = new QPushButton(tr("&Copy as a new revision"), this);
    auto *builtin = new QPushButton(tr("Install the &built-in example"), this);
    m_add = new QPushButton(tr("&Add indicator…"), this);
    m_add->setObjectName(QStringLiteral("addIndicator"));
    m_edit = new QPushButton(tr("E&dit indicator…"), this);
    m_remove = new QPushButton(tr("&Remove indicator"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {importButton, exportButton, copy, builtin})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton *b : {m_add, m_edit, m_remove})
        buttons->addWidget(b);
    auto *right = new QVBoxLayout;
    right->addWidget(m_summary);
    right->addWidget(m_indicators, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addLayout(right, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &SchemesDialog::showScheme);
    connect(importButton, &QPushButton::clicked, this, &SchemesDialog::importSheet);
    connect(exportButton, &QPushButton::clicked, this, &SchemesDialog::exportSheet);
    connect(copy, &QPushButton::clicked, this, &SchemesDialog::copyRevision);
    connect(builtin, &QPushButton::clicked, this, &SchemesDialog::installBuiltin);
    connect(m_add, &QPushButton::clicked, this, [this] { editIndicator(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editIndicator(false); });
    connect(m_indicators, &QTableWidget::cellDoubleClicked, this, [this] { editIndicator(false); });
    connect(m_remove, &QPushButton::clicked, this, &SchemesDialog::removeIndicator);
    resize(1100, 640);
    reload();
}

QString SchemesDialog::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void SchemesDialog::showError(const QString &message) { QMessageBox::warning(this, windowTitle(), message); }

void SchemesDialog::reload(const QString &select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    SchemeRepository schemes(m_session.db());
    for (const Scheme &s : schemes.all()) {
        auto *item = new QListWidgetItem(tr("%1 (revision %2)%3")
                                             .arg(s.name)
                                             .arg(s.revision)
                                             .arg(schemes.isLocked(s.id) ? tr(" — locked") : QString()),
                                         m_list);
        item->setData(Qt::UserRole, s.id);
        if (s.id == select || (select.isEmpty() && m_list->count() == 1))
            m_list->setCurrentItem(item);
    }
    showScheme();
}

void SchemesDialog::showScheme()
{
    const QString id = currentId();
    m_indicators->setRowCount(0);
    if (id.isEmpty()) {
        m_summary->setText(tr("No scheme yet: import one from a sheet or install the built-in example."));
        return;
    }
    SchemeRepository schemes(m_session.db());
    const Scheme s = schemes.get(id);
    const bool locked = schemes.isLocked(id);
    for (QPushButton *b : {m_add, m_edit, m_remove})
        b->setEnabled(!locked);
    m_summary->setText(tr("%1 indicators in %2 areas, %3 points%4")
                           .arg(s.indicators.size())
                           .arg(s.areas().size())
                           .arg(indicatorrules::number(s.maxTotal()),
                                schemes.isLocked(id) ? tr("; locked: a sealed assessment uses it") : QString()));
    m_indicators->setRowCount(int(s.indicators.size()));
    for (int r = 0; r < s.indicators.size(); ++r) {
        const Indicator &i = s.indicators.at(r);
        const QString extra = i.rule == ScoreRule::Ratio ? indicatorrules::number(i.target)
                              : i.points > 0             ? indicatorrules::number(i.points)
                                                         : QString();
        const QStringList cells{i.area, i.code, i.name, indicatorrules::number(i.maxScore), vocab::sheetWord(i.rule), extra,
                                i.standard};
        for (int c = 0; c < cells.size(); ++c)
            m_indicators->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        m_indicators->item(r, 0)->setData(Qt::UserRole, i.id);
    }
}

void SchemesDialog::importSheet()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a scheme"), QDir::homePath(),
                                                      tr("Spreadsheets (*.xlsx *.xls *.csv)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString name = textlimits::askText(this, tr("Import a scheme"), tr("Name of the scheme:"), dj::limits::TitleMax,
                                             QFileInfo(path).completeBaseName().left(dj::limits::TitleMax), &ok);
    if (!ok)
        return;
    try {
        const QString id = SchemeRepository(m_session.db()).insert(SchemeSheet::read(path, name));
        m_session.notifyAssess();
        reload(id);
    } catch (const Error &e) {
        showError(e.message());
    }
}

void SchemesDialog::exportSheet()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const Scheme s = SchemeRepository(m_session.db()).get(id);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the scheme"), QDir::home().filePath(s.name + QStringLiteral(".xlsx")),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        SchemeSheet::write(s, path);
    } catch (const Error &e) {
        showError(e.message());
    }
}

void SchemesDialog::copyRevision()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    try {
        const QString copy = SchemeRepository(m_session.db()).copyAsRevision(id);
        m_session.notifyAssess();
        reload(copy);
    } catch (const Error &e) {
        showError(e.message());
    }
}

void SchemesDialog::installBuiltin()
{
    try {
        const QString id = SchemeRepository(m_session.db()).installBuiltin();
        m_session.notifyAssess();
        reload(id);
    } catch (const Error &e) {
        showError(e.message());
    }
}

void SchemesDialog::editIndicator(bool adding)
{
    const QString schemeId = currentId();
    if (schemeId.isEmpty())
        return;
    SchemeRepository schemes(m_session.db());
    const Scheme s = schemes.get(schemeId);
    Indicator old;
    const int row = m_indicators->currentRow();
    if (!adding) {
        if (row < 0)
            return;
        old = schemes.indicator(m_indicators->item(row, 0)->data(Qt::UserRole).toString());
    } else if (row >= 0) {
        old.area = m_indicators->item(row, 0)->text(); // a new one starts in the area selected
    }
    IndicatorDialog dialog(old, s.areas(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Indicator now = dialog.indicator();
    FunctionCommand *cmd = nullptr;
    if (adding) {
        auto id = std::make_shared<QString>();
        cmd = new FunctionCommand(
            m_session, tr("Add indicator %1").arg(now.code),
            [s = &m_session, schemeId, now, id] {
                if (id->isEmpty())
                    *id = SchemeRepository(s->db()).addIndicator(schemeId, now);
                else
                    SchemeRepository(s->db()).restoreIndicator(*id);
            },
            [s = &m_session, id] { SchemeRepository(s->db()).removeIndicator(*id); });
    } else {
        cmd = new FunctionCommand(
            m_session, tr("Edit indicator %1").arg(now.code), [s = &m_session, now] { SchemeRepository(s->db()).updateIndicator(now); },
            [s = &m_session, old] { SchemeRepository(s->db()).updateIndicator(old); });
    }
    cmd->setTouchesAssess();
    QString error;
    if (!m_session.run(cmd, &error))
        showError(error);
    reload(schemeId);
}

void SchemesDialog::removeIndicator()
{
    const int row = m_indicators->currentRow();
    if (row < 0)
        return;
    const QString schemeId = currentId();
    const QString id = m_indicators->item(row, 0)->data(Qt::UserRole).toString();
    auto *cmd = new FunctionCommand(
        m_session, tr("Remove indicator %1").arg(m_indicators->item(row, 1)->text()),
        [s = &m_session, id] { SchemeRepository(s->db()).removeIndicator(id); },
        [s = &m_session, id] { SchemeRepository(s->db()).restoreIndicator(id); });
    cmd->setTouchesAssess();
    QString error;
    if (!m_session.run(cmd, &error))
        showError(error);
    reload(schemeId);
}
