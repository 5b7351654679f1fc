// dj_render_icon: renders the app's SVG icon at build time with the renderer (Qt SVG) that
// draws the window icon, so the packaged icons and the running program agree.
//   dj_render_icon IN.svg SIZE OUT.png           one square PNG (Linux icon theme)
//   dj_render_icon IN.svg SIZE,SIZE,... OUT.ico  a Windows icon with those sizes
#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QString>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

void put16(QByteArray &out, int v)
{
    out.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, int(v & 0xffff));
    put16(out, int(v >> 16));
}

// One icon image: 256 px as PNG (as Windows' own icons have it), smaller ones as 32-bit DIBs,
// which every reader (Explorer, the resource compiler, NSIS) takes.
QByteArray iconImage(const QImage &image)
{
    QByteArray data;
    if (image.width() >= 256) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return data;
    }
    const int n = image.width();
    put32(data, 40);
    put32(data, quint32(n));
    put32(data, quint32(2 * n)); // colour rows, then the AND mask rows
    put16(data, 1);
    put16(data, 32);
    put32(data, 0);
    put32(data, 0);
    for (int i = 0; i < 4; ++i)
        put32(data, 0);
    for (int y = n - 1; y >= 0; --y) { // bottom-up BGRA
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < n; ++x)
            data.append(char(qBlue(row[x]))).append(char(qGreen(row[x]))).append(char(qRed(row[x]))).append(char(qAlpha(row[x])));
    }
    const int maskStride = ((n + 31) / 32) * 4; // all zero: the alpha channel decides
    data.append(QByteArray(maskStride * n, '\0'));
    return data;
}

QByteArray icoFile(QSvgRenderer &svg, const QList<int> &sizes)
{
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(iconImage(render(svg, size)));
    QByteArray out;
    put16(out, 0);
    put16(out, 1); // icon
    put16(out, int(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (int i = 0; i < sizes.size(); ++i) {
        const int s = sizes[i] >= 256 ? 0 : sizes[i]; // 0 means 256
        out.append(char(s)).append(char(s)).append('\0').append('\0');
        put16(out, 1);
        put16(out, 32);
        put32(out, quint32(images[i].size()));
        put32(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: dj_render_icon IN.svg SIZE OUT.png | IN.svg SIZE,SIZE,... OUT.ico\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[3]);
    QList<int> sizes;
    for (const QString &s : QString::fromLocal8Bit(argv[2]).split(QLatin1Char(','))) {
        bool ok = false;
        const int size = s.toInt(&ok);
        if (!ok || size < 8 || size > 256) {
            std::fprintf(stderr, "dj_render_icon: sizes are numbers of pixels from 8 to 256\n");
            return 2;
        }
        sizes.append(size);
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "dj_render_icon: %s is not an SVG Qt can draw\n", argv[1]);
        return 1;
    }
    bool written = false;
    if (out.endsWith(QLatin1String(".ico"), Qt::CaseInsensitive)) {
        QFile file(out);
        written = file.open(QIODevice::WriteOnly) && file.write(icoFile(svg, sizes)) > 0 && file.flush();
    } else if (sizes.size() == 1) {
        written = render(svg, sizes.first()).save(out, "PNG");
    } else {
        std::fprintf(stderr, "dj_render_icon: a PNG has one size\n");
        return 2;
    }
    if (!written) {
        std::fprintf(stderr, "dj_render_icon: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
