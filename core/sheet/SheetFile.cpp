#include "SheetFile.h"

#include "CsvReader.h"
#include "XlsReader.h"
#include "XlsxReader.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::SheetFile)
};
} // namespace

SheetTable SheetFile::read(const QString &path, int *firstDataRow,
                           const SheetGrid::Progress &progress)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound,
                    Tr::tr("%1 cannot be read: %2")
                        .arg(name, QFileInfo::exists(path) ? f.errorString()
                                                           : Tr::tr("there is no such file.")));
    const QByteArray head = f.read(8192);
    f.close();
    const QString ext = QFileInfo(path).suffix().toLower();
    SheetTable table;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        table = XlsxReader::read(path, firstDataRow, progress);
    } else if (head.startsWith("\xD0\xCF\x11\xE0")) {
        table = XlsReader::read(path, firstDataRow, progress); // also refuses .doc, encrypted
    } else if (head.isEmpty()) {
        throw Error(Error::Kind::NotOurFile, Tr::tr("%1 is empty.").arg(name));
    } else if (ext == QLatin1String("xlsx") || ext == QLatin1String("xlsm") ||
               ext == QLatin1String("xls")) {
        // Web systems often save an HTML table under an Excel name.
        const QByteArray start = head.left(512).trimmed().toLower();
        if (start.contains("<html") || start.contains("<!doctype") || start.contains("<table"))
            throw Error(Error::Kind::NotOurFile,
                        Tr::tr("%1 is a web page (HTML) with an Excel name, not a workbook; open "
                               "it in WPS or Excel, save it as .xlsx and import that.")
                            .arg(name));
        throw Error(Error::Kind::NotOurFile,
                    ext == QLatin1String("xls")
                        ? Tr::tr("%1 is not an Excel workbook (.xls).").arg(name)
                        : Tr::tr("%1 is not an Excel workbook (.xlsx).").arg(name));
    } else {
        // Text has no NUL bytes unless it is UTF-16, which starts with a byte order mark.
        const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
        if (!utf16 && head.contains('\0'))
            throw Error(
                Error::Kind::NotOurFile,
                Tr::tr("%1 is not a spreadsheet: import an Excel workbook (.xlsx or .xls) or a "
                       "CSV file.")
                    .arg(name));
        table = CsvReader::read(path, firstDataRow, progress);
    }
    if (table.headers.isEmpty())
        throw Error(Error::Kind::Corrupt,
                    Tr::tr("The sheet \"%1\" in %2 is empty.").arg(table.name, name));
    return table;
}

} // namespace dj
