#include "TextLimits.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <memory>

namespace textlimits {

void limit(QPlainTextEdit *edit, int max)
{
    // The most the text may hold now: the limit, or more while text loaded longer than it
    // is being shortened (it only ever shrinks back towards the limit).
    auto allowed = std::make_shared<qsizetype>(qMax<qsizetype>(max, edit->toPlainText().size()));
    QObject::connect(edit, &QPlainTextEdit::textChanged, edit, [edit, max, allowed] {
        const QString text = edit->toPlainText();
        const qsizetype excess = text.size() - *allowed;
        if (excess <= 0) {
            *allowed = qMax<qsizetype>(max, text.size());
            return;
        }
        // What was just typed or pasted ends at the cursor: take the excess off there,
        // never half of a surrogate pair.
        QTextCursor c = edit->textCursor();
        qsizetype end = c.position(), start = end - excess;
        if (start < 0) {
            start = text.size() - excess;
            end = text.size();
        }
        if (start > 0 && text.at(start - 1).isHighSurrogate())
            --start;
        c.setPosition(int(start));
        c.setPosition(int(end), QTextCursor::KeepAnchor);
        c.removeSelectedText();
        edit->setTextCursor(c);
        QApplication::beep();
    });
}

void limit(QComboBox *combo, int max)
{
    if (QLineEdit *e = combo->lineEdit())
        limit(e, max);
}

void limit(QLineEdit *edit, int max)
{
    edit->setMaxLength(max);
}

QWidget *LimitedDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setMaxLength(m_max);
    return editor;
}

QString askText(QWidget *parent, const QString &title, const QString &label, int max,
                const QString &text, bool *ok)
{
    QInputDialog d(parent);
    d.setInputMode(QInputDialog::TextInput);
    d.setWindowTitle(title);
    d.setLabelText(label);
    d.setTextValue(text);
    if (auto *e = d.findChild<QLineEdit *>())
        e->setMaxLength(max);
    const bool accepted = d.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? d.textValue() : QString();
}

} // namespace textlimits
