// The language of dangjian-cli and of what it writes for others (issue 17, item 19): Chinese
// unless --lang, DJ_LANG or the stored preference says otherwise, whatever the machine's
// locale; sheet headers and JSON labels Chinese whatever the interface language, JSON keys
// English.
#include "CliRun.h"
#include "Unzip.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
// A home of its own, so no stored preference of the machine's user counts.
struct CleanHome
{
    QTemporaryDir dir;
    QString env() const { return QStringLiteral("XDG_CONFIG_HOME=") + dir.path(); }
    void store(const QString &language) const
    {
        QSettings s(dir.filePath(QStringLiteral("DangjianDesk/dangjian.conf")), QSettings::IniFormat);
        s.setValue(QStringLiteral("ui/language"), language);
    }
};
} // namespace

TEST_CASE("the command line speaks Chinese on a C.UTF-8 machine until told otherwise", "[cli][i18n]")
{
    CleanHome home;
    const QStringList noChoice{QStringLiteral("DJ_LANG="), home.env()};
    const CliRun zh = runCli({QStringLiteral("--help")}, {}, noChoice);
    CHECK(zh.code == 0);
    CHECK(QString::fromUtf8(zh.out).contains(QStringLiteral("用法")));

    const CliRun option = runCli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")}, {}, noChoice);
    CHECK(QString::fromUtf8(option.out).contains(QStringLiteral("Usage: dangjian-cli")));
    const CliRun optionEq = runCli({QStringLiteral("--lang=en"), QStringLiteral("--help")}, {}, noChoice);
    CHECK(QString::fromUtf8(optionEq.out).contains(QStringLiteral("Usage: dangjian-cli")));

    const CliRun env = runCli({QStringLiteral("--help")}, {}, {QStringLiteral("DJ_LANG=en"), home.env()});
    CHECK(QString::fromUtf8(env.out).contains(QStringLiteral("Usage: dangjian-cli")));

    home.store(QStringLiteral("en"));
    const CliRun stored = runCli({QStringLiteral("--help")}, {}, noChoice);
    CHECK(QString::fromUtf8(stored.out).contains(QStringLiteral("Usage: dangjian-cli")));
    // The option beats the environment, the environment beats the preference.
    const CliRun beats = runCli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("zh_CN")}, {},
                                {QStringLiteral("DJ_LANG=en"), home.env()});
    CHECK(QString::fromUtf8(beats.out).contains(QStringLiteral("用法")));
    const CliRun envBeats = runCli({QStringLiteral("--help")}, {}, {QStringLiteral("DJ_LANG=zh_CN"), home.env()});
    CHECK(QString::fromUtf8(envBeats.out).contains(QStringLiteral("用法")));

    // A bad command is refused in the chosen language, with the usage exit code.
    const CliRun bad = runCli({QStringLiteral("frobnicate")}, {}, {QStringLiteral("DJ_LANG=zh_CN"), home.env()});
    CHECK(bad.code == 2);
    CHECK(QString::fromUtf8(bad.err).contains(QStringLiteral("未知命令")));
}

TEST_CASE("sheets and JSON labels are Chinese whatever the interface language", "[cli][i18n]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.djdb"));
    REQUIRE(runCli({QStringLiteral("demo"), file}).code == 0); // DJ_LANG=en: an English interface

    const QString xlsx = dir.filePath(QStringLiteral("people.xlsx"));
    REQUIRE(runCli({QStringLiteral("export-table"), file, QStringLiteral("--table"), QStringLiteral("people"),
                    QStringLiteral("--out"), xlsx})
                .code == 0);
    const QString strings = QString::fromUtf8(unzipEntry(xlsx, QStringLiteral("xl/sharedStrings.xml"))) +
                            QString::fromUtf8(unzipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(strings.contains(QStringLiteral("姓名")));
    CHECK(strings.contains(QStringLiteral("所在支部")));
    CHECK_FALSE(strings.contains(QStringLiteral(">Name<")));

    const QString year = QString::number(QDate::currentDate().year());
    const CliRun status = runCli({QStringLiteral("duty"), QStringLiteral("status"), file, QStringLiteral("--year"), year,
                                  QStringLiteral("--json")});
    REQUIRE(status.code == 0);
    const QJsonArray rows = QJsonDocument::fromJson(status.out).object().value(QStringLiteral("rows")).toArray();
    REQUIRE_FALSE(rows.isEmpty());
    QStringList labels, keys;
    for (const QJsonValue &v : rows) {
        keys << v.toObject().value(QStringLiteral("key")).toString();
        labels << v.toObject().value(QStringLiteral("label")).toString();
    }
    CHECK(keys.contains(QStringLiteral("branch")));      // keys stay English and stable
    CHECK(labels.join(QString()).contains(QStringLiteral("党支部")));
    for (const QString &l : labels)
        CHECK_FALSE(l.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))));
}
