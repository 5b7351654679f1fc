#pragma once

// Typing into a date field as a person does: into the widget its focus goes to, over the old
// text (Ctrl+A, Backspace; an empty `text` clears the field). ASCII comes from the keyboard,
// 年月日 and full-width digits from the input method.
#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

inline void typeDate(QWidget *field, const QString &text)
{
    QWidget *target = field->focusProxy() ? field->focusProxy() : field;
    target->setFocus();
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_Backspace);
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(target, c.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(target, &commit);
        }
    }
}
