#include "ReportLayout.h"

#include "ReportRenderer.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

using dj::report::Block;
using Type = ReportLayout::Item::Type;

namespace {
constexpr qreal kCellPadMm = 1.2;
constexpr qreal kTableGapMm = 3;
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
            m_y += mm(kTableGapMm);
            break;
        }
        case Block::Kind::Signatures:
            placeSignatures(b);
            m_y += mm(2 * kTableGapMm); // apart from the next list's heading
            break;
        }
    }
}

qreal ReportLayout::signatureHeight(const Block &block) const
{
    const qreal line = QFontMetricsF(body, &m_device).height();
    return line + mm(kSignatureGapMm) + (block.seal.isEmpty() ? 0 : line + mm(kSealGapMm));
}

int ReportLayout::signedTable(int block) const
{
    for (int i = block - 1; i >= 0; --i) {
        const Block &b = m_report.blocks.at(i);
        if (b.kind == Block::Kind::Signatures)
            return -1;
        if (b.kind == Block::Kind::Table)
            return b.rows.isEmpty() ? -1 : i;
    }
    return -1;
}

void ReportLayout::placeSignatures(int b)
{
    const Item sig{Type::Signatures, b, -1, 0, signatureHeight(m_report.blocks.at(b))};
    const int table = signedTable(b);
    // Where the last row of the signed table went.
    int page = int(m_pages.size()) - 1, at = -1;
    for (; table >= 0 && page >= 0 && at < 0; --page)
        for (int i = int(m_pages.at(page).size()) - 1; i >= 0 && at < 0; --i)
            if (m_pages.at(page).at(i).type == Type::TableRow && m_pages.at(page).at(i).block == table)
                at = i;
    ++page;
    if (at < 0) {
        placeWithPrevious(sig); // nothing signed
        return;
    }
    if (page == m_pages.size() - 1 && m_y + sig.height <= m_footerTop) {
        place(sig);
        return;
    }
    // Move the last rows and everything after them to a new page: two rows when one stays
    // behind, the header too when it would stay alone.
    const QList<Item> &rowsPage = m_pages.at(page);
    int from = at;
    if (from >= 2 && rowsPage.at(from - 1).type == Type::TableRow && rowsPage.at(from - 2).type == Type::TableRow)
        --from;
    else if (from >= 1 && rowsPage.at(from - 1).type == Type::TableHeader)
        --from;
    QList<Item> tail = rowsPage.mid(from);
    for (int p = page + 1; p < m_pages.size(); ++p)
        tail += m_pages.at(p);
    const qreal header = rowHeight(table, -1);
    qreal need = header + mm(kTableGapMm) + sig.height;
    for (const Item &i : std::as_const(tail))
        need += i.type == Type::TableHeader ? 0 : i.height;
    if (m_headerHeight + need > m_footerTop) { // more than a page: the next best
        placeWithPrevious(sig);
        return;
    }
    m_pages.resize(page + 1);
    m_pages.last().resize(from);
    if (m_pages.last().isEmpty())
        m_y = m_headerHeight;
    else
        newPage();
    place({Type::TableHeader, table, -1, 0, header});
    for (const Item &i : std::as_const(tail)) {
        if (i.type == Type::TableHeader)
            continue;
        place(i);
        if (i.type == Type::TableRow && i.block == table && i.row == m_report.blocks.at(table).rows.size() - 1)
            m_y += mm(kTableGapMm);
    }
    place(sig);
}

void ReportLayout::placeWithPrevious(const Item &sig)
{
    // Never alone on a page all the same: the item before comes along.
    if (m_y + sig.height > m_footerTop) {
        QList<Item> carried;
        QList<Item> &last = m_pages.last();
        if (!last.isEmpty() && (last.last().type == Type::TableRow || last.last().type == Type::Paragraph))
            carried.append(last.takeLast());
        newPage();
        for (const Item &c : std::as_const(carried)) {
            if (c.type == Type::TableRow)
                place({Type::TableHeader, c.block, -1, 0, rowHeight(c.block, -1)});
            place(c);
        }
    }
    place(sig);
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

namespace {
bool opens(QChar c) { return c == QChar(0xFF08) || c == QLatin1Char('('); }
bool closes(QChar c) { return c == QChar(0xFF09) || c == QLatin1Char(')'); }

// Where a line that would end at `end` ends instead: before the opening bracket of a short
// group that the break would split ("部门党组（党" / "委）" becomes "部门党组" / "（党委）").
int keepBracketsWhole(const QString &text, int start, int end)
{
    constexpr int kShortGroup = 10;
    if (end <= start || end >= text.size())
        return end;
    QList<int> open;
    for (int i = start; i < end; ++i) {
        if (opens(text.at(i)))
            open.append(i);
        else if (closes(text.at(i)) && !open.isEmpty())
            open.removeLast();
    }
    if (open.isEmpty() || open.last() == start)
        return end;
    for (int i = end, depth = 0; i < text.size() && i - open.last() < kShortGroup; ++i) {
        if (opens(text.at(i)))
            ++depth;
        else if (closes(text.at(i)) && depth-- == 0)
            return open.last();
    }
    return end;
}

// Lays `text` out in `width` as every text of a form wraps: line breaks where Chinese
// typesetting allows them (never before "）" or "，", never after "（"), anywhere only when a
// word is wider than the line (a long number). Returns the height.
qreal layOut(QTextLayout &layout, const QString &text, qreal width, Qt::Alignment alignment, const QPaintDevice *device)
{
    QString lines = text;
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout.setText(lines);
    QTextOption o(alignment & Qt::AlignHorizontal_Mask);
    o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(o);
    const QFontMetricsF fm(layout.font(), device);
    const qreal leading = qMax<qreal>(0, fm.leading());
    // Text indented with ideographic spaces (a tree of organisations) keeps its indent on the
    // lines it wraps onto.
    int spaces = 0;
    while (spaces < lines.size() && lines.at(spaces) == QChar(0x3000))
        ++spaces;
    const qreal indent = spaces > 0 ? qMin(fm.horizontalAdvance(lines.left(spaces)), width / 2) : 0;
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        const bool first = line.lineNumber() == 0;
        if (!first)
            y += leading;
        const qreal w = first ? width : width - indent;
        line.setLineWidth(w);
        const int end = line.textStart() + line.textLength();
        const int better = keepBracketsWhole(lines, line.textStart(), end);
        if (better != end)
            line.setNumColumns(better - line.textStart(), w);
        line.setPosition(QPointF(first ? 0 : indent, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}
} // namespace

void ReportLayout::drawText(QPainter &p, const QRectF &rect, Qt::Alignment alignment, const QString &text)
{
    QTextLayout layout(QString(), p.font(), p.device());
    const qreal h = layOut(layout, text, rect.width(), alignment, p.device());
    qreal top = rect.top();
    if (alignment & Qt::AlignVCenter)
        top += (rect.height() - h) / 2;
    else if (alignment & Qt::AlignBottom)
        top += rect.height() - h;
    layout.draw(&p, QPointF(rect.left(), top));
}

qreal ReportLayout::textHeight(const QFont &f, const QString &text, qreal width) const
{
    const QFontMetricsF fm(f, &m_device);
    // Most cells fit on one line; measuring the advance is much cheaper than wrapping.
    if (!text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) <= width)
        return fm.height();
    QTextLayout layout(QString(), f, &m_device);
    return layOut(layout, text, width, Qt::AlignLeft, &m_device);
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
