#pragma once

#include <QString>
#include <QStyledItemDelegate>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

// The GUI side of dj::limits: editors that cannot take more than core would store, so a
// person meets the limit while typing rather than as an error on saving.
namespace textlimits {

// Like QLineEdit::setMaxLength for a QPlainTextEdit: typing or pasting past `max` UTF-16
// units is cut back at the cursor (with a beep). Text that was already longer when loaded is
// left alone until it is shortened: nothing a person stored is cut off by opening it.
void limit(QPlainTextEdit *edit, int max);
// The line edit of an editable combo box.
void limit(QComboBox *combo, int max);
void limit(QLineEdit *edit, int max);

// A view's cell editor (a QLineEdit for text cells) that takes at most `max` characters.
class LimitedDelegate : public QStyledItemDelegate
{
public:
    LimitedDelegate(int max, QObject *parent) : QStyledItemDelegate(parent), m_max(max) {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    int m_max;
};

// QInputDialog::getText with a length limit; `ok` tells whether it was accepted.
QString askText(QWidget *parent, const QString &title, const QString &label, int max,
                const QString &text = {}, bool *ok = nullptr);

} // namespace textlimits
