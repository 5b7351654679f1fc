#pragma once

#include <QString>

namespace dj {

class Database;

// A hash of every business row in a canonical order (tables as businessTables(), rows by
// id, columns as declared, values tagged by type), so two files hold the same data exactly
// when their digests are equal — whatever order packages were imported in. BLAKE2b-256, hex.
class BusinessDigest
{
public:
    static QString compute(Database &db);
};

} // namespace dj
