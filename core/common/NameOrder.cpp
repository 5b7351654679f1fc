#include "NameOrder.h"

#include "SurnameReading.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSettings>
#include <algorithm>
#include <vector>
#include <map>
#include <sqlite3.h>

namespace dj {

namespace {

// One mode's keys: the names in collation order, each with its key, and a hash for lookups.
class KeyTable
{
    struct Entry
    {
        QCollatorSortKey sortKey;
        QString name;
    };
    struct Less
    {
        bool operator()(const Entry &a, const Entry &b) const
        {
            const int c = a.sortKey.compare(b.sortKey);
            return c != 0 ? c < 0 : a.name < b.name;
        }
    };

public:
    // `bySound`: 拼音 order, where some surnames are read otherwise than their characters.
    KeyTable(const QLocale &locale, bool bySound) : m_collator(locale), m_bySound(bySound)
    {
        m_collator.setNumericMode(true);
    }

    // The key of a name already given one, looked up by its UTF-8; null if none yet.
    QByteArray keyOfUtf8(const QByteArray &utf8) const { return m_utf8Keys.value(utf8); }

    QByteArray key(const QString &name)
    {
        if (const auto it = m_keys.constFind(name); it != m_keys.cend())
            return *it;
        QCollatorSortKey sortKey = sortKeyOf(name);
        // Equal under the collation but different text (e.g. full- and half-width): order
        // by the text, so different names never share a key.
        auto after = m_sorted.upper_bound(Entry{sortKey, name});
        const QByteArray above = after == m_sorted.end() ? QByteArray() : after->second;
        const QByteArray below = after == m_sorted.begin() ? QByteArray() : std::prev(after)->second;
        const QByteArray k = NameOrder::between(below, above);
        m_sorted.emplace_hint(after, Entry{std::move(sortKey), name}, k);
        remember(name, k);
        return k;
    }

    // Keys for many names at once, spread evenly over the gaps they fall in: one name at a
    // time, names arriving in order would each add to the key's length.
    void prime(const QStringList &names)
    {
        std::vector<Entry> fresh;
        QSet<QString> seen;
        for (const QString &n : names)
            if (!m_keys.contains(n) && !seen.contains(n)) {
                seen.insert(n);
                fresh.push_back(Entry{sortKeyOf(n), n});
            }
        std::sort(fresh.begin(), fresh.end(), Less());
        std::vector<QByteArray> keys(fresh.size());
        for (size_t s = 0; s < fresh.size();) {
            const auto after = m_sorted.upper_bound(fresh[s]);
            size_t e = s + 1;
            while (e < fresh.size() && (after == m_sorted.end() || Less()(fresh[e], after->first)))
                ++e;
            spread(keys, s, e, after == m_sorted.begin() ? QByteArray() : std::prev(after)->second,
                   after == m_sorted.end() ? QByteArray() : after->second);
            s = e;
        }
        for (size_t i = 0; i < fresh.size(); ++i) {
            remember(fresh[i].name, keys[i]);
            m_sorted.emplace(std::move(fresh[i]), keys[i]);
        }
    }

    bool isEmpty() const { return m_keys.isEmpty(); }

private:
    QCollatorSortKey sortKeyOf(const QString &name) const
    {
        return m_collator.sortKey(m_bySound ? surnameForCollation(name) : name);
    }

    void remember(const QString &name, const QByteArray &key)
    {
        m_keys.insert(name, key);
        m_utf8Keys.insert(name.toUtf8(), key);
    }

    static void spread(std::vector<QByteArray> &keys, size_t s, size_t e, const QByteArray &below,
                       const QByteArray &above)
    {
        if (s >= e)
            return;
        const size_t m = s + (e - s) / 2;
        keys[m] = NameOrder::between(below, above);
        spread(keys, s, m, below, keys[m]);
        spread(keys, m + 1, e, keys[m], above);
    }

