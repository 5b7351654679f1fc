#include "ConflictsDialog.h"

#include "ConflictFieldsModel.h"
#include "exchange/TableLabels.h"
#include "ExchangeUi.h"
#include "access/Masking.h"
#include "app/Session.h"
#include "common/Error.h"
#include "exchange/PeerRepository.h"
#include "storage/Query.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum ListColumn { TableCol, RowCol, OfficeCol, DetectedCol, StateCol };

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}
} // namespace

ConflictsDialog::ConflictsDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts"));
    resize(980, 680);
    auto *intro = new QLabel(
        tr("These rows were changed both here and at another office since the two last shared "
           "them. Nothing is lost while they wait: both versions are kept. Decide which is "
           "right; the decision travels with the next package."),
        this);
    intro->setWordWrap(true);
    m_list = new QTableWidget(0, 5, this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setHorizontalHeaderLabels(
        {tr("Table"), tr("Row"), tr("Other office"), tr("Found"), tr("State")});
    m_list->horizontalHeader()->setSectionResizeMode(RowCol, QHeaderView::Stretch);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_showSettled = new QCheckBox(tr("Show settled conflicts"), this);
    m_showSettled->setObjectName(QStringLiteral("conflictShowSettled"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("conflictHeading"));
    m_heading->setWordWrap(true);
    m_fieldsModel = new ConflictFieldsModel(this);
    m_fields = new QTableView(this);
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setModel(m_fieldsModel);
    m_fieldsModel->setNames(
        [this](const QString &column, const QString &value) { return referenceName(column, value); });
    m_fields->verticalHeader()->hide();
    m_fields->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_fields->setWordWrap(false);
    m_fields->horizontalHeader()->setSectionResizeMode(ConflictFieldsModel::Field,
                                                       QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(ConflictFieldsModel::Mine,
                                                       QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(ConflictFieldsModel::Theirs,
                                                       QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(ConflictFieldsModel::TakeTheirs,
                                                       QHeaderView::ResizeToContents);

    //: 保留本单位
    m_mine = button(tr("Keep this office's version"), "conflictKeepMine", this);
    //: 采用对方
    m_theirs = button(tr("Take the other office's version"), "conflictTakeTheirs", this);
    //: 按所选字段合并
    m_merge = button(tr("Merge: theirs in the ticked fields"), "conflictMerge", this);
    auto *close = button(tr("Close"), "conflictClose", this);
    connect(m_mine, &QPushButton::clicked, this, &ConflictsDialog::keepMine);
    connect(m_theirs, &QPushButton::clicked, this, &ConflictsDialog::takeTheirs);
    connect(m_merge, &QPushButton::clicked, this, &ConflictsDialog::mergeFields);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_showSettled, &QCheckBox::toggled, this, &ConflictsDialog::reload);
    connect(m_list, &QTableWidget::currentCellChanged, this, &ConflictsDialog::showConflict);
    connect(m_fieldsModel, &QAbstractItemModel::dataChanged, this, [this] {
        m_merge->setEnabled(m_mine->isEnabled() && !m_fieldsModel->takeTheirs().isEmpty());
    });

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list, 1);
    topLayout->addWidget(m_showSettled);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_heading);
    bottomLayout->addWidget(m_fields, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_mine, m_theirs, m_merge})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    reload();
}

void ConflictsDialog::run(Session &session, QWidget *parent)
{
    ConflictsDialog dialog(session, parent);
    dialog.exec();
}

QString ConflictsDialog::officeName(const QString &officeId) const
{
    const auto peer = dj::PeerRepository(m_session.db()).find(officeId);
    return peer ? peer->key.officeName : officeId;
}

QString ConflictsDialog::referenceName(const QString &column, const QString &value) const
{
    // A row id says nothing to an officer: the organisation, person or office it refers to
    // (the id itself is the cell's tooltip).
    static const QSet<QString> orgs = {QStringLiteral("parent_id"), QStringLiteral("org_id"),
                                       QStringLiteral("branch_id"), QStringLiteral("strong_org_id"),
                                       QStringLiteral("weak_org_id")};
    static const QSet<QString> people = {QStringLiteral("person_id"), QStringLiteral("contact_person_id")};
    if (value.isEmpty())
        return value;
    if (column == QLatin1String("owner_office"))
        return value == m_session.db().officeId() ? m_session.db().officeName() : officeName(value);
    const QString sql = orgs.contains(column)     ? QStringLiteral("SELECT name FROM organization WHERE id = :id")
                        : people.contains(column) ? QStringLiteral("SELECT name FROM person WHERE id = :id")
                                                  : QString();
    if (sql.isEmpty())
        return value;
    dj::Query q(m_session.db(), sql);
    const QString name = q.bind(QStringLiteral(":id"), value).scalar().toString();
    return name.isEmpty() ? value : name;
}

