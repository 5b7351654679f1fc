#include "XlsxWriter.h"

#include "WriteRows.h"

#include "SheetText.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cstdio>
#include <xlsxwriter.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::XlsxWriter)
};

constexpr lxw_row_t kMaxRows = 1048576; // Excel's limits
constexpr lxw_col_t kMaxColumns = 16384;
constexpr int kMaxCellText = 32767;
constexpr double kMaxWidth = 60;   // wider columns are worse on paper than wrapped ones
constexpr int kLandscapeAbove = 6; // columns

// Excel's 1900 date system, including its fictitious 1900-02-29; invalid before 1900.
double excelSerial(const QDate &d)
{
    static const QDate epoch(1899, 12, 30);
    if (d >= QDate(1900, 3, 1))
        return double(epoch.daysTo(d));
    if (d >= QDate(1900, 1, 1))
        return double(epoch.daysTo(d) - 1);
    return -1;
}

// Text for a string cell: "_x0041_" typed by a person is escaped so that no reader decodes it
// (libxlsxwriter itself writes control characters as _xHHHH_).
QByteArray utf8(const QString &s)
{
    return sheettext::protectXlsxEscapes(s.left(kMaxCellText)).toUtf8();
}
} // namespace

struct XlsxWriter::Impl
{
    QString path;
    QTemporaryFile temp; // in the target's directory, so the final copy stays on one disk
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
    lxw_format *textFormat = nullptr; // for setTextColumns
    QList<int> textColumns;
    QByteArray sheetName;
    QVector<double> widths;
    lxw_row_t row = 0;

    ~Impl()
    {
        if (!book)
            return;
        // Discards the rows written so far. lxw_workbook_free leaves a constant-memory
        // sheet's temp file open: every cancelled export would keep a descriptor and the
        // disk space of its rows until the program ends.
        if (sheet && sheet->optimize_tmpfile) {
            std::fclose(sheet->optimize_tmpfile);
            sheet->optimize_tmpfile = nullptr;
        }
        lxw_workbook_free(book);
    }

    [[noreturn]] void fail(lxw_error e) const
    {
        throw Error(Error::Kind::Storage,
                    Tr::tr("Could not write the spreadsheet %1: %2.")
                        .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(e))));
    }
    void check(lxw_error e) const
    {
        if (e != LXW_NO_ERROR)
            fail(e);
    }
    void widen(lxw_col_t col, double units)
    {
        if (col < lxw_col_t(widths.size()) && units > widths[col])
            widths[col] = units;
    }
    void writeCell(lxw_col_t col, const QVariant &v);
};

void XlsxWriter::Impl::writeCell(lxw_col_t col, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        return;
    case QMetaType::QDate: {
        const QDate d = v.toDate();
        const double serial = d.isValid() ? excelSerial(d) : -1;
        if (serial >= 0) {
            check(worksheet_write_number(sheet, row, col, serial, date));
            widen(col, 10);
            return;
        }
        break; // before 1900 (or invalid): as text below
    }
    case QMetaType::QDateTime: {
        const QDateTime t = v.toDateTime().toLocalTime();
        const double serial = t.isValid() ? excelSerial(t.date()) : -1;
        if (serial >= 0) {
            check(worksheet_write_number(
                sheet, row, col, serial + t.time().msecsSinceStartOfDay() / 86400000.0, dateTime));
            widen(col, 16);
            return;
        }
        break;
    }
    case QMetaType::Bool:
        check(worksheet_write_boolean(sheet, row, col, v.toBool(), nullptr));
        widen(col, 5);
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        check(worksheet_write_number(sheet, row, col, v.toDouble(), nullptr));
        widen(col, sheettext::displayWidth(v.toString()));
        return;
    default:
        break;
    }
    const QString text =
        v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString();
    if (text.isEmpty())
        return;
    // worksheet_write_string stores text, never a formula, so "=SUM(A1)" stays inert.
    check(worksheet_write_string(sheet, row, col, utf8(text).constData(),
                                 textColumns.contains(int(col)) ? textFormat : nullptr));
    widen(col, sheettext::displayWidth(text));
}

