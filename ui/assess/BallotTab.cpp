#include "BallotTab.h"

#include "app/FunctionCommand.h"
#include "app/Session.h"
#include "assess/AssessmentRepository.h"
#include "assess/BallotRepository.h"
#include "common/FieldLimits.h"
#include "common/TextLimits.h"
#include "common/ViewFit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace dj;

namespace {
using Marks = QList<BallotRepository::Input>;

// One typing of one ballot as stored: its marks (to put back on undo).
Marks typing(Database &db, const QString &assessmentId, const QString &ballotNo, int entry)
{
    Marks out;
    for (const BallotMark &m : BallotRepository(db).marks(assessmentId))
        if (m.ballotNo == ballotNo && m.entry == entry)
            out << BallotRepository::Input{m.ballotNo, m.raterKind, m.orgId, m.text()};
    return out;
}

} // namespace

BallotTab::BallotTab(Session &session, std::function<QString()> enteredBy, QWidget *parent)
    : QWidget(parent), m_session(session), m_enteredBy(std::move(enteredBy))
{
    m_ballots = new QTableWidget(0, 4, this);
    m_ballots->setObjectName(QStringLiteral("ballotList"));
    m_ballots->setHorizontalHeaderLabels({tr("Ballot"), tr("Typing"), tr("Rater"), tr("Marks")});
    m_ballots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ballots->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ballots->verticalHeader()->hide();
    m_ballots->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mismatches = new QListWidget(this);
    m_mismatches->setObjectName(QStringLiteral("ballotMismatches"));
    viewfit::fitRows(m_mismatches, 6); // each disagreement readable whole, without scrolling
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Ballots typed:"), left));
    leftLayout->addWidget(m_ballots, 3);
    leftLayout->addWidget(new QLabel(tr("Where the two typings disagree (blocks sealing):"), left));
    leftLayout->addWidget(m_mismatches, 1);

    auto *form = new QGroupBox(tr("Type a ballot"), this);
    m_number = new QLineEdit(form);
    m_number->setObjectName(QStringLiteral("ballotNumber"));
    m_number->setMaxLength(dj::limits::BallotNoMax);
    m_entry = new QComboBox(form);
    m_entry->setObjectName(QStringLiteral("ballotEntry"));
    m_entry->addItem(tr("First typing"), 1);
    m_entry->addItem(tr("Second typing (double entry)"), 2);
    m_kind = new QComboBox(form);
    m_kind->setEditable(true);
    m_kind->addItems(QString::fromUtf8("党组成员,机关党委委员,党员代表").split(QLatin1Char(',')));
    textlimits::limit(m_kind, dj::limits::RaterKindMax);
    m_marks = new QTableWidget(0, 2, form);
    m_marks->setObjectName(QStringLiteral("ballotMarks"));
    m_marks->setItemDelegate(new textlimits::LimitedDelegate(dj::limits::NumberTextMax, m_marks));
    m_marks->setHorizontalHeaderLabels({tr("Organisation"), tr("Mark (0–100 or 好/较好/一般/差)")});
    m_marks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_marks->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_marks->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    auto *save = new QPushButton(tr("&Save ballot"), form);
    save->setObjectName(QStringLiteral("saveBallot"));
    auto *clear = new QPushButton(tr("&New ballot"), form);
    auto *remove = new QPushButton(tr("&Remove this typing"), form);
    auto *fields = new QFormLayout;
    fields->addRow(tr("Ballot &number:"), m_number);
    fields->addRow(tr("&Typing:"), m_entry);
    fields->addRow(tr("Rater &kind:"), m_kind);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(clear);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(save);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_marks, 1);
    formLayout->addLayout(buttons);

    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("ballotSplitter"));
    split->addWidget(left);
    split->addWidget(form);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(save, &QPushButton::clicked, this, &BallotTab::saveBallot);
    connect(clear, &QPushButton::clicked, this, &BallotTab::newBallot);
    connect(remove, &QPushButton::clicked, this, &BallotTab::removeBallot);
    connect(m_ballots, &QTableWidget::cellClicked, this, [this](int row) {
        showBallot(m_ballots->item(row, 0)->text(), m_ballots->item(row, 1)->data(Qt::UserRole).toInt());
    });
}