QString ConflictsDialog::rowLabel(const dj::SyncConflict &c) const
{
    // A name says more than a row id, when the row has one.
    const int name = int(c.columns.indexOf(QStringLiteral("name")));
    const QString mine = name >= 0 ? c.mine.value(name).toString() : QString();
    return mine.isEmpty() ? c.rowId : mine;
}

void ConflictsDialog::reload()
{
    const qint64 keep = currentConflictId();
    try {
        m_conflicts = dj::ConflictRepository(m_session.db()).list(!m_showSettled->isChecked());
    } catch (const dj::Error &e) {
        m_conflicts.clear();
        m_heading->setText(e.message());
    }
    const QSignalBlocker block(m_list);
    m_list->setRowCount(int(m_conflicts.size()));
    for (int r = 0; r < m_conflicts.size(); ++r) {
        const dj::SyncConflict &c = m_conflicts.at(r);
        const QString state =
            c.resolvedAt.isEmpty()
                ? tr("open")
                : tr("settled %1 (%2)").arg(exchangeui::localTime(c.resolvedAt), dj::TableLabels::resolution(c.resolution));
        const QStringList cells = {dj::TableLabels::table(c.table), rowLabel(c),
                                   officeName(c.senderOffice), exchangeui::localTime(c.detectedAt),
                                   state};
        for (int col = 0; col < cells.size(); ++col)
            m_list->setItem(r, col, new QTableWidgetItem(cells.at(col)));
        m_list->item(r, RowCol)->setToolTip(c.rowId);
    }
    m_list->resizeColumnToContents(TableCol);
    m_list->resizeColumnToContents(DetectedCol);
    m_list->resizeColumnToContents(StateCol); // "settled … (kept this office's version)" in full
    if (!selectConflict(keep) && !m_conflicts.isEmpty())
        m_list->setCurrentCell(0, 0);
    showConflict();
}

bool ConflictsDialog::selectConflict(qint64 id)
{
    for (int r = 0; r < m_conflicts.size(); ++r)
        if (m_conflicts.at(r).id == id) {
            m_list->setCurrentCell(r, 0);
            return true;
        }
    return false;
}

qint64 ConflictsDialog::currentConflictId() const
{
    const int r = m_list->currentRow();
    return r >= 0 && r < m_conflicts.size() ? m_conflicts.at(r).id : 0;
}

void ConflictsDialog::showConflict()
{
    const int r = m_list->currentRow();
    const bool any = r >= 0 && r < m_conflicts.size();
    const bool open = any && m_conflicts.at(r).resolvedAt.isEmpty();
    if (any) {
        const dj::SyncConflict &c = m_conflicts.at(r);
        // Personal numbers shown as everywhere else (core/access/Masking.h); settling goes
        // by the conflict's id, never by what is shown.
        dj::SyncConflict shown = c;
        const dj::SensitiveView view(m_session.db());
        shown.mine = view.shownRow(c.table, c.columns, c.mine);
        shown.theirs = view.shownRow(c.table, c.columns, c.theirs);
        m_fieldsModel->setConflict(shown, open);
        m_heading->setText(
            tr("%1 “%2”: changed here and at %3. The differing fields are highlighted.")
                .arg(dj::TableLabels::table(c.table), rowLabel(c), officeName(c.senderOffice)));
    } else {
        m_fieldsModel->clear();
        m_heading->setText(m_conflicts.isEmpty() && !m_showSettled->isChecked()
                               ? tr("No conflict is waiting for a decision.")
                               : QString());
    }
    m_mine->setEnabled(open);
    m_theirs->setEnabled(open);
    m_merge->setEnabled(false); // until a field is ticked
}

bool ConflictsDialog::settle(const std::function<void(dj::ConflictRepository &, qint64)> &how)
{
    const qint64 id = currentConflictId();
    if (id == 0)
        return false;
    try {
        dj::ConflictRepository repo(m_session.db());
        how(repo, id);
    } catch (const dj::Error &e) {
        exchangeui::showError(this, e.message());
        reload();
        return false;
    }
    exchangeui::dataReplaced(m_session);
    reload();
    return true;
}

bool ConflictsDialog::keepMine()
{
    return settle([](dj::ConflictRepository &r, qint64 id) {
        r.resolve(id, dj::ConflictRepository::Take::Mine, exchangeui::who());
    });
}

bool ConflictsDialog::takeTheirs()
{
    return settle([](dj::ConflictRepository &r, qint64 id) {
        r.resolve(id, dj::ConflictRepository::Take::Theirs, exchangeui::who());
    });
}

bool ConflictsDialog::mergeFields()
{
    const QSet<QString> columns = m_fieldsModel->takeTheirs();
    return settle([&](dj::ConflictRepository &r, qint64 id) {
        r.resolveFields(id, columns, exchangeui::who());
    });
}
