#pragma once

#include "duty/DutyGenerator.h"

#include <QDialog>
#include <optional>

class DateField;
class Session;

// "Generate the year's lists": asks the date whose post holders get lists, then generates on
// a worker thread (its own connection; a city's lists take seconds) with progress and cancel.
class GenerateListsDialog : public QDialog
{
    Q_OBJECT
public:
    GenerateListsDialog(int year, QWidget *parent = nullptr);
    QDate postsOn() const;
    void accept() override; // refused, beside the field, while the date is no date of the year

    // The whole step; nothing when the user cancelled (an error is shown here).
    static std::optional<dj::DutyGenerator::Result> run(Session &session, int year, QWidget *parent);
    // Tells the user what the generation added.
    static void tell(const dj::DutyGenerator::Result &result, int year, QWidget *parent);

private:
    DateField *m_date;
};
