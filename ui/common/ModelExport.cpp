#include "ModelExport.h"

#include "common/Error.h"
#include "sheet/SheetWriter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelExport)
};

constexpr int kIndent = 2; // ideographic spaces per tree level

QVariant cellOf(const QVariant &display)
{
    switch (display.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::QDate:
        return display;
    default:
        break;
    }
    const QString text = display.toString();
    if (text.isEmpty() || text == QStringLiteral("—"))
        return {};
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (text.size() == 10 && isoDate.match(text).hasMatch()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            return d;
    }
    return text;
}

struct Walk
{
    QAbstractItemModel *model;
    dj::SheetTable &out;
    const std::function<bool(int, int)> &progress;
    int columns;
    int total;

    // Fetches everything below `parent`, then its rows; false when cancelled.
    bool rows(const QModelIndex &parent, int depth)
    {
        while (model->canFetchMore(parent)) {
            const int before = model->rowCount(parent);
            model->fetchMore(parent);
            if (progress && !progress(model->rowCount(parent), 0))
                return false;
            if (model->rowCount(parent) == before)
                break; // a model that cannot load more after all (a read error it reports itself)
        }
        const int n = model->rowCount(parent);
        if (depth == 0)
            total = n;
        for (int r = 0; r < n; ++r) {
            QVariantList cells;
            cells.reserve(columns);
            for (int c = 0; c < columns; ++c)
                cells.append(cellOf(model->data(model->index(r, c, parent), Qt::DisplayRole)));
            if (depth > 0 && columns > 0 && !cells.isEmpty())
                cells[0] = QString(depth * kIndent, QChar(0x3000)) + cells[0].toString();
            out.rows.append(cells);
            if (progress && out.rows.size() % 1000 == 0 &&
                !progress(int(out.rows.size()), qMax(total, int(out.rows.size()))))
                return false;
            const QModelIndex child = model->index(r, 0, parent);
            if (model->hasChildren(child) && !rows(child, depth + 1))
                return false;
        }
        return true;
    }
};
} // namespace

namespace modelexport {

bool toSheet(QAbstractItemModel *model, dj::SheetTable &out,
             const std::function<bool(int, int)> &progress)
{
    const int columns = model->columnCount();
    out.headers.clear();
    out.rows.clear();
    for (int c = 0; c < columns; ++c)
        out.headers << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    Walk walk{model, out, progress, columns, 0};
    if (!walk.rows(QModelIndex(), 0))
        return false;
    return !progress || progress(int(out.rows.size()), int(out.rows.size()));
}

} // namespace modelexport

QString exportModelInteractively(QAbstractItemModel *model, const QString &suggestedName,
                                 QWidget *parent)
{
    const QString xlsxFilter = Tr::tr("Excel workbook (*.xlsx)");
    const QString csvFilter = Tr::tr("CSV, UTF-8 (*.csv)");
    QString selected = xlsxFilter;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        parent, Tr::tr("Export Table"), QDir(dir).filePath(suggestedName + QStringLiteral(".xlsx")),
        xlsxFilter + QStringLiteral(";;") + csvFilter, &selected);
    if (path.isEmpty())
        return {};
    if (!dj::SheetWriter::formatOf(path)) // no or another extension: the chosen type's
        path += selected == csvFilter ? QStringLiteral(".csv") : QStringLiteral(".xlsx");

    QProgressDialog dialog(Tr::tr("Exporting…"), Tr::tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(Tr::tr("Export Table"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    // The two steps share the bar: reading the model (first half), writing the file.
    const auto step = [&dialog](int half) {
        return [&dialog, half](int done, int total) {
            if (total > 0) {
                dialog.setMaximum(2000);
                dialog.setValue(half * 1000 + int(qint64(done) * 1000 / total));
            }
            QCoreApplication::processEvents();
            return !dialog.wasCanceled();
        };
    };
    try {
        dj::SheetTable table;
        table.name = suggestedName;
        if (!modelexport::toSheet(model, table, step(0)))
            return {};
        if (!dj::SheetWriter::write(table, path, step(1)))
            return {};
    } catch (const dj::Error &e) {
        dialog.reset();
        QMessageBox::warning(parent, Tr::tr("Export Table"), e.message());
        return {};
    }
    return path;
}
