#include "IndicatorDialog.h"

#include "assess/IndicatorRules.h"
#include "common/Error.h"
#include "common/FieldLimits.h"
#include "common/TextLimits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace dj;

IndicatorDialog::IndicatorDialog(const Indicator &indicator, const QStringList &areas, QWidget *parent)
    : QDialog(parent), m_indicator(indicator)
{
    setWindowTitle(indicator.id.isEmpty() ? tr("New indicator") : tr("Indicator %1").arg(indicator.code));
    m_area = new QComboBox(this);
    m_area->setEditable(true);
    m_area->addItems(areas);
    m_area->setCurrentText(indicator.area);
    textlimits::limit(m_area, dj::limits::CategoryMax);
    m_code = new QLineEdit(indicator.code, this);
    m_code->setObjectName(QStringLiteral("indicatorCode"));
    m_code->setMaxLength(dj::limits::CodeMax);
    m_name = new QLineEdit(indicator.name, this);
    m_name->setObjectName(QStringLiteral("indicatorName"));
    m_name->setMaxLength(dj::limits::TitleMax);
    m_max = new QDoubleSpinBox(this);
    m_max->setRange(0, dj::limits::ScoreMax);
    m_max->setDecimals(2);
    m_max->setValue(indicator.maxScore);
    m_rule = new QComboBox(this);
    for (ScoreRule r : vocab::scoreRules())
        m_rule->addItem(QStringLiteral("%1 — %2").arg(vocab::sheetWord(r), vocab::label(r)), int(r));
    m_rule->setCurrentIndex(m_rule->findData(int(indicator.rule)));
    m_points = new QDoubleSpinBox(this);
    m_points->setRange(0, dj::limits::ScoreMax);
    m_points->setDecimals(2);
    m_points->setValue(indicator.points);
    m_target = new QDoubleSpinBox(this);
    m_target->setRange(0, dj::limits::TargetMax);
    m_target->setDecimals(2);
    m_target->setValue(indicator.target);
    m_standard = new QPlainTextEdit(indicator.standard, this);
    m_standard->setTabChangesFocus(true);
    textlimits::limit(m_standard, dj::limits::ContentMax);
    m_evidence = new QLineEdit(indicator.evidence, this);
    m_evidence->setMaxLength(dj::limits::EvidenceMax);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color:#b71c1c"));
    m_error->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Area (一级指标):"), m_area);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Indicator:"), m_name);
    form->addRow(tr("&Maximum:"), m_max);
    form->addRow(tr("&Rule:"), m_rule);
    form->addRow(tr("&Points per occurrence:"), m_points);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Scoring standard:"), m_standard);
    form->addRow(tr("&Evidence expected:"), m_evidence);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &IndicatorDialog::ruleChanged);
    ruleChanged();
    resize(560, 480);
}

void IndicatorDialog::ruleChanged()
{
    const auto rule = ScoreRule(m_rule->currentData().toInt());
    m_points->setEnabled(rule == ScoreRule::Deduct || rule == ScoreRule::Add);
    m_target->setEnabled(rule == ScoreRule::Ratio);
    m_max->setEnabled(rule != ScoreRule::Veto);
    if (rule == ScoreRule::Veto)
        m_max->setValue(0);
}

Indicator IndicatorDialog::indicator() const
{
    Indicator i = m_indicator;
    i.area = m_area->currentText().trimmed();
    i.code = m_code->text().trimmed();
    i.name = m_name->text().trimmed();
    i.rule = ScoreRule(m_rule->currentData().toInt());
    i.maxScore = m_max->value();
    i.points = m_points->isEnabled() ? m_points->value() : 0;
    i.target = m_target->isEnabled() ? m_target->value() : 0;
    i.standard = m_standard->toPlainText().trimmed();
    i.evidence = m_evidence->text().trimmed();
    return i;
}

void IndicatorDialog::accept()
{
    try {
        indicatorrules::checkIndicator(indicator());
    } catch (const Error &e) {
        m_error->setText(e.message());
        return;
    }
    QDialog::accept();
}
