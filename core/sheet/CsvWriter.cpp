#include "CsvWriter.h"

#include "WriteRows.h"

#include "SheetText.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::CsvWriter)
};

QString text(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    default:
        return v.toString();
    }
}

bool isText(const QVariant &v)
{
    return v.typeId() == QMetaType::QString || v.typeId() == QMetaType::QByteArray ||
           v.typeId() == QMetaType::QChar;
}
} // namespace

struct CsvWriter::Impl
{
    QSaveFile file;
    QByteArray buffer;
    int columns = 0;
};

CsvWriter::CsvWriter(const QString &path, const QStringList &headers) : d(new Impl)
{
    d->file.setFileName(path);
    if (!d->file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Storage,
                    Tr::tr("Could not write the file %1: %2.")
                        .arg(QDir::toNativeSeparators(path), d->file.errorString()));
    d->columns = int(headers.size());
    d->buffer = QByteArray("\xEF\xBB\xBF"); // BOM: without it WPS and Excel guess GBK
    QVariantList row;
    for (const QString &h : headers)
        row.append(h);
    addRow(row);
}

CsvWriter::~CsvWriter() = default; // an uncommitted QSaveFile discards what it wrote

QString CsvWriter::field(const QVariant &cell)
{
    QString s = text(cell);
    if (isText(cell)) // numbers stay numbers: -5 is not a formula
        s = sheettext::guardCsv(s);
    // Tabs and semicolons are quoted too, so the reader's delimiter sniffing (which skips
    // quoted text) cannot take them for the separator.
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
        s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')) ||
        s.contains(QLatin1Char('\t')) || s.contains(QLatin1Char(';'))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

void CsvWriter::addRow(const QVariantList &cells)
{
    // Every line has the header's number of fields, as RFC 4180 asks.
    QString line;
    for (int c = 0; c < d->columns; ++c) {
        if (c > 0)
            line += QLatin1Char(',');
        if (c < cells.size())
            line += field(cells.at(c));
    }
    line += QLatin1String("\r\n");
    d->buffer += line.toUtf8();
    if (d->buffer.size() > (1 << 20))
        flush();
}

void CsvWriter::flush()
{
    if (d->file.write(d->buffer) != d->buffer.size())
        throw Error(Error::Kind::Storage,
                    Tr::tr("Could not write the file %1: %2.")
                        .arg(QDir::toNativeSeparators(d->file.fileName()), d->file.errorString()));
    d->buffer.clear();
}

void CsvWriter::commit()
{
    flush();
    if (!d->file.commit())
        throw Error(Error::Kind::Storage,
                    Tr::tr("Could not write the file %1: %2.")
                        .arg(QDir::toNativeSeparators(d->file.fileName()), d->file.errorString()));
}

bool CsvWriter::write(const SheetTable &table, const QString &path,
                      const std::function<bool(int, int)> &progress)
{
    CsvWriter w(path, table.headers);
    return writeRows(w, table, progress);
}

} // namespace dj
