#include "ImportOrgsDialog.h"

#include "ImportOrgsCommand.h"
#include "app/Session.h"

namespace {
QList<SheetImportDialog::Field> orgFields()
{
    QList<SheetImportDialog::Field> l;
    for (dj::OrgField f : dj::OrgMapping::fields())
        l.append({dj::OrgMapping::key(f), dj::OrgMapping::label(f)});
    return l;
}
} // namespace

ImportOrgsDialog::ImportOrgsDialog(Session &session, QWidget *parent)
    : SheetImportDialog(
          session, orgFields(),
          tr("Choose an Excel workbook (.xlsx or .xls) or a CSV file with one organisation per "
             "row and a header row such as 组织名称, 组织代码, 组织类型, 上级组织代码, 成立日期, 本届任期开始, "
             "任期年限 — the columns of the organisation table exported by this program. A parent "
             "may be an organisation already in this file (by code or name) or a row of the "
             "sheet. Imported organisations are active; a blank term uses the usual term of the "
             "type."),
          tr("The import is done in one step: if anything goes wrong nothing is added, and "
             "Edit → Undo removes all the imported organisations again."),
          parent)
{
    setObjectName(QStringLiteral("importOrgsDialog"));
    setNameHeading(tr("Organisation"));
    setWindowTitle(tr("Import organisations from a spreadsheet"));
    setTemplate(dj::TableExport::Table::Orgs);
}

void ImportOrgsDialog::run(Session &session, QWidget *parent)
{
    ImportOrgsDialog dialog(session, parent);
    dialog.exec();
}

QList<int> ImportOrgsDialog::guessColumns(const QStringList &headers) const
{
    const dj::OrgMapping guess = dj::OrgImport::guessMapping(headers);
    QList<int> l;
    for (dj::OrgField f : dj::OrgMapping::fields())
        l << guess.column(f);
    return l;
}

dj::OrgMapping ImportOrgsDialog::mapping() const
{
    dj::OrgMapping m;
    const QList<int> chosen = columns();
    for (int i = 0; i < chosen.size(); ++i)
        m.setColumn(dj::OrgMapping::fields().at(i), chosen.at(i));
    return m;
}

SheetImportDialog::Checked ImportOrgsDialog::check(const dj::SheetTable &table, int firstRow,
                                                   const Progress &)
{
    // A department has hundreds of organisations at most: checking takes no time to show.
    m_report = dj::OrgImport(session().db()).validate(table, mapping(), firstRow);
    Checked checked;
    for (const dj::OrgImportRow &row : std::as_const(m_report.rows)) {
        if (row.ok())
            ++checked.valid;
        else
            checked.problems.append({row.sheetRow, row.org.name, row.problems});
    }
    return checked;
}

int ImportOrgsDialog::add(bool validOnly, const Progress &, QString *error)
{
    auto *cmd = new ImportOrgsCommand(session(), m_report, validOnly);
    if (!session().run(cmd, error))
        return -1;
    session().notify(true, false);
    return int(cmd->orgIds().size()); // the undo stack owns the command now
}
