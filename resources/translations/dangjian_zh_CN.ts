<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>Add person %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPostCommand</name>
    <message>
        <source>Add post %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Dangjian Desk: party-building work for government departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (zh_CN or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file (.djdb) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Organisations and members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Branches without a secretary (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee terms ending within 6 months or overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>Edit person %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndPostCommand</name>
    <message>
        <source>End post %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dangjian Desk data files (*.djdb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dangjian Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Dangjian Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was upgraded to the current format; the previous version was copied to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Dangjian Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data file is open. Use File → Open or File → New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the office (e.g. 市商务局机关党委):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different file: this is the file that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Dangjian Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dangjian Desk %1&lt;/h3&gt;&lt;p&gt;Party-building responsibility lists, assessment and records for government departments, kept in one local file.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, e.g. 中共市商务局办公室支部委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current term began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>Show dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit / move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee and posts held now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation yet: add the party leadership group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n year(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no elected term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — overdue for re-election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — re-election due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of dissolution (yyyy-mm-dd). The organisation and its history are kept; its current posts end on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form 2026-11-24.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <source>%1 (dissolved %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary / head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name, phone or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the members of an organisation and of everything below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the person to another branch (transfer of membership)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the post selected in the person&apos;s post list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party-affairs cadre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the Party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full member since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No person selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 together with their membership history and posts?

Use Undo to bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Person — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined the Party:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full member since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ranch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of branch is recorded with Transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party-affairs &amp;cadre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Add Post — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Post — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organisation and a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovePersonCommand</name>
    <message>
        <source>Remove person %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>Transfer %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the older data format %2; run `dangjian-cli upgrade FILE` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init FILE --office NAME: the office name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2 (office %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be department or city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 organisations, %3 people, %4 posts in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1, expected %2 (run `dangjian-cli upgrade`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken reference in table %1 (row %2 -&gt; %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people whose current branch does not match their membership history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK %1: integrity ok, references ok, schema version %2, office %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %1 full, %2 probationary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms ending within 6 months or overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches without a secretary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already at schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 from schema version %2 to %3; the old file was copied to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file uses an older data format; run `dangjian-cli upgrade FILE` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init FILE --office NAME       create an empty data file for an office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo FILE [--scale department|city] [--office NAME]
                               fill a new or empty file with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check FILE                    integrity, references and schema version; exit 0 only if all hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info FILE [--json]            counts per table and organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade FILE                  migrate an older file (a copy is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org list FILE [--json]        the organisation tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person list FILE [--org CODE] [--search TEXT] [--json]
                               people, optionally of an organisation subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dangjian-cli COMMAND [ARGS]

Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  --help, --version

Exit codes: 0 ok, 1 check failed, 2 usage, 3 file cannot be used, 4 invalid data, 5 storage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see dangjian-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dj::Database</name>
    <message>
        <source>%1 is damaged and cannot be opened (%2). Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Dangjian Desk data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Dangjian Desk data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dangjian Desk (data format %2; this program reads up to %3). Update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver gave no handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After upgrading, %1 has broken references (table %2). The copy made before upgrading is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office record is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dj::DemoGenerator</name>
    <message>
        <source>Demo generation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file already holds organisations. Demo data can only be generated into a new, empty file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dj::IdNumber</name>
    <message>
        <source>The ID number must have 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of the ID number must be a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of the ID number must be a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 6 digits of the ID number are not a valid area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7-14 of the ID number (%1) are not a valid birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of the ID number is wrong: the last character should be %1, not %2. Check the number for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number gives the birth date %1, but the birth date entered is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number (digit 17 is odd) is a man&apos;s, but the gender entered is female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number (digit 17 is even) is a woman&apos;s, but the gender entered is male.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dj::OrganizationRepository</name>
    <message>
        <source>The organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term length must be between 0 and 10 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is the top of the tree and cannot be placed under another organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation a %1 belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 can only be placed under: %2. %3 is a %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been dissolved; an active organisation cannot be placed under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact leader must be a current member of the party leadership group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved under itself or one of its own sub-organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already dissolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of dissolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active sub-organisation(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be dissolved: it still has %2. Move or dissolve them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has sub-organisations and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has members or posts on record; dissolve it instead of removing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dj::PersonRepository</name>
    <message>
        <source>The person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the gender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number is already recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces, + and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of joining the Party cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of joining the Party is before the person&apos;s 18th birthday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of becoming a full member is before the date of joining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probationary member has no date of becoming a full member yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members are registered in a party branch; %1 is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been dissolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a member of that branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the transfer date; it cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer date is before %1 joined the current branch (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no transfer to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dj::PostRepository</name>
    <message>
        <source>The post %1 does not exist in a %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been dissolved; no new posts can start in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the post starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a %2: %3. End that post first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dj::vocab</name>
    <message>
        <source>Party leadership group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party building leading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organ party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organ discipline committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General party branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group (cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly affiliated unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise or public institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overseas office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary of the party leadership group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy secretary of the party leadership group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the party leadership group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the leading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy head of the leading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the leading group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary of the organ party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time deputy secretary of the organ party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the organ party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary of the organ discipline committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the organ discipline committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary of the general branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy branch secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline inspection committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group leader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Demo Bureau organ party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
