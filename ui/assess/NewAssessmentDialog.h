#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class Session;

// Starts a year's assessment: the year, the indicator scheme (the built-in example is
// installed on first use) and whether 党总支 are assessed beside the 党支部. Weights and
// grading start at 60/20/20 and 好/中/差 by thresholds and are changed under Rules.
class NewAssessmentDialog : public QDialog
{
    Q_OBJECT
public:
    NewAssessmentDialog(Session &session, int year, QWidget *parent = nullptr);
    int createdYear() const { return m_created; }
    void accept() override;

private:
    Session &m_session;
    QSpinBox *m_year;
    QComboBox *m_scheme;
    QCheckBox *m_general;
    QLabel *m_error;
    int m_created = 0;
};
