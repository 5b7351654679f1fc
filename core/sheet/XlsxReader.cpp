#include "XlsxReader.h"

#include "SheetText.h"

#include "XlsxNumberFormat.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::XlsxReader)
};

using Kind = XlsxNumberFormat::Kind;

// An attribute by its local name, whatever prefix the writer gave it (r:id, x:r).
QString attr(const QXmlStreamReader &xml, QLatin1String local)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == local)
            return a.value().toString();
    }
    return {};
}

// Resolves a relationship target against the folder of the part that names it.
QString resolve(const QString &fromPart, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    const int slash = int(fromPart.lastIndexOf(QLatin1Char('/')));
    return QDir::cleanPath((slash < 0 ? QString() : fromPart.left(slash + 1)) + target);
}

// "C12" → column 2 (0-based) and row 11; -1 for a part that is absent or out of range.
void parseRef(QStringView ref, int *col, int *row)
{
    int i = 0, c = 0, r = 0;
    for (; i < ref.size() && ref.at(i).isLetter() && i < 4; ++i)
        c = c * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
    for (int j = i; j < ref.size() && ref.at(j).isDigit() && j < i + 8; ++j)
        r = r * 10 + (ref.at(j).unicode() - '0');
    *col = c > 0 && c <= 16384 ? c - 1 : -1;
    *row = r > 0 ? r - 1 : -1;
}

class Reader
{
public:
    Reader(const QString &path, const XlsxReader::Limits &limits,
           const SheetGrid::Progress &progress)
        : m_path(path), m_file(QFileInfo(path).fileName()),
          m_zip(path,
                Tr::tr("%1 is not an Excel workbook (.xlsx).").arg(QFileInfo(path).fileName()),
                {limits.maxEntryBytes, limits.maxRatio, qint64(1) << 20,
                 qint64(limits.maxCellChars) + 256}),
          m_limits(limits), m_progress(progress)
    {
    }

    SheetTable read(int *firstDataRow)
    {
        if (m_zip.contains(QStringLiteral("mimetype")) &&
            m_zip.contains(QStringLiteral("content.xml")))
            throw Error(Error::Kind::NotOurFile, Tr::tr("%1 is an OpenDocument spreadsheet (.ods); "
                                                        "save it as .xlsx or CSV and import that.")
                                                     .arg(m_file));
        QString workbook = QStringLiteral("xl/workbook.xml");
        const QHash<QString, QString> root = rels(QStringLiteral("_rels/.rels"), QString());
        if (root.contains(QStringLiteral("officeDocument")))
            workbook = root.value(QStringLiteral("officeDocument"));
        if (!m_zip.contains(workbook))
            throw Error(Error::Kind::NotOurFile,
                        Tr::tr("%1 is not an Excel workbook (.xlsx).").arg(m_file));
        const int slash = int(workbook.lastIndexOf(QLatin1Char('/')));
        const QString relsPart = workbook.left(slash + 1) + QStringLiteral("_rels/") +
                                 workbook.mid(slash + 1) + QStringLiteral(".rels");
        QHash<QString, QString> byId;
        const QHash<QString, QString> types = rels(relsPart, workbook, &byId);
        const auto [sheetName, sheetRid] = readWorkbook(workbook);
        QString sheetPart = byId.value(sheetRid);
        if (sheetPart.isEmpty() || !m_zip.contains(sheetPart))
            throw Error(Error::Kind::Corrupt, Tr::tr("%1 has no readable worksheet.").arg(m_file));
        const QString strings =
            types.value(QStringLiteral("sharedStrings"), QStringLiteral("xl/sharedStrings.xml"));
        if (m_zip.contains(strings))
            readSharedStrings(strings);
        const QString styles =
            types.value(QStringLiteral("styles"), QStringLiteral("xl/styles.xml"));
        if (m_zip.contains(styles))
            readStyles(styles);
        return SheetGrid::toTable(readSheet(sheetPart), sheetName, firstDataRow);
    }

private:
    std::unique_ptr<QXmlStreamReader> begin(const QString &part)
    {
        m_device.reset(); // minizip reads one entry at a time
        m_device = m_zip.open(part);
        m_part = part;
        return std::make_unique<QXmlStreamReader>(m_device.get());
    }
    void check(const QXmlStreamReader &xml)
    {
        if (!m_zip.failure().isEmpty())
            throw Error(Error::Kind::Corrupt, m_zip.failure());
        if (xml.hasError())
            throw Error(Error::Kind::Corrupt, Tr::tr("%1 is damaged: %2 (in %3, line %4).")
                                                  .arg(m_file, xml.errorString(), m_part)
                                                  .arg(xml.lineNumber()));
    }
    // Rows are allocated up to the last one used: bounded before that happens.
    void checkRow(int row) const
    {
        if (row >= m_limits.maxRows)
            throw Error(Error::Kind::Corrupt,
                        Tr::tr("%1 has more than %2 rows; split it into smaller files.")
                            .arg(m_file)
                            .arg(m_limits.maxRows));
    }
    [[noreturn]] void tooLongCell() const
    {
        throw Error(Error::Kind::Corrupt,
                    Tr::tr("A cell holds more than %1 MB of text; such a cell cannot be imported.")
                        .arg(m_limits.maxCellChars >> 20));
    }

