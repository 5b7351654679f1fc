#include "PackageReader.h"

#include "common/Error.h"
#include "common/SizeText.h"
#include "exchange/PayloadHash.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <sodium.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PackageReader)
};

using namespace package;
constexpr qint64 kMinSize = kMagicSize + kLengthSize + 1 + kSignatureSize;
constexpr qint64 kBuffer = 256 * 1024;
constexpr qint64 kStoredChunk = kChunk + kChunkOverhead;
#ifdef DJ_FUZZING
// The fuzzing build (DJ_FUZZ, tests/fuzz) takes any signature and payload hash, so that the
// fuzzer reaches the code they guard. Never defined in a build that ships.
constexpr bool kCheckSignature = false;
#else
constexpr bool kCheckSignature = true;
#endif

// Key material on the stack, wiped however the scope is left.
template <std::size_t N>
struct Secret
{
    unsigned char b[N] = {};
    ~Secret() { sodium_memzero(b, N); }
};

void init()
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Storage, Tr::tr("The cryptography library could not be started."));
}

const unsigned char *bytes(const QByteArray &a) { return reinterpret_cast<const unsigned char *>(a.constData()); }
unsigned char *bytes(QByteArray &a) { return reinterpret_cast<unsigned char *>(a.data()); }

Error corrupt(const QString &message) { return Error(Error::Kind::Corrupt, message); }
Error badSignature()
{
    return corrupt(Tr::tr("The package's signature does not match its contents: it was changed or damaged after it "
                          "was signed."));
}
Error cancelled() { return Error(Error::Kind::Invalid, Tr::tr("Opening the package was cancelled; nothing was written.")); }

// Reads exactly `n` bytes into `buf` (which is at least that large).
void readExactly(QFile &f, QByteArray &buf, qint64 n)
{
    qint64 got = 0;
    while (got < n) {
        const qint64 r = f.read(buf.data() + got, n - got);
        if (r < 0)
            throw Error(Error::Kind::Storage, Tr::tr("The package %1 could not be read: %2").arg(f.fileName(), f.errorString()));
        if (r == 0)
            throw corrupt(Tr::tr("The package %1 became shorter while it was being read.").arg(f.fileName()));
        got += r;
    }
}

// Opens the package again at the start of its payload, refusing a file that changed since
// the header was read.
void reopen(QFile &f, qint64 size, const QByteArray &prefix)
{
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Storage, Tr::tr("The package %1 could not be read: %2").arg(f.fileName(), f.errorString()));
    QByteArray head(prefix.size(), '\0');
    if (f.size() != size || (readExactly(f, head, head.size()), head != prefix))
        throw corrupt(Tr::tr("The package %1 was changed while it was being read.").arg(f.fileName()));
}
} // namespace

PackageReader::PackageReader(const QString &path) : m_path(path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(path))
            throw Error(Error::Kind::NotFound, Tr::tr("The package %1 does not exist.").arg(path));
        throw Error(Error::Kind::Storage, Tr::tr("The package %1 could not be read: %2").arg(path, f.errorString()));
    }
    m_fileSize = f.size();
    const QByteArray magic = f.read(kMagicSize);
    const QByteArray expected(kMagic, kMagicSize);
    const Error truncated = corrupt(Tr::tr("The package %1 is truncated: it has only %2 bytes, and a package has at least "
                                           "%3. It was not copied completely.").arg(path).arg(m_fileSize).arg(kMinSize));
    if (magic.size() < kMagicSize && expected.startsWith(magic))
        throw truncated;
    if (magic != expected)
        throw Error(Error::Kind::NotOurFile, Tr::tr("%1 is not an exchange package of Dangjian Desk.").arg(path));
    if (m_fileSize < kMinSize)
        throw truncated;
    if (m_fileSize > kMaxPackageBytes)
        throw Error(Error::Kind::Invalid, Tr::tr("The package %1 is %2; a package may be at most %3 (a whole city's data "
                                                 "is about 1.7 GB). It was not opened.")
                                              .arg(path, sizeText(m_fileSize), sizeText(kMaxPackageBytes)));

    QByteArray length(kLengthSize, '\0');
    readExactly(f, length, kLengthSize);
    const qint64 h = qFromLittleEndian<quint32>(length.constData());
    if (h == 0 || h > kMaxHeader)
        throw corrupt(Tr::tr("The package %1 is damaged: its header length (%2 bytes) is not valid.").arg(path).arg(h));
    const qint64 available = m_fileSize - kMagicSize - kLengthSize - h - kSignatureSize;
    if (available < 0)
        throw corrupt(Tr::tr("The package %1 is truncated: its header of %2 bytes and signature do not fit in its %3 "
                             "bytes. It was not copied completely.").arg(path).arg(h).arg(m_fileSize));
    QByteArray json(h, '\0');
    readExactly(f, json, h);
    try {
        m_header = PackageHeader::fromJson(json, path);
    } catch (const Error &e) {
        // The magic says it is a package: an unreadable header is damage, not another format.
        if (e.kind() != Error::Kind::NotOurFile)
            throw;
        throw corrupt(Tr::tr("The package %1 is damaged: its header cannot be read.").arg(path));
    }
    m_prefix = magic + length + json;

    const qint64 claimed = m_header.payloadLength;
    if (claimed < 0)
        throw corrupt(Tr::tr("The package %1 is damaged: its header announces a negative data length (%2 bytes; the "
                             "file holds %3).").arg(path).arg(claimed).arg(available));
    if (claimed > available)
        throw corrupt(Tr::tr("The package %1 is truncated (its header announces %2 bytes of data, but the file holds "
                             "only %3): it was not copied completely.").arg(path).arg(claimed).arg(available));
    if (claimed < available)
        throw corrupt(Tr::tr("The package %1 has %2 extra bytes after its signature; it was damaged or altered.")
                          .arg(path).arg(available - claimed));
    const bool encrypted = m_header.encryption != PackageHeader::Encryption::None;
    if (storedLength(m_header.plainLength, encrypted) != claimed)
        throw corrupt(Tr::tr("The package %1 is damaged: the lengths in its header do not agree (%2 bytes stored for %3 "
                             "bytes of data).").arg(path).arg(claimed).arg(m_header.plainLength));
}

