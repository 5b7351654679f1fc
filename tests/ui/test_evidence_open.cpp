// Issue 18, item 1: opening an evidence file writes a copy only inside this run's private
// folder, under its cleaned name, and hands only documents and pictures to the desktop;
// anything else is offered for 另存为 with a warning naming its type.
#include <catch2/catch.hpp>

#include "Screenshot.h"
#include "DutySession.h"
#include "TempDb.h"
#include "Widgets.h"
#include "duty/DutyRecordDialog.h"
#include "duty/DutyRepository.h"
#include "evidence/EvidenceFile.h"
#include "storage/AttachmentStore.h"
#include "storage/Query.h"
#include "storage/RowIds.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDirIterator>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace {
// Stands in for the desktop: records what it was asked to open.
class Desktop : public QObject
{
    Q_OBJECT
public:
    Desktop() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open"); }
    ~Desktop() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

// A row as an older version or an earlier import may have stored it, checks bypassed.
dj::Attachment storeRaw(dj::Database &db, const QString &id, const QString &name, const QByteArray &data)
{
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    dj::Query(db, QStringLiteral("INSERT INTO attachment (id, owner_office, updated_at, owner_table, owner_id, name, "
                                 "size, sha256, data) VALUES (:id, 'x', '2026-11-24T02:00:00.000Z', 'duty_record', "
                                 "'r', :name, :size, :sha, :data)"))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":size"), qint64(data.size()))
        .bind(QStringLiteral(":sha"), hash)
        .bind(QStringLiteral(":data"), data)
        .exec();
    dj::Attachment a;
    a.id = id;
    a.name = name;
    a.size = data.size();
    a.sha256 = hash;
    return a;
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    return out;
}
} // namespace

TEST_CASE("a document opens from a copy in this run's private folder", "[ui][evidence]")
{
    TempDb t;
    Desktop desktop;
    dj::AttachmentStore store(*t);
    const QString id = store.addData(QStringLiteral("duty_record"), dj::newRowId(), QStringLiteral("会议记录.pdf"), "%PDF-1.4");
    QString error;
    REQUIRE(evidence::open(nullptr, *t, store.get(id), &error));
    REQUIRE(desktop.opened.size() == 1);
    const QString base = evidence::privateFolder();
    const QFileInfo file(desktop.opened.first().toLocalFile());
    CHECK(file.absoluteFilePath() == QDir(base).filePath(id + QStringLiteral("/会议记录.pdf")));
    CHECK(QFile::permissions(base) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser));
    CHECK(QFileInfo(base).fileName().startsWith(QStringLiteral("dangjian-evidence-")));
    QFile f(file.absoluteFilePath());
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "%PDF-1.4");
}

TEST_CASE("a hostile stored name is written only inside the private folder", "[ui][evidence]")
{
    TempDb t;
    Desktop desktop;
    const QString outside = t.path(QStringLiteral("escaped.pdf"));
    const QString id = dj::newRowId();
    const dj::Attachment a = storeRaw(*t, id, QStringLiteral("../../../../") + outside, "%PDF-1.4");
    QString error;
    REQUIRE(evidence::open(nullptr, *t, a, &error));
    CHECK_FALSE(QFile::exists(outside));
    REQUIRE(desktop.opened.size() == 1);
    CHECK(desktop.opened.first().toLocalFile() == QDir(evidence::privateFolder()).filePath(id + QStringLiteral("/escaped.pdf")));

    // An id that is not a UUID names no folder at all.
    const QString before = filesUnder(evidence::privateFolder()).join(QLatin1Char('|'));
    const dj::Attachment bad = storeRaw(*t, QStringLiteral("../../dangjian-escape"), QStringLiteral("x.pdf"), "%PDF");
    CHECK_FALSE(evidence::open(nullptr, *t, bad, &error));
    CHECK(error.contains(QStringLiteral("damaged id")));
    CHECK(desktop.opened.size() == 1);
    CHECK_FALSE(QFileInfo::exists(QDir(evidence::privateFolder()).filePath(QStringLiteral("../../dangjian-escape"))));
    CHECK(filesUnder(evidence::privateFolder()).join(QLatin1Char('|')) == before);
}

