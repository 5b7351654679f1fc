#pragma once

#include "common/SheetImportDialog.h"
#include "sheet/PeopleImport.h"

class OrgComboBox;

// 导入党员: the sheet import wizard for people, with a branch for rows that name none. The
// import is one transaction and one step on the undo stack (ImportPeopleCommand): Edit → Undo
// removes the imported people again.
class ImportPeopleDialog : public SheetImportDialog
{
    Q_OBJECT
public:
    explicit ImportPeopleDialog(Session &session, QWidget *parent = nullptr);

    // Opens the dialog modally over `parent`.
    static void run(Session &session, QWidget *parent);

    dj::PeopleMapping mapping() const;
    const dj::ImportReport &report() const { return m_report; }

protected:
    QList<int> guessColumns(const QStringList &headers) const override;
    Checked check(const dj::SheetTable &table, int firstRow, const Progress &progress) override;
    int add(bool validOnly, const Progress &progress, QString *error) override;

private:
    OrgComboBox *m_defaultBranch;
    dj::ImportReport m_report;
};
