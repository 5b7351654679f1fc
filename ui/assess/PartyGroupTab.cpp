#include "PartyGroupTab.h"

#include "app/FunctionCommand.h"
#include "app/Session.h"
#include "assess/AssessCalculator.h"
#include "assess/AssessmentRepository.h"
#include "assess/IndicatorRules.h"
#include "assess/PartyGroupRepository.h"
#include "common/FieldLimits.h"
#include "common/PageToolBar.h"
#include "common/TextLimits.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace dj;

PartyGroupTab::PartyGroupTab(Session &session, std::function<QString()> enteredBy, QWidget *parent)
    : QWidget(parent), m_session(session), m_enteredBy(std::move(enteredBy))
{
    auto *top = new PageToolBar(QStringLiteral("partyGroupToolbar"), this);
    top->addWidget(new QLabel(tr("Each member of the party group scores each organisation from 0 to 100; the "
                                 "component is the mean."),
                              this),
                   1);
    auto *add = top->addButton(QStringLiteral("add"), tr("Add an &evaluator…"), QStringLiteral("addEvaluator"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("partyGroupTable"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->setItemDelegate(new textlimits::LimitedDelegate(dj::limits::NumberTextMax, m_table));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top);
    layout->addWidget(m_table, 1);
    connect(add, &QToolButton::clicked, this, &PartyGroupTab::addEvaluator);
    connect(m_table, &QTableWidget::itemChanged, this, &PartyGroupTab::cellChanged);
}

void PartyGroupTab::setAssessment(const Assessment &a)
{
    if (a.id != m_assessment.id)
        m_evaluators.clear();
    m_assessment = a;
    reload();
}

void PartyGroupTab::reload()
{
    m_filling = true;
    const QList<AssessedOrg> orgs = m_assessment.id.isEmpty() ? QList<AssessedOrg>()
                                                              : AssessmentRepository(m_session.db()).orgs(m_assessment.id);
    const QList<PartyGroupMark> marks = m_assessment.id.isEmpty()
                                            ? QList<PartyGroupMark>()
                                            : PartyGroupRepository(m_session.db()).marks(m_assessment.id);
    // The columns are the evaluators by name: the party group's members while the year is open
    // (secretary first), then anyone else who gave marks.
    m_posts.clear();
    if (!m_assessment.id.isEmpty())
        for (const PartyGroupRepository::Member &member : PartyGroupRepository(m_session.db()).members()) {
            m_posts.insert(member.name, member.post);
            if (!m_assessment.sealed && !m_evaluators.contains(member.name))
                m_evaluators << member.name;
        }
    for (const PartyGroupMark &m : marks)
        if (!m_evaluators.contains(m.evaluator))
            m_evaluators << m.evaluator;
    QHash<QString, QHash<QString, double>> score; // org → evaluator → score
    for (const PartyGroupMark &m : marks)
        score[m.orgId].insert(m.evaluator, m.score);
    m_orgIds.clear();
    m_table->clear();
    m_table->setRowCount(int(orgs.size()));
    m_table->setColumnCount(int(m_evaluators.size()) + 2);
    QStringList headers{tr("Organisation")};
    headers << m_evaluators << tr("Mean");
    m_table->setHorizontalHeaderLabels(headers);
    // The row number of the printed ballot and forms (序号) beside each organisation.
    QStringList rowNumbers;
    for (int r = 0; r < orgs.size(); ++r)
        rowNumbers << QString::number(r + 1);
    m_table->setVerticalHeaderLabels(rowNumbers);
    for (int c = 0; c < m_evaluators.size(); ++c)
        if (m_posts.contains(m_evaluators.at(c)))
            m_table->horizontalHeaderItem(c + 1)->setToolTip(
                tr("%1, %2").arg(m_evaluators.at(c), m_posts.value(m_evaluators.at(c))));
    for (int r = 0; r < orgs.size(); ++r) {
        m_orgIds << orgs.at(r).orgId;
        auto *name = new QTableWidgetItem(orgs.at(r).name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(r, 0, name);
        std::vector<double> values;
        for (int c = 0; c < m_evaluators.size(); ++c) {
            const auto &byEvaluator = score.value(orgs.at(r).orgId);
            auto *cell = new QTableWidgetItem;
            if (byEvaluator.contains(m_evaluators.at(c))) {
                cell->setText(indicatorrules::number(byEvaluator.value(m_evaluators.at(c))));
                values.push_back(byEvaluator.value(m_evaluators.at(c)));
            }
            cell->setTextAlignment(Qt::AlignCenter);
            if (m_assessment.sealed)
                cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(r, c + 1, cell);
        }
        auto *mean = new QTableWidgetItem(values.empty() ? QString()
                                                         : QString::number(AssessCalculator::mean(values), 'f', 2));
        mean->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        mean->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(r, int(m_evaluators.size()) + 1, mean);
    }
    m_filling = false;
}

void PartyGroupTab::addEvaluator()
{
    if (m_assessment.sealed) {
        emit errorOccurred(tr("The assessment is sealed."));
        return;
    }
    // By name: the party group's members not yet shown are offered; anyone else is typed.
    QStringList offered;
    for (const PartyGroupRepository::Member &member : PartyGroupRepository(m_session.db()).members())
        if (!m_evaluators.contains(member.name))
            offered << member.name;
    QInputDialog d(this);
    d.setWindowTitle(tr("Add an evaluator"));
    d.setLabelText(tr("Name of the evaluator:"));
    if (!offered.isEmpty()) {
        d.setComboBoxItems(offered);
        d.setComboBoxEditable(true);
    }
    if (auto *edit = d.findChild<QLineEdit *>())
        edit->setMaxLength(dj::limits::PersonNameMax);
    if (d.exec() != QDialog::Accepted)
        return;
    const QString name = d.textValue().trimmed();
    if (name.isEmpty() || m_evaluators.contains(name))
        return;
    m_evaluators << name;
    reload();
    m_table->setCurrentCell(0, int(m_evaluators.size()));
}

void PartyGroupTab::cellChanged(QTableWidgetItem *item)
{
    if (m_filling || item->column() == 0 || item->column() > m_evaluators.size())
        return;
    const QString org = m_orgIds.value(item->row());
    const QString evaluator = m_evaluators.at(item->column() - 1);
    const QString text = item->text().trimmed();
    PartyGroupRepository::Input now{org, evaluator, std::nullopt};
    if (!text.isEmpty()) {
        bool ok = false;
        now.score = text.toDouble(&ok);
        if (!ok) {
            emit errorOccurred(tr("“%1” is not a score from 0 to 100.").arg(text));
            reload();
            return;
        }
    }
    PartyGroupRepository::Input old{org, evaluator, std::nullopt};
    for (const PartyGroupMark &m : PartyGroupRepository(m_session.db()).marks(m_assessment.id))
        if (m.orgId == org && m.evaluator == evaluator)
            old.score = m.score;
    const QString id = m_assessment.id, by = m_enteredBy();
    if (by.isEmpty()) { // no 录入人 given: nothing is stored
        reload();
        return;
    }
    auto *cmd = new FunctionCommand(
        m_session, tr("Enter a party-group mark"),
        [s = &m_session, id, now, by] { PartyGroupRepository(s->db()).set(id, {now}, by); },
        [s = &m_session, id, old, by] { PartyGroupRepository(s->db()).set(id, {old}, by); });
    cmd->setTouchesAssess();
    QString error;
    if (!m_session.run(cmd, &error)) {
        emit errorOccurred(error);
        reload();
    }
}
