#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace dj {

// The order people are listed in, as officers expect it: by 拼音 (the default) or by 姓氏笔画
// (chosen in Preferences) — not by code point (万, 严, 于, 何 …).
//
// SQL sorts with dj_name_key(name), installed on every connection: a byte string whose plain
// comparison follows the collation. Collating keys cost microseconds per name, and the people
// list sorts 120,000 of them per keystroke, so each name's key is made once per process and
// kept: a new name gets a key between its neighbours' (fractional indexing), so a key once
// given never changes and keys from one query, or one run of the program, always agree.
class NameOrder
{
public:
    enum class Mode { Pinyin, Strokes };

    static Mode mode();
    static void setMode(Mode m);
    // The mode stored in Preferences (the desktop program's settings), and storing it.
    static Mode storedMode();
    static void storeMode(Mode m);

    // The sort key of `name` in the current mode: memcmp order = name order.
    static QByteArray key(const QString &name);
    // The same for a name in UTF-8 as SQLite holds it: a known name costs one lookup.
    static QByteArray keyOfUtf8(const char *utf8, int bytes);
    // Keys for many names at once (a list about to be sorted): shorter keys, one lock.
    static void prime(const QStringList &names);
    // Whether any name has a key in the current mode yet (prime before the first big sort).
    static bool isPrimed();
    // Whether a comes before b (same as comparing keys); for sorting in C++.
    static bool less(const QString &a, const QString &b);

    // Makes dj_name_key(TEXT) available to SQL on this connection.
    static void install(sqlite3 *db);

    // A key strictly between `below` and `above` (empty = no bound); public for its tests.
    static QByteArray between(const QByteArray &below, const QByteArray &above);
};

} // namespace dj
