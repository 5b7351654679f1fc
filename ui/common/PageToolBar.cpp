#include "PageToolBar.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QEvent>
#include <QIcon>
#include <QRegularExpression>
#include <QToolButton>

PageToolBar::PageToolBar(const QString &objectName, QWidget *parent) : QWidget(parent), m_row(new QHBoxLayout(this))
{
    setObjectName(objectName);
    // No margins of its own: the row is no taller than the push buttons it replaces.
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(2);
}

QIcon PageToolBar::icon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name));
}

QToolButton *PageToolBar::addButton(const QString &iconName, const QString &text, const QString &objectName)
{
    auto *b = new QToolButton(this);
    b->setObjectName(objectName);
    b->setText(text);
    b->setIcon(icon(iconName));
    b->setIconSize(QSize(16, 16));
    b->setAutoRaise(true); // flat until pointed at, as in WPS and Office
    b->setFocusPolicy(Qt::StrongFocus); // reachable with Tab, as the push buttons were
    // The layout may narrow it down to its icon (fit() then hides the names of all).
    b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    b->setMinimumWidth(b->sizeHint().width());
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
    int needed = 0;
    int shown = 0;
    for (int i = 0; i < m_row->count(); ++i) {
        QWidget *w = m_row->itemAt(i)->widget();
        if (!w || w->isHidden())
            continue;
        ++shown;
        if (auto *b = qobject_cast<QToolButton *>(w)) {
            // As QToolButton::sizeHint(): the name 4 px beside the icon.
            const int name = b->fontMetrics().size(Qt::TextShowMnemonic, b->text()).width();
            needed += b->minimumWidth() + (b->text().isEmpty() ? 0 : 4 + name);
        } else {
            needed += w->minimumSizeHint().width();
        }
    }
    needed += m_row->spacing() * qMax(0, shown - 1);
    const bool iconsOnly = needed > width();
    if (iconsOnly == m_iconsOnly)
        return;
    m_iconsOnly = iconsOnly;
    static const char *nameTip = "djNameTip"; // a tooltip fit() set, not the page
    for (QToolButton *b : findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        b->setToolButtonStyle(iconsOnly ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
        if (iconsOnly && b->toolTip().isEmpty()) {
            QString name = b->text();
            name.remove(QRegularExpression(QStringLiteral("\\(&.\\)|&(?=.)"))); // 新增(&A)… → 新增…
            b->setToolTip(name);
            b->setProperty(nameTip, true);
        } else if (!iconsOnly && b->property(nameTip).toBool()) {
            b->setToolTip(QString());
            b->setProperty(nameTip, false);
        }
    }
}
