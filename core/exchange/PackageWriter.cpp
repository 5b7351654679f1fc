#include "PackageWriter.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "exchange/PackageReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QUuid>
#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <sodium.h>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PackageWriter)
};

using namespace package;
using E = PackageHeader::Encryption;
constexpr qint64 kBuffer = 256 * 1024;

template <std::size_t N>
struct Secret
{
    unsigned char b[N] = {};
    ~Secret() { sodium_memzero(b, N); }
};

unsigned char *bytes(QByteArray &a) { return reinterpret_cast<unsigned char *>(a.data()); }
const unsigned char *bytes(const QByteArray &a) { return reinterpret_cast<const unsigned char *>(a.constData()); }
QString base64(const unsigned char *data, std::size_t n)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(data), qsizetype(n)).toBase64());
}

std::filesystem::path fsPath(const QString &p)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(p.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(p).toStdString());
#endif
}

Error cancelled()
{
    return Error(Error::Kind::Invalid, Tr::tr("The export was cancelled; no package was written."));
}

// The state of one write: where progress stands and what to remove if it does not finish.
class Job
{
public:
    Job(QString dest, const Progress &progress, qint64 total)
        : m_dest(std::move(dest)), m_part(m_dest + QStringLiteral(".part")), m_progress(progress), m_total(total) {}
    ~Job()
    {
        if (!m_done)
            QFile::remove(m_part);
    }

    const QString &dest() const { return m_dest; }
    const QString &part() const { return m_part; }
    void finished() { m_done = true; }
    // Reports `n` more bytes done; false when the user cancels.
    bool tick(qint64 n)
    {
        m_advanced = qMin(m_total, m_advanced + n);
        return !m_progress || m_progress(m_advanced, m_total);
    }
    void advance(qint64 n)
    {
        if (!tick(n))
            throw cancelled();
    }
    [[noreturn]] void ioFailed(const QFileDevice &f) const
    {
        throw Error(Error::Kind::Storage, Tr::tr("The package %1 could not be written: %2").arg(m_dest, f.errorString()));
    }
    qint64 read(QFile &in, QByteArray &buf, qint64 n) const
    {
        qint64 got = 0;
        while (got < n) {
            const qint64 r = in.read(buf.data() + got, n - got);
            if (r < 0)
                throw Error(Error::Kind::Storage, Tr::tr("The file %1 could not be read: %2").arg(in.fileName(), in.errorString()));
            if (r == 0)
                break;
            got += r;
        }
        return got;
    }
    void write(QFileDevice &out, const unsigned char *data, qint64 n) const
    {
        if (out.write(reinterpret_cast<const char *>(data), n) != n)
            ioFailed(out);
    }

private:
    QString m_dest;
    QString m_part;
    const Progress &m_progress;
    qint64 m_total;
    qint64 m_advanced = 0;
    bool m_done = false;
};

// Reads the whole payload once for its BLAKE2b hash; it is then stored as it is.
void hashPlain(Job &job, QFile &in, PackageHeader &h)
{
    crypto_generichash_state hash;
    crypto_generichash_init(&hash, nullptr, 0, crypto_generichash_BYTES);
    QByteArray buf(kBuffer, '\0');
    qint64 total = 0;
    for (qint64 n; (n = job.read(in, buf, kBuffer)) > 0; total += n) {
        crypto_generichash_update(&hash, bytes(buf), size_t(n));
        job.advance(n);
    }
    h.payloadHash = QByteArray(crypto_generichash_BYTES, '\0');
    crypto_generichash_final(&hash, bytes(h.payloadHash), crypto_generichash_BYTES);
    h.payloadLength = h.plainLength = total;
}

