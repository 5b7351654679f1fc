#include "ReportRenderer.h"

#include "ReportFonts.h"
#include "ReportLayout.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

using dj::report::Block;
using Type = ReportLayout::Item::Type;

namespace {

void drawTableRow(QPainter &p, const ReportLayout &l, const Block &b, const ReportLayout::Item &item)
{
    const bool header = item.type == Type::TableHeader;
    const bool marked = !header && b.markedRows.contains(item.row);
    const QList<qreal> edges = l.columnEdges(item.block);
    const qreal pad = l.mm(1.2);
    if (header || marked)
        p.fillRect(QRectF(0, item.y, l.width(), item.height), header ? QColor(0xee, 0xee, 0xee) : QColor(0xfd, 0xec, 0xd8));
    p.setFont(header || marked ? l.tableBold : l.table);
    for (int c = 0; c < b.columns.size(); ++c) {
        const QRectF cell(edges[c], item.y, edges[c + 1] - edges[c], item.height);
        p.drawRect(cell);
        const QString text = header ? b.columns.at(c).title : b.rows.at(item.row).value(c);
        const Qt::Alignment align = (header || b.columns.at(c).centered ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter;
        ReportLayout::drawText(p, cell.adjusted(pad, pad, -pad, -pad), align, text);
    }
}

void drawSignatures(QPainter &p, const ReportLayout &l, const Block &b, const ReportLayout::Item &item)
{
    QStringList parts;
    for (const QString &label : b.signatures)
        parts << label + QStringLiteral("签字：____________");
    const QString date = QStringLiteral("日期：____年__月__日");
    parts << date;
    p.setFont(l.body);
    const QFontMetricsF fm(l.body, p.device());
    qreal top = item.y + l.mm(ReportLayout::kSignatureGapMm);
    if (!b.seal.isEmpty()) {
        // Centred over the date, where the stamp goes.
        const qreal centre = l.width() - fm.horizontalAdvance(date) / 2;
        const qreal w = fm.horizontalAdvance(b.seal);
        p.drawText(QRectF(qMin(centre - w / 2, l.width() - w), top, w, fm.height()), Qt::AlignLeft | Qt::AlignTop, b.seal);
        top += fm.height() + l.mm(ReportLayout::kSealGapMm);
    }
    p.drawText(QRectF(0, top, l.width(), fm.height()), Qt::AlignRight | Qt::AlignTop, parts.join(QStringLiteral("　　　")));
}

} // namespace

QFont ReportRenderer::bodyFont(qreal pointSize)
{
    QFont f(ReportFonts::family(ReportFonts::Face::Body));
    f.setPointSizeF(pointSize);
    return f;
}

QFont ReportRenderer::titleFont(qreal pointSize)
{
    const QString family = ReportFonts::family(ReportFonts::Face::Title);
    QFont f(family);
    f.setPointSizeF(pointSize);
    // 小标宋 is heavy by design; the 黑体-style faces are emboldened.
    f.setBold(!family.contains(QStringLiteral("小标宋")) && !family.contains(QStringLiteral("XiaoBiaoSong")));
    return f;
}

void ReportRenderer::preparePage(QPagedPaintDevice &device, const dj::report::Report &report)
{
    const qreal m = report.marginMm;
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     report.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(m, m, m, m), QPageLayout::Millimeter));
}

int ReportRenderer::pageCount(const dj::report::Report &report, QPagedPaintDevice &device)
{
    return int(ReportLayout(report, device).pages().size());
}

int ReportRenderer::render(const dj::report::Report &report, QPainter &p, QPagedPaintDevice &device,
                           const Progress &progress)
{
    const ReportLayout l(report, device);
    const int total = int(l.pages().size());
    // Restores the painter on every way out, a cancel included.
    struct Saved
    {
        QPainter &p;
        explicit Saved(QPainter &painter) : p(painter) { p.save(); }
        ~Saved() { p.restore(); }
    } saved(p);
    QPen pen(Qt::black);
    pen.setWidthF(l.mm(0.2));
    for (int page = 0; page < total; ++page) {
        if (progress && !progress(page, total))
            throw dj::Error(dj::Error::Kind::Invalid,
                            QCoreApplication::translate("ReportRenderer", "Printing was cancelled."));
        if (page > 0)
            device.newPage();
        p.setPen(pen);
        if (!report.headerLine.isEmpty()) {
            p.setFont(l.small);
            const qreal h = l.headerHeight() - l.mm(3);
            p.drawText(QRectF(0, 0, l.width(), h), Qt::AlignLeft | Qt::AlignVCenter, report.headerLine);
            p.drawLine(QPointF(0, h + l.mm(1)), QPointF(l.width(), h + l.mm(1)));
        }
        for (const ReportLayout::Item &item : l.pages().at(page)) {
            const QRectF full(0, item.y, l.width(), item.height);
            switch (item.type) {
            case Type::Title:
                p.setFont(l.title);
                p.drawText(full, Qt::AlignHCenter | Qt::AlignTop, report.title);
                break;
            case Type::Subtitle:
                p.setFont(l.subtitle);
                ReportLayout::drawText(p, full, Qt::AlignHCenter | Qt::AlignTop, report.subtitle);
                break;
            case Type::Heading:
                p.setFont(l.heading);
                ReportLayout::drawText(p, full, Qt::AlignLeft | Qt::AlignTop, report.blocks.at(item.block).text);
                break;
            case Type::Paragraph:
                p.setFont(l.body);
                ReportLayout::drawText(p, full, Qt::AlignLeft | Qt::AlignTop, report.blocks.at(item.block).text);
                break;
            case Type::TableHeader:
            case Type::TableRow:
                drawTableRow(p, l, report.blocks.at(item.block), item);
                break;
            case Type::Signatures:
                drawSignatures(p, l, report.blocks.at(item.block), item);
                break;
            }
        }
        p.setFont(l.small);
        p.drawText(QRectF(0, l.footerTop(), l.width(), device.height() - l.footerTop()), Qt::AlignHCenter | Qt::AlignBottom,
                   QStringLiteral("第 %1 页 共 %2 页").arg(page + 1).arg(total));
    }
    if (progress)
        progress(total, total);
    return total;
}
