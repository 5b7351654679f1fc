#include "XlsReader.h"

#include "XlsSheetList.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cmath>
#include <freexl.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::XlsReader)
};

// FreeXL wants its handle closed even when opening failed.
class Handle
{
public:
    ~Handle()
    {
        if (m_handle)
            freexl_close(m_handle);
    }
    const void **out() { return &m_handle; }
    const void *get() const { return m_handle; }

private:
    const void *m_handle = nullptr;
};

QString passwordProtected(const QString &file)
{
    return Tr::tr("%1 is protected by a password; open it in WPS or Excel, save a copy without "
                  "the password and import that.")
        .arg(file);
}

QString damaged(const QString &file)
{
    return Tr::tr("%1 is damaged and cannot be read as an Excel 97-2003 workbook (.xls); open it "
                  "in WPS or Excel and save it again.")
        .arg(file);
}

QVariant cellValue(const FreeXL_CellValue &v, int maxChars, const QString &file)
{
    switch (v.type) {
    case FREEXL_CELL_INT:
        return qint64(v.value.int_value);
    case FREEXL_CELL_DOUBLE: {
        const double d = v.value.double_value;
        // Whole numbers as integers, as XlsxReader keeps them (a phone number, a year).
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 1e15)
            return qint64(d);
        return std::isfinite(d) ? QVariant(d) : QVariant();
    }
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT: {
        if (!v.value.text_value)
            return {};
        const qsizetype bytes = qstrnlen(v.value.text_value, size_t(maxChars) * 4 + 1);
        const QString s = bytes > qsizetype(maxChars) * 4
                              ? QString()
                              : QString::fromUtf8(v.value.text_value, bytes);
        if (bytes > qsizetype(maxChars) * 4 || s.size() > maxChars)
            throw Error(Error::Kind::Corrupt,
                        Tr::tr("A cell of %1 holds more than %2 MB of text; such a cell cannot be "
                               "imported.")
                            .arg(file)
                            .arg(maxChars >> 20));
        return s.isEmpty() ? QVariant() : QVariant(s);
    }
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME: {
        // "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS": the imports keep dates only.
        const QDate d = v.value.text_value
                            ? QDate::fromString(QString::fromLatin1(v.value.text_value,
                                                                  qstrnlen(v.value.text_value, 10)),
                                                Qt::ISODate)
                            : QDate();
        return d.isValid() ? QVariant(d) : QVariant();
    }
    case FREEXL_CELL_TIME:
        return v.value.text_value ? QVariant(QString::fromLatin1(v.value.text_value)) : QVariant();
    default:
        return {};
    }
}

class Reader
{
public:
    Reader(const QString &path, const XlsLimits &limits, const SheetGrid::Progress &progress)
        : m_path(path), m_file(QFileInfo(path).fileName()), m_limits(limits),
          m_progress(progress)
    {
    }

    SheetTable read(int *firstDataRow)
    {
        // Our own walk of the file first: FreeXL is only given what it can read safely.
        const QByteArray bytes = readBytes();
        const XlsSheetList list = XlsSheetList::read(bytes);
        refuseUnless(list.status);
        // FreeXL allocates every declared cell of every sheet as it opens the file: a crafted
        // DIMENSION would cost gigabytes before a single cell is read.
        SheetGrid::checkCells(list.declaredCells, m_file, m_limits.maxCells);
        // FreeXL opens a path itself: give it a private copy of exactly the bytes checked
        // (the file may change meanwhile), under a name its char* API can always spell.
        QTemporaryFile copy(QDir(QDir::tempPath()).filePath(QStringLiteral("dj-xls-XXXXXX.xls")));
        if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
            throw Error(Error::Kind::Storage,
                        Tr::tr("Cannot make a temporary copy of %1: %2")
                            .arg(m_file, copy.errorString()));
        copy.close();
        Handle h;
        const int rc = freexl_open(QFile::encodeName(copy.fileName()).constData(), h.out());
        if (rc != FREEXL_OK)
            failOpen(rc);
        unsigned int info = 0;
        if (freexl_get_info(h.get(), FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
            info == FREEXL_BIFF_OBFUSCATED)
            throw Error(Error::Kind::NotOurFile, passwordProtected(m_file));
        unsigned int sheets = 0;
        if (freexl_get_info(h.get(), FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK || sheets == 0)
            throw Error(Error::Kind::Corrupt, Tr::tr("%1 has no readable worksheet.").arg(m_file));
        const unsigned short sheet = chooseSheet(h.get(), sheets, list.sheets);
        const char *name = nullptr;
        if (freexl_get_worksheet_name(h.get(), sheet, &name) != FREEXL_OK ||
            freexl_select_active_worksheet(h.get(), sheet) != FREEXL_OK)
            throw Error(Error::Kind::Corrupt, Tr::tr("%1 has no readable worksheet.").arg(m_file));
        const QString sheetName = name ? QString::fromUtf8(name) : QString();
        return SheetGrid::toTable(readSheet(h.get()), sheetName, firstDataRow);
    }

private:
    QByteArray readBytes() const
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::NotFound,
                        Tr::tr("%1 cannot be read: %2").arg(m_file, f.errorString()));
        if (f.size() > m_limits.maxFileBytes)
            throw Error(Error::Kind::Corrupt,
                        Tr::tr("%1 is larger than %2 MB; split it into smaller files.")
                            .arg(m_file)
                            .arg(m_limits.maxFileBytes >> 20));
        return f.readAll();
    }

