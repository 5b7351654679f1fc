#include "XlsSheetList.h"

#include <QtEndian>
#include <optional>

namespace dj {

namespace {

constexpr quint32 EndOfChain = 0xFFFFFFFE;
constexpr quint32 MaxRegular = 0xFFFFFFFA; // sector numbers above it are markers

// UTF-16LE text at any address (records are not aligned).
QString utf16le(const char *p, qsizetype chars)
{
    QString s(chars, Qt::Uninitialized);
    for (qsizetype i = 0; i < chars; ++i)
        s[i] = QChar(qFromLittleEndian<quint16>(p + 2 * i));
    return s;
}

// The name of the 128-byte directory entry at `e`, or nothing for a malformed length.
std::optional<QString> entryName(const QByteArray &dir, qsizetype e)
{
    const quint16 bytes = qFromLittleEndian<quint16>(dir.constData() + e + 0x40);
    if (bytes < 2 || bytes > 64 || bytes % 2)
        return std::nullopt;
    return utf16le(dir.constData() + e, bytes / 2 - 1);
}

// A compound file (MS-CFB) read from memory: the header, the FAT, the directory and streams
// as chains of sectors. Anything out of range ends the read with nothing.
class CompoundFile
{
public:
    explicit CompoundFile(const QByteArray &file) : m_file(file) {}

