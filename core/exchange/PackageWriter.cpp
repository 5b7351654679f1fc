#include "PackageWriter.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "exchange/PackageReader.h"
#include "exchange/PayloadHash.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <limits>
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
constexpr qint64 kAlign = 4096; // the payload starts on a page boundary

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

Error writeFailed(const QString &dest, const QString &reason)
{
    return Error(Error::Kind::Storage, Tr::tr("The package %1 could not be written: %2").arg(dest, reason));
}

qint64 readSome(QFile &in, QByteArray &buf, qint64 n)
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

// Makes the stream key for `opts` and records how the reader gets it back.
void makeKey(const PackageWriter::WriteOptions &opts, unsigned char *key, PackageHeader &h)
{
    h.encryptionParams = {};
    h.sealedToBoxKey = false;
    if (opts.mode == E::Recipient) {
        Secret<crypto_box_PUBLICKEYBYTES> xpk;
        h.sealedToBoxKey = !opts.recipientBoxKey.isEmpty();
        if (h.sealedToBoxKey) {
            if (opts.recipientBoxKey.size() != crypto_box_PUBLICKEYBYTES)
                throw Error(Error::Kind::Invalid, Tr::tr("The key of the office to encrypt the package for is not valid."));
            std::memcpy(xpk.b, opts.recipientBoxKey.constData(), crypto_box_PUBLICKEYBYTES);
        } else if (opts.recipientPublicKey.size() != crypto_sign_PUBLICKEYBYTES
                   || crypto_sign_ed25519_pk_to_curve25519(xpk.b, bytes(opts.recipientPublicKey)) != 0) {
            throw Error(Error::Kind::Invalid, Tr::tr("The key of the office to encrypt the package for is not valid."));
        }
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
                                                     "passphrase (it needs %1 MB).").arg(qint64(mem) / (1024 * 1024)));
        h.encryptionParams.insert(QStringLiteral("salt"), base64(salt, sizeof salt));
        h.encryptionParams.insert(QStringLiteral("opsLimit"), qint64(ops));
        h.encryptionParams.insert(QStringLiteral("memLimit"), qint64(mem));
    }
}

void syncAndClose(const QString &dest, QFile &out)
{
    if (!out.flush())
        throw writeFailed(dest, out.errorString());
#ifdef Q_OS_WIN
    const int rc = _commit(out.handle());
#else
    const int rc = ::fsync(out.handle());
#endif
    if (rc != 0)
        throw writeFailed(dest, QString::fromLocal8Bit(std::strerror(errno)));
    out.close();
    if (out.error() != QFileDevice::NoError)
        throw writeFailed(dest, out.errorString());
}
} // namespace

PackageWriter::PackageWriter(const QString &dest, PackageHeader header, const QByteArray &senderSecretKey,
                             const WriteOptions &opts, const Progress &progress)
    : m_dest(dest), m_part(dest + QStringLiteral(".part")), m_header(std::move(header)), m_secretKey(senderSecretKey),
      m_progress(progress)
{
    try {
        start(opts);
    } catch (...) {
        discard();
        throw;
    }
}

PackageWriter::~PackageWriter() { discard(); }

void PackageWriter::discard()
{
    if (!m_finished) // the payload is built through SQLite: its journal may be beside the part
        Database::removeFiles(m_part);
    m_secretKey.fill('\0');
    sodium_memzero(m_streamKey, sizeof m_streamKey);
    sodium_memzero(&m_stream, sizeof m_stream);
}

