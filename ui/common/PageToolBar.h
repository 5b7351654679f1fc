#pragma once

#include <QWidget>

class QHBoxLayout;
class QIcon;
class QToolButton;

// A page's main actions as one row of flat tool buttons, each with its icon and the text
// beside it as in WPS (issue 17, item 12). The buttons are QToolButtons named as the push
// buttons they replace were, so clicked(), enabling and mnemonics (&) work as before.
// When the window is too narrow for every name (a small screen), the buttons show their icons
// only, with the name as tooltip, rather than names cut off.
// A page's main toolbar is named after the page ("peoplePage" → "peopleToolbar"): the main
// window adds its print and export buttons to that one (app/PageIcons).
class PageToolBar : public QWidget
{
    Q_OBJECT
public:
    explicit PageToolBar(const QString &objectName, QWidget *parent = nullptr);

    // The project's icon `name`: resources/icons/actions/<name>.svg.
    static QIcon icon(const QString &name);

    QToolButton *addButton(const QString &iconName, const QString &text, const QString &objectName);
    // A field or label in the same row (a year, a filter box).
    void addWidget(QWidget *widget, int stretch = 0);
    // A thin line between groups of actions.
    void addSeparator();
    // Space that pushes what follows to the right.
    void addStretch();

    // As narrow as the fields and the buttons' icons: the names give way (fit()), the
    // window can still be made small.
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Names beside the icons if they all fit in the row's width, icons only if not.
    void fit();
    // The row's width with the fields at their minimum and the buttons as `width` gives them.
    int rowWidth(int (*width)(const QToolButton *)) const;

    QHBoxLayout *m_row;
    bool m_iconsOnly = false;
};