    bool open()
    {
        if (m_file.size() < 512 || !m_file.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
            return false;
        const quint16 shift = u16(0x1E);
        const quint16 miniShift = u16(0x20);
        if ((shift != 9 && shift != 12) || miniShift != 6)
            return false;
        m_sector = 1 << shift;
        m_sectors = quint32((m_file.size() - 1) / m_sector); // after the header
        m_miniCutoff = u32(0x38);
        // The FAT: its sector numbers from the header's 109 DIFAT entries, then the DIFAT chain.
        const quint32 fatCount = u32(0x2C);
        if (fatCount > m_sectors)
            return false;
        QList<quint32> fatSectors;
        for (int i = 0; i < 109 && quint32(fatSectors.size()) < fatCount; ++i)
            fatSectors << u32(0x4C + 4 * i);
        quint32 difat = u32(0x44);
        for (quint32 hops = 0; quint32(fatSectors.size()) < fatCount && difat <= MaxRegular;
             ++hops) {
            const qint64 at = offset(difat);
            if (at < 0 || hops > m_sectors)
                return false;
            const int perSector = m_sector / 4 - 1;
            for (int i = 0; i < perSector && quint32(fatSectors.size()) < fatCount; ++i)
                fatSectors << u32(at + 4 * i);
            difat = u32(at + 4 * perSector);
        }
        for (quint32 s : std::as_const(fatSectors)) {
            const qint64 at = offset(s);
            if (at < 0)
                return false;
            for (int i = 0; i < m_sector / 4; ++i)
                m_fat << u32(at + 4 * i);
        }
        const std::optional<QByteArray> dir = chain(u32(0x30), m_fat, -1);
        if (!dir)
            return false;
        m_directory = *dir;
        return m_directory.size() >= 128;
    }

    // The stream called `name` (case-insensitively), or nothing.
    std::optional<QByteArray> stream(QStringView name)
    {
        for (qsizetype e = 0; e + 128 <= m_directory.size(); e += 128) {
            const std::optional<QString> entry = entryName(m_directory, e);
            if (quint8(m_directory.at(e + 0x42)) != 2 || !entry ||
                entry->compare(name, Qt::CaseInsensitive) != 0)
                continue; // type 2 is a stream
            const quint32 start = qFromLittleEndian<quint32>(m_directory.constData() + e + 0x74);
            const quint32 size = qFromLittleEndian<quint32>(m_directory.constData() + e + 0x78);
            if (size >= m_miniCutoff)
                return chain(start, m_fat, size);
            return miniStream(start, size);
        }
        return std::nullopt;
    }

    // Whether every directory entry's name length fits its 64-byte field (FreeXL converts the
    // names by that length, into a buffer on its stack).
    bool namesFit() const
    {
        for (qsizetype e = 0; e + 128 <= m_directory.size(); e += 128) {
            const quint16 bytes = qFromLittleEndian<quint16>(m_directory.constData() + e + 0x40);
            if (bytes > 64 || bytes % 2)
                return false;
        }
        return true;
    }

    // How many directory entries are called `name` (case-insensitively).
    int count(QStringView name) const
    {
        int n = 0;
        for (qsizetype e = 0; e + 128 <= m_directory.size(); e += 128) {
            const std::optional<QString> entry = entryName(m_directory, e);
            n += entry && entry->compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
        }
        return n;
    }

private:
    quint16 u16(qint64 at) const
    {
        return at >= 0 && at + 2 <= m_file.size()
                   ? qFromLittleEndian<quint16>(m_file.constData() + at)
                   : 0;
    }
    quint32 u32(qint64 at) const
    {
        return at >= 0 && at + 4 <= m_file.size()
                   ? qFromLittleEndian<quint32>(m_file.constData() + at)
                   : EndOfChain;
    }
    qint64 offset(quint32 sector) const
    {
        if (sector >= m_sectors)
            return -1;
        const qint64 at = (qint64(sector) + 1) * m_sector;
        return at + m_sector <= m_file.size() ? at : -1;
    }

    // The sectors of a chain, in order, cut to `size` bytes (-1: the whole chain). A chain
    // longer than the file has sectors (a loop) or leaving the file gives nothing.
    std::optional<QByteArray> chain(quint32 start, const QList<quint32> &fat, qint64 size) const
    {
        QByteArray out;
        quint32 s = start;
        for (quint32 hops = 0; s != EndOfChain; ++hops) {
            const qint64 at = offset(s);
            if (at < 0 || hops > m_sectors || s >= quint32(fat.size()))
                return std::nullopt;
            out.append(m_file.constData() + at, m_sector);
            if (size >= 0 && out.size() >= size)
                break;
            s = fat.at(s);
        }
        if (size >= 0) {
            if (out.size() < size)
                return std::nullopt;
            out.truncate(size);
        }
        return out;
    }

    // A small stream: 64-byte sectors of the root entry's stream, chained by the mini FAT.
    std::optional<QByteArray> miniStream(quint32 start, quint32 size) const
    {
        const quint32 rootStart = qFromLittleEndian<quint32>(m_directory.constData() + 0x74);
        const std::optional<QByteArray> container = chain(rootStart, m_fat, -1);
        const std::optional<QByteArray> miniFatBytes = chain(u32(0x3C), m_fat, -1);
        if (!container || !miniFatBytes)
            return std::nullopt;
        QList<quint32> miniFat;
        for (qsizetype i = 0; i + 4 <= miniFatBytes->size(); i += 4)
            miniFat << qFromLittleEndian<quint32>(miniFatBytes->constData() + i);
        QByteArray out;
        quint32 s = start;
        for (quint32 hops = 0; out.size() < qsizetype(size); ++hops) {
            const qint64 at = qint64(s) * 64;
            if (s > MaxRegular || hops > quint32(miniFat.size()) || s >= quint32(miniFat.size()) ||
                at + 64 > container->size())
                return std::nullopt;
            out.append(container->constData() + at, 64);
            s = miniFat.at(s);
        }
        out.truncate(size);
        return out;
    }

    const QByteArray &m_file;
    int m_sector = 512;
    quint32 m_sectors = 0;
    quint32 m_miniCutoff = 4096;
    QList<quint32> m_fat;
    QByteArray m_directory;
};

// FreeXL 1.0.6 sizes a sheet's cells by its DIMENSION record and stores each cell record in
// place: a second DIMENSION, a cell before it or outside it corrupts its memory. Such a sheet
// is refused before FreeXL sees it.
struct SheetCheck
{
    bool inSheet = false;
    bool dimension = false;
    quint32 rows = 0;
    quint16 columns = 0;

