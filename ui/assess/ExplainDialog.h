#pragma once

#include "assess/AssessExplain.h"

#include <QDialog>

// How one organisation's total came to be, as a readable page: the components and weights,
// each indicator's rule, what was entered by whom and when, the evidence, the marks and
// ballots (dropped ones struck through), and why the grade.
class ExplainDialog : public QDialog
{
    Q_OBJECT
public:
    ExplainDialog(const dj::AssessExplanation &e, QWidget *parent = nullptr);
    static QString html(const dj::AssessExplanation &e);

signals:
    void pdfRequested(); // the printable 综合得分说明 of this organisation
};
