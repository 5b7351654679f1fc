#pragma once

#include <QDateEdit>

// A date field that may be left empty, as paper forms often are: its lowest value shows as
// "Not set" and reads back as an invalid QDate. Typing digits into an empty field starts a
// date (19800506, 1980-5-6 and 1980.05.06 all work); Delete or Backspace over the whole text
// clears it again; the calendar of an empty field opens on the current month.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    QDate optionalDate() const;
    void setOptionalDate(const QDate &d);

protected:
    void keyPressEvent(QKeyEvent *e) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_advanced = false; // the section moved on by itself after a digit
};
