<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountEditDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <source>locked until %1 (%n wrong password(s))</source>
        <translation>
            <numerusform>locked until %1 (%n wrong password)</numerusform>
            <numerusform>locked until %1 (%n wrong passwords)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s)</source>
        <translation>
            <numerusform>%n wrong password</numerusform>
            <numerusform>%n wrong passwords</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessPage</name>
    <message numerus="yes">
        <source>%n tie(s) to decide</source>
        <translation>
            <numerusform>%n tie to decide</numerusform>
            <numerusform>%n ties to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n place(s)</source>
        <translation>
            <numerusform>%1: %n place</numerusform>
            <numerusform>%1: %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) tie at %1; the quota gives %2. Grade of %3:</source>
        <translation>
            <numerusform>%n organisation ties at %1; the quota gives %2. Grade of %3:</numerusform>
            <numerusform>%n organisations tie at %1; the quota gives %2. Grade of %3:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%Ln entry(s) found; the newest %1 are listed. Narrow the search to see older ones.</source>
        <translation>
            <numerusform>%Ln entry found; the newest %1 is listed. Narrow the search to see older ones.</numerusform>
            <numerusform>%Ln entries found; the newest %1 are listed. Narrow the search to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) found.</source>
        <translation>
            <numerusform>%Ln entry found.</numerusform>
            <numerusform>%Ln entries found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %Ln entry(s) checked, none changed or missing. Its head is %1 — note it down to compare with later.</source>
        <translation>
            <numerusform>The audit log is intact: %Ln entry checked, none changed or missing. Its head is %1 — note it down to compare with later.</numerusform>
            <numerusform>The audit log is intact: %Ln entries checked, none changed or missing. Its head is %1 — note it down to compare with later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) written to %1.</source>
        <translation>
            <numerusform>%Ln entry written to %1.</numerusform>
            <numerusform>%Ln entries written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message numerus="yes">
        <source>(%n byte(s) of data)</source>
        <translation>
            <numerusform>(%n byte of data)</numerusform>
            <numerusform>(%n bytes of data)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSummaryPage</name>
    <message numerus="yes">
        <source>%n row(s) of %1.</source>
        <translation>
            <numerusform>%n row of %1.</numerusform>
            <numerusform>%n rows of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) were changed both here and at the other office.&lt;/b&gt; Both versions are kept until you decide which one is right.</source>
        <translation>
            <numerusform>&lt;b&gt;%n row was changed both here and at the other office.&lt;/b&gt; Both versions are kept until you decide which one is right.</numerusform>
            <numerusform>&lt;b&gt;%n rows were changed both here and at the other office.&lt;/b&gt; Both versions are kept until you decide which one is right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n row(s) the sender may not change here (see the preview&apos;s list).</source>
        <translation>
            <numerusform>Left out: %n row the sender may not change here (see the preview&apos;s list).</numerusform>
            <numerusform>Left out: %n rows the sender may not change here (see the preview&apos;s list).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) above may not be changed by the sender, so the package is refused. Import the rest and leave these out</source>
        <translation>
            <numerusform>The row above may not be changed by the sender, so the package is refused. Import the rest and leave it out</numerusform>
            <numerusform>%n rows above may not be changed by the sender, so the package is refused. Import the rest and leave these out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message numerus="yes">
        <source>%1 to %2 (%n year(s))</source>
        <translation>
            <numerusform>%1 to %2 (%n year)</numerusform>
            <numerusform>%1 to %2 (%n years)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message numerus="yes">
        <source>Wrote %n PDF file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n PDF file to %1.</numerusform>
            <numerusform>Wrote %n PDF files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n PDF file to %1.</numerusform>
            <numerusform>Wrote %n PDF files to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n row(s), package %2 for %3, sequence %4%5.</source>
        <translation>
            <numerusform>Wrote %1: %n row, package %2 for %3, sequence %4%5.</numerusform>
            <numerusform>Wrote %1: %n rows, package %2 for %3, sequence %4%5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported (log entry %1). %n conflict(s) wait for a decision: dangjian-cli conflicts %2</source>
        <translation>
            <numerusform>Imported (log entry %1). %n conflict waits for a decision: dangjian-cli conflicts %2</numerusform>
            <numerusform>Imported (log entry %1). %n conflicts wait for a decision: dangjian-cli conflicts %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  (%n wrong password(s) in a row)</source>
        <translation>
            <numerusform>  (%n wrong password in a row)</numerusform>
            <numerusform>  (%n wrong passwords in a row)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit log entry(s) written to %1.</source>
        <translation>
            <numerusform>%n audit log entry written to %1.</numerusform>
            <numerusform>%n audit log entries written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entry(s), unbroken; its head is %1.</source>
        <translation>
            <numerusform>Audit log: %n entry, unbroken; its head is %1.</numerusform>
            <numerusform>Audit log: %n entries, unbroken; its head is %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n row(s) the sender may not change here:</source>
        <translation>
            <numerusform>Left out: %n row the sender may not change here:</numerusform>
            <numerusform>Left out: %n rows the sender may not change here:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dj::ImportLog</name>
    <message numerus="yes">
        <source>%n row(s) of %1 written by the last import have been changed since; undoing it would lose those changes.</source>
        <translation>
            <numerusform>%n row of %1 written by the last import has been changed since; undoing it would lose those changes.</numerusform>
            <numerusform>%n rows of %1 written by the last import have been changed since; undoing it would lose those changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dj::OrganizationRepository</name>
    <message numerus="yes">
        <source>%n active sub-organisation(s) (%1)</source>
        <translation>
            <numerusform>%n active sub-organisation (%1)</numerusform>
            <numerusform>%n active sub-organisations (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dj::SenderRules</name>
    <message numerus="yes">
        <source>The package cannot be imported: row %1 of %2 (%3) is refused: %4. %n row(s) refused in all; nothing was imported.</source>
        <translation>
            <numerusform>The package cannot be imported: row %1 of %2 (%3) is refused: %4. %n row refused in all; nothing was imported.</numerusform>
            <numerusform>The package cannot be imported: row %1 of %2 (%3) is refused: %4. %n rows refused in all; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
