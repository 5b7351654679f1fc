#include "InterfaceLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace dj {

namespace {
// The desktop program's settings, read by dangjian-cli too (whose own name differs); the
// organisation is the application's (the tests keep theirs apart from a user's).
QSettings settings() { return QSettings(QCoreApplication::organizationName(), QStringLiteral("dangjian")); }
const QString kKey = QStringLiteral("ui/language");
} // namespace

QString InterfaceLanguage::stored() { return settings().value(kKey, QStringLiteral("zh_CN")).toString(); }

void InterfaceLanguage::store(const QString &language) { settings().setValue(kKey, language); }

QString InterfaceLanguage::chosen(const QString &option)
{
    if (!option.trimmed().isEmpty())
        return option.trimmed();
    const QString env = qEnvironmentVariable("DJ_LANG").trimmed();
    return env.isEmpty() ? stored() : env;
}

bool InterfaceLanguage::isChinese(const QString &language)
{
    const QLocale locale = language.isEmpty() || language == QLatin1String("system") ? QLocale::system() : QLocale(language);
    return locale.language() == QLocale::Chinese;
}

} // namespace dj
