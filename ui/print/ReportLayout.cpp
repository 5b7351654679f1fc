#include "ReportLayout.h"

#include "ReportRenderer.h"

#include <QFontMetricsF>
#include <QPaintDevice>

using dj::report::Block;
using Type = ReportLayout::Item::Type;

namespace {
constexpr qreal kCellPadMm = 1.2;
constexpr qreal kSignatureGapMm = 10;
} // namespace

ReportLayout::ReportLayout(const dj::report::Report &report, QPaintDevice &device)
    : m_report(report), m_device(device), m_dpi(device.logicalDpiY()), m_width(device.width())
{
    title = ReportRenderer::titleFont(18);
    heading = ReportRenderer::titleFont(13);
    subtitle = ReportRenderer::bodyFont(10.5);
    body = ReportRenderer::bodyFont(10.5);
    table = ReportRenderer::bodyFont(9);
    tableBold = ReportRenderer::titleFont(9);
    small = ReportRenderer::bodyFont(9);
    const qreal smallLine = QFontMetricsF(small, &m_device).height();
    m_headerHeight = report.headerLine.isEmpty() ? 0 : smallLine + mm(3);
    m_footerTop = device.height() - smallLine - mm(1);

    newPage();
    place({Type::Title, -1, -1, 0, QFontMetricsF(title, &m_device).height() + mm(2)});
    if (!report.subtitle.isEmpty())
        place({Type::Subtitle, -1, -1, 0, textHeight(subtitle, report.subtitle, m_width) + mm(4)});

    for (int b = 0; b < report.blocks.size(); ++b) {
        const Block &block = report.blocks.at(b);
        switch (block.kind) {
        case Block::Kind::Heading:
            place({Type::Heading, b, -1, 0, textHeight(heading, block.text, m_width) + mm(2)});
            break;
        case Block::Kind::Paragraph:
            place({Type::Paragraph, b, -1, 0, textHeight(body, block.text, m_width) + mm(2)});
            break;
        case Block::Kind::Table: {
            const qreal header = rowHeight(b, -1);
            // A header alone at the foot of a page helps nobody: start the table afresh.
            if (!block.rows.isEmpty() && m_y + header + rowHeight(b, 0) > m_footerTop)
                newPage();
            place({Type::TableHeader, b, -1, 0, header});
            for (int r = 0; r < block.rows.size(); ++r) {
                const qreal h = qMin(rowHeight(b, r), m_footerTop - m_headerHeight - header);
                if (m_y + h > m_footerTop) {
                    newPage();
                    place({Type::TableHeader, b, -1, 0, header});
                }
                place({Type::TableRow, b, r, 0, h});
            }
            m_y += mm(3);
            break;
        }
        case Block::Kind::Signatures: {
            const Item sig{Type::Signatures, b, -1, 0, QFontMetricsF(body, &m_device).height() + mm(kSignatureGapMm)};
            if (m_y + sig.height > m_footerTop) {
                // Never alone on a page: take the last row or paragraph along.
                QList<Item> carried;
                QList<Item> &page = m_pages.last();
                if (!page.isEmpty() && (page.last().type == Type::TableRow || page.last().type == Type::Paragraph))
                    carried.append(page.takeLast());
                newPage();
                for (const Item &c : std::as_const(carried)) {
                    if (c.type == Type::TableRow)
                        place({Type::TableHeader, c.block, -1, 0, rowHeight(c.block, -1)});
                    place(c);
                }
            }
            place(sig);
            break;
        }
        }
    }
}

void ReportLayout::newPage()
{
    m_pages.append(QList<Item>());
    m_y = m_headerHeight;
}

void ReportLayout::place(Item item)
{
    if (item.type != Type::TableRow && item.type != Type::TableHeader && m_y + item.height > m_footerTop &&
        !m_pages.last().isEmpty())
        newPage();
    item.y = m_y;
    m_pages.last().append(item);
    m_y += item.height;
}

qreal ReportLayout::textHeight(const QFont &f, const QString &text, qreal width) const
{
    const QFontMetricsF fm(f, &m_device);
    // Most cells fit on one line; measuring the advance is much cheaper than wrapping.
    if (!text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) <= width)
        return fm.height();
    return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap | Qt::TextWrapAnywhere, text).height();
}

QList<qreal> ReportLayout::columnEdges(int block) const
{
    const QList<dj::report::Column> &cols = m_report.blocks.at(block).columns;
    qreal total = 0;
    for (const auto &c : cols)
        total += c.weight;
    QList<qreal> edges{0};
    for (const auto &c : cols)
        edges.append(edges.last() + m_width * c.weight / total);
    return edges;
}

qreal ReportLayout::rowHeight(int block, int row) const
{
    const Block &b = m_report.blocks.at(block);
    const QList<qreal> edges = columnEdges(block);
    const qreal pad = mm(kCellPadMm);
    qreal h = 0;
    for (int c = 0; c < b.columns.size(); ++c) {
        const QString text = row < 0 ? b.columns.at(c).title : b.rows.at(row).value(c);
        h = qMax(h, textHeight(row < 0 ? tableBold : table, text, edges[c + 1] - edges[c] - 2 * pad));
    }
    return h + 2 * pad;
}