    // Relationship types (the last word of Type) and ids → resolved part names.
    QHash<QString, QString> rels(const QString &part, const QString &from,
                                 QHash<QString, QString> *byId = nullptr)
    {
        QHash<QString, QString> byType;
        if (!m_zip.contains(part))
            return byType;
        auto xml = begin(part);
        while (!xml->atEnd()) {
            xml->readNext();
            if (!xml->isStartElement() || xml->name() != QLatin1String("Relationship"))
                continue;
            const QString type = attr(*xml, QLatin1String("Type")).section(QLatin1Char('/'), -1);
            const QString target = resolve(from, attr(*xml, QLatin1String("Target")));
            if (!byType.contains(type))
                byType.insert(type, target);
            if (byId) {
                byId->insert(attr(*xml, QLatin1String("Id")), target);
                if (type == QLatin1String("worksheet"))
                    m_worksheets.insert(attr(*xml, QLatin1String("Id")));
            }
        }
        check(*xml);
        return byType;
    }

    std::pair<QString, QString> readWorkbook(const QString &part)
    {
        auto xml = begin(part);
        QString firstName, firstRid, visibleName, visibleRid;
        while (!xml->atEnd()) {
            if (!xml->readNext() || !xml->isStartElement())
                continue;
            if (xml->name() == QLatin1String("workbookPr")) {
                const QString v = attr(*xml, QLatin1String("date1904"));
                m_date1904 = v == QLatin1String("1") ||
                             v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            } else if (xml->name() == QLatin1String("sheet")) {
                const QString name = attr(*xml, QLatin1String("name"));
                const QString rid = attr(*xml, QLatin1String("id"));
                if (!m_worksheets.isEmpty() && !m_worksheets.contains(rid))
                    continue; // a chart sheet or a dialog sheet has no cells
                if (firstRid.isEmpty()) {
                    firstName = name;
                    firstRid = rid;
                }
                const QString state = attr(*xml, QLatin1String("state"));
                if (visibleRid.isEmpty() && state != QLatin1String("hidden") &&
                    state != QLatin1String("veryHidden")) {
                    visibleName = name;
                    visibleRid = rid;
                }
            }
        }
        check(*xml);
        return visibleRid.isEmpty() ? std::make_pair(firstName, firstRid)
                                    : std::make_pair(visibleName, visibleRid);
    }

