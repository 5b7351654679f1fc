#pragma once

#include "exchange/PackageExport.h"

#include <QWidget>

class QLabel;
class QTableWidget;

// The export dialog's last page: where the package went, how many rows of what, for whom,
// its number in the stream to that office and how it is protected; the rows per table.
class ExportSummaryPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExportSummaryPage(QWidget *parent = nullptr);
    void setOutcome(const dj::ExportOutcome &outcome, const QString &path);

signals:
    void closeRequested();

private:
    QLabel *m_summary;
    QTableWidget *m_rows;
};
