#include "PairingPanel.h"

#include "app/FunctionCommand.h"
#include "app/Session.h"
#include "assess/AssessmentRepository.h"
#include "assess/Pairing.h"
#include "access/Permission.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace dj;

namespace {
// A partner is chosen from a list opened only for the cell being edited: a city year has
// 1,500 pairs, and a list per cell would hold millions of entries.
class PartnerDelegate : public QStyledItemDelegate
{
public:
    PartnerDelegate(const AssessResult &result, QObject *parent) : QStyledItemDelegate(parent), m_result(result) {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (const OrgResult &r : m_result.rows)
            box->addItem(PairingPanel::label(r), r.orgId);
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(box->findData(index.data(Qt::UserRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        model->setData(index, box->currentData(), Qt::UserRole);
        model->setData(index, box->currentText(), Qt::DisplayRole);
    }

private:
    const AssessResult &m_result;
};
} // namespace

QString PairingPanel::label(const OrgResult &r) { return QStringLiteral("%1  %2（%3）").arg(r.code, r.name, r.grade); }

PairingPanel::PairingPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("pairTable"));
    m_table->setHorizontalHeaderLabels({tr("Stronger organisation"), tr("Paired with")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegate(new PartnerDelegate(m_result, m_table));
    auto *suggest = new QPushButton(tr("S&uggest pairs"), this);
    suggest->setObjectName(QStringLiteral("suggestPairs"));
    auto *keep = new QPushButton(tr("&Keep these pairs"), this);
    m_buttons = {suggest, keep};
    keep->setObjectName(QStringLiteral("keepPairs"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Pairs for next year's joint study and building (联学联建):"), this), 1);
    buttons->addWidget(suggest);
    buttons->addWidget(keep);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    connect(suggest, &QPushButton::clicked, this, &PairingPanel::suggest);
    connect(keep, &QPushButton::clicked, this, &PairingPanel::keep);
}

void PairingPanel::setAssessment(const Assessment &a, const AssessResult &result)
{
    m_assessment = a;
    m_result = result;
    m_mayPair = allowed(m_session.db().user(), Permission::ReviewAssessment);
    for (QPushButton *b : m_buttons) {
        b->setEnabled(!a.id.isEmpty() && !a.sealed && m_mayPair);
        b->setToolTip(m_mayPair ? QString() : tr("The pairs are set by the organ party committee."));
    }
    showPairs(a.id.isEmpty() ? QList<AssessPair>() : AssessmentRepository(m_session.db()).pairs(a.id));
}

void PairingPanel::addRow(const QString &strong, const QString &weak)
{
    QHash<QString, const OrgResult *> byId;
    for (const OrgResult &r : std::as_const(m_result.rows))
        byId.insert(r.orgId, &r);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < 2; ++c) {
        const QString id = c == 0 ? strong : weak;
        const OrgResult *r = byId.value(id);
        auto *item = new QTableWidgetItem(r ? label(*r) : QString());
        item->setData(Qt::UserRole, id);
        if (m_assessment.sealed || !m_mayPair)
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, c, item);
    }
}

void PairingPanel::showPairs(const QList<AssessPair> &pairs)
{
    m_table->setRowCount(0);
    m_table->setUpdatesEnabled(false);
    for (const AssessPair &p : pairs)
        addRow(p.strongOrgId, p.weakOrgId);
    m_table->setUpdatesEnabled(true);
    // No pairs yet: the empty table would take half the page; the line and its buttons stay.
    const bool empty = m_table->rowCount() == 0;
    m_table->setVisible(!empty);
    layout()->invalidate();
    setMaximumHeight(empty ? minimumSizeHint().height() : QWIDGETSIZE_MAX);
}

void PairingPanel::suggest() { showPairs(Pairing::suggest(m_result)); }

void PairingPanel::keep()
{
    QList<AssessPair> now;
    for (int r = 0; r < m_table->rowCount(); ++r)
        now << AssessPair{m_table->item(r, 0)->data(Qt::UserRole).toString(),
                          m_table->item(r, 1)->data(Qt::UserRole).toString()};
    const QString id = m_assessment.id;
    const QList<AssessPair> old = AssessmentRepository(m_session.db()).pairs(id);
    auto *cmd = new FunctionCommand(
        m_session, tr("Keep the pairs"), [s = &m_session, id, now] { AssessmentRepository(s->db()).setPairs(id, now); },
        [s = &m_session, id, old] { AssessmentRepository(s->db()).setPairs(id, old); });
    cmd->setTouchesAssess();
    QString error;
    if (!m_session.run(cmd, &error))
        emit errorOccurred(error);
}
