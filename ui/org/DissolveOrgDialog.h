#pragma once

#include <QDate>
#include <QDialog>

class DateField;

// Asks for the date an organisation is dissolved (撤销), in the program's date field: typed
// as people write dates, shown back in words, refused beside the field when it is no date.
class DissolveOrgDialog : public QDialog
{
    Q_OBJECT
public:
    DissolveOrgDialog(const QString &orgName, QWidget *parent = nullptr);

    QDate date() const;
    void accept() override;

private:
    DateField *m_date;
};