void BallotTab::setAssessment(const Assessment &a)
{
    m_assessment = a;
    reload();
}

void BallotTab::reload()
{
    const bool open = !m_assessment.id.isEmpty() && !m_assessment.sealed;
    m_marks->setEnabled(open);
    QList<AssessedOrg> orgs;
    QList<BallotMark> marks;
    QList<BallotMismatch> mismatches;
    if (!m_assessment.id.isEmpty()) {
        orgs = AssessmentRepository(m_session.db()).orgs(m_assessment.id);
        BallotRepository ballots(m_session.db());
        marks = ballots.marks(m_assessment.id);
        mismatches = ballots.mismatches(m_assessment.id);
    }
    QHash<QString, QString> names;
    m_orgIds.clear();
    m_marks->setRowCount(int(orgs.size()));
    // The row number of the printed ballot (序号), so the typist keeps paper and screen in step.
    QStringList rowNumbers;
    for (int r = 0; r < orgs.size(); ++r)
        rowNumbers << QString::number(r + 1);
    m_marks->setVerticalHeaderLabels(rowNumbers);
    for (int r = 0; r < orgs.size(); ++r) {
        names.insert(orgs.at(r).orgId, orgs.at(r).name);
        m_orgIds << orgs.at(r).orgId;
        auto *name = new QTableWidgetItem(QStringLiteral("%1  %2").arg(orgs.at(r).code, orgs.at(r).name));
        name->setFlags(Qt::ItemIsEnabled);
        m_marks->setItem(r, 0, name);
        if (!m_marks->item(r, 1))
            m_marks->setItem(r, 1, new QTableWidgetItem);
    }
    QMap<QPair<QString, int>, QPair<QString, int>> typings; // (ballot, entry) → (kind, marks)
    for (const BallotMark &m : marks) {
        auto &t = typings[{m.ballotNo, m.entry}];
        t.first = m.raterKind;
        t.second += 1;
    }
    m_ballots->setRowCount(int(typings.size()));
    int row = 0;
    for (auto it = typings.constBegin(); it != typings.constEnd(); ++it, ++row) {
        m_ballots->setItem(row, 0, new QTableWidgetItem(it.key().first));
        auto *entry = new QTableWidgetItem(it.key().second == 1 ? tr("first") : tr("second"));
        entry->setData(Qt::UserRole, it.key().second);
        m_ballots->setItem(row, 1, entry);
        m_ballots->setItem(row, 2, new QTableWidgetItem(it.value().first));
        m_ballots->setItem(row, 3, new QTableWidgetItem(QString::number(it.value().second)));
    }
    // The list of typings as wide as its columns, so it needs no sideways scrolling.
    QHeaderView *header = m_ballots->horizontalHeader();
    header->resizeSections(QHeaderView::ResizeToContents);
    m_ballots->setMinimumWidth(header->length() + m_ballots->verticalScrollBar()->sizeHint().width() +
                               2 * m_ballots->frameWidth());
    m_mismatches->clear();
    for (const BallotMismatch &m : mismatches)
        m_mismatches->addItem(m.orgId.isEmpty()
                                  ? tr("Ballot %1: rater kind “%2” / “%3”").arg(m.ballotNo, m.first, m.second)
                                  : tr("Ballot %1, %2: “%3” / “%4”").arg(m.ballotNo, names.value(m.orgId), m.first, m.second));
    if (mismatches.isEmpty())
        m_mismatches->addItem(tr("None: every ballot typed twice agrees."));
}

