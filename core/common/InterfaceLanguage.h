#pragma once

#include <QString>

namespace dj {

// Which language the program speaks, the same rule for the desktop program and the command
// line: the --lang option, else DJ_LANG, else the language stored in Preferences, else
// Chinese — whatever the machine's locale (servers and fresh installs say C.UTF-8).
class InterfaceLanguage
{
public:
    // "zh_CN", "en" or "system" (follow the machine's locale), as stored by Preferences.
    static QString stored();
    static void store(const QString &language);
    // The language to use given the --lang option's value (empty when not given).
    static QString chosen(const QString &option);
    // Whether `language` ("system" resolved against the machine) is Chinese.
    static bool isChinese(const QString &language);
};

} // namespace dj
