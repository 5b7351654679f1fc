#pragma once

#include "assess/Scheme.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// One indicator of a scheme: its area, code, name, maximum, rule with points per occurrence or
// target, the scoring standard and the evidence expected. Checked by core before it closes.
class IndicatorDialog : public QDialog
{
    Q_OBJECT
public:
    IndicatorDialog(const dj::Indicator &indicator, const QStringList &areas, QWidget *parent = nullptr);
    dj::Indicator indicator() const;
    void accept() override;

private:
    void ruleChanged();
    dj::Indicator m_indicator;
    QComboBox *m_area;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QDoubleSpinBox *m_max;
    QComboBox *m_rule;
    QDoubleSpinBox *m_points;
    QDoubleSpinBox *m_target;
    QPlainTextEdit *m_standard;
    QLineEdit *m_evidence;
    QLabel *m_error;
};
