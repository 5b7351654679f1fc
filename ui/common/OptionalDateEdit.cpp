#include "OptionalDateEdit.h"

#include "common/Clock.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace {
// Before any date a member's record can hold, so it can stand for "none".
const QDate kNone(1899, 12, 31);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setMinimumDate(kNone);
    setMaximumDate(QDate(2099, 12, 31));
    setSpecialValueText(tr("Not set"));
    setDate(kNone);
    calendarWidget()->installEventFilter(this);
}

QDate OptionalDateEdit::optionalDate() const { return date() == kNone ? QDate() : date(); }

void OptionalDateEdit::setOptionalDate(const QDate &d) { setDate(d.isValid() ? d : kNone); }

void OptionalDateEdit::keyPressEvent(QKeyEvent *e)
{
    const QString t = e->text();
    const bool digit = !t.isEmpty() && t.at(0).isDigit();
    const bool separator = t == QLatin1String("-") || t == QLatin1String(".") || t == QLatin1String("/");
    if (separator && m_advanced) {
        m_advanced = false;
        e->accept();
        return;
    }
    if ((e->key() == Qt::Key_Delete || e->key() == Qt::Key_Backspace) &&
        lineEdit()->selectedText() == lineEdit()->text()) {
        setDate(kNone);
        e->accept();
        return;
    }
    if (digit && date() == kNone) {
        setDate(QDate(2000, 1, 1));
        setSelectedSection(YearSection);
    }
    const Section before = currentSection();
    QDateEdit::keyPressEvent(e);
    m_advanced = digit && currentSection() != before;
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == calendarWidget() && event->type() == QEvent::Show && date() == kNone) {
        const QDate today = dj::Clock::today();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QDateEdit::eventFilter(watched, event);
}