void PackageWriter::start(const WriteOptions &opts)
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Storage, Tr::tr("The cryptography library could not be started."));
    if (m_secretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw Error(Error::Kind::Invalid, Tr::tr("The office's signing key is not valid."));
    PackageHeader &h = m_header;
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(bytes(publicKey), bytes(m_secretKey));
    if (h.sender.publicKey.isEmpty())
        h.sender.publicKey = publicKey;
    if (h.sender.publicKey != publicKey)
        throw Error(Error::Kind::Invalid, Tr::tr("The package names a sender key that is not the office's signing key."));
    if (h.packageId.isEmpty())
        h.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!h.createdAt.isValid())
        h.createdAt = Clock::now();
    h.encryption = opts.mode;
    makeKey(opts, m_streamKey, h);
    if (opts.mode != E::None) {
        unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
        crypto_secretstream_xchacha20poly1305_init_push(&m_stream, streamHeader, m_streamKey);
        h.encryptionParams.insert(QStringLiteral("streamHeader"), base64(streamHeader, sizeof streamHeader));
    }

    // Room for the header at its longest: only the lengths and the hash are still unknown.
    h.payloadLength = h.plainLength = std::numeric_limits<qint64>::max();
    h.payloadHash = QByteArray(crypto_generichash_BYTES, '\xff');
    const qint64 longest = h.toJson().size();
    if (longest > kMaxHeader)
        throw Error(Error::Kind::Invalid, Tr::tr("The package's description is too long (%1 bytes; at most %2).")
                                              .arg(longest).arg(kMaxHeader));
    const qint64 minimum = kMagicSize + kLengthSize + longest;
    m_reserved = qMin((minimum + kAlign - 1) / kAlign * kAlign, kMagicSize + kLengthSize + kMaxHeader);
    h.payloadLength = h.plainLength = 0;
    h.payloadHash.clear();

    QFile out(m_part);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(QByteArray(m_reserved, '\0')) != m_reserved)
        throw writeFailed(m_dest, out.errorString());
    out.close();
}

qint64 PackageWriter::payloadOffset() const
{
    if (m_header.encryption != E::None)
        throw Error(Error::Kind::Invalid, Tr::tr("An encrypted payload cannot be built inside the package."));
    return m_reserved;
}

void PackageWriter::advance(qint64 n)
{
    m_done = qMin(m_total, m_done + n);
    if (m_progress && !m_progress(m_done, m_total))
        throw cancelled();
}

