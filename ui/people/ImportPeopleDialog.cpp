#include "ImportPeopleDialog.h"

#include "ImportPeopleCommand.h"
#include "app/Session.h"
#include "common/OrgComboBox.h"

namespace {
QList<SheetImportDialog::Field> personFields()
{
    QList<SheetImportDialog::Field> l;
    for (dj::PersonField f : dj::PeopleMapping::fields())
        l.append({dj::PeopleMapping::key(f), dj::PeopleMapping::label(f)});
    return l;
}
} // namespace

ImportPeopleDialog::ImportPeopleDialog(Session &session, QWidget *parent)
    : SheetImportDialog(
          session, personFields(),
          tr("Choose an Excel workbook (.xlsx or the older .xls) or a CSV file with one person "
             "per row and a header row such as 姓名, 性别, 民族, 出生日期, 身份证号, 入党时间, "
             "所在支部. Files saved by WPS, Excel and LibreOffice all work."),
          tr("The import is done in one step: if anything goes wrong nothing is added, and "
             "Edit → Undo removes all the imported people again."),
          parent)
{
    setObjectName(QStringLiteral("importPeopleDialog"));
    setNameHeading(tr("Name"));
    setWindowTitle(tr("Import people from a spreadsheet"));
    setTemplate(dj::TableExport::Table::People);
    m_defaultBranch = new OrgComboBox(this);
    m_defaultBranch->setObjectName(QStringLiteral("importDefaultBranch"));
    m_defaultBranch->setAcceptedTypes({dj::OrgType::Branch});
    m_defaultBranch->setNoneText(tr("(none: a row without a branch is a problem)"));
    m_defaultBranch->reload(session.db());
    addMappingRow(tr("Rows without a branch go to:"), m_defaultBranch);
}

void ImportPeopleDialog::run(Session &session, QWidget *parent)
{
    ImportPeopleDialog dialog(session, parent);
    dialog.exec();
}

QList<int> ImportPeopleDialog::guessColumns(const QStringList &headers) const
{
    const dj::PeopleMapping guess = dj::PeopleImport::guessMapping(headers);
    QList<int> l;
    for (dj::PersonField f : dj::PeopleMapping::fields())
        l << guess.column(f);
    return l;
}

dj::PeopleMapping ImportPeopleDialog::mapping() const
{
    dj::PeopleMapping m;
    const QList<int> chosen = columns();
    for (int i = 0; i < chosen.size(); ++i)
        m.setColumn(dj::PeopleMapping::fields().at(i), chosen.at(i));
    return m;
}

SheetImportDialog::Checked ImportPeopleDialog::check(const dj::SheetTable &table, int firstRow,
                                                     const Progress &progress)
{
    dj::ImportOptions options;
    options.defaultBranchId = m_defaultBranch->currentOrgId();
    m_report = dj::PeopleImport(session().db())
                   .validate(table, mapping(), firstRow, options,
                             [&](int done, int total) { return progress(done, total); });
    Checked checked;
    for (const dj::ImportRow &row : std::as_const(m_report.rows)) {
        if (row.ok())
            ++checked.valid;
        else
            checked.problems.append({row.sheetRow, row.person.name, row.problems});
    }
    return checked;
}

int ImportPeopleDialog::add(bool validOnly, const Progress &progress, QString *error)
{
    auto *cmd = new ImportPeopleCommand(session(), m_report, validOnly,
                                        [&](int done, int total) { return progress(done, total); });
    if (!session().run(cmd, error))
        return -1;
    session().notify(false, true);
    return int(cmd->personIds().size()); // the undo stack owns the command now
}