void BallotTab::showBallot(const QString &ballotNo, int entry)
{
    m_number->setText(ballotNo);
    m_entry->setCurrentIndex(m_entry->findData(entry));
    QHash<QString, QString> text;
    for (const BallotRepository::Input &m : typing(m_session.db(), m_assessment.id, ballotNo, entry)) {
        text.insert(m.orgId, m.text);
        m_kind->setCurrentText(m.raterKind);
    }
    for (int r = 0; r < m_orgIds.size(); ++r)
        m_marks->item(r, 1)->setText(text.value(m_orgIds.at(r)));
}

void BallotTab::newBallot()
{
    // The next free number, so a stack of paper ballots is typed without looking up numbers
    // (the list below may not show the ballot just saved yet).
    int next = m_number->text().trimmed().toInt() + 1;
    for (int r = 0; r < m_ballots->rowCount(); ++r)
        next = std::max(next, m_ballots->item(r, 0)->text().toInt() + 1);
    m_number->setText(QStringLiteral("%1").arg(next, 3, 10, QLatin1Char('0')));
    for (int r = 0; r < m_orgIds.size(); ++r)
        m_marks->item(r, 1)->setText(QString());
    m_marks->setCurrentCell(0, 1);
    m_marks->setFocus();
}

void BallotTab::saveBallot()
{
    const QString ballot = m_number->text().trimmed();
    if (ballot.isEmpty()) {
        emit errorOccurred(tr("Give the ballot its number (票号) as written on the paper."));
        return;
    }
    const int entry = m_entry->currentData().toInt();
    Marks now;
    for (int r = 0; r < m_orgIds.size(); ++r) {
        const QString text = m_marks->item(r, 1)->text().trimmed();
        if (!text.isEmpty())
            now << BallotRepository::Input{ballot, m_kind->currentText().trimmed(), m_orgIds.at(r), text};
    }
    if (now.isEmpty()) {
        emit errorOccurred(tr("The ballot has no marks; type at least one."));
        return;
    }
    const Marks old = typing(m_session.db(), m_assessment.id, ballot, entry);
    const QString id = m_assessment.id, by = m_enteredBy();
    if (by.isEmpty()) // no 录入人 given: nothing is stored
        return;
    auto *cmd = new FunctionCommand(
        m_session, tr("Type ballot %1").arg(ballot),
        [s = &m_session, id, entry, now, by] { BallotRepository(s->db()).set(id, entry, now, by); },
        [s = &m_session, id, ballot, entry, old, by] {
            // Marks this typing did not have before are dropped with the rest.
            if (!typing(s->db(), id, ballot, entry).isEmpty())
                BallotRepository(s->db()).removeBallot(id, ballot, entry);
            if (!old.isEmpty())
                BallotRepository(s->db()).set(id, entry, old, by);
        });
    cmd->setTouchesAssess();
    QString error;
    if (!m_session.run(cmd, &error))
        emit errorOccurred(error);
    else
        newBallot();
}

void BallotTab::removeBallot()
{
    const QString ballot = m_number->text().trimmed();
    const int entry = m_entry->currentData().toInt();
    const Marks old = typing(m_session.db(), m_assessment.id, ballot, entry);
    if (old.isEmpty()) {
        emit errorOccurred(tr("There is no typing of ballot %1 to remove.").arg(ballot));
        return;
    }
    const QString id = m_assessment.id, by = m_enteredBy(); // undo enters the marks again
    if (by.isEmpty())
        return;
    auto *cmd = new FunctionCommand(
        m_session, tr("Remove ballot %1").arg(ballot),
        [s = &m_session, id, ballot, entry] { BallotRepository(s->db()).removeBallot(id, ballot, entry); },
        [s = &m_session, id, entry, old, by] { BallotRepository(s->db()).set(id, entry, old, by); });
    cmd->setTouchesAssess();
    QString error;
    if (!m_session.run(cmd, &error))
        emit errorOccurred(error);
}
