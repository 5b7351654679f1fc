#include "PageToolBar.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
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
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true); // flat until pointed at, as in WPS and Office
    b->setFocusPolicy(Qt::StrongFocus); // reachable with Tab, as the push buttons were
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