XlsxWriter::XlsxWriter(const QString &path, const QString &sheetName, const QStringList &headers)
    : d(new Impl)
{
    d->path = path;
    if (headers.size() > int(kMaxColumns))
        throw Error(Error::Kind::Invalid,
                    Tr::tr("A sheet has at most %1 columns; this table has %2.")
                        .arg(kMaxColumns)
                        .arg(headers.size()));
    const QFileInfo target(path);
    d->temp.setFileTemplate(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!d->temp.open())
        throw Error(Error::Kind::Storage, Tr::tr("Cannot create a file in the folder %1: %2.")
                                              .arg(QDir::toNativeSeparators(target.absolutePath()),
                                                   d->temp.errorString()));
    d->temp.close(); // libxlsxwriter opens it again by name when the workbook is closed
#ifdef Q_OS_WIN
    const QByteArray tempName =
        d->temp.fileName().toUtf8(); // libxlsxwriter converts UTF-8 for _wfopen
#else
    const QByteArray tempName = QFile::encodeName(d->temp.fileName());
#endif
    lxw_workbook_options options = {LXW_TRUE /*constant_memory*/, nullptr /*tmpdir*/,
                                    LXW_FALSE /*use_zip64*/};
    d->book = workbook_new_opt(tempName.constData(), &options);
    if (!d->book)
        d->fail(LXW_ERROR_MEMORY_MALLOC_FAILED);

    const QString title = safeSheetName(sheetName);
    d->sheetName = title.toUtf8();
    lxw_doc_properties props = {};
    const QByteArray titleUtf8 = sheetName.toUtf8();
    props.title = const_cast<char *>(titleUtf8.constData()); // copied by libxlsxwriter
    props.created = time_t(Clock::now().toSecsSinceEpoch());
    d->check(workbook_set_properties(d->book, &props));

    d->sheet = workbook_add_worksheet(d->book, d->sheetName.constData());
    if (!d->sheet)
        d->fail(LXW_ERROR_MEMORY_MALLOC_FAILED);
    d->bold = workbook_add_format(d->book);
    format_set_bold(d->bold);
    format_set_align(d->bold, LXW_ALIGN_VERTICAL_CENTER);
    d->date = workbook_add_format(d->book);
    format_set_num_format(d->date, "yyyy-mm-dd");
    d->dateTime = workbook_add_format(d->book);
    format_set_num_format(d->dateTime, "yyyy-mm-dd hh:mm");

    lxw_worksheet *ws = d->sheet;
    worksheet_freeze_panes(ws, 1, 0);
    d->check(worksheet_repeat_rows(ws, 0, 0));
    worksheet_set_paper(ws, 9); // A4
    if (headers.size() > kLandscapeAbove)
        worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0); // as wide as one page, as many pages down as it takes
    worksheet_gridlines(ws,
                        LXW_SHOW_ALL_GRIDLINES); // a printed table without lines is hard to read
    worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
    const QByteArray footer = (QStringLiteral("&C") + Tr::tr("Page &P of &N")).toUtf8();
    d->check(worksheet_set_footer(ws, footer.constData()));
    // ID numbers and phone numbers are text on purpose; no green "number stored as text" marks.
    d->check(worksheet_ignore_errors(ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576"));

    d->widths.fill(0, headers.size());
    for (int c = 0; c < headers.size(); ++c) {
        d->check(
            worksheet_write_string(ws, 0, lxw_col_t(c), utf8(headers.at(c)).constData(), d->bold));
        d->widen(lxw_col_t(c), sheettext::displayWidth(headers.at(c)) * 1.1); // bold is wider
    }
    d->row = 1;
}

XlsxWriter::~XlsxWriter() = default;

void XlsxWriter::addRow(const QVariantList &cells)
{
    if (!d->book)
        return;
    if (d->row >= kMaxRows)
        throw Error(
            Error::Kind::Invalid,
            Tr::tr("A sheet has at most %1 rows; export fewer rows (filter by organisation).")
                .arg(kMaxRows - 1));
    const int n = qMin(cells.size(), d->widths.size());
    for (int c = 0; c < n; ++c)
        d->writeCell(lxw_col_t(c), cells.at(c));
    ++d->row;
}

void XlsxWriter::setTextColumns(const QList<int> &columns)
{
    if (!d->book)
        return;
    if (!d->textFormat) {
        d->textFormat = workbook_add_format(d->book);
        format_set_num_format(d->textFormat, "@");
    }
    d->textColumns = columns;
}

void XlsxWriter::commit()
{
    if (!d->book)
        return;
    lxw_worksheet *ws = d->sheet;
    const lxw_col_t columns = lxw_col_t(d->widths.size());
    for (lxw_col_t c = 0; c < columns; ++c)
        d->check(worksheet_set_column(ws, c, c, qMin(kMaxWidth, qMax(6.0, d->widths[c] + 2)),
                                      d->textColumns.contains(int(c)) ? d->textFormat : nullptr));
    if (columns > 0)
        d->check(worksheet_autofilter(ws, 0, 0, d->row - 1, columns - 1));

    lxw_workbook *book = d->book;
    d->book = nullptr; // workbook_close frees it, whatever it returns
    d->check(workbook_close(book));

    // Move the finished file into place atomically. QSaveFile rather than a rename: it
    // replaces an existing file on every platform and keeps its permissions.
    QFile in(d->temp.fileName());
    QSaveFile out(d->path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Storage,
                    Tr::tr("Could not write the spreadsheet %1: %2.")
                        .arg(QDir::toNativeSeparators(d->path),
                             in.isOpen() ? out.errorString() : in.errorString()));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = in.read(buffer.data(), buffer.size())) > 0;)
        if (out.write(buffer.constData(), n) != n)
            break;
    if (in.error() != QFileDevice::NoError || !out.commit())
        throw Error(Error::Kind::Storage,
                    Tr::tr("Could not write the spreadsheet %1: %2.")
                        .arg(QDir::toNativeSeparators(d->path), out.errorString()));
}

bool XlsxWriter::write(const SheetTable &table, const QString &path,
                       const std::function<bool(int, int)> &progress)
{
    XlsxWriter w(path, table.name, table.headers);
    return writeRows(w, table, progress);
}

QString XlsxWriter::safeSheetName(const QString &name)
{
    QString s = name.simplified();
    for (QChar &ch : s)
        if (QStringLiteral("[]:*?/\\").contains(ch))
            ch = QLatin1Char('_');
    while (s.startsWith(QLatin1Char('\'')))
        s.remove(0, 1);
    s = s.left(31);
    while (s.endsWith(QLatin1Char('\'')))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("Sheet1") : s;
}

} // namespace dj
