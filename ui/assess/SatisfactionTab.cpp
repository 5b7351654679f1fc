#include "SatisfactionTab.h"

#include "app/FunctionCommand.h"
#include "app/Session.h"
#include "assess/SatisfactionRepository.h"
#include "common/CompactRows.h"
#include "common/Error.h"
#include "common/FieldLimits.h"
#include "common/TextLimits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace dj;

SatisfactionTab::SatisfactionTab(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_create = new QPushButton(tr("Create this year's survey"), this);
    m_create->setObjectName(QStringLiteral("createSurvey"));
    m_overall = new QLabel(this);
    m_overall->setObjectName(QStringLiteral("surveyOverall"));
    m_results = new QTableWidget(this);
    m_results->setObjectName(QStringLiteral("surveyResults"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();

    auto *ballot = new QWidget(this);
    m_ballotNo = new QLineEdit(ballot);
    m_ballotNo->setObjectName(QStringLiteral("surveyBallotNo"));
    m_ballotNo->setMaxLength(dj::limits::BallotNoMax);
    m_kind = new QComboBox(ballot);
    m_kind->addItem(tr("Member"), int(RespondentKind::Member));
    m_kind->addItem(tr("Branch"), int(RespondentKind::Branch));
    m_valid = new QCheckBox(tr("Valid ballot"), ballot);
    m_valid->setChecked(true);
    m_answers = new QTableWidget(ballot);
    m_answers->setObjectName(QStringLiteral("surveyAnswers"));
    m_answers->verticalHeader()->hide();
    CompactRows::keepStyleRows(m_answers); // a combo box in every row
    auto *saveBallot = new QPushButton(tr("&Save ballot"), ballot);
    saveBallot->setObjectName(QStringLiteral("saveSurveyBallot"));
    auto *ballotForm = new QFormLayout;
    ballotForm->addRow(tr("Ballot &number:"), m_ballotNo);
    ballotForm->addRow(tr("Respondent:"), m_kind);
    ballotForm->addRow(QString(), m_valid);
    auto *ballotLayout = new QVBoxLayout(ballot);
    ballotLayout->addLayout(ballotForm);
    ballotLayout->addWidget(m_answers, 1);
    ballotLayout->addWidget(saveBallot, 0, Qt::AlignRight);

    auto *counts = new QWidget(this);
    m_countKind = new QComboBox(counts);
    m_countKind->addItem(tr("Member"), int(RespondentKind::Member));
    m_countKind->addItem(tr("Branch"), int(RespondentKind::Branch));
    m_counts = new QTableWidget(counts);
    m_counts->setObjectName(QStringLiteral("surveyCounts"));
    m_counts->setItemDelegate(new textlimits::LimitedDelegate(dj::limits::NumberTextMax, m_counts));
    m_counts->verticalHeader()->hide();
    m_invalid = new QSpinBox(counts);
    m_invalid->setRange(0, dj::limits::TallyMax);
    auto *saveCounts = new QPushButton(tr("Save &counts"), counts);
    auto *countForm = new QFormLayout;
    countForm->addRow(tr("Respondent:"), m_countKind);
    countForm->addRow(tr("Invalid ballots:"), m_invalid);
    auto *countLayout = new QVBoxLayout(counts);
    countLayout->addLayout(countForm);
    countLayout->addWidget(m_counts, 1);
    countLayout->addWidget(saveCounts, 0, Qt::AlignRight);

    auto *entry = new QTabWidget(this);
    entry->addTab(ballot, tr("Type a ballot"));
    entry->addTab(counts, tr("Type counts"));
    auto *left = new QVBoxLayout;
    left->addWidget(m_create, 0, Qt::AlignLeft);
    left->addWidget(m_overall);
    left->addWidget(m_results, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(entry, 2);

    connect(m_create, &QPushButton::clicked, this, &SatisfactionTab::create);
    connect(saveBallot, &QPushButton::clicked, this, &SatisfactionTab::saveBallot);
    connect(saveCounts, &QPushButton::clicked, this, &SatisfactionTab::saveCounts);
    connect(m_countKind, &QComboBox::currentIndexChanged, this, &SatisfactionTab::showCounts);
}

void SatisfactionTab::setYear(int year)
{
    m_year = year;
    reload();
}

void SatisfactionTab::reload()
{
    m_survey = m_year > 0 ? SatisfactionRepository(m_session.db()).forYear(m_year) : std::nullopt;
    m_create->setVisible(!m_survey && m_year > 0);
    m_results->clear();
    m_results->setRowCount(0);
    m_answers->setRowCount(0);
    if (!m_survey) {
        m_overall->setText(tr("No satisfaction survey for this year yet."));
        return;
    }
    const SatisfactionResult r = SatisfactionRepository(m_session.db()).result(m_survey->id);
    m_overall->setText(tr("%1 — overall %2 % satisfied; %3 valid ballots typed, %4 invalid")
                           .arg(m_survey->title, QString::number(r.overall * 100, 'f', 1))
                           .arg(r.validBallots)
                           .arg(r.invalidBallots));
    QStringList headers{tr("Item")};
    headers << r.options << tr("Rate");
    m_results->setColumnCount(int(headers.size()));
    m_results->setHorizontalHeaderLabels(headers);
    m_results->setRowCount(int(r.items.size()));
    for (int i = 0; i < r.items.size(); ++i) {
        m_results->setItem(i, 0, new QTableWidgetItem(r.items.at(i).text));
        for (int o = 0; o < r.options.size(); ++o)
            m_results->setItem(i, o + 1, new QTableWidgetItem(QString::number(r.items.at(i).counts.value(o))));
        m_results->setItem(i, int(r.options.size()) + 1,
                           new QTableWidgetItem(QString::number(r.items.at(i).rate * 100, 'f', 1) + QLatin1Char('%')));
    }
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    // The ballot form: one row per item, the answer as a list of the options.
    m_answers->setColumnCount(2);
    m_answers->setHorizontalHeaderLabels({tr("Item"), tr("Answer")});
    m_answers->setRowCount(int(m_survey->items.size()));
    for (int i = 0; i < m_survey->items.size(); ++i) {
        m_answers->setItem(i, 0, new QTableWidgetItem(m_survey->items.at(i).text));
        auto *box = new QComboBox(m_answers);
        box->addItem(tr("(no mark)"), -1);
        for (int o = 0; o < m_survey->options.size(); ++o)
            box->addItem(m_survey->options.at(o), o);
        box->setCurrentIndex(1);
        m_answers->setCellWidget(i, 1, box);
    }
    m_answers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    showCounts();
}

void SatisfactionTab::showCounts()
{
    if (!m_survey)
        return;
    const SatisfactionCounts c = SatisfactionRepository(m_session.db())
                                     .counts(m_survey->id, RespondentKind(m_countKind->currentData().toInt()));
    QStringList headers{tr("Item")};
    headers << m_survey->options;
    m_counts->setColumnCount(int(headers.size()));
    m_counts->setHorizontalHeaderLabels(headers);
    m_counts->setRowCount(int(m_survey->items.size()));
    for (int i = 0; i < m_survey->items.size(); ++i) {
        auto *item = new QTableWidgetItem(m_survey->items.at(i).text);
        item->setFlags(Qt::ItemIsEnabled);
        m_counts->setItem(i, 0, item);
        for (int o = 0; o < m_survey->options.size(); ++o)
            m_counts->setItem(i, o + 1, new QTableWidgetItem(QString::number(c.perItem.value(i).value(o))));
    }
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_invalid->setValue(c.invalid);
}

bool SatisfactionTab::run(const QString &text, std::function<void()> apply, std::function<void()> revert)
{
    auto *cmd = new FunctionCommand(m_session, text, std::move(apply), std::move(revert));
    cmd->setTouchesAssess();
    QString error;
    if (m_session.run(cmd, &error))
        return true;
    emit errorOccurred(error);
    return false;
}

void SatisfactionTab::create()
{
    // Creating the survey is not an undo step: an empty survey changes nothing.
    try {
        SatisfactionRepository(m_session.db())
            .create(m_year, QString::fromUtf8("%1年度机关党委工作满意度测评").arg(m_year), SatisfactionRepository::defaultItems());
    } catch (const Error &e) {
        emit errorOccurred(e.message());
        return;
    }
    m_session.notifyAssess();
}

void SatisfactionTab::saveBallot()
{
    if (!m_survey)
        return;
    SatisfactionBallot b;
    b.ballotNo = m_ballotNo->text().trimmed();
    b.kind = RespondentKind(m_kind->currentData().toInt());
    b.valid = m_valid->isChecked();
    if (b.valid)
        for (int i = 0; i < m_answers->rowCount(); ++i)
            b.answers << static_cast<QComboBox *>(m_answers->cellWidget(i, 1))->currentData().toInt();
    std::optional<SatisfactionBallot> old;
    for (const SatisfactionBallot &e : SatisfactionRepository(m_session.db()).ballots(m_survey->id))
        if (e.ballotNo == b.ballotNo)
            old = e;
    const QString id = m_survey->id;
    if (run(tr("Type satisfaction ballot %1").arg(b.ballotNo), [this, id, b] { SatisfactionRepository(m_session.db()).setBallot(id, b); },
            [this, id, b, old] {
                if (old)
                    SatisfactionRepository(m_session.db()).setBallot(id, *old);
                else
                    SatisfactionRepository(m_session.db()).removeBallot(id, b.ballotNo);
            }))
        m_ballotNo->setText(QStringLiteral("%1").arg(b.ballotNo.toInt() + 1, 3, 10, QLatin1Char('0')));
}

void SatisfactionTab::saveCounts()
{
    if (!m_survey)
        return;
    SatisfactionCounts c;
    c.kind = RespondentKind(m_countKind->currentData().toInt());
    c.invalid = m_invalid->value();
    for (int i = 0; i < m_counts->rowCount(); ++i) {
        QList<int> row;
        for (int o = 1; o < m_counts->columnCount(); ++o) {
            bool ok = false;
            row << m_counts->item(i, o)->text().trimmed().toInt(&ok);
            if (!ok) {
                emit errorOccurred(tr("Counts are whole numbers: row %1, column %2.").arg(i + 1).arg(o + 1));
                return;
            }
        }
        c.perItem << row;
    }
    const QString id = m_survey->id;
    const SatisfactionCounts old = SatisfactionRepository(m_session.db()).counts(id, c.kind);
    run(tr("Type satisfaction counts"), [this, id, c] { SatisfactionRepository(m_session.db()).setCounts(id, c); },
        [this, id, old] { SatisfactionRepository(m_session.db()).setCounts(id, old); });
}
