#include "CsvReader.h"

#include "SheetText.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::CsvReader)
};

constexpr qint64 kChunk = 64 * 1024;

std::unique_ptr<QFile> openOrThrow(const QString &path)
{
    auto f = std::make_unique<QFile>(path);
    if (!f->open(QIODevice::ReadOnly))
        throw Error(
            Error::Kind::NotFound,
            Tr::tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), f->errorString()));
    return f;
}

QStringDecoder decoderFor(const QByteArray &name)
{
    return name == "System" ? QStringDecoder(QStringConverter::System)
                            : QStringDecoder(name.constData());
}

// The state of the RFC 4180 scanner between chunks.
class Scanner
{
public:
    Scanner(QChar delimiter, const QString &file) : m_delim(delimiter), m_file(file) {}

    void feed(QStringView text)
    {
        for (const QChar ch : text) {
            if (m_afterCR && ch == QLatin1Char('\n')) {
                m_afterCR = false;
                continue;
            }
            m_afterCR = false;
            if (m_inQuotes) {
                if (ch == QLatin1Char('"')) {
                    m_inQuotes = false;
                    m_afterQuote = true;
                } else {
                    append(ch);
                }
                continue;
            }
            if (m_afterQuote && ch == QLatin1Char('"')) { // "" inside a quoted cell
                append(ch);
                m_inQuotes = true;
                m_afterQuote = false;
                continue;
            }
            m_afterQuote = false;
            if (ch == QLatin1Char('"') && m_field.isEmpty() && !m_quoted) {
                m_inQuotes = m_quoted = true;
            } else if (ch == m_delim) {
                endField();
            } else if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')) {
                endField();
                endRow();
                m_afterCR = ch == QLatin1Char('\r');
            } else {
                append(ch);
            }
        }
    }
    QList<QVariantList> finish()
    {
        if (!m_field.isEmpty() || !m_row.isEmpty() || m_quoted) {
            endField();
            endRow();
        }
        return std::move(m_grid);
    }

private:
    void append(QChar ch)
    {
        m_field += ch;
        if (m_field.size() > SheetGrid::MaxCellChars)
            throw Error(
                Error::Kind::Corrupt,
                Tr::tr(
                    "Row %1 of %2 has a cell of more than %3 MB; such a cell cannot be imported.")
                    .arg(m_grid.size() + 1)
                    .arg(m_file)
                    .arg(SheetGrid::MaxCellChars >> 20));
    }
    void endField()
    {
        // Our own CSV export (and others) put ' before text a spreadsheet would run as a
        // formula; the ' is not part of the value. Only a guard is taken off: see
        // sheettext::needsCsvGuard for why "'=x" still reads back as "'=x".
        m_field = sheettext::unguardCsv(m_field);
        m_row.append(m_field.trimmed().isEmpty() ? QVariant() : QVariant(m_field));
        SheetGrid::checkCells(++m_cells, m_file);
        m_field.clear();
        m_quoted = m_inQuotes = m_afterQuote = false;
    }
    void endRow()
    {
        if (m_grid.size() >= SheetGrid::MaxRows)
            throw Error(Error::Kind::Corrupt,
                        Tr::tr("%1 has more than %2 rows; split it into smaller files.")
                            .arg(m_file)
                            .arg(SheetGrid::MaxRows));
        m_grid.append(m_row);
        m_row.clear();
    }

    QChar m_delim;
    QString m_file;
    QString m_field;
    QVariantList m_row;
    QList<QVariantList> m_grid;
    qint64 m_cells = 0;
    bool m_inQuotes = false, m_quoted = false, m_afterQuote = false, m_afterCR = false;
};
} // namespace

QByteArray CsvReader::detectEncoding(const QString &path)
{
    const auto file = openOrThrow(path);
    QFile &f = *file;
    const QByteArray head = f.peek(4);
    if (const auto bom = QStringConverter::encodingForData(head); bom && head.size() >= 2) {
        // encodingForData also guesses from NUL bytes; only a real BOM decides here.
        if (head.startsWith("\xEF\xBB\xBF") || head.startsWith("\xFF\xFE") ||
            head.startsWith("\xFE\xFF"))
            return QStringConverter::nameForEncoding(*bom);
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    while (!f.atEnd()) {
        const QString ignored = utf8(f.read(kChunk));
        if (utf8.hasError())
            return QStringDecoder("GB18030").isValid() ? QByteArray("GB18030")
                                                       : QByteArray("System");
    }
    return "UTF-8";
}

QChar CsvReader::sniffDelimiter(QStringView text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    QChar best = candidates[0];
    int bestScore = 0;
    for (const QChar d : candidates) {
        QList<int> counts{0};
        bool quoted = false;
        for (const QChar ch : text) {
            if (ch == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && ch == d)
                ++counts.last();
            else if (!quoted && ch == QLatin1Char('\n')) {
                if (counts.size() >= 20)
                    break;
                counts.append(0);
            }
        }
        QHash<int, int> frequency;
        for (int c : std::as_const(counts)) {
            if (c > 0)
                ++frequency[c];
        }
        int score = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
            score =
                qMax(score, it.value() * 1000 + it.key()); // most lines alike, then most columns
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

SheetTable CsvReader::read(const QString &path, int *firstDataRow,
                           const SheetGrid::Progress &progress)
{
    const auto in = openOrThrow(path);
    QFile &f = *in;
    const QString file = QFileInfo(path).fileName();
    const qint64 total = f.size();
    if (total > SheetGrid::MaxFileBytes)
        throw Error(Error::Kind::Corrupt,
                    Tr::tr("%1 is larger than %2 MB; split it into smaller files.")
                        .arg(file)
                        .arg(SheetGrid::MaxFileBytes >> 20));
    QStringDecoder decoder = decoderFor(detectEncoding(path));
    QString text = decoder(f.read(kChunk));
    Scanner scanner(sniffDelimiter(text), file);
    while (true) {
        scanner.feed(text);
        if (f.atEnd())
            break;
        if (progress && !progress(f.pos(), total))
            SheetGrid::cancelled();
        text = decoder(f.read(kChunk));
    }
    return SheetGrid::toTable(scanner.finish(), QFileInfo(path).completeBaseName(), firstDataRow);
}

} // namespace dj
