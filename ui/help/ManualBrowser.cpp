#include "ManualBrowser.h"

#include <QImage>
#include <QTextBlock>
#include <QTextDocument>

ManualBrowser::ManualBrowser(QWidget *parent) : QTextBrowser(parent) {}

QVariant ManualBrowser::loadResource(int type, const QUrl &name)
{
    const QVariant loaded = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource)
        return loaded;
    const QImage image = loaded.canConvert<QImage>() && loaded.typeId() == QMetaType::QImage
                             ? loaded.value<QImage>()
                             : QImage::fromData(loaded.toByteArray());
    const int width = requestedWidth(name);
    if (image.isNull() || width <= 0 || width >= image.width())
        return loaded;
    const qreal ratio = devicePixelRatioF();
    QImage scaled = image.scaledToWidth(qRound(width * ratio), Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(ratio);
    return scaled;
}

int ManualBrowser::requestedWidth(const QUrl &name) const
{
    const QString src = name.toString();
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat() && f.toImageFormat().name() == src)
                return qRound(f.toImageFormat().width());
        }
    return 0;
}
