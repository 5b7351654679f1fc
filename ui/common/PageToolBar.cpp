#include "PageToolBar.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QRegularExpression>
#include <QToolButton>

namespace {
const char *const iconWidth = "djIconWidth"; // a button's width with its icon only
const char *const nameTip = "djNameTip";     // a tooltip fit() set, not the page

// The button's width with its name beside the icon.
int fullWidth(const QToolButton *b)
{
    if (b->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
        return b->sizeHint().width();
    // As QToolButton::sizeHint() puts it: the name and a space each side, 4 px off the icon.
    const QFontMetrics fm = b->fontMetrics();
    const int name = fm.size(Qt::TextShowMnemonic, b->text()).width() +
                     2 * fm.horizontalAdvance(QLatin1Char(' '));
    return b->property(iconWidth).toInt() + (b->text().isEmpty() ? 0 : 4 + name);
}

int iconOnlyWidth(const QToolButton *b)
{
    return b->property(iconWidth).toInt();
}
} // namespace

PageToolBar::PageToolBar(const QString &objectName, QWidget *parent)
    : QWidget(parent), m_row(new QHBoxLayout(this))
{
    setObjectName(objectName);
    // No margins of its own: the row is no taller than the push buttons it replaces.
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(2);
    // Its minimum is minimumSizeHint()'s, not that of the buttons' names (set by the layout).
    m_row->setSizeConstraint(QLayout::SetNoConstraint);
}

QSize PageToolBar::minimumSizeHint() const
{
    return {rowWidth(iconOnlyWidth), m_row->minimumSize().height()};
}

int PageToolBar::rowWidth(int (*width)(const QToolButton *)) const
{
    int total = 0;
    int shown = 0;
    for (int i = 0; i < m_row->count(); ++i) {
        QWidget *w = m_row->itemAt(i)->widget();
        if (!w || w->isHidden())
            continue;
        ++shown;
        auto *b = qobject_cast<QToolButton *>(w);
        total += b ? width(b) : qMax(w->minimumSizeHint().width(), w->minimumWidth());
    }
    return total + m_row->spacing() * qMax(0, shown - 1);
}

QIcon PageToolBar::icon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name));
}

QToolButton *PageToolBar::addButton(const QString &iconName, const QString &text,
                                    const QString &objectName)
{
    auto *b = new QToolButton(this);
    b->setObjectName(objectName);
    b->setText(text);
    b->setIcon(icon(iconName));
    b->setIconSize(QSize(16, 16));
    b->setAutoRaise(true);              // flat until pointed at, as in WPS and Office
    b->setFocusPolicy(Qt::StrongFocus); // reachable with Tab, as the push buttons were
    b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    b->setProperty(iconWidth, b->sizeHint().width());
    b->setToolButtonStyle(m_iconsOnly ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    m_row->addWidget(b);
    return b;
}

void PageToolBar::addWidget(QWidget *widget, int stretch)
{
    m_row->addWidget(widget, stretch);
}

void PageToolBar::addSeparator()
{
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    line->setFixedWidth(9);
    m_row->addWidget(line);
}

void PageToolBar::addStretch()
{
    m_row->addStretch(1);
}

bool PageToolBar::event(QEvent *event)
{
    const bool done = QWidget::event(event);
    if (event->type() == QEvent::LayoutRequest) // a name changed (封存 → 重新开启), a button shown
        fit();
    return done;
}

void PageToolBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fit();
}

void PageToolBar::fit()
{
    // The fields may shrink to their minimum before a name is hidden; then all names go.
    m_iconsOnly = rowWidth(fullWidth) > width();
    for (QToolButton *b : findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        // Never narrower than what it shows: the layout takes the room from the fields.
        b->setMinimumWidth(m_iconsOnly ? b->property(iconWidth).toInt() : fullWidth(b));
        b->setToolButtonStyle(m_iconsOnly ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
        if (m_iconsOnly && b->toolTip().isEmpty()) {
            QString name = b->text();
            name.remove(QRegularExpression(QStringLiteral("\\(&.\\)|&(?=.)"))); // 新增(&A)… → 新增…
            b->setToolTip(name);
            b->setProperty(nameTip, true);
        } else if (!m_iconsOnly && b->property(nameTip).toBool()) {
            b->setToolTip(QString());
            b->setProperty(nameTip, false);
        }
    }
}
