#include "DateField.h"

#include "common/Clock.h"
#include "common/DateText.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString kProblemStyle = QStringLiteral("color: #c0392b;");
const QString kEchoStyle = QStringLiteral("color: #555;");
const QString kBadEditStyle = QStringLiteral("QLineEdit { border: 1px solid #c0392b; }");

// The calendar in a popup that closes when a day is chosen or Esc is pressed.
class CalendarPopup : public QWidget
{
public:
    explicit CalendarPopup(QWidget *parent) : QWidget(parent, Qt::Popup)
    {
        setAttribute(Qt::WA_DeleteOnClose);
        calendar = new QCalendarWidget(this);
        calendar->setObjectName(QStringLiteral("dateFieldCalendar"));
        calendar->setGridVisible(true);
        auto *l = new QVBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(calendar);
    }
    QCalendarWidget *calendar;
};
} // namespace

DateField::DateField(QWidget *parent) : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("dateFieldText"));
    m_edit->setPlaceholderText(tr("yyyy-mm-dd"));
    m_edit->setMaxLength(20);
    // Room for 2026年11月20日 and a little more, not the whole row.
    m_edit->setFixedWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000年00月00日")) + 16);
    m_edit->setToolTip(tr("Type the date as 2026-11-20, 2026.11.20, 2026/11/20, 2026年11月20日 or 20261120."));
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("dateFieldCalendarButton"));
    m_button->setArrowType(Qt::DownArrow);
    m_button->setToolTip(tr("Choose the date on a calendar"));
    m_button->setFocusPolicy(Qt::NoFocus);
    m_echo = new QLabel(this);
    m_echo->setObjectName(QStringLiteral("dateFieldEcho"));
    m_echo->setStyleSheet(kEchoStyle);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("dateFieldProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(kProblemStyle);
    m_problem->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit);
    row->addWidget(m_button);
    row->addSpacing(6);
    row->addWidget(m_echo, 1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_problem);

    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &DateField::textEdited);
    // The reason a text is not a date shows once the user leaves the field, not at every
    // keystroke of a date being typed.
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { showProblem({}); });
    connect(m_button, &QToolButton::clicked, this, &DateField::openCalendar);
    showParsed();
}

QDate DateField::date() const { return m_date; }

bool DateField::isEmpty() const { return m_edit->text().trimmed().isEmpty(); }

void DateField::setDate(const QDate &d)
{
    m_edit->setText(d.isValid() ? d.toString(Qt::ISODate) : QString());
    showProblem({});
}

void DateField::setRequired(bool required)
{
    m_required = required;
    showParsed();
}

void DateField::setEmptyText(const QString &text)
{
    m_emptyText = text;
    showParsed();
}

void DateField::setMinimumDate(const QDate &d) { m_min = d; }

void DateField::setMaximumDate(const QDate &d) { m_max = d; }

QString DateField::problem() const
{
    const dj::DateText r = dj::parseDateText(m_edit->text());
    if (!r.reason.isEmpty())
        return r.reason;
    if (r.isEmpty())
        return m_required ? tr("Enter the date.") : QString();
    if (m_min.isValid() && r.date < m_min)
        return tr("The date cannot be before %1.").arg(m_min.toString(Qt::ISODate));
    if (m_max.isValid() && r.date > m_max)
        return tr("The date cannot be after %1.").arg(m_max.toString(Qt::ISODate));
    return {};
}

void DateField::showProblem(const QString &message)
{
    QString text = message;
    if (text.isEmpty() && !isEmpty())
        text = problem(); // an empty required field is reported on OK, not while filling in
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_edit->setStyleSheet(text.isEmpty() ? QString() : kBadEditStyle);
}

void DateField::textEdited()
{
    const QDate before = m_date;
    m_date = dj::parseDateText(m_edit->text()).date;
    // A problem shown earlier goes once the text is a date again (or is being retyped).
    if (!m_problem->isHidden() && (m_date.isValid() || isEmpty()))
        showProblem({});
    showParsed();
    if (m_date != before)
        emit dateChanged(m_date);
}

void DateField::showParsed()
{
    if (m_date.isValid())
        m_echo->setText(QLocale().toString(m_date, QLocale::LongFormat));
    else if (isEmpty() && !m_required)
        m_echo->setText(m_emptyText.isEmpty() ? tr("not set") : m_emptyText);
    else
        m_echo->clear();
}

void DateField::openCalendar()
{
    auto *popup = new CalendarPopup(this);
    QCalendarWidget *c = popup->calendar;
    if (m_min.isValid())
        c->setMinimumDate(m_min);
    if (m_max.isValid())
        c->setMaximumDate(m_max);
    const QDate shown = m_date.isValid() ? m_date : dj::Clock::today();
    c->setSelectedDate(shown);
    c->setCurrentPage(shown.year(), shown.month());
    connect(c, &QCalendarWidget::clicked, this, [this, popup](const QDate &d) {
        setDate(d);
        popup->close();
        m_edit->setFocus();
    });
    connect(c, &QCalendarWidget::activated, this, [this, popup](const QDate &d) {
        setDate(d);
        popup->close();
        m_edit->setFocus();
    });
    popup->adjustSize();
    popup->move(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    popup->show();
    c->setFocus();
}