    bool accept(quint16 type, const char *data, quint16 length, bool biff8)
    {
        if (!inSheet)
            return true;
        if (type == 0x0200) { // DIMENSION
            if (dimension || length < (biff8 ? 14 : 10))
                return false;
            dimension = true;
            rows = biff8 ? qFromLittleEndian<quint32>(data + 4)
                         : qFromLittleEndian<quint16>(data + 2);
            columns = qFromLittleEndian<quint16>(data + (biff8 ? 10 : 6));
            return true;
        }
        switch (type) {
        case 0x0201: case 0x0203: case 0x0204: case 0x0205: case 0x027E: // BLANK ... RK
        case 0x00BD: case 0x00BE: case 0x00FD: case 0x0006: case 0x00D6: // MULRK ... RSTRING
            break;
        default:
            return true;
        }
        if (!dimension || length < 6)
            return false;
        // BIFF8 cells of a fixed size have exactly that size (FreeXL loses memory over a
        // longer one that swallows the records after it).
        if (biff8 && ((type == 0x0201 && length != 6) || (type == 0x0203 && length != 14) ||
                      (type == 0x0205 && length != 8) || (type == 0x027E && length != 10) ||
                      (type == 0x00FD && length != 10)))
            return false;
        const quint16 row = qFromLittleEndian<quint16>(data);
        const quint16 first = qFromLittleEndian<quint16>(data + 2);
        const quint16 last = type == 0x00BD || type == 0x00BE // MULRK, MULBLANK
                                 ? qFromLittleEndian<quint16>(data + length - 2)
                                 : first;
        return row < rows && first < columns && last < columns && last >= first;
    }
};

// Whether the text a BIFF8 FORMAT, FONT or BOUNDSHEET record declares fits inside it: FreeXL
// 1.0.6 copies the declared characters without looking at the record's length.
bool stringFits(quint16 type, const char *data, quint16 length)
{
    qsizetype at = 0, chars = 0;
    if (type == 0x041E && length >= 5) { // FORMAT: index, 16-bit count, flags
        chars = qFromLittleEndian<quint16>(data + 2);
        at = 4;
    } else if (type == 0x0031 && length >= 16) { // FONT: ..., 8-bit count at 14, flags
        chars = quint8(data[14]);
        at = 15;
    } else if (type == 0x0085 && length >= 8) { // BOUNDSHEET: ..., 8-bit count at 6, flags
        chars = quint8(data[6]);
        at = 7;
    } else {
        return type != 0x041E && type != 0x0031 && type != 0x0085; // too short to hold one
    }
    const bool wide = quint8(data[at]) & 0x01;
    return at + 1 + chars * (wide ? 2 : 1) <= length;
}

// Rows × columns of the DIMENSION record of the sheet whose BOF is at `at` (0 when there is
// none among its first records).
qint64 sheetDeclaredCells(const QByteArray &b, quint32 at, bool biff8)
{
    qsizetype p = at;
    for (int records = 0; records < 256 && p + 4 <= b.size(); ++records) {
        const quint16 type = qFromLittleEndian<quint16>(b.constData() + p);
        const quint16 length = qFromLittleEndian<quint16>(b.constData() + p + 2);
        const char *data = b.constData() + p + 4;
        if (p + 4 + length > b.size() || type == 0x000A)
            break;
        if (type == 0x0200 && biff8 && length >= 12)
            return qint64(qFromLittleEndian<quint32>(data + 4)) *
                   qFromLittleEndian<quint16>(data + 10);
        if (type == 0x0200 && !biff8 && length >= 8)
            return qint64(qFromLittleEndian<quint16>(data + 2)) *
                   qFromLittleEndian<quint16>(data + 6);
        p += 4 + length;
    }
    return 0;
}

} // namespace

XlsSheetList XlsSheetList::read(const QByteArray &file)
{
    XlsSheetList out;
    CompoundFile cf(file);
    if (!cf.open())
        return out; // Damaged
    // Two workbook streams: FreeXL might read the one not checked here.
    if (!cf.namesFit() || cf.count(u"Workbook") + cf.count(u"Book") > 1)
        return out; // Damaged
    std::optional<QByteArray> book = cf.stream(u"Workbook");
    if (!book)
        book = cf.stream(u"Book"); // BIFF5
    if (!book) {
        out.status = cf.count(u"EncryptedPackage") > 0 ? Status::EncryptedPackage
                                                       : Status::NoWorkbook;
        return out;
    }
    const QByteArray &b = *book;
    if (b.size() < 4 || (qFromLittleEndian<quint16>(b.constData()) & 0xFF) != 0x09)
        return out; // no BOF: Damaged
    const bool biff8 =
        b.size() >= 6 && qFromLittleEndian<quint16>(b.constData() + 4) == 0x0600;
    const int maxRecord = biff8 ? 8224 : 2080;
    bool globals = true;
    SheetCheck sheet;
    int open = 0; // BOF records not yet closed by an EOF
    // FreeXL decodes the scrambled records of a password-protected file as text, and reads
    // past its buffers doing so: such a file is refused before it gets there.
    bool encrypted = false;
    for (qsizetype at = 0; at + 4 <= b.size();) {
        const quint16 type = qFromLittleEndian<quint16>(b.constData() + at);
        const quint16 length = qFromLittleEndian<quint16>(b.constData() + at + 2);
        const qsizetype data = at + 4;
        if (length > maxRecord || data + length > b.size())
            return out; // Damaged: FreeXL would read past its record buffer
        if (type == 0x0809) // BOF
            ++open;
        if (type == 0x002F) // FILEPASS
            encrypted = true;
        if (at > 0 && type == 0x0809) { // BOF of a sheet (or of a chart inside one)
            sheet = SheetCheck();
            sheet.inSheet = true;
        } else if (type == 0x000A) { // EOF of the globals or a sheet
            globals = false;
            sheet.inSheet = false;
            if (--open < 0)
                return out; // Damaged: an EOF without its BOF
        } else if (biff8 && !stringFits(type, b.constData() + data, length)) {
            return out; // Damaged: FreeXL copies the declared characters past the record
        } else if (!sheet.accept(type, b.constData() + data, length, biff8)) {
            return out; // Damaged: cells FreeXL would store outside the sheet it allocated
        } else if (type == 0x0200 && sheet.inSheet) {
            out.declaredCells += qint64(sheet.rows) * sheet.columns;
        } else if (globals && type == 0x0085 && length >= 7) { // BOUNDSHEET
            XlsSheetEntry e;
            e.hidden = (quint8(b.at(data + 4)) & 0x03) != 0;
            e.worksheet = quint8(b.at(data + 5)) == 0;
            const int chars = quint8(b.at(data + 6));
            if (biff8 && length >= 8) {
                const bool wide = quint8(b.at(data + 7)) & 0x01;
                const qsizetype bytes = qsizetype(chars) * (wide ? 2 : 1);
                if (8 + bytes <= length)
                    e.name = wide ? utf16le(b.constData() + data + 8, chars)
                                  : QString::fromLatin1(b.constData() + data + 8, chars);
            }
            e.declaredCells =
                sheetDeclaredCells(b, qFromLittleEndian<quint32>(b.constData() + data), biff8);
            out.sheets << e;
        }
        at = data + length;
    }
    if (open != 0)
        return out; // Damaged: a sheet without its EOF (FreeXL loses memory over it)
    out.status = encrypted ? Status::Encrypted : Status::Ok;
    return out;
}

} // namespace dj
