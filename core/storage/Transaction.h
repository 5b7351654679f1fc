#pragma once

namespace dj {

class Database;

// RAII write transaction. The outermost guard sends BEGIN IMMEDIATE (Qt's transaction()
// sends a deferred BEGIN, which fails when a reader later wants to write); nested guards
// become savepoints. Anything not committed is rolled back when the guard goes away,
// including when an exception unwinds through it.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    int m_level = 0;
    bool m_done = false;
};

} // namespace dj
