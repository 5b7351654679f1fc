// The language rule (issue 17, item 19): --lang, else DJ_LANG, else the stored preference,
// else Chinese; what is written for others answers in Chinese whatever the interface.
#include "common/DocumentTranslator.h"
#include "common/InterfaceLanguage.h"
#include "common/SizeText.h"

#include <QCoreApplication>
#include <QSettings>
#include <catch2/catch.hpp>

namespace {
// DJ_LANG set (or unset) for the length of a test.
struct EnvLang
{
    QByteArray before = qgetenv("DJ_LANG");
    bool had = qEnvironmentVariableIsSet("DJ_LANG");
    explicit EnvLang(const char *value)
    {
        if (value)
            qputenv("DJ_LANG", value);
        else
            qunsetenv("DJ_LANG");
    }
    ~EnvLang()
    {
        if (had)
            qputenv("DJ_LANG", before);
        else
            qunsetenv("DJ_LANG");
    }
};
} // namespace

TEST_CASE("the interface language: option, then DJ_LANG, then Preferences, then Chinese", "[i18n]")
{
    const QString org = QCoreApplication::organizationName();
    QCoreApplication::setOrganizationName(QStringLiteral("DangjianDeskLanguageTest"));
    QSettings(QStringLiteral("DangjianDeskLanguageTest"), QStringLiteral("dangjian")).clear(); // nothing stored
    {
        EnvLang none(nullptr);
        CHECK(dj::InterfaceLanguage::chosen({}) == QStringLiteral("zh_CN")); // whatever the locale
        dj::InterfaceLanguage::store(QStringLiteral("en"));
        CHECK(dj::InterfaceLanguage::chosen({}) == QStringLiteral("en"));
        CHECK(dj::InterfaceLanguage::chosen(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    }
    {
        EnvLang en("en");
        dj::InterfaceLanguage::store(QStringLiteral("zh_CN"));
        CHECK(dj::InterfaceLanguage::chosen({}) == QStringLiteral("en"));
        CHECK(dj::InterfaceLanguage::chosen(QStringLiteral(" zh_CN ")) == QStringLiteral("zh_CN"));
    }
    {
        EnvLang blank("");
        CHECK(dj::InterfaceLanguage::chosen({}) == QStringLiteral("zh_CN"));
    }
    CHECK(dj::InterfaceLanguage::isChinese(QStringLiteral("zh_CN")));
    CHECK_FALSE(dj::InterfaceLanguage::isChinese(QStringLiteral("en")));
    QSettings(QStringLiteral("DangjianDeskLanguageTest"), QStringLiteral("dangjian")).clear();
    QCoreApplication::setOrganizationName(org);
}

TEST_CASE("the document translator answers only for what is written for others", "[i18n]")
{
    CHECK_FALSE(dj::DocumentTranslator::isDocumentContext("dj::report::RosterReport")); // its tr() are messages
    CHECK(dj::DocumentTranslator::isDocumentContext("dj::TableExport"));
    CHECK(dj::DocumentTranslator::isDocumentContext("dj::vocab"));
    CHECK_FALSE(dj::DocumentTranslator::isDocumentContext("dj::PersonRepository")); // messages to the user
    CHECK_FALSE(dj::DocumentTranslator::isDocumentContext("MainWindow"));
    CHECK_FALSE(dj::DocumentTranslator::isDocumentContext(nullptr));

    dj::DocumentTranslator t;
    REQUIRE_FALSE(t.isEmpty());
    CHECK(t.translate("dj::TableExport", "Name") == QStringLiteral("姓名"));
    CHECK(t.translate("dj::vocab", "Party branch") == QStringLiteral("党支部"));
    CHECK(t.translate("dj::PersonRepository", "The person no longer exists.").isEmpty());
}

TEST_CASE("sizes read KB and MB, as officers know them, never MiB", "[i18n]")
{
    CHECK(dj::sizeText(20 * 1024 * 1024).endsWith(QStringLiteral("MB")));
    CHECK_FALSE(dj::sizeText(20 * 1024 * 1024).contains(QStringLiteral("MiB")));
    CHECK_FALSE(dj::sizeText(3 * 1024).contains(QStringLiteral("KiB")));
}
