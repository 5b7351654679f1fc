#pragma once

#include "common/SheetImportDialog.h"
#include "sheet/OrgImport.h"

// 导入组织: the sheet import wizard for organisations (such as a sheet exported from another
// office, or one typed up from paper). Parents may be in the data file or anywhere in the
// sheet. One transaction and one step on the undo stack (ImportOrgsCommand).
class ImportOrgsDialog : public SheetImportDialog
{
    Q_OBJECT
public:
    explicit ImportOrgsDialog(Session &session, QWidget *parent = nullptr);

    // Opens the dialog modally over `parent`.
    static void run(Session &session, QWidget *parent);

    dj::OrgMapping mapping() const;

protected:
    QList<int> guessColumns(const QStringList &headers) const override;
    Checked check(const dj::SheetTable &table, int firstRow, const Progress &progress) override;
    int add(bool validOnly, const Progress &progress, QString *error) override;

private:
    dj::OrgImportReport m_report;
};
