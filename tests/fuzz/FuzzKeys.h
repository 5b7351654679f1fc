#pragma once

#include <QByteArray>
#include <sodium.h>

// Two made-up offices with fixed Ed25519 keys, shared by the package seeds (PackageSeeds.cpp)
// and the package harness: the harness holds the recipient's secret key, so the fuzzer gets
// into the decryption of packages sealed to it. Test keys, for nothing else.
namespace dj::fuzz {

inline constexpr char kSenderSeed[] = "dangjian-fuzz-sender-key-seed-01";
inline constexpr char kRecipientSeed[] = "dangjian-fuzz-recipient-seed-002";
static_assert(sizeof kSenderSeed == crypto_sign_SEEDBYTES + 1 && sizeof kRecipientSeed == crypto_sign_SEEDBYTES + 1);

struct KeyPair
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
};

inline KeyPair keyPair(const char (&seed)[crypto_sign_SEEDBYTES + 1])
{
    if (sodium_init() < 0)
        return {};
    KeyPair k{QByteArray(crypto_sign_PUBLICKEYBYTES, '\0'), QByteArray(crypto_sign_SECRETKEYBYTES, '\0')};
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()),
                             reinterpret_cast<unsigned char *>(k.secretKey.data()),
                             reinterpret_cast<const unsigned char *>(seed));
    return k;
}

} // namespace dj::fuzz
