// Every user-visible string must have a finished zh_CN translation. lupdate is run over the
// whole source tree into a copy of the committed .ts, so a new tr() string that nobody
// translated fails here, not in front of a user.
#include "app/Application.h"
#include "app/PreferencesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

namespace {
// Runs lupdate over the tree into a copy of `tsName` and returns every message that is
// still unfinished or empty; `messages` counts all of them.
QStringList unfinishedIn(const QString &tsName, const QStringList &extraArgs, int *messages)
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(tsName);
    REQUIRE(QFile::copy(QStringLiteral(DJ_SOURCE_DIR "/resources/translations/") + tsName, ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(DJ_SOURCE_DIR));
    lupdate.start(QStringLiteral(DJ_LUPDATE), QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                                          QStringLiteral("-locations"), QStringLiteral("none")}
                                                  + extraArgs
                                                  + QStringList{QStringLiteral("app"), QStringLiteral("core"),
                                                                QStringLiteral("ui"), QStringLiteral("-ts"), ts});
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);

    QFile f(ts);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString context, source;
    QStringList unfinished;
    *messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++*messages;
            const bool isUnfinished = xml.attributes().value(QStringLiteral("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (isUnfinished || text.trimmed().isEmpty())
                unfinished << context + QStringLiteral(": ") + source;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return unfinished;
}
} // namespace

TEST_CASE("the zh_CN translation is complete for every string in the source", "[ui][i18n]")
{
    int messages = 0;
    const QStringList unfinished = unfinishedIn(QStringLiteral("dangjian_zh_CN.ts"), {}, &messages);
    INFO("untranslated:\n" << unfinished.join(QLatin1Char('\n')).toStdString());
    CHECK(messages > 100);
    CHECK(unfinished.isEmpty());
}

TEST_CASE("English has singular and plural forms for every %n string", "[ui][i18n]")
{
    int messages = 0;
    const QStringList unfinished = unfinishedIn(QStringLiteral("dangjian_en.ts"), {QStringLiteral("-pluralonly")}, &messages);
    INFO("missing plural forms:\n" << unfinished.join(QLatin1Char('\n')).toStdString());
    CHECK(messages > 0);
    CHECK(unfinished.isEmpty());
}

TEST_CASE("Qt's own dialogs and buttons have their zh_CN translation", "[ui][i18n]")
{
    // What Application::installTranslations loads for Chinese, beside our own catalogue.
    QTranslator qt;
    REQUIRE(qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    CHECK(qt.translate("QPlatformTheme", "Cancel") == QStringLiteral("取消"));
    CHECK_FALSE(qt.translate("QFileDialog", "Look in:").isEmpty());
    QTranslator own;
    REQUIRE(own.load(QStringLiteral(":/i18n/dangjian_zh_CN.qm")));
    CHECK(own.translate("WelcomeDialog", "Welcome to Dangjian Desk") == QStringLiteral("欢迎使用机关党建工作台"));
    // What Qt's own catalogue lacks: the file dialog's type column.
    CHECK(own.translate("QAbstractFileIconProvider", "Folder", "All other platforms") == QStringLiteral("文件夹"));
    CHECK(own.translate("QAbstractFileIconProvider", "Drive") == QStringLiteral("磁盘"));
}

TEST_CASE("the language chosen in Preferences is kept for the next start", "[ui][i18n]")
{
    QSettings s(QCoreApplication::organizationName(), QStringLiteral("dangjian")); // read by dangjian-cli too
    const QVariant before = s.value(QStringLiteral("ui/language"));
    s.remove(QStringLiteral("ui/language"));
    CHECK(Application::languageSetting() == QStringLiteral("zh_CN")); // Chinese until chosen
    PreferencesDialog d;
    auto *combo = d.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    REQUIRE(combo);
    CHECK(combo->currentData().toString() == QStringLiteral("zh_CN"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    CHECK(Application::languageSetting() == QStringLiteral("en"));
    if (before.isValid())
        s.setValue(QStringLiteral("ui/language"), before);
    else
        s.remove(QStringLiteral("ui/language"));
}
