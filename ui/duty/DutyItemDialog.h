#pragma once

#include "duty/DutyVocabulary.h"

#include <QDialog>
#include <functional>

class QComboBox;
class FieldProblems;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// The fields of a responsibility item, in a year's list or in a template: category, 事项,
// 具体内容, frequency, deadline, expected count, 佐证材料 — and for template items their code
// and the item above they carry out. Every problem with the fields shows beside its field at
// once; the caller saves (one undoable step) and hands back core's refusal, which shows under
// the form.
class DutyItemDialog : public QDialog
{
    Q_OBJECT
public:
    struct Fields
    {
        QString code;
        QString category;
        QString title;
        QString content;
        dj::Frequency frequency = dj::Frequency::Yearly;
        QString deadline;
        int expected = 1;
        QString evidence;
        QString carriesOut; // "subject/code" or empty
    };
    using Save = std::function<bool(const Fields &fields, QString *error)>;

    // The fields a list item (dj::DutyItem) and a template item (dj::DutyTemplateItem) share.
    template <class Item> static Fields fieldsOf(const Item &i)
    {
        return {i.code, i.category, i.title, i.content, i.frequency, i.deadline, i.expected, i.evidence, {}};
    }
    template <class Item> static Item withFields(Item i, const Fields &f)
    {
        i.category = f.category;
        i.title = f.title;
        i.content = f.content;
        i.frequency = f.frequency;
        i.deadline = f.deadline;
        i.expected = f.expected;
        i.evidence = f.evidence;
        return i;
    }

    // `carriesOutChoices`: (value, text) pairs of the items above; with none the field is
    // hidden. `withCode` shows the code (template items).
    DutyItemDialog(const QString &title, const Fields &fields, bool withCode,
                   const QList<QPair<QString, QString>> &carriesOutChoices, Save save,
                   QWidget *parent = nullptr);

    Fields fields() const;
    void accept() override;

private:
    Save m_save;
    Fields m_fields;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QComboBox *m_frequency = nullptr;
    QLineEdit *m_deadline = nullptr;
    QSpinBox *m_expected = nullptr;
    QLineEdit *m_evidence = nullptr;
    QComboBox *m_carriesOut = nullptr;
    FieldProblems *m_problems = nullptr;
    QLabel *m_error = nullptr;
};
