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
    // The same, stored `offset` bytes into the existing file `path` (a package being written;
    // see OffsetVfs), whose first bytes stay untouched. The file is the caller's to remove.
    // The data file must have been opened with URIs enabled (Database does).
    QMap<QString, qint64> buildInPlace(const QString &path, qint64 offset, const ExchangeScope &scope,
                                       const QString &since = {}, const Progress &progress = {});

private:
    // `target`: the path, or an OffsetVfs URI for it.
    QMap<QString, qint64> fill(const QString &path, const QString &target, const ExchangeScope &scope,
                               const QString &since, const Progress &progress);
    void select(const ExchangeScope &scope);
    void copyRows(const ExchangeScope &scope, const QString &since);
    void closeReferences();
    void addEvidence(const QString &since);
    void addHistory(bool everything);
    void dropSelection(); // the scratch selection tables in temp

    Database &m_db;
};

} // namespace dj
