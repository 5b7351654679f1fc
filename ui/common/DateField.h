#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QToolButton;

// The one date field of the program. The date is typed the way people write it
// (2026-11-20, 2026.11.20, 2026/11/20, 2026年11月20日, 20261120: dj::parseDateText) and the
// date read is shown beside it at once, with its weekday, so a misread date is seen before
// it is saved; text that is not a date is refused with the reason in red under the field.
// The button beside opens a calendar. An optional field may be left empty.
class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    // The date typed or chosen; invalid while the field is empty or holds no date.
    QDate date() const;
    // Shows `d` (an invalid date empties the field).
    void setDate(const QDate &d);
    bool isEmpty() const;

    // What an empty field shows beside it (such as "Any" in a search); "not set" unless set.
    void setEmptyText(const QString &text);
    // A required field refuses to be empty (problem()).
    void setRequired(bool required);
    bool isRequired() const { return m_required; }
    // The dates the field accepts (the calendar offers only these); invalid = no bound.
    void setMinimumDate(const QDate &d);
    void setMaximumDate(const QDate &d);

    // What keeps the field from giving a date a form can use: text that is not a date, a
    // required field left empty, a date outside the bounds; empty when there is none.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }
    // Shows `message` (from the form's own checks) under the field until the text changes;
    // an empty message shows the field's own problem, if any.
    void showProblem(const QString &message);

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *problemLabel() const { return m_problem; }

signals:
    // The date changed (also to an invalid date when the text stops being one).
    void dateChanged(const QDate &date);

private:
    void textEdited();
    void showParsed();
    void openCalendar();

    QLineEdit *m_edit;
    QToolButton *m_button;
    QLabel *m_echo;    // the date read, in words
    QLabel *m_problem; // red, under the field
    QString m_emptyText;
    QDate m_date;
    QDate m_min;
    QDate m_max;
    bool m_required = false;
};