    QCollator m_collator;
    bool m_bySound;
    std::map<Entry, QByteArray, Less> m_sorted;
    QHash<QString, QByteArray> m_keys;
    QHash<QByteArray, QByteArray> m_utf8Keys;
};

struct State
{
    QMutex mutex;
    NameOrder::Mode mode = NameOrder::Mode::Pinyin;
    // 拼音 is the Simplified Chinese default; 笔画 is the Traditional one (ICU and Windows
    // alike), which QCollator reaches through the locale alone.
    KeyTable pinyin{QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China), true};
    KeyTable strokes{QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan), false};
    KeyTable &current() { return mode == NameOrder::Mode::Pinyin ? pinyin : strokes; }
};

State &state()
{
    static State s;
    return s;
}

QSettings settings() { return QSettings(QCoreApplication::organizationName(), QStringLiteral("dangjian")); }
const QString kSetting = QStringLiteral("people/nameOrder");

// The SQL function: called once per row sorted, so a known name is looked up by its UTF-8
// bytes as SQLite holds them, without making a QString.
void sqlKey(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    if (!text) {
        sqlite3_result_null(ctx);
        return;
    }
    const QByteArray k = NameOrder::keyOfUtf8(text, sqlite3_value_bytes(argv[0]));
    sqlite3_result_blob(ctx, k.constData(), int(k.size()), SQLITE_TRANSIENT);
}

} // namespace

NameOrder::Mode NameOrder::mode()
{
    QMutexLocker lock(&state().mutex);
    return state().mode;
}

void NameOrder::setMode(Mode m)
{
    QMutexLocker lock(&state().mutex);
    state().mode = m;
}

NameOrder::Mode NameOrder::storedMode()
{
    return settings().value(kSetting).toString() == QLatin1String("strokes") ? Mode::Strokes : Mode::Pinyin;
}

void NameOrder::storeMode(Mode m)
{
    settings().setValue(kSetting, m == Mode::Strokes ? QStringLiteral("strokes") : QStringLiteral("pinyin"));
}

QByteArray NameOrder::key(const QString &name)
{
    QMutexLocker lock(&state().mutex);
    return state().current().key(name);
}

QByteArray NameOrder::keyOfUtf8(const char *utf8, int bytes)
{
    QMutexLocker lock(&state().mutex);
    KeyTable &t = state().current();
    QByteArray k = t.keyOfUtf8(QByteArray::fromRawData(utf8, bytes));
    return k.isNull() ? t.key(QString::fromUtf8(utf8, bytes)) : k;
}

bool NameOrder::isPrimed()
{
    QMutexLocker lock(&state().mutex);
    return !state().current().isEmpty();
}

void NameOrder::prime(const QStringList &names)
{
    QMutexLocker lock(&state().mutex);
    state().current().prime(names);
}

bool NameOrder::less(const QString &a, const QString &b)
{
    if (a == b)
        return false;
    QMutexLocker lock(&state().mutex);
    KeyTable &t = state().current();
    return t.key(a) < t.key(b);
}

void NameOrder::install(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "dj_name_key", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, sqlKey, nullptr,
                               nullptr, nullptr);
}

QByteArray NameOrder::between(const QByteArray &below, const QByteArray &above)
{
    // Keys are compared as bytes and never end in 0x00. Walk the common prefix; where the
    // bounds part, take a byte halfway, or, with no room, keep below's byte and go on
    // with no upper bound.
    QByteArray out;
    bool bounded = !above.isEmpty();
    for (int i = 0;; ++i) {
        const int lo = i < below.size() ? uchar(below.at(i)) : 0;
        const int hi = bounded ? (i < above.size() ? uchar(above.at(i)) : 0) : 256;
        if (hi - lo > 1) {
            out.append(char((lo + hi) / 2));
            return out;
        }
        out.append(char(lo));
        if (hi != lo)
            bounded = false; // out now sorts below `above` whatever follows
    }
}

} // namespace dj
