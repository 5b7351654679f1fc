#include "ImportCounts.h"

namespace dj {

void ImportCounts::add(const QString &table, Category c, const QString &id)
{
    auto it = perTable.find(table);
    if (it == perTable.end())
        it = perTable.insert(table, {});
    if ((*it)[c]++ < SampleLimit)
        rows.append({table, id, c});
}

void ImportCounts::addBulk(const QString &table, Category c, qint64 n, const QStringList &sample)
{
    if (n == 0)
        return;
    auto it = perTable.find(table);
    if (it == perTable.end())
        it = perTable.insert(table, {});
    for (int i = 0; i < sample.size() && (*it)[c] + i < SampleLimit; ++i)
        rows.append({table, sample.at(i), c});
    (*it)[c] += n;
}

qint64 ImportCounts::total(Category c) const
{
    qint64 n = 0;
    for (const auto &counts : perTable)
        n += counts[c];
    return n;
}

bool ImportCounts::changesAnything() const
{
    return total(New) + total(Updated) + total(Deleted) + total(Conflict) > 0;
}

QJsonObject ImportCounts::tablesJson(Category c) const
{
    QJsonObject tables;
    for (auto it = perTable.cbegin(); it != perTable.cend(); ++it)
        if (it.value()[c] > 0)
            tables.insert(it.key(), double(it.value()[c]));
    return tables;
}

QString ImportCounts::key(Category c)
{
    static const char *names[] = {"new", "updated", "unchanged", "older", "deleted", "conflicts"};
    return QString::fromLatin1(names[c]);
}

} // namespace dj
