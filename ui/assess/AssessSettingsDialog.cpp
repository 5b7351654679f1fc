#include "AssessSettingsDialog.h"

#include "assess/AssessmentRepository.h"
#include "common/Error.h"
#include "common/FieldLimits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace dj;

AssessSettingsDialog::AssessSettingsDialog(const Assessment &a, QWidget *parent) : QDialog(parent), m_assessment(a)
{
    setWindowTitle(tr("Rules of the %1 assessment").arg(a.year));
    auto *form = new QFormLayout;
    const QString weightNames[] = {tr("Daily assessment (日常量化考核)"), tr("Party group evaluation (党组评价)"),
                                   tr("Report and review (述职评议)")};
    const double weights[] = {a.weights.daily, a.weights.partyGroup, a.weights.report};
    for (int i = 0; i < 3; ++i) {
        m_weights[i] = new QDoubleSpinBox(this);
        m_weights[i]->setRange(0, dj::limits::ScoreMax);
        m_weights[i]->setDecimals(1);
        m_weights[i]->setSuffix(QStringLiteral(" %"));
        m_weights[i]->setValue(weights[i]);
        m_weights[i]->setObjectName(QStringLiteral("weight%1").arg(i));
        form->addRow(weightNames[i] + QLatin1Char(':'), m_weights[i]);
    }
    m_scale = new QComboBox(this);
    for (const GradeScale &s : vocab::gradeScales())
        m_scale->addItem(s.grades.join(QLatin1Char('/')), s.code);
    m_scale->setCurrentIndex(m_scale->findData(a.grading.scale));
    m_method = new QComboBox(this);
    m_method->addItem(tr("By thresholds of the total"), int(Grading::Method::Threshold));
    m_method->addItem(tr("By quotas (shares of the organisations)"), int(Grading::Method::Quota));
    m_method->setCurrentIndex(a.grading.method == Grading::Method::Quota ? 1 : 0);
    m_limits = new QLineEdit(a.grading.shownLimitsText(), this);
    m_limits->setObjectName(QStringLiteral("gradeLimits"));
    m_limits->setMaxLength(dj::limits::GradeLimitsTextMax);
    m_limitsHelp = new QLabel(this);
    m_limitsHelp->setWordWrap(true);
    form->addRow(tr("Grade &scale:"), m_scale);
    form->addRow(tr("Grades &by:"), m_method);
    form->addRow(tr("&Limits:"), m_limits);
    form->addRow(QString(), m_limitsHelp);
    auto *points = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        m_points[i] = new QDoubleSpinBox(this);
        m_points[i]->setRange(0, dj::limits::ScoreMax);
        m_points[i]->setDecimals(1);
        m_points[i]->setValue(a.ballotPoints.value(i));
        points->addWidget(new QLabel(vocab::ballotWords().at(i), this));
        points->addWidget(m_points[i]);
    }
    form->addRow(tr("Ballot words count:"), points);
    m_trim = new QSpinBox(this);
    m_trim->setRange(3, dj::limits::TrimFromMax);
    m_trim->setValue(a.trimFrom);
    form->addRow(tr("Drop highest and lowest from:"), m_trim);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color:#b71c1c"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssessSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_method, &QComboBox::currentIndexChanged, this, &AssessSettingsDialog::methodChanged);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &AssessSettingsDialog::methodChanged);
    methodChanged();
    m_limits->setText(a.grading.shownLimitsText());
}

void AssessSettingsDialog::methodChanged()
{
    const auto method = Grading::Method(m_method->currentData().toInt());
    const Grading d = Grading::defaults(m_scale->currentData().toString(), method);
    m_limits->setText(d.shownLimitsText());
    m_limitsHelp->setText(method == Grading::Method::Threshold
                              ? tr("The lowest total of each grade but the last, best first (for %1: %2).")
                                    .arg(d.grades().join(QLatin1Char('/')), d.shownLimitsText())
                              : tr("The share in percent of each grade, best first; “rest” for the one that takes "
                                   "the rest. Grades above it get at most their share, grades below it at least "
                                   "theirs; counts round down. Equal totals across a boundary are left for you to "
                                   "decide."));
}

Assessment AssessSettingsDialog::settings() const
{
    Assessment a = m_assessment;
    a.weights = {m_weights[0]->value(), m_weights[1]->value(), m_weights[2]->value()};
    AssessmentRepository::checkWeights(a.weights);
    a.grading = Grading::parse(m_scale->currentData().toString(), Grading::Method(m_method->currentData().toInt()),
                               m_limits->text());
    a.ballotPoints.clear();
    for (QDoubleSpinBox *p : m_points)
        a.ballotPoints << p->value();
    a.trimFrom = m_trim->value();
    return a;
}

void AssessSettingsDialog::accept()
{
    try {
        settings();
    } catch (const Error &e) {
        m_error->setText(e.message());
        return;
    }
    QDialog::accept();
}