// Encrypts the payload into `out` in 64 KiB chunks, hashing what is stored.
void encrypt(Job &job, QFile &in, QFileDevice &out, const unsigned char *key, PackageHeader &h)
{
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_state stream;
    crypto_secretstream_xchacha20poly1305_init_push(&stream, streamHeader, key);
    h.encryptionParams.insert(QStringLiteral("streamHeader"), base64(streamHeader, sizeof streamHeader));
    crypto_generichash_state hash;
    crypto_generichash_init(&hash, nullptr, 0, crypto_generichash_BYTES);
    QByteArray plain(kChunk, '\0');
    QByteArray cipher(kChunk + kChunkOverhead, '\0');
    h.plainLength = h.payloadLength = 0;
    for (bool final = false; !final;) {
        const qint64 n = job.read(in, plain, kChunk);
        final = n < kChunk || in.atEnd();
        unsigned long long cipherSize = 0;
        crypto_secretstream_xchacha20poly1305_push(&stream, bytes(cipher), &cipherSize, bytes(plain), size_t(n), nullptr, 0,
                                                   final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        crypto_generichash_update(&hash, bytes(cipher), size_t(cipherSize));
        job.write(out, bytes(cipher), qint64(cipherSize));
        h.plainLength += n;
        h.payloadLength += qint64(cipherSize);
        job.advance(n);
    }
    sodium_memzero(&stream, sizeof stream);
    h.payloadHash = QByteArray(crypto_generichash_BYTES, '\0');
    crypto_generichash_final(&hash, bytes(h.payloadHash), crypto_generichash_BYTES);
}

// Makes the stream key for `opts` and records how the reader gets it back.
void makeKey(const PackageWriter::WriteOptions &opts, unsigned char *key, PackageHeader &h)
{
    h.encryptionParams = {};
    if (opts.mode == E::Recipient) {
        Secret<crypto_box_PUBLICKEYBYTES> xpk;
        if (opts.recipientPublicKey.size() != crypto_sign_PUBLICKEYBYTES
            || crypto_sign_ed25519_pk_to_curve25519(xpk.b, bytes(opts.recipientPublicKey)) != 0)
            throw Error(Error::Kind::Invalid, Tr::tr("The key of the office to encrypt the package for is not valid."));
        crypto_secretstream_xchacha20poly1305_keygen(key);
        unsigned char sealed[crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES];
        crypto_box_seal(sealed, key, crypto_secretstream_xchacha20poly1305_KEYBYTES, xpk.b);
        h.encryptionParams.insert(QStringLiteral("sealedKey"), base64(sealed, sizeof sealed));
    } else if (opts.mode == E::Passphrase) {
        if (opts.passphrase.isEmpty())
            throw Error(Error::Kind::Invalid, Tr::tr("Enter a passphrase to protect the package."));
        unsigned char salt[crypto_pwhash_SALTBYTES];
        randombytes_buf(salt, sizeof salt);
        const auto ops = crypto_pwhash_OPSLIMIT_MODERATE;
        const auto mem = crypto_pwhash_MEMLIMIT_MODERATE;
        if (crypto_pwhash(key, crypto_secretstream_xchacha20poly1305_KEYBYTES, opts.passphrase.constData(),
                          size_t(opts.passphrase.size()), salt, ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
            throw Error(Error::Kind::Storage, Tr::tr("There is not enough memory to protect the package with a "
                                                     "passphrase (it needs %1 MiB).").arg(qint64(mem) / (1024 * 1024)));
        h.encryptionParams.insert(QStringLiteral("salt"), base64(salt, sizeof salt));
        h.encryptionParams.insert(QStringLiteral("opsLimit"), qint64(ops));
        h.encryptionParams.insert(QStringLiteral("memLimit"), qint64(mem));
    }
}

void syncAndClose(Job &job, QFile &out)
{
    if (!out.flush())
        job.ioFailed(out);
#ifdef Q_OS_WIN
    const int rc = _commit(out.handle());
#else
    const int rc = ::fsync(out.handle());
#endif
    if (rc != 0)
        throw Error(Error::Kind::Storage, Tr::tr("The package %1 could not be written: %2")
                                              .arg(job.dest(), QString::fromLocal8Bit(std::strerror(errno))));
    out.close();
    if (out.error() != QFileDevice::NoError)
        job.ioFailed(out);
}
} // namespace

void PackageWriter::write(const QString &dest, PackageHeader header, const QString &payloadPath,
                          const QByteArray &senderSecretKey, const WriteOptions &opts, const Progress &progress)
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Storage, Tr::tr("The cryptography library could not be started."));
    if (senderSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw Error(Error::Kind::Invalid, Tr::tr("The office's signing key is not valid."));
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(bytes(publicKey), bytes(senderSecretKey));
    if (header.sender.publicKey.isEmpty())
        header.sender.publicKey = publicKey;
    if (header.sender.publicKey != publicKey)
        throw Error(Error::Kind::Invalid, Tr::tr("The package names a sender key that is not the office's signing key."));
    if (header.packageId.isEmpty())
        header.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!header.createdAt.isValid())
        header.createdAt = Clock::now();
    header.encryption = opts.mode;

    QFile in(payloadPath);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(QFileInfo::exists(payloadPath) ? Error::Kind::Storage : Error::Kind::NotFound,
                    Tr::tr("The file %1 could not be read: %2").arg(payloadPath, in.errorString()));
    // Hashing or encrypting, writing, and reading back.
    const qint64 stored = storedLength(in.size(), opts.mode != E::None);
    Job job(dest, progress, in.size() + 2 * stored);
    QFile out(job.part());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        job.ioFailed(out);

    // The header holds the stored payload's length and hash, so an encrypted payload is
    // made first in a temporary file beside the package.
    std::unique_ptr<QTemporaryFile> cipher;
    QFile *source = &in;
    if (opts.mode == E::None) {
        header.encryptionParams = {};
        hashPlain(job, in, header);
    } else {
        Secret<crypto_secretstream_xchacha20poly1305_KEYBYTES> key;
        makeKey(opts, key.b, header);
        cipher = std::make_unique<QTemporaryFile>(QFileInfo(job.part()).absolutePath() + QStringLiteral("/.djpkg-XXXXXX"));
        if (!cipher->open())
            job.ioFailed(*cipher);
        encrypt(job, in, *cipher, key.b, header);
        if (!cipher->flush())
            job.ioFailed(*cipher);
        source = cipher.get();
    }
    if (!source->seek(0))
        job.ioFailed(*source);

    const QByteArray json = header.toJson();
    if (json.size() > kMaxHeader)
        throw Error(Error::Kind::Invalid, Tr::tr("The package's description is too long (%1 bytes; at most %2).")
                                              .arg(json.size()).arg(kMaxHeader));
    QByteArray prefix(kMagic, kMagicSize);
    char length[kLengthSize];
    qToLittleEndian<quint32>(quint32(json.size()), length);
    prefix += QByteArray(length, kLengthSize) + json;
    // The signature covers the header, and the header the payload by its BLAKE2b-256: one
    // pass over a large payload instead of two.
    crypto_sign_state sign;
    crypto_sign_init(&sign);
    crypto_sign_update(&sign, bytes(prefix), size_t(prefix.size()));
    job.write(out, bytes(prefix), prefix.size());
    QByteArray buf(kBuffer, '\0');
    for (qint64 done = 0; done < header.payloadLength;) {
        const qint64 n = job.read(*source, buf, qMin(kBuffer, header.payloadLength - done));
        if (n == 0)
            throw Error(Error::Kind::Storage, Tr::tr("The file %1 changed while the package was being written.").arg(payloadPath));
        job.write(out, bytes(buf), n);
        done += n;
        job.advance(n);
    }
    QByteArray signature(kSignatureSize, '\0');
    crypto_sign_final_create(&sign, bytes(signature), nullptr, bytes(senderSecretKey));
    job.write(out, bytes(signature), kSignatureSize);
    syncAndClose(job, out);
    cipher.reset();

    // Read back what is on disk before it replaces anything.
    bool cancel = false;
    qint64 verifiedBytes = 0;
    try {
        PackageReader(job.part()).verify(publicKey, [&](qint64 done, qint64) {
            cancel = !job.tick(done - verifiedBytes);
            verifiedBytes = done;
            return !cancel;
        });
    } catch (const Error &e) {
        if (cancel)
            throw cancelled();
        throw Error(Error::Kind::Storage, Tr::tr("The package %1 did not read back correctly after it was written, so it "
                                                 "was not saved: %2").arg(dest, e.message()));
    }
    std::error_code ec;
    std::filesystem::rename(fsPath(job.part()), fsPath(dest), ec);
    if (ec)
        throw Error(Error::Kind::Storage, Tr::tr("The package %1 could not be written: %2")
                                              .arg(dest, QString::fromLocal8Bit(ec.message().c_str())));
    job.finished();
#ifndef Q_OS_WIN
    // Make the rename itself durable; a failure here leaves a complete package anyway.
    const int dir = ::open(QFile::encodeName(QFileInfo(dest).absolutePath()).constData(), O_RDONLY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
#endif
}

} // namespace dj
