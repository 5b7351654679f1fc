#pragma once

#include "duty/DutyList.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class Session;

// Adds an item to a year's list by hand, or edits one (category, 事项, 具体内容, frequency,
// deadline, expected count, 佐证材料). One undoable step; rules are core's, shown under the form.
class DutyItemDialog : public QDialog
{
    Q_OBJECT
public:
    // Adding to `listId`.
    DutyItemDialog(Session &session, const QString &listId, QWidget *parent = nullptr);
    // Editing `item`.
    DutyItemDialog(Session &session, const dj::DutyItem &item, QWidget *parent = nullptr);

    void accept() override;

private:
    void build();
    dj::DutyItem edited() const;

    Session &m_session;
    QString m_listId;
    dj::DutyItem m_item; // id empty when adding
    QLineEdit *m_category = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QComboBox *m_frequency = nullptr;
    QLineEdit *m_deadline = nullptr;
    QSpinBox *m_expected = nullptr;
    QLineEdit *m_evidence = nullptr;
    QLabel *m_error = nullptr;
};
