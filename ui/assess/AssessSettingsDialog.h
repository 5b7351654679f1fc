#pragma once

#include "assess/Assessment.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The rules of one year's assessment: the 三位一体 weights (summing to 100), the grade scale
// and how grades are given (thresholds or quotas), the points of the ballot grade words and
// from how many ballots the extremes are dropped. Checked by core before it closes.
class AssessSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    AssessSettingsDialog(const dj::Assessment &a, QWidget *parent = nullptr);
    dj::Assessment settings() const; // throws dj::Error for settings that cannot work

    void accept() override;

private:
    void methodChanged();
    dj::Assessment m_assessment;
    QDoubleSpinBox *m_weights[3];
    QComboBox *m_scale;
    QComboBox *m_method;
    QLineEdit *m_limits;
    QLabel *m_limitsHelp;
    QDoubleSpinBox *m_points[4];
    QSpinBox *m_trim;
    QLabel *m_error;
};
