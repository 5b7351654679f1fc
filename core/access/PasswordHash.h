#pragma once

#include <QString>

namespace dj {

// Argon2id password hashes (libsodium crypto_pwhash_str, the "interactive" cost: 64 MiB and
// about a tenth of a second, slow enough to make guessing from a stolen file expensive).
namespace PasswordHash {

constexpr int MinLength = 8;
constexpr int MaxLength = 128;

// Throws dj::Error(Invalid) for a password that is too short or too long.
void checkStrength(const QString &password);
QString make(const QString &password);
bool matches(const QString &hash, const QString &password);
// True when `hash` was made with weaker settings than make() uses now.
bool needsRehash(const QString &hash);

} // namespace PasswordHash

} // namespace dj
