#pragma once

#include <QWizardPage>

namespace dj {
struct ImportOutcome; // exchange/PackageImport.h; not included, see ImportCheckPage.h
}
class ImportCountsModel;
class QCheckBox;
class QLabel;
class QListWidget;
class QTableView;

// The import wizard's third step: what importing would change, from a dry run — per table
// how many rows are new, updated, unchanged, older (ignored), deleted or in conflict; the
// rows behind the selected cell; a warning when earlier packages from the sender are missing.
// When the file already has everything, there is nothing to go on to. Rows the sender may not
// change are listed with why; the package is imported only when the user ticks to leave them out.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(QWidget *parent = nullptr);

    void setOutcome(const dj::ImportOutcome &outcome);
    ImportCountsModel *model() const { return m_model; }
    // Selects a cell and lists its rows (what clicking it does).
    void selectCell(int row, int column);

    // The user chose to import the rest of a package with refused rows.
    bool skipRefused() const;

    bool isComplete() const override;

private:
    void showRows();

    ImportCountsModel *m_model;
    QTableView *m_table;
    QListWidget *m_rows;
    QLabel *m_gap;
    QLabel *m_nothing;
    QListWidget *m_refused;
    QCheckBox *m_skipRefused;
    bool m_nothingToDo = false;
    bool m_hasRefused = false;
};
