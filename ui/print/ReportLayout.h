#pragma once

#include "report/Report.h"

#include <QFont>
#include <QList>
#include <QRectF>

class QPaintDevice;
class QPainter;

// Where everything of one report goes, page by page, in device pixels. Built before any
// painting so the footer can say how many pages there are.
class ReportLayout
{
public:
    struct Item
    {
        enum class Type { Title, Subtitle, Heading, Paragraph, TableHeader, TableRow, Signatures };
        Type type;
        int block = -1;
        int row = -1;
        qreal y = 0;
        qreal height = 0;
    };

    // The signature block: blank space to sign in above the line, and between the seal line
    // and the signature line.
    static constexpr qreal kSignatureGapMm = 10;
    static constexpr qreal kSealGapMm = 6;

    ReportLayout(const dj::report::Report &report, QPaintDevice &device);

    const QList<QList<Item>> &pages() const { return m_pages; }
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    qreal width() const { return m_width; }
    qreal headerHeight() const { return m_headerHeight; }
    qreal footerTop() const { return m_footerTop; }
    // Column x positions of a table block (left edges plus the right end).
    QList<qreal> columnEdges(int block) const;

    // Draws `text` in the painter's font, wrapped as textHeight() measured it.
    static void drawText(QPainter &p, const QRectF &rect, Qt::Alignment alignment, const QString &text);

    QFont title, subtitle, heading, body, table, tableBold, small;

private:
    qreal rowHeight(int block, int row) const;
    qreal signatureHeight(const dj::report::Block &block) const;
    // The table a signature block signs: the last one since the previous signature block,
    // or -1.
    int signedTable(int block) const;
    void placeSignatures(int block);
    void placeWithPrevious(const Item &signatures);
    qreal textHeight(const QFont &f, const QString &text, qreal width) const;
    void place(Item item);
    void newPage();

    const dj::report::Report &m_report;
    QPaintDevice &m_device;
    qreal m_dpi;
    qreal m_width;
    qreal m_headerHeight = 0;
    qreal m_footerTop;
    qreal m_y = 0;
    QList<QList<Item>> m_pages;
};
