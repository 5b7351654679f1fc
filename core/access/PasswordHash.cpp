#include "PasswordHash.h"

#include "common/Error.h"

#include <QCoreApplication>

#include <sodium.h>

namespace dj::PasswordHash {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PasswordHash)
};

void initSodium()
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Storage, Tr::tr("The cryptography library could not be started."));
}

} // namespace

void checkStrength(const QString &password)
{
    if (password.size() < MinLength)
        throw Error(Error::Kind::Invalid,
                    Tr::tr("The password must have at least %1 characters.").arg(MinLength));
    if (password.size() > MaxLength)
        throw Error(Error::Kind::Invalid,
                    Tr::tr("The password must have at most %1 characters.").arg(MaxLength));
}

QString make(const QString &password)
{
    initSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Error(Error::Kind::Storage,
                    Tr::tr("Not enough memory to protect the password (64 MB are needed)."));
    return QString::fromLatin1(out);
}

bool matches(const QString &hash, const QString &password)
{
    initSodium();
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool needsRehash(const QString &hash)
{
    initSodium();
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

} // namespace dj::PasswordHash
