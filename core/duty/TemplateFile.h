#pragma once

#include "DutyTemplate.h"

#include <QByteArray>
#include <QList>

namespace dj {

// Responsibility-list templates as a JSON file (.djtpl): the built-in set shipped in the
// resources, and the files a 机关党委 hands to its branches. Format:
// {"format": "dangjian-duty-templates", "formatVersion": 1, "templates": [{"subject",
//  "year" (optional), "name", "items": [{"code", "category", "title", "content",
//  "frequency", "deadline", "expected", "evidence", "carriesOut"}]}]}
class TemplateFile
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxBytes = 8 * 1024 * 1024;

    // Throws dj::Error: NotOurFile (not a template file), TooNew (a newer format), Invalid
    // (a bad template or item, named). `source` names the file in messages.
    static QList<DutyTemplate> parse(const QByteArray &json, const QString &source);
    static QList<DutyTemplate> read(const QString &path);
    // The templates written for this product, year 0 (they apply from any year).
    static QList<DutyTemplate> builtins();

    static QByteArray serialize(const QList<DutyTemplate> &templates);
    // Atomically (QSaveFile); throws dj::Error(Storage).
    static void write(const QList<DutyTemplate> &templates, const QString &path);
};

} // namespace dj