void PackageReader::verify(const QByteArray &publicKey, const Progress &progress) const
{
    init();
    m_verified = false;
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        throw Error(Error::Kind::Invalid, Tr::tr("The key to check the package with is not a valid office key."));
    if (publicKey != m_header.sender.publicKey)
        throw corrupt(Tr::tr("The package %1 was signed with the key %2, not with the expected key %3; it cannot be "
                             "trusted.").arg(m_path, m_header.senderFingerprint(), OfficeKey::fingerprintOf(publicKey)));
    QFile f(m_path);
    reopen(f, m_fileSize, m_prefix);
    QByteArray signature(kSignatureSize, '\0');
    if (!f.seek(payloadOffset() + m_header.payloadLength))
        throw Error(Error::Kind::Storage, Tr::tr("The package %1 could not be read: %2").arg(m_path, f.errorString()));
    readExactly(f, signature, kSignatureSize);
    f.close();
    crypto_sign_state sign;
    crypto_sign_init(&sign);
    crypto_sign_update(&sign, bytes(m_prefix), size_t(m_prefix.size()));
    if (crypto_sign_final_verify(&sign, bytes(signature), bytes(publicKey)) != 0 && kCheckSignature)
        throw badSignature();
    // The signed header holds the payload's hash: the payload is checked against it.
    const QByteArray digest = PayloadHash::ofFile(m_path, payloadOffset(), m_header.payloadLength, progress);
    if (digest.isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("Checking the package was cancelled."));
    if (sodium_memcmp(digest.constData(), m_header.payloadHash.constData(), crypto_generichash_BYTES) != 0 && kCheckSignature)
        throw badSignature();
    m_verified = true;
}