    // The text of an <si> or <is>: its <t>, or the <t> of each rich-text run <r>; phonetic
    // guides (<rPh>) are not part of the value.
    QString richText(QXmlStreamReader &xml)
    {
        QString s;
        int phonetic = 0;
        int depth = 1;
        while (depth > 0 && !xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                ++depth;
                if (xml.name() == QLatin1String("rPh"))
                    ++phonetic;
                else if (xml.name() == QLatin1String("t") && phonetic == 0) {
                    s += sheettext::decodeXlsxEscapes(xml.readElementText()); // _x000D_ is a CR
                    --depth;
                    if (s.size() > m_limits.maxCellChars)
                        tooLongCell();
                }
            } else if (xml.isEndElement()) {
                --depth;
                if (xml.name() == QLatin1String("rPh"))
                    --phonetic;
            }
        }
        return s;
    }

    void readSharedStrings(const QString &part)
    {
        auto xml = begin(part);
        while (!xml->atEnd()) {
            xml->readNext();
            if (xml->isStartElement() && xml->name() == QLatin1String("si"))
                m_strings.append(richText(*xml));
        }
        check(*xml);
    }

    void readStyles(const QString &part)
    {
        auto xml = begin(part);
        QHash<int, QString> codes;
        bool inCellXfs = false;
        while (!xml->atEnd()) {
            xml->readNext();
            if (xml->isEndElement() && xml->name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            if (!xml->isStartElement())
                continue;
            if (xml->name() == QLatin1String("numFmt"))
                codes.insert(attr(*xml, QLatin1String("numFmtId")).toInt(),
                             attr(*xml, QLatin1String("formatCode")));
            else if (xml->name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && xml->name() == QLatin1String("xf")) {
                const int id = attr(*xml, QLatin1String("numFmtId")).toInt();
                m_styleKinds.append(XlsxNumberFormat::classify(id, codes.value(id)));
            }
        }
        check(*xml);
    }

    QVariant cellValue(const QString &type, int style, const QString &v,
                       const QString &inlineText) const
    {
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int i = v.toInt(&ok);
            return ok && i >= 0 && i < m_strings.size() && !m_strings.at(i).isEmpty()
                       ? QVariant(m_strings.at(i))
                       : QVariant();
        }
        if (type == QLatin1String("inlineStr"))
            return inlineText.isEmpty() ? (v.isEmpty() ? QVariant() : QVariant(v))
                                        : QVariant(inlineText);
        if (v.isEmpty())
            return {};
        if (type == QLatin1String("str"))
            return sheettext::decodeXlsxEscapes(v);
        if (type == QLatin1String("e"))
            return v;
        if (type == QLatin1String("b"))
            return v == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        if (type == QLatin1String("d"))
            return QDate::fromString(v.left(10), Qt::ISODate);
        const Kind kind =
            style >= 0 && style < m_styleKinds.size() ? m_styleKinds.at(style) : Kind::Number;
        // Whole numbers are kept exactly (an 18-digit ID number typed by a non-Excel writer).
        static const QRegularExpression whole(QStringLiteral("^-?[0-9]{1,18}$"));
        if (kind == Kind::Number && whole.match(v).hasMatch())
            return v.toLongLong();
        bool ok = false;
        const double d = v.toDouble(&ok);
        return ok ? XlsxNumberFormat::value(d, kind, m_date1904) : QVariant(v);
    }

    QList<QVariantList> readSheet(const QString &part)
    {
        const qint64 total = m_zip.size(part);
        auto xml = begin(part);
        QList<QVariantList> grid;
        QStringList merges;
        int row = -1, col = -1, rowsSeen = 0;
        while (!xml->atEnd()) {
            xml->readNext();
            if (!xml->isStartElement())
                continue;
            if (xml->name() == QLatin1String("row")) {
                const QString r = attr(*xml, QLatin1String("r"));
                const int given = r.isEmpty() ? -1 : r.toInt() - 1;
                row = given >= 0 ? given : row + 1;
                col = -1;
                checkRow(row);
                if (++rowsSeen % 2000 == 0 && m_progress && !m_progress(m_zip.bytesRead(), total))
                    SheetGrid::cancelled();
            } else if (xml->name() == QLatin1String("c")) {
                int c = -1, r = -1;
                const QString ref = attr(*xml, QLatin1String("r"));
                if (!ref.isEmpty())
                    parseRef(ref, &c, &r);
                col = c >= 0 ? c : col + 1;
                if (row < 0)
                    row = r >= 0 ? r : 0;
                const QString type = attr(*xml, QLatin1String("t"));
                const int style = attr(*xml, QLatin1String("s")).toInt();
                QString v, inlineText;
                while (!xml->atEnd()) {
                    xml->readNext();
                    if (xml->isEndElement() && xml->name() == QLatin1String("c"))
                        break;
                    if (!xml->isStartElement())
                        continue;
                    if (xml->name() == QLatin1String("v"))
                        v = xml->readElementText();
                    else if (xml->name() == QLatin1String("is"))
                        inlineText = richText(*xml);
                    else
                        xml->skipCurrentElement();
                }
                if (v.size() > m_limits.maxCellChars)
                    tooLongCell();
                const QVariant value = cellValue(type, style, v, inlineText);
                if (!value.isValid() || col < 0 || col >= 16384)
                    continue;
                checkRow(row); // a cell outside any <row> takes its row from its reference
                while (grid.size() <= row)
                    grid.append(QVariantList());
                QVariantList &cells = grid[row];
                if (cells.size() <= col) {
                    m_cells += col + 1 - cells.size();
                    SheetGrid::checkCells(m_cells, m_file, m_limits.maxCells);
                    cells.resize(col + 1);
                }
                cells[col] = value;
            } else if (xml->name() == QLatin1String("mergeCell")) {
                merges.append(attr(*xml, QLatin1String("ref")));
            }
        }
        check(*xml);
        fillMerges(grid, merges);
        return grid;
    }

    // A merged range shows its top-left value everywhere (a header over two columns, a
    // branch name merged down over its members). Only within the cells the sheet uses.
    void fillMerges(QList<QVariantList> &grid, const QStringList &merges)
    {
        int width = 0;
        for (const QVariantList &r : std::as_const(grid))
            width = qMax(width, int(r.size()));
        for (const QString &m : merges) {
            int c1, r1, c2, r2;
            parseRef(QStringView(m).left(m.indexOf(QLatin1Char(':'))), &c1, &r1);
            parseRef(QStringView(m).mid(m.indexOf(QLatin1Char(':')) + 1), &c2, &r2);
            if (c1 < 0 || r1 < 0 || c2 < c1 || r2 < r1 || r1 >= grid.size() ||
                c1 >= grid.at(r1).size())
                continue;
            const QVariant v = grid.at(r1).at(c1);
            for (int r = r1; r <= r2 && r < grid.size(); ++r) {
                QVariantList &cells = grid[r];
                const int last = qMin(c2, width - 1);
                if (cells.size() <= last) {
                    m_cells += last + 1 - cells.size();
                    SheetGrid::checkCells(m_cells, m_file, m_limits.maxCells);
                    cells.resize(last + 1);
                }
                for (int c = c1; c <= last; ++c)
                    cells[c] = v;
            }
        }
    }

    QString m_path;
    QString m_file;
    ZipArchive m_zip;
    XlsxReader::Limits m_limits;
    SheetGrid::Progress m_progress;
    std::unique_ptr<QIODevice> m_device;
    QString m_part;
    bool m_date1904 = false;
    QSet<QString> m_worksheets; // relationship ids of worksheets (not chart sheets)
    qint64 m_cells = 0;         // allocated in the grid, for SheetGrid::MaxCells
    QStringList m_strings;
    QList<Kind> m_styleKinds;
};
} // namespace

SheetTable XlsxReader::read(const QString &path, int *firstDataRow,
                            const SheetGrid::Progress &progress, const Limits &limits)
{
    return Reader(path, limits, progress).read(firstDataRow);
}

} // namespace dj
