#include "DashboardPage.h"

#include "app/Session.h"
#include "common/BackgroundRead.h"
#include "duty/DutyProgress.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/PageToolBar.h"
#include "common/UiText.h"
#include "org/OrgStatistics.h"
#include "storage/Database.h"

#include <QGridLayout>
#include <QTimer>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
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
    // The title and, on its right, the page's toolbar: read again, print, export.
    auto *bar = new PageToolBar(QStringLiteral("dashboardToolbar"));
    bar->addWidget(m_title, 1);
    auto *refreshButton = bar->addButton(QStringLiteral("refresh"), tr("Refresh"), QStringLiteral("dashboardRefresh"));
    refreshButton->setToolTip(tr("Count again and look for overdue items (F5)"));
    connect(refreshButton, &QToolButton::clicked, this, [this] {
        refresh();
        refreshDuty();
    });
    layout->addWidget(bar);

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
    auto *lateBox = new QGroupBox(tr("Overdue responsibility items"));
    lateBox->setObjectName(QStringLiteral("lateBox"));
    m_late = makeTable(QStringLiteral("lateItems"), {tr("List"), tr("Item"), tr("Period"), tr("Due"), tr("Done")});
    (new QVBoxLayout(lateBox))->addWidget(m_late);
    layout->addWidget(lateBox, 1);
    connect(m_late, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *i) {
        const QTableWidgetItem *first = m_late->item(i->row(), 0);
        emit dutyItemActivated(first->data(Qt::UserRole).toString(), first->data(Qt::UserRole + 1).toString());
    });
    connect(&m_session, &Session::dutyChanged, this, &DashboardPage::refreshDuty);

    for (QTableWidget *t : {m_terms, m_noSecretary})
        connect(t, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *i) {
            emit organizationActivated(i->tableWidget()->item(i->row(), 0)->data(Qt::UserRole).toString());
        });
    connect(&m_session, &Session::organizationsChanged, this, &DashboardPage::refresh);
    connect(&m_session, &Session::peopleChanged, this, &DashboardPage::refresh);
    refresh();
    // The overdue items fill in a moment after the window is up, so the start stays quick.
    QTimer::singleShot(800, this, &DashboardPage::refreshDuty);
}

DashboardPage::~DashboardPage()
{
    delete m_dutyRead; // stops a read in progress before the tables it would fill go
}

void DashboardPage::refreshDuty()
{
    if (m_dutyRead && m_dutyRead->running()) {
        m_dutyAgain = true;
        return;
    }
    delete m_dutyRead;
    const QDate today = dj::Clock::today();
    m_dutyRead = new BackgroundRead(m_session.db().path(), [this, today](dj::Database &db) -> BackgroundRead::Deliver {
        struct Row
        {
            QString listId, itemId, list, item, period, due, done;
        };
        QList<Row> rows;
        const QList<dj::DutyProgress::Late> late = dj::DutyProgress(db, today.year(), today).late();
        const int total = int(late.size());
        for (const dj::DutyProgress::Late &l : late.mid(0, 300))
            rows.append({l.list.id, l.item.id, l.list.title, l.item.title, l.period.label,
                         uitext::date(l.period.due), QStringLiteral("%1/%2").arg(l.count).arg(l.item.expected)});
        return [this, rows, total] {
            m_late->setRowCount(0);
            m_late->setRowCount(int(rows.size()));
            for (int r = 0; r < rows.size(); ++r) {
                const Row &row = rows.at(r);
                QTableWidgetItem *first = item(row.list, row.listId);
                first->setData(Qt::UserRole + 1, row.itemId);
                m_late->setItem(r, 0, first);
                m_late->setItem(r, 1, item(row.item));
                m_late->setItem(r, 2, item(row.period));
                m_late->setItem(r, 3, item(row.due));
                m_late->setItem(r, 4, item(row.done));
            }
            m_late->resizeColumnsToContents();
            m_late->parentWidget()->setProperty(
                "title", rows.size() < total ? tr("Overdue responsibility items (%1; the oldest %2 shown)").arg(total).arg(rows.size())
                                             : tr("Overdue responsibility items (%1)").arg(total));
        };
    });
    connect(m_dutyRead, &BackgroundRead::finished, this, [this] {
        if (m_dutyAgain) {
            m_dutyAgain = false;
            refreshDuty();
        }
    });
}

bool DashboardPage::dutyPending() const { return m_dutyRead && m_dutyRead->running(); }

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
