#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dj {

// The sheets an old Excel workbook (.xls) declares, with what FreeXL does not report: whether
// each is hidden (WPS keeps its drop-down lists in a hidden first sheet) and whether it is a
// worksheet or a chart, and how many cells it declares. Read from the BOUNDSHEET records of the
// workbook's globals and each sheet's DIMENSION record, found in the compound file (CFBF) by
// a small bounded parser of its own.
struct XlsSheetEntry
{
    QString name;       // empty for a BIFF5 file (its names are in a code page)
    bool hidden = false; // hidden or very hidden
    bool worksheet = true;
    // Rows × columns its DIMENSION record declares: FreeXL allocates a cell for each of them,
    // in every sheet, as the file opens.
    qint64 declaredCells = 0;
};

class XlsSheetList
{
public:
    enum class Status {
        Ok,
        Damaged,          // not a readable compound file, or a BIFF record that is malformed
        NoWorkbook,       // a compound file without a Workbook stream (a Word file ...)
        EncryptedPackage, // an .xlsx saved with a password: a compound file, not a zip
        Encrypted,        // an .xls saved with a password (FILEPASS): its records are scrambled
    };
    Status status = Status::Damaged;
    QList<XlsSheetEntry> sheets; // every BOUNDSHEET in file order
    // Rows × columns of every DIMENSION record in the stream, whichever sheet it is in: what
    // FreeXL allocates when it opens the file.
    qint64 declaredCells = 0;

    // Walks the compound file and every record of the Workbook stream. FreeXL 1.0.6 writes
    // past its buffers on a record longer than BIFF allows, so only a file that passes here
    // (Ok) is handed to it. Never throws, never reads outside `file`, and every loop is
    // bounded by the file's size.
    static XlsSheetList read(const QByteArray &file);
};

} // namespace dj
