#pragma once

#include <QTextBrowser>

// The manual's text browser. Screenshots are shown narrower than they were taken; the
// document would draw them scaled pixel by pixel, which makes their Chinese unreadable, so
// each is scaled smoothly once, to the width its <img> asks for, when it is loaded.
class ManualBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ManualBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;

private:
    // The width the document gives the image `name`, 0 when it gives none.
    int requestedWidth(const QUrl &name) const;
};
