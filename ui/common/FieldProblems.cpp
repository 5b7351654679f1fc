#include "FieldProblems.h"

#include "DateField.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {
const QString kRed = QStringLiteral("color: #c0392b;");

QLabel *problemLine(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setStyleSheet(kRed);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->hide();
    return l;
}

// The frame of a text field goes red; other widgets keep their look (a style sheet would
// redraw a combo box in another style) and rely on the line under them.
void markFrame(QWidget *w, bool bad)
{
    const char *cls = qobject_cast<QLineEdit *>(w)          ? "QLineEdit"
                      : qobject_cast<QPlainTextEdit *>(w)   ? "QPlainTextEdit"
                      : qobject_cast<QAbstractSpinBox *>(w) ? "QAbstractSpinBox"
                                                            : nullptr;
    if (cls)
        w->setStyleSheet(bad ? QStringLiteral("%1 { border: 1px solid #c0392b; }").arg(QLatin1String(cls))
                             : QString());
}
} // namespace

FieldProblems::FieldProblems(QLabel *general, QObject *parent) : QObject(parent), m_general(general)
{
    m_general->setWordWrap(true);
    m_general->setStyleSheet(kRed);
    m_general->hide();
}

void FieldProblems::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key)
{
    if (qobject_cast<DateField *>(field)) {
        form->addRow(label, field);
        add(field, key, nullptr);
        return;
    }
    auto *box = new QWidget(field->parentWidget());
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    QLabel *line = problemLine(box);
    column->addWidget(line);
    box->setFocusProxy(field); // the label's buddy is the box: its mnemonic reaches the field
    box->setSizePolicy(field->sizePolicy()); // a text box still grows with the dialog
    form->addRow(label, box);
    add(field, key, line);
}

void FieldProblems::add(QWidget *field, const QString &key, QLabel *line)
{
    if (auto *date = qobject_cast<DateField *>(field)) {
        line = nullptr;
        if (!field->objectName().isEmpty())
            date->problemLabel()->setObjectName(field->objectName() + QStringLiteral("Problem"));
    } else if (line && !field->objectName().isEmpty()) {
        line->setObjectName(field->objectName() + QStringLiteral("Problem"));
    }
    m_fields.insert(key, {field, line});
    m_order << key;
    watch(key, field);
}

void FieldProblems::watch(const QString &key, QWidget *field)
{
    // Editing a field takes its problem away: it is being answered.
    auto clearIt = [this, key] {
        const Field f = m_fields.value(key);
        if (f.line && !f.line->isHidden())
            showOn(f, {});
    };
    if (auto *e = qobject_cast<QLineEdit *>(field))
        connect(e, &QLineEdit::textEdited, this, clearIt);
    else if (auto *c = qobject_cast<QComboBox *>(field))
        connect(c, &QComboBox::currentTextChanged, this, clearIt);
    else if (auto *p = qobject_cast<QPlainTextEdit *>(field))
        connect(p, &QPlainTextEdit::textChanged, this, clearIt);
}

void FieldProblems::showOn(const Field &f, const QString &message)
{
    if (auto *date = qobject_cast<DateField *>(f.widget)) {
        date->showProblem(message);
        return;
    }
    f.line->setText(message);
    f.line->setVisible(!message.isEmpty());
    markFrame(f.widget, !message.isEmpty());
}

bool FieldProblems::show(const QList<dj::FieldProblem> &problems)
{
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const dj::FieldProblem &p : problems) {
        if (m_fields.contains(p.field))
            byField[p.field] << p.message;
        else
            general << p.message;
    }
    QWidget *first = nullptr;
    for (const QString &key : std::as_const(m_order)) {
        const Field &f = m_fields[key];
        const QStringList messages = byField.value(key);
        showOn(f, messages.join(QLatin1Char('\n')));
        if (!messages.isEmpty() && !first)
            first = f.widget;
    }
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
    if (first)
        first->setFocus();
    return !problems.isEmpty();
}

void FieldProblems::set(const QString &key, const QString &message)
{
    const auto it = m_fields.constFind(key);
    if (it != m_fields.cend())
        showOn(*it, message);
}

QString FieldProblems::shown(const QString &key) const
{
    const auto it = m_fields.constFind(key);
    if (it == m_fields.cend())
        return {};
    const QLabel *line = it->line ? it->line : qobject_cast<DateField *>(it->widget)->problemLabel();
    return !line->isHidden() ? line->text() : QString();
}