    void refuseUnless(XlsSheetList::Status status) const
    {
        switch (status) {
        case XlsSheetList::Status::Ok:
            return;
        case XlsSheetList::Status::EncryptedPackage:
        case XlsSheetList::Status::Encrypted:
            throw Error(Error::Kind::NotOurFile, passwordProtected(m_file));
        case XlsSheetList::Status::NoWorkbook:
            throw Error(Error::Kind::NotOurFile,
                        Tr::tr("%1 is an Office file but not an Excel workbook (perhaps a Word "
                               "document); import an Excel workbook (.xls or .xlsx) or a CSV file.")
                            .arg(m_file));
        case XlsSheetList::Status::Damaged:
            break;
        }
        throw Error(Error::Kind::Corrupt, damaged(m_file));
    }

    [[noreturn]] void failOpen(int rc) const
    {
        if (rc == FREEXL_FILE_NOT_FOUND)
            throw Error(Error::Kind::NotFound, Tr::tr("%1 cannot be read.").arg(m_file));
        if (rc == FREEXL_INSUFFICIENT_MEMORY)
            throw Error(Error::Kind::Corrupt,
                        Tr::tr("%1 is too large to read; split it into smaller files.")
                            .arg(m_file));
        throw Error(Error::Kind::Corrupt, damaged(m_file));
    }

    // The first visible worksheet, as XlsxReader chooses; the first sheet when the file does
    // not say which are hidden.
    unsigned short chooseSheet(const void *h, unsigned int count,
                               QList<XlsSheetEntry> declared) const
    {
        if (declared.size() != qsizetype(count)) {
            // FreeXL may list worksheets only: match those.
            QList<XlsSheetEntry> worksheets;
            for (const XlsSheetEntry &e : std::as_const(declared)) {
                if (e.worksheet)
                    worksheets << e;
            }
            declared = worksheets;
        }
        if (declared.size() != qsizetype(count))
            return 0;
        for (unsigned short i = 0; i < count && i < 0xFFFF; ++i) {
            const char *name = nullptr;
            const XlsSheetEntry &e = declared.at(i);
            if (!e.name.isEmpty() && freexl_get_worksheet_name(h, i, &name) == FREEXL_OK &&
                name && QString::fromUtf8(name) != e.name)
                return 0; // the two readers disagree: trust neither's order
            if (e.worksheet && !e.hidden)
                return i;
        }
        for (unsigned short i = 0; i < count && i < 0xFFFF; ++i) {
            if (declared.at(i).worksheet)
                return i;
        }
        return 0;
    }

    QList<QVariantList> readSheet(const void *h)
    {
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(h, &rows, &columns) != FREEXL_OK)
            throw Error(Error::Kind::Corrupt, Tr::tr("%1 has no readable worksheet.").arg(m_file));
        if (rows > unsigned(m_limits.maxRows))
            throw Error(Error::Kind::Corrupt,
                        Tr::tr("%1 has more than %2 rows; split it into smaller files.")
                            .arg(m_file)
                            .arg(m_limits.maxRows));
        QList<QVariantList> grid;
        qint64 cells = 0;
        for (unsigned int r = 0; r < rows; ++r) {
            if (r % 2000 == 1999 && m_progress && !m_progress(r, rows))
                SheetGrid::cancelled();
            QVariantList row;
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue v;
                if (freexl_get_cell_value(h, r, c, &v) != FREEXL_OK)
                    continue;
                const QVariant value = cellValue(v, m_limits.maxCellChars, m_file);
                if (!value.isValid())
                    continue;
                if (row.size() <= c) {
                    cells += c + 1 - row.size();
                    SheetGrid::checkCells(cells, m_file, m_limits.maxCells);
                    row.resize(c + 1);
                }
                row[c] = value;
            }
            grid.append(row);
        }
        return grid;
    }

    QString m_path;
    QString m_file;
    XlsLimits m_limits;
    SheetGrid::Progress m_progress;
};
} // namespace

SheetTable XlsReader::read(const QString &path, int *firstDataRow,
                           const SheetGrid::Progress &progress, const Limits &limits)
{
    return Reader(path, limits, progress).read(firstDataRow);
}

} // namespace dj
