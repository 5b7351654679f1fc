#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dj::report {

// A printed form as data: built by core from the data file, drawn by the one renderer in
// ui/print onto a print preview, a printer or a PDF. Form text is Chinese document content
// (what the officers sign and file), not interface text, so it is not translated.

struct Column
{
    QString title;
    double weight = 1; // share of the table width
    bool centered = false;
};

struct Block
{
    enum class Kind { Heading, Paragraph, Table, Signatures };
    Kind kind = Kind::Paragraph;
    QString text;              // Heading, Paragraph
    QList<Column> columns;     // Table
    QList<QStringList> rows;   // Table
    QList<int> markedRows;     // Table: rows drawn emphasised (e.g. a term about to run out)
    QStringList signatures;    // Signatures: labels such as "填报人"; a date line follows
    QString seal;              // Signatures: "机关党委（盖章）" above the line, where the stamp goes

    static Block heading(const QString &t) { Block b; b.kind = Kind::Heading; b.text = t; return b; }
    static Block paragraph(const QString &t) { Block b; b.kind = Kind::Paragraph; b.text = t; return b; }
    // The signature block of the table before it: printed on the same page as its last rows.
    static Block signatureLine(const QStringList &labels, const QString &seal = {})
    {
        Block b;
        b.kind = Kind::Signatures;
        b.signatures = labels;
        b.seal = seal;
        return b;
    }
};

struct Report
{
    QString title;      // 黑体-style, centred on the first page
    QString subtitle;   // under the title (organisation, date)
    QString headerLine; // top of every page: department name and year; empty for none
    bool landscape = false;
    double marginMm = 18;
    QList<Block> blocks;

    // How the printed text reads in plain text (for tests and for a text export).
    int tableRowCount() const
    {
        int n = 0;
        for (const Block &b : blocks)
            n += int(b.rows.size());
        return n;
    }
};

} // namespace dj::report
