#include "PairingPanel.h"

#include "app/FunctionCommand.h"
#include "app/Session.h"
#include "assess/AssessmentRepository.h"
#include "assess/Pairing.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace dj;

PairingPanel::PairingPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("pairTable"));
    m_table->setHorizontalHeaderLabels({tr("Stronger organisation"), tr("Paired with")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
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
    for (QPushButton *b : m_buttons)
        b->setEnabled(!a.id.isEmpty() && !a.sealed);
    showPairs(a.id.isEmpty() ? QList<AssessPair>() : AssessmentRepository(m_session.db()).pairs(a.id));
}

void PairingPanel::addRow(const QString &strong, const QString &weak)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < 2; ++c) {
        auto *box = new QComboBox(m_table);
        for (const OrgResult &r : std::as_const(m_result.rows))
            box->addItem(QStringLiteral("%1  %2（%3）").arg(r.code, r.name, r.grade), r.orgId);
        box->setCurrentIndex(box->findData(c == 0 ? strong : weak));
        box->setEnabled(!m_assessment.sealed);
        m_table->setCellWidget(row, c, box);
    }
}

void PairingPanel::showPairs(const QList<AssessPair> &pairs)
{
    m_table->setRowCount(0);
    for (const AssessPair &p : pairs)
        addRow(p.strongOrgId, p.weakOrgId);
}

void PairingPanel::suggest() { showPairs(Pairing::suggest(m_result)); }

void PairingPanel::keep()
{
    QList<AssessPair> now;
    for (int r = 0; r < m_table->rowCount(); ++r)
        now << AssessPair{static_cast<QComboBox *>(m_table->cellWidget(r, 0))->currentData().toString(),
                          static_cast<QComboBox *>(m_table->cellWidget(r, 1))->currentData().toString()};
    const QString id = m_assessment.id;
    const QList<AssessPair> old = AssessmentRepository(m_session.db()).pairs(id);
    auto *cmd = new FunctionCommand(
        m_session, tr("Keep the pairs"), [this, id, now] { AssessmentRepository(m_session.db()).setPairs(id, now); },
        [this, id, old] { AssessmentRepository(m_session.db()).setPairs(id, old); });
    cmd->setTouchesAssess();
    QString error;
    if (!m_session.run(cmd, &error))
        emit errorOccurred(error);
}
