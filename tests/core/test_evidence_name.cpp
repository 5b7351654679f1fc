// Issue 18, item 1: an evidence file's name comes from a row an imported package supplies, so
// it is cleaned to a plain base name before it names any file, and only documents and
// pictures may be opened. Hostile names from Linux and Windows paths.
#include "TempDb.h"
#include "evidence/EvidenceName.h"
#include "storage/AttachmentStore.h"
#include "storage/Query.h"
#include "storage/RowIds.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

using namespace dj;

namespace {
QString u(const char16_t *s) { return QString::fromUtf16(s); }
QString fallback() { return QCoreApplication::translate("dj::EvidenceName", "attachment"); }

// Nothing a file name may not hold on Linux or Windows.
void checkPlain(const QString &clean)
{
    CAPTURE(clean.toStdString());
    CHECK_FALSE(clean.isEmpty());
    CHECK(clean.size() <= EvidenceName::MaxUnits);
    CHECK(clean.toUtf8().size() <= EvidenceName::MaxBytes);
    for (const QChar c : QStringLiteral("/\\:<>\"|?*"))
        CHECK_FALSE(clean.contains(c));
    for (const QChar c : clean) {
        CHECK(c.unicode() >= 0x20);
        CHECK_FALSE((c.unicode() >= 0x7F && c.unicode() <= 0x9F));
        CHECK(c.category() != QChar::Other_Format); // U+200E/F, U+202A–E, U+2066–9 among them
    }
    CHECK_FALSE(clean.startsWith(QLatin1Char('.')));
    CHECK_FALSE(clean.endsWith(QLatin1Char('.')));
    CHECK_FALSE(clean.endsWith(QLatin1Char(' ')));
    CHECK_FALSE(clean.back().isHighSurrogate());
    CHECK(EvidenceName::clean(clean) == clean); // a second cleaning changes nothing
    CHECK(EvidenceName::isClean(clean));
}
} // namespace

TEST_CASE("evidence names: folders, drives and UNC paths leave only the base name", "[evidence]")
{
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("/home/u/.bashrc"), QStringLiteral("bashrc")},
        {QStringLiteral("C:\\Users\\a\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\x.bat"),
         QStringLiteral("x.bat")},
        {QStringLiteral("..\\..\\x.exe"), QStringLiteral("x.exe")},
        {QStringLiteral("../../../../etc/cron.d/job"), QStringLiteral("job")},
        {QStringLiteral("\\\\server\\share\\x.pdf"), QStringLiteral("x.pdf")},
        {QStringLiteral("//server/share/x.pdf"), QStringLiteral("x.pdf")},
        {QStringLiteral("\\\\?\\C:\\x.pdf"), QStringLiteral("x.pdf")},
        {QStringLiteral("C:x.bat"), QStringLiteral("x.bat")},
        {QStringLiteral("x.pdf:evil.exe"), QStringLiteral("x.pdf_evil.exe")}, // an NTFS stream
        {QStringLiteral("a<b>c|d?e*f\"g.txt"), QStringLiteral("a_b_c_d_e_f_g.txt")},
        {QStringLiteral("report.pdf."), QStringLiteral("report.pdf")},
        {QStringLiteral("x.exe. . "), QStringLiteral("x.exe")},
        {QStringLiteral("  ...hidden.txt"), QStringLiteral("hidden.txt")},
        {QStringLiteral("dir/"), QStringLiteral("dir")},
    };
    for (const auto &[hostile, expected] : cases) {
        CAPTURE(hostile.toStdString());
        CHECK(EvidenceName::clean(hostile) == expected);
        CHECK_FALSE(EvidenceName::isClean(hostile));
        checkPlain(EvidenceName::clean(hostile));
    }
}

TEST_CASE("evidence names: Windows device names are never a file's name", "[evidence]")
{
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("CON"), QStringLiteral("_CON")},           {QStringLiteral("con.txt"), QStringLiteral("_con.txt")},
        {QStringLiteral("Nul.tar.gz"), QStringLiteral("_Nul.tar.gz")}, {QStringLiteral("aux"), QStringLiteral("_aux")},
        {QStringLiteral("PRN.pdf"), QStringLiteral("_PRN.pdf")},    {QStringLiteral("COM1.docx"), QStringLiteral("_COM1.docx")},
        {QStringLiteral("lpt9"), QStringLiteral("_lpt9")},          {QStringLiteral("nul .txt"), QStringLiteral("_nul.txt")},
        {QStringLiteral("CONOUT$"), QStringLiteral("_CONOUT$")},    {QStringLiteral("C:\\temp\\con.txt"), QStringLiteral("_con.txt")},
    };
    for (const auto &[hostile, expected] : cases) {
        CAPTURE(hostile.toStdString());
        CHECK(EvidenceName::clean(hostile) == expected);
        checkPlain(EvidenceName::clean(hostile));
    }
    // Names that merely begin like a device are left alone.
    for (const QString &fine : {QStringLiteral("CONSOLE.txt"), QStringLiteral("COM10.txt"), QStringLiteral("console"),
                                QStringLiteral("nullable.pdf"), QStringLiteral("_CON")})
        CHECK(EvidenceName::isClean(fine));
}

