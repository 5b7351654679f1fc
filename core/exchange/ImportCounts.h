#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <array>

namespace dj {

// What an import did (or, in a preview, would do), per category and table, with the rows
// behind each count (up to SampleLimit per table and category, for people to look at).
struct ImportCounts
{
    enum Category { New, Updated, Unchanged, Older, Deleted, Conflict, CategoryCount };
    static constexpr int SampleLimit = 200;

    struct Row
    {
        QString table;
        QString id;
        Category category;
    };

    QMap<QString, std::array<qint64, CategoryCount>> perTable;
    QList<Row> rows;
    QList<qint64> conflictIds;

    void add(const QString &table, Category c, const QString &id);
    // `n` rows counted at once; `sample` are some of their ids.
    void addBulk(const QString &table, Category c, qint64 n, const QStringList &sample);
    qint64 total(Category c) const;
    // New, updated, deleted or conflicting rows: whether the import writes anything.
    bool changesAnything() const;
    static QString key(Category c); // "new", "updated", … for JSON and logs
    // {"table": rows, …} of the tables with rows in `c` (the import log and the CLI's JSON).
    QJsonObject tablesJson(Category c) const;
};

} // namespace dj
