// Every user-visible string must have a finished zh_CN translation. lupdate is run over the
// whole source tree into a copy of the committed .ts, so a new tr() string that nobody
// translated fails here, not in front of a user.
#include <QDir>
#include <QFile>
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
