#pragma once

#include "ExchangeScope.h"

#include <QMap>
#include <QString>
#include <functional>

namespace dj {

class Database;

// Fills a new payload file with the rows of a scope: the rows the scope names, every row
// they refer to (so the package never points at rows the receiver may lack), their evidence
// files and their version history. Reads one consistent snapshot; never writes the data file.
class PayloadBuilder
{
public:
    using Progress = std::function<bool(int done, int total)>;

    explicit PayloadBuilder(Database &db) : m_db(db) {}

    // `since` (an updated_at stamp) keeps only rows changed here or imported at or after it.
    // Returns rows per table. Throws dj::Error; on failure or cancel `path` is removed.
    QMap<QString, qint64> build(const QString &path, const ExchangeScope &scope, const QString &since = {},
                                const Progress &progress = {});

private:
    void select(const ExchangeScope &scope);
    void copyRows(const ExchangeScope &scope, const QString &since);
    void closeReferences();
    void addEvidence(const QString &since);
    void addHistory(bool everything);
    void dropSelection(); // the scratch selection tables in temp

    Database &m_db;
};

} // namespace dj