TEST_CASE("a program or unknown type is offered for saving only, with a warning naming its type", "[ui][evidence]")
{
    chineseForScreenshots();
    TempDb t;
    Desktop desktop;
    const QString before = filesUnder(evidence::privateFolder()).join(QLatin1Char('|'));
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("/home/u/.config/autostart/x.desktop"), QStringLiteral(".desktop")},
        {QStringLiteral("C:\\Users\\a\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\x.bat"),
         QStringLiteral(".bat")},
        {QString::fromUtf16(u"照片\u202Egpj.exe"), QStringLiteral(".exe")},
        {QStringLiteral("/home/u/.bashrc"), QStringLiteral("bashrc")},
    };
    for (const auto &[name, type] : cases) {
        CAPTURE(name.toStdString());
        const dj::Attachment a = storeRaw(*t, dj::newRowId(), name, "#!/bin/sh\nrm -rf ~\n");
        QString text;
        onNextModal([&text, &type](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            REQUIRE(box);
            CHECK(box->objectName() == QStringLiteral("evidenceSaveOnly"));
            text = box->text();
            if (type == QStringLiteral(".exe"))
                screenshot(*box, QStringLiteral("evidence-save-only"));
            box->reject();
        });
        QString error;
        CHECK(evidence::open(nullptr, *t, a, &error));
        CAPTURE(text.toStdString());
        CHECK(text.contains(type));
        CHECK_FALSE(text.contains(QChar(0x202E)));
    }
    CHECK(desktop.opened.isEmpty());
    CHECK(filesUnder(evidence::privateFolder()).join(QLatin1Char('|')) == before);
}

TEST_CASE("另存为 from the warning writes the file where the person chooses, under a clean name", "[ui][evidence]")
{
    TempDb t;
    Desktop desktop;
    const dj::Attachment a = storeRaw(*t, dj::newRowId(), QStringLiteral("..\\..\\x.exe"), "MZ\x90");
    const QString chosen = t.path(QString::fromUtf16(u"保存\u202Etxt.exe"));
    QString suggested;
    onNextModal([&](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        REQUIRE(box);
        onNextModal([&](QWidget *d) {
            auto *fd = qobject_cast<QFileDialog *>(d);
            REQUIRE(fd);
            suggested = fd->selectedFiles().value(0);
            fd->selectFile(chosen);
            static_cast<QDialog *>(fd)->accept();
        });
        child<QPushButton>(box, "evidenceSaveAs")->click();
    });
    QString error;
    CHECK(evidence::open(nullptr, *t, a, &error));
    CHECK(error.isEmpty());
    CHECK(QFileInfo(suggested).fileName() == QStringLiteral("x.exe"));
    CHECK_FALSE(QFile::exists(chosen));
    QFile saved(t.path(QStringLiteral("保存txt.exe")));
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == "MZ\x90");
    CHECK(desktop.opened.isEmpty());
}

TEST_CASE("a file about to be attached is opened only when it is a document or picture", "[ui][evidence]")
{
    DutySession f;
    Desktop desktop;
    const dj::DutyItem item = dj::DutyRepository(f.session->db()).itemsOfYear(2026, false).first();
    const QString script = f.path(QStringLiteral("setup.bat")), photo = f.path(QStringLiteral("签到表.jpg"));
    for (const QString &p : {script, photo}) {
        QFile out(p);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("content");
    }
    DutyRecordDialog dialog(*f.session, item);
    dialog.addFiles({script, photo});
    auto *files = child<QListWidget>(&dialog, "recordFiles");
    REQUIRE(files->count() == 2);
    files->setCurrentRow(0);
    child<QPushButton>(&dialog, "recordOpenFile")->click();
    CHECK(child<QLabel>(&dialog, "recordError")->text().contains(QStringLiteral("setup.bat")));
    CHECK(desktop.opened.isEmpty());
    files->setCurrentRow(1);
    child<QPushButton>(&dialog, "recordOpenFile")->click();
    REQUIRE(desktop.opened.size() == 1);
    CHECK(desktop.opened.first().toLocalFile() == photo);
}

#include "test_evidence_open.moc"