void PackageWriter::addPayload(const QString &payloadPath)
{
    QFile in(payloadPath);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(QFileInfo::exists(payloadPath) ? Error::Kind::Storage : Error::Kind::NotFound,
                    Tr::tr("The file %1 could not be read: %2").arg(payloadPath, in.errorString()));
    QFile out(m_part);
    if (!out.open(QIODevice::ReadWrite) || !out.seek(m_reserved) || !out.resize(m_reserved))
        throw writeFailed(m_dest, out.errorString());
    const bool encrypt = m_header.encryption != E::None;
    m_total = in.size() + storedLength(in.size(), encrypt); // storing, then hashing on read-back
    PayloadHash hash;
    const auto store = [&](const QByteArray &data, qint64 n) {
        if (out.write(data.constData(), n) != n)
            throw writeFailed(m_dest, out.errorString());
        hash.update(data.constData(), n);
        m_header.payloadLength += n;
    };
    m_header.plainLength = m_header.payloadLength = 0;
    QByteArray plain(encrypt ? kChunk : kBuffer, '\0');
    QByteArray cipher(encrypt ? kChunk + kChunkOverhead : 0, '\0');
    for (bool final = false; !final;) {
        const qint64 n = readSome(in, plain, plain.size());
        final = n < plain.size() || in.atEnd();
        if (encrypt) {
            unsigned long long cipherSize = 0;
            crypto_secretstream_xchacha20poly1305_push(&m_stream, bytes(cipher), &cipherSize, bytes(plain), size_t(n),
                                                       nullptr, 0, final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
            store(cipher, qint64(cipherSize));
        } else {
            store(plain, n);
        }
        m_header.plainLength += n;
        advance(n);
    }
    if (!out.flush())
        throw writeFailed(m_dest, out.errorString());
    m_addedHash = hash.final();
    m_added = true;
}

const PackageHeader &PackageWriter::finish()
{
    const qint64 stored = QFileInfo(m_part).size() - m_reserved;
    if (!m_added) { // built in place
        m_header.payloadLength = m_header.plainLength = qMax(qint64(0), stored);
        m_total = m_done + stored;
    }
    if (stored != m_header.payloadLength)
        throw writeFailed(m_dest, Tr::tr("its data is %1 bytes long instead of %2.").arg(stored).arg(m_header.payloadLength));
    const qint64 before = m_done;
    m_header.payloadHash = PayloadHash::ofFile(m_part, m_reserved, stored, [&](qint64 done, qint64) {
        m_done = before + done;
        return !m_progress || m_progress(m_done, m_total);
    });
    if (m_header.payloadHash.isEmpty())
        throw cancelled();
    if (m_added && m_header.payloadHash != m_addedHash)
        throw Error(Error::Kind::Storage, Tr::tr("The package %1 did not read back as it was written, so it was not "
                                                 "saved. Check the disk or choose another place.").arg(m_dest));

    const QByteArray head = prefix();
    crypto_sign_state sign;
    crypto_sign_init(&sign);
    crypto_sign_update(&sign, bytes(head), size_t(head.size()));
    QByteArray signature(kSignatureSize, '\0');
    crypto_sign_final_create(&sign, bytes(signature), nullptr, bytes(m_secretKey));
    QFile out(m_part);
    if (!out.open(QIODevice::ReadWrite) || out.write(head) != head.size() || !out.seek(m_reserved + stored)
        || out.write(signature) != signature.size())
        throw writeFailed(m_dest, out.errorString());
    syncAndClose(m_dest, out);
    readBack(head, signature);
    rename();
    return m_header;
}

QByteArray PackageWriter::prefix() const
{
    QByteArray json = m_header.toJson();
    const qint64 room = m_reserved - kMagicSize - kLengthSize;
    json += QByteArray(room - json.size(), ' '); // JSON allows trailing white space
    char length[kLengthSize];
    qToLittleEndian<quint32>(quint32(json.size()), length);
    return QByteArray(kMagic, kMagicSize) + QByteArray(length, kLengthSize) + json;
}

// The payload was read back for its hash; the header and signature are read back here, and
// the package must open as one.
void PackageWriter::readBack(const QByteArray &head, const QByteArray &signature) const
{
    try {
        const PackageReader reader(m_part);
        QFile f(m_part);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Storage, f.errorString());
        const QByteArray headRead = f.read(head.size());
        f.seek(f.size() - kSignatureSize);
        const QByteArray signatureRead = f.read(kSignatureSize);
        crypto_sign_state check;
        crypto_sign_init(&check);
        crypto_sign_update(&check, bytes(headRead), size_t(headRead.size()));
        if (headRead != head || signatureRead != signature
            || crypto_sign_final_verify(&check, bytes(signatureRead), bytes(m_header.sender.publicKey)) != 0)
            throw Error(Error::Kind::Corrupt, Tr::tr("its header or signature differs from what was written."));
    } catch (const Error &e) {
        throw Error(Error::Kind::Storage, Tr::tr("The package %1 did not read back correctly after it was written, so it "
                                                 "was not saved: %2").arg(m_dest, e.message()));
    }
}

void PackageWriter::rename()
{
    std::error_code ec;
    std::filesystem::rename(fsPath(m_part), fsPath(m_dest), ec);
    if (ec)
        throw writeFailed(m_dest, QString::fromLocal8Bit(ec.message().c_str()));
    m_finished = true;
#ifndef Q_OS_WIN
    // Make the rename itself durable; a failure here leaves a complete package anyway.
    const int dir = ::open(QFile::encodeName(QFileInfo(m_dest).absolutePath()).constData(), O_RDONLY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
#endif
}

void PackageWriter::write(const QString &dest, const PackageHeader &header, const QString &payloadPath,
                          const QByteArray &senderSecretKey, const WriteOptions &opts, const Progress &progress)
{
    PackageWriter w(dest, header, senderSecretKey, opts, progress);
    w.addPayload(payloadPath);
    w.finish();
}

} // namespace dj