void PackageReader::extractPayload(const QString &toPath, const Decryption &d, const Progress &progress) const
{
    init();
    if (!m_verified)
        throw Error(Error::Kind::Invalid, Tr::tr("The package %1 must be checked against its sender's key before it is "
                                                 "opened.").arg(m_path));
    using E = PackageHeader::Encryption;
    const E mode = m_header.encryption;
    const QJsonObject &params = m_header.encryptionParams;
    const auto param = [&](const char *name) {
        return QByteArray::fromBase64(params.value(QLatin1String(name)).toString().toLatin1());
    };
    Secret<crypto_secretstream_xchacha20poly1305_KEYBYTES> key;
    if (mode == E::Recipient) {
        const Error otherOffice(Error::Kind::Invalid, Tr::tr("This package is encrypted for another office; it cannot be "
                                                             "opened with this office's key."));
        Secret<crypto_box_PUBLICKEYBYTES> xpk;
        Secret<crypto_box_SECRETKEYBYTES> xsk;
        const QByteArray sealed = param("sealedKey");
        if (m_header.sealedToBoxKey) {
            if (d.recipientBoxPublicKey.size() != crypto_box_PUBLICKEYBYTES
                || d.recipientBoxSecretKey.size() != crypto_box_SECRETKEYBYTES)
                throw otherOffice;
            std::memcpy(xpk.b, d.recipientBoxPublicKey.constData(), crypto_box_PUBLICKEYBYTES);
            std::memcpy(xsk.b, d.recipientBoxSecretKey.constData(), crypto_box_SECRETKEYBYTES);
        } else {
            // Packages written before the encryption key: sealed to the signing key's X25519 form.
            if (d.recipientPublicKey.size() != crypto_sign_PUBLICKEYBYTES
                || d.recipientSecretKey.size() != crypto_sign_SECRETKEYBYTES
                || crypto_sign_ed25519_pk_to_curve25519(xpk.b, bytes(d.recipientPublicKey)) != 0
                || crypto_sign_ed25519_sk_to_curve25519(xsk.b, bytes(d.recipientSecretKey)) != 0)
                throw otherOffice;
        }
        if (crypto_box_seal_open(key.b, bytes(sealed), size_t(sealed.size()), xpk.b, xsk.b) != 0)
            throw otherOffice;
    } else if (mode == E::Passphrase) {
        if (d.passphrase.isEmpty())
            throw Error(Error::Kind::Invalid, Tr::tr("This package is protected by a passphrase; enter it to open the "
                                                     "package."));
        const QByteArray salt = param("salt");
        const qint64 mem = params.value(QLatin1String("memLimit")).toInteger();
        if (crypto_pwhash(key.b, sizeof key.b, d.passphrase.constData(), size_t(d.passphrase.size()), bytes(salt),
                          quint64(params.value(QLatin1String("opsLimit")).toInteger()), size_t(mem),
                          crypto_pwhash_ALG_ARGON2ID13) != 0)
            throw Error(Error::Kind::Storage, Tr::tr("There is not enough memory to open the package (it needs %1 MB).")
                                                  .arg(mem / (1024 * 1024)));
    }
    crypto_secretstream_xchacha20poly1305_state stream;
    if (mode != E::None && crypto_secretstream_xchacha20poly1305_init_pull(&stream, bytes(param("streamHeader")), key.b) != 0)
        throw corrupt(Tr::tr("The package %1 is damaged: its encryption header is not valid.").arg(m_path));

    QFile in(m_path);
    reopen(in, m_fileSize, m_prefix);
    QSaveFile out(toPath); // a temporary file beside toPath, discarded unless committed
    if (!out.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Storage, Tr::tr("The file %1 could not be written: %2").arg(toPath, out.errorString()));
    const auto write = [&](const char *data, qint64 n) {
        if (out.write(data, n) != n)
            throw Error(Error::Kind::Storage, Tr::tr("The file %1 could not be written: %2").arg(toPath, out.errorString()));
    };
    const Error damaged = corrupt(Tr::tr("The data in the package %1 is damaged and cannot be decrypted.").arg(m_path));
    PayloadHash hash;
    const qint64 total = m_header.payloadLength;
    QByteArray buf(mode == E::None ? kBuffer : kStoredChunk, '\0');
    QByteArray plain(mode == E::None ? 0 : kChunk, '\0');
    qint64 written = 0;
    bool final = false;
    for (qint64 done = 0; done < total;) {
        const qint64 n = qMin(qint64(buf.size()), total - done);
        readExactly(in, buf, n);
        hash.update(buf.constData(), n);
        if (mode == E::None) {
            write(buf.constData(), n);
            written += n;
        } else {
            unsigned long long plainSize = 0;
            unsigned char tag = 0;
            if (final || n < kChunkOverhead)
                throw damaged; // data after the last part, or a part too short to be one
            if (crypto_secretstream_xchacha20poly1305_pull(&stream, bytes(plain), &plainSize, &tag, bytes(buf),
                                                           size_t(n), nullptr, 0) != 0) {
                if (done == 0 && mode == E::Passphrase)
                    throw Error(Error::Kind::Invalid, Tr::tr("The passphrase is wrong."));
                throw damaged;
            }
            final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
            write(plain.constData(), qint64(plainSize));
            written += qint64(plainSize);
        }
        done += n;
        if (progress && !progress(done, total))
            throw cancelled();
    }
    if (hash.final() != m_header.payloadHash && kCheckSignature)
        throw corrupt(Tr::tr("The package %1 was changed after it was checked.").arg(m_path));
    if ((mode != E::None && !final) || written != m_header.plainLength)
        throw damaged;
    if (!out.commit())
        throw Error(Error::Kind::Storage, Tr::tr("The file %1 could not be written: %2").arg(toPath, out.errorString()));
}

} // namespace dj
