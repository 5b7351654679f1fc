#include "SheetWriter.h"

#include "WriteRows.h"

#include "CsvWriter.h"
#include "XlsxWriter.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::SheetWriter)
};
} // namespace

std::optional<SheetWriter::Format> SheetWriter::formatOf(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (ext == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

SheetWriter::SheetWriter(const QString &path, const QString &sheetName, const QStringList &headers)
{
    const auto format = formatOf(path);
    if (!format)
        throw Error(Error::Kind::Invalid,
                    Tr::tr("Cannot export to \"%1\": the file name must end in .xlsx or .csv.")
                        .arg(QFileInfo(path).fileName()));
    if (*format == Format::Xlsx)
        m_xlsx = std::make_unique<XlsxWriter>(path, sheetName, headers);
    else
        m_csv = std::make_unique<CsvWriter>(path, headers);
}

SheetWriter::~SheetWriter() = default;

void SheetWriter::addRow(const QVariantList &cells)
{
    if (m_xlsx)
        m_xlsx->addRow(cells);
    else
        m_csv->addRow(cells);
}

void SheetWriter::commit()
{
    if (m_xlsx)
        m_xlsx->commit();
    else
        m_csv->commit();
}

bool SheetWriter::write(const SheetTable &table, const QString &path,
                        const std::function<bool(int, int)> &progress)
{
    SheetWriter w(path, table.name, table.headers);
    return writeRows(w, table, progress);
}

} // namespace dj
