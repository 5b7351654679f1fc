#pragma once

#include "common/Error.h"
#include "common/FieldProblem.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QFormLayout;
class QLabel;
class QWidget;

// All of a form's problems at once, each in red under its field, the field's frame red too,
// and the focus on the first field with a problem; a problem with no field of its own goes
// to a line under the form. Fields are named as core names them in dj::FieldProblem, so a
// dialog passes core's list through unchanged. A field's problem goes when it is edited.
class FieldProblems : public QObject
{
    Q_OBJECT
public:
    // `general` shows problems of the whole form (and of fields not known here).
    FieldProblems(QLabel *general, QObject *parent);

    // Adds the row "label: field" to `form` with a line for the field's problem under the
    // field, and knows the field as `key`. The label's mnemonic goes to the field.
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key);
    // Knows `field`, placed by the dialog, as `key`; its problem shows in `line`.
    void add(QWidget *field, const QString &key, QLabel *line);

    // Shows `problems` (clearing all others); returns whether there were any.
    bool show(const QList<dj::FieldProblem> &problems);
    // Shows one problem, as show() does.
    bool show(const QString &key, const QString &message) { return show({{key, message}}); }
    void clear() { show({}); }
    // Shows `message` (empty: none) on the field `key` alone, leaving the others as they are;
    // for checks made while typing.
    void set(const QString &key, const QString &message);
    // The message shown for `key` (empty if none), for tests and callers.
    QString shown(const QString &key) const;

    // Adds to `problems` what core's check finds (`check()` returns its list), except for the
    // fields the form has already named (`own`): the form's own word on a field comes first.
    // A check that fails is a problem of the whole form.
    template <typename Check>
    static void addChecked(QList<dj::FieldProblem> &problems, const QStringList &own, Check check)
    {
        try {
            for (const dj::FieldProblem &f : check())
                if (!own.contains(f.field))
                    problems.append(f);
        } catch (const dj::Error &e) {
            problems.append({QString(), e.message()});
        }
    }

private:
    struct Field
    {
        QWidget *widget;
        QLabel *line; // null for a DateField: it shows problems itself
    };
    void showOn(const Field &f, const QString &message);
    void watch(const QString &key, QWidget *field);

    QLabel *m_general;
    QHash<QString, Field> m_fields;
    QList<QString> m_order; // form order, for the focus
};
