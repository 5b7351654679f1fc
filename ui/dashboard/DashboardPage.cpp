#include "DashboardPage.h"

#include "app/Session.h"
#include "common/Clock.h"
#include "common/UiText.h"
#include "org/OrgStatistics.h"
#include "storage/Database.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *makeTable(const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}
QTableWidgetItem *item(const QString &text, const QString &orgId = {})
{
    auto *i = new QTableWidgetItem(text);
    i->setData(Qt::UserRole, orgId);
    return i;
}
} // namespace

DashboardPage::DashboardPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size:16pt;font-weight:bold;color:#a61b1b;padding:4px 0"));
    layout->addWidget(m_title);

    auto *cards = new QGroupBox(tr("Organisations and members"));
    auto *grid = new QGridLayout(cards);
    const QList<dj::OrgType> &types = dj::vocab::orgTypes();
    for (int i = 0; i < types.size(); ++i)
        m_typeCounts << card(QStringLiteral("count_") + dj::vocab::code(types[i]), dj::vocab::label(types[i]), grid,
                             i / 5, i % 5);
    m_full = card(QStringLiteral("countFull"), tr("Full members"), grid, 1, 2);
    m_probationary = card(QStringLiteral("countProbationary"), tr("Probationary members"), grid, 1, 3);
    layout->addWidget(cards);

    auto *lower = new QHBoxLayout;
    auto *termsBox = new QGroupBox;
    m_terms = makeTable(QStringLiteral("termAlerts"), {tr("Organisation"), tr("Type"), tr("Term ends"), tr("Status")});
    (new QVBoxLayout(termsBox))->addWidget(m_terms);
    auto *noSecBox = new QGroupBox;
    noSecBox->setObjectName(QStringLiteral("noSecretaryBox"));
    m_noSecretary = makeTable(QStringLiteral("noSecretary"), {tr("Branch"), tr("Code")});
    (new QVBoxLayout(noSecBox))->addWidget(m_noSecretary);
    lower->addWidget(termsBox, 3);
    lower->addWidget(noSecBox, 2);
    layout->addLayout(lower, 1);

    for (QTableWidget *t : {m_terms, m_noSecretary})
        connect(t, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *i) {
            emit organizationActivated(i->tableWidget()->item(i->row(), 0)->data(Qt::UserRole).toString());
        });
    connect(&m_session, &Session::organizationsChanged, this, &DashboardPage::refresh);
    connect(&m_session, &Session::peopleChanged, this, &DashboardPage::refresh);
    refresh();
}

QLabel *DashboardPage::card(const QString &objectName, const QString &caption, QGridLayout *grid, int row, int col)
{
    auto *box = new QWidget;
    box->setStyleSheet(QStringLiteral("background:#fbf6f0;border:1px solid #e3d3c3;border-radius:6px"));
    auto *v = new QVBoxLayout(box);
    auto *number = new QLabel(QStringLiteral("0"));
    number->setObjectName(objectName);
    number->setStyleSheet(QStringLiteral("font-size:20pt;font-weight:bold;color:#8b1a1a;border:none"));
    auto *label = new QLabel(caption);
    label->setStyleSheet(QStringLiteral("color:#555;border:none"));
    label->setWordWrap(true);
    v->addWidget(number);
    v->addWidget(label);
    grid->addWidget(box, row, col);
    return number;
}

void DashboardPage::refresh()
{
    const QDate today = dj::Clock::today();
    const dj::OrgStatistics s = dj::OrgStatistics::compute(m_session.db(), today);
    m_title->setText(tr("%1 — %2").arg(m_session.db().officeName(), QLocale().toString(today, QLocale::LongFormat)));
    const QList<dj::OrgType> &types = dj::vocab::orgTypes();
    for (int i = 0; i < types.size(); ++i)
        m_typeCounts[i]->setText(QString::number(s.activeByType.value(types[i])));
    m_full->setText(QString::number(s.fullMembers));
    m_probationary->setText(QString::number(s.probationaryMembers));

    m_terms->setRowCount(int(s.terms.size()));
    for (int r = 0; r < s.terms.size(); ++r) {
        const dj::TermAlert &a = s.terms.at(r);
        m_terms->setItem(r, 0, item(a.org.name, a.org.id));
        m_terms->setItem(r, 1, item(dj::vocab::label(a.org.type)));
        m_terms->setItem(r, 2, item(uitext::date(a.end)));
        const qint64 days = today.daysTo(a.end);
        auto *status = item(a.overdue ? tr("Overdue by %n day(s)", nullptr, int(-days)) : tr("In %n day(s)", nullptr, int(days)));
        status->setForeground(a.overdue ? QColor(0xb0, 0x1c, 0x1c) : QColor(0xa0, 0x60, 0x00));
        m_terms->setItem(r, 3, status);
    }
    m_terms->resizeColumnsToContents();
    m_noSecretary->setRowCount(int(s.branchesWithoutSecretary.size()));
    for (int r = 0; r < s.branchesWithoutSecretary.size(); ++r) {
        const dj::Organization &o = s.branchesWithoutSecretary.at(r);
        m_noSecretary->setItem(r, 0, item(o.name, o.id));
        m_noSecretary->setItem(r, 1, item(o.code));
    }
    m_noSecretary->resizeColumnsToContents();
    m_noSecretary->parentWidget()->setProperty("title", tr("Branches without a secretary (%1)").arg(s.branchesWithoutSecretary.size()));
    m_terms->parentWidget()->setProperty("title", tr("Committee terms ending within 6 months or overdue (%1)").arg(s.terms.size()));
}