TEST_CASE("evidence names: control and direction characters are dropped", "[evidence]")
{
    // U+202E shows "a\u202Etxt.exe" as "aexe.txt"; cleaned, the real type shows.
    CHECK(EvidenceName::clean(u(u"a\u202Etxt.exe")) == QStringLiteral("atxt.exe"));
    CHECK_FALSE(EvidenceName::canOpen(u(u"a\u202Etxt.exe")));
    CHECK(EvidenceName::clean(u(u"\u202Bfdp.\u202Cexe")) == QStringLiteral("fdp.exe"));
    for (const char16_t c : {u'\u0000', u'\u0001', u'\u0009', u'\u000A', u'\u000D', u'\u001F', u'\u007F', u'\u0085',
                             u'\u200E', u'\u200F', u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066',
                             u'\u2067', u'\u2068', u'\u2069', u'\u200B', u'\uFEFF', u'\u2028', u'\u2029'}) {
        CAPTURE(int(c));
        const QString hostile = QStringLiteral("会议") + QChar(c) + QStringLiteral("记录.pdf");
        CHECK(EvidenceName::clean(hostile) == QStringLiteral("会议记录.pdf"));
        CHECK_FALSE(EvidenceName::isClean(hostile));
    }
    // A lone surrogate is dropped; a pair (an emoji) is kept.
    CHECK(EvidenceName::clean(QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b.txt")) == QStringLiteral("ab.txt"));
    CHECK(EvidenceName::isClean(u(u"照片😀.jpg")));
    // Shown in a message, they are named instead of acting on the text around them.
    CHECK(EvidenceName::visible(u(u"a\u202Etxt.exe")) == QStringLiteral("a<U+202E>txt.exe"));
}

TEST_CASE("evidence names: long names are shortened keeping the extension", "[evidence]")
{
    const QString latin = QString(300, QLatin1Char('a')) + QStringLiteral(".pdf");
    const QString chinese = QString(300, QChar(0x4E2D)) + QStringLiteral(".docx");
    QString emoji;
    for (int i = 0; i < 150; ++i)
        emoji += u(u"😀");
    emoji += QStringLiteral(".png");
    const QString noExt = QString(300, QLatin1Char('b'));
    for (const QString &name : {latin, chinese, emoji, noExt, QStringLiteral("x.") + QString(300, QLatin1Char('e'))}) {
        const QString clean = EvidenceName::clean(name);
        checkPlain(clean);
        CHECK_FALSE(EvidenceName::isClean(name));
    }
    CHECK(EvidenceName::clean(latin) == QString(96, QLatin1Char('a')) + QStringLiteral(".pdf"));
    CHECK(EvidenceName::clean(chinese).endsWith(QStringLiteral(".docx")));
    CHECK(EvidenceName::clean(chinese).toUtf8().size() > EvidenceName::MaxBytes - 3);
    CHECK(EvidenceName::clean(emoji).endsWith(QStringLiteral(".png")));
    // Shortening to a device name or to dots still gives a usable name.
    CHECK(EvidenceName::clean(QStringLiteral("CON") + QString(200, QLatin1Char(' ')) + QStringLiteral("x")) == QStringLiteral("_CON"));
    CHECK(EvidenceName::clean(QStringLiteral("a") + QString(200, QLatin1Char('.')) + QStringLiteral("b")) == QStringLiteral("a.b"));
}

TEST_CASE("evidence names: nothing left gives a default name", "[evidence]")
{
    for (const QString &empty : {QString(), QStringLiteral("   "), QStringLiteral("/"), QStringLiteral("\\\\"),
                                 QStringLiteral(".."), QStringLiteral("../.."), QStringLiteral("C:"), QStringLiteral("C:\\"),
                                 u(u"\u202E\u200F"), QStringLiteral(". . .")}) {
        CAPTURE(empty.toStdString());
        CHECK(EvidenceName::clean(empty) == fallback());
        checkPlain(EvidenceName::clean(empty));
    }
    CHECK(EvidenceName::clean(QStringLiteral(".pdf")) == QStringLiteral("pdf"));
}

TEST_CASE("evidence names: ordinary names are left exactly as they are", "[evidence]")
{
    for (const QString &fine :
         {QStringLiteral("2026年第一季度支部委员会会议记录.docx"), QStringLiteral("签到表.jpg"), QStringLiteral("a b (1).PDF"),
          QStringLiteral("照片 2026-03-01.png"), QStringLiteral("报告.v2.final.xlsx"), QStringLiteral("readme"),
          QStringLiteral("党员大会　会议纪要.wps")})
        CHECK(EvidenceName::isClean(fine));
}

TEST_CASE("evidence names: only documents and pictures may be opened", "[evidence]")
{
    for (const QString &doc :
         {QStringLiteral("a.pdf"), QStringLiteral("a.OFD"), QStringLiteral("a.doc"), QStringLiteral("a.docx"),
          QStringLiteral("a.wps"), QStringLiteral("a.xls"), QStringLiteral("a.xlsx"), QStringLiteral("a.et"),
          QStringLiteral("a.ppt"), QStringLiteral("a.pptx"), QStringLiteral("a.dps"), QStringLiteral("a.txt"),
          QStringLiteral("a.jpg"), QStringLiteral("a.JPEG"), QStringLiteral("a.png"), QStringLiteral("a.gif"),
          QStringLiteral("a.bmp"), QStringLiteral("a.tif"), QStringLiteral("a.tiff"), QStringLiteral("x.exe.pdf")}) {
        CAPTURE(doc.toStdString());
        CHECK(EvidenceName::canOpen(doc));
    }
    for (const QString &other :
         {QStringLiteral("a.exe"), QStringLiteral("a.bat"), QStringLiteral("a.cmd"), QStringLiteral("a.com"),
          QStringLiteral("a.desktop"), QStringLiteral("a.sh"), QStringLiteral("a.lnk"), QStringLiteral("a.js"),
          QStringLiteral("a.vbs"), QStringLiteral("a.ps1"), QStringLiteral("a.html"), QStringLiteral("a.svg"),
          QStringLiteral("a.jar"), QStringLiteral("a.docm"), QStringLiteral("a.zip"), QStringLiteral("readme"),
          QStringLiteral("x.pdf.exe"), QStringLiteral("x.exe."), QStringLiteral("x.pdf:evil.exe"),
          QStringLiteral("/home/u/.bashrc")}) {
        CAPTURE(other.toStdString());
        CHECK_FALSE(EvidenceName::canOpen(other));
    }
    CHECK(EvidenceName::extension(QStringLiteral("Scan.PDF")) == QStringLiteral("pdf"));
    CHECK(EvidenceName::extension(QStringLiteral("readme")).isEmpty());
}

TEST_CASE("row ids: only a UUID as this program writes it", "[evidence]")
{
    CHECK(isRowId(newRowId()));
    CHECK(isRowId(newRowId().toUpper()));
    for (const QString &bad : {QString(), QStringLiteral("../x"), QStringLiteral("..\\x"), QStringLiteral("x"),
                               QStringLiteral("00000000-0000-0000-0000-000000000000"),
                               QStringLiteral("{") + newRowId() + QStringLiteral("}"), newRowId() + QStringLiteral("/.."),
                               QStringLiteral("g2345678-1234-1234-1234-123456789012"),
                               QStringLiteral("12345678-1234-1234-1234/123456789012"),
                               QStringLiteral("123456781234123412341234567890123456")}) {
        CAPTURE(bad.toStdString());
        CHECK_FALSE(isRowId(bad));
    }
}

TEST_CASE("attachments added on this PC are stored under their cleaned name", "[evidence]")
{
    TempDb t;
    AttachmentStore store(*t);
    const QString owner = newRowId();
    store.addData(QStringLiteral("duty_record"), owner, QStringLiteral("..\\..\\Startup\\x.bat"), "@echo off");
    store.addData(QStringLiteral("duty_record"), owner, u(u"a\u202Etxt.exe"), "MZ");
    store.addData(QStringLiteral("duty_record"), owner, QStringLiteral("con.txt"), "text");
    QStringList stored;
    Query q(*t, QStringLiteral("SELECT name FROM attachment ORDER BY name"));
    q.exec();
    while (q.next())
        stored << q.text(0);
    CHECK(stored == QStringList{QStringLiteral("_con.txt"), QStringLiteral("atxt.exe"), QStringLiteral("x.bat")});
    // A blank name is still refused rather than given the default.
    CHECK_THROWS_WITH(store.addData(QStringLiteral("duty_record"), owner, QStringLiteral("  "), "x"),
                      Catch::Contains("needs a name"));
}

TEST_CASE("a row stored before names were cleaned is read under its cleaned name", "[evidence]")
{
    TempDb t;
    AttachmentStore store(*t);
    const QString owner = newRowId();
    const QString id = store.addData(QStringLiteral("duty_record"), owner, QStringLiteral("x.pdf"), "%PDF");
    // The row as an earlier version or an earlier import may have left it.
    Query(*t, QStringLiteral("UPDATE attachment SET name = :n, version = version + 1 WHERE id = :id"))
        .bind(QStringLiteral(":n"), QStringLiteral("/home/u/.config/autostart/x.desktop"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    CHECK(store.get(id).name == QStringLiteral("x.desktop"));
    CHECK(store.list(QStringLiteral("duty_record"), owner).first().name == QStringLiteral("x.desktop"));
}
