#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <optional>

namespace dj {

class Database;

// "This office now signs with a new key": the new public keys (Ed25519 for signatures, X25519
// for encryption), signed by the key they replace. Made by `office new-key`; every package
// after it carries the office's notices so that a peer trusting the old key can follow them.
struct KeyChangeNotice
{
    QByteArray oldPublic;    // Ed25519, 32 bytes
    QByteArray newPublic;    // Ed25519, 32 bytes
    QByteArray newBoxPublic; // X25519, 32 bytes
    QByteArray signature;    // Ed25519 by oldPublic over message()
    QString madeAt;

    // What the old key signs: a fixed label, the office's id and the three keys.
    QByteArray message(const QString &officeId) const;
    bool verify(const QString &officeId) const;
};

class OfficeKeyChange
{
public:
    // A notice may name no more keys than this in one package header (bounded reading).
    static constexpr int MaxNotices = 32;

    // Makes new key pairs for the office, records the notice signed with the old key and
    // replaces the keys (wrapped when the file has accounts). Needs an administrator whose key
    // is unlocked. Returns the notice.
    static KeyChangeNotice newKey(Database &db);
    // This office's notices, oldest first.
    static QList<KeyChangeNotice> notices(const Database &db);

    // Follows `chain` from `trusted` to `packageKey`, each step signed by the key before it.
    // Returns the steps taken (empty when the chain does not lead there: not proven).
    static QList<KeyChangeNotice> follow(const QString &officeId, const QByteArray &trusted, const QByteArray &packageKey,
                                         const QList<KeyChangeNotice> &chain);

    static QJsonArray toJson(const QList<KeyChangeNotice> &notices);
    // Throws Corrupt (via `fail`) for an ill-formed entry.
    static QList<KeyChangeNotice> fromJson(const QJsonArray &array, const QString &source);
};

} // namespace dj
