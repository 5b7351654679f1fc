#pragma once

#include "exchange/PackageHeader.h"

#include <QByteArray>
#include <QString>

namespace dj {

// Opens a package (.djpkg, format in PackageHeader.h). The constructor reads only the magic
// and the header and checks the file's exact size, so a damaged or hostile file is refused
// before anything is allocated by a length it claims. Nothing in the package is to be trusted
// until verify() succeeds with the sender key the caller trusts; extractPayload() refuses to
// run before that.
class PackageReader
{
public:
    struct Decryption
    {
        QByteArray recipientPublicKey; // Ed25519, 32 bytes: for a package sealed to an office
        QByteArray recipientSecretKey; // Ed25519, 64 bytes (packages sealed the old way)
        QByteArray passphrase;         // for a passphrase package
        QByteArray recipientBoxPublicKey{}; // X25519, 32 bytes (packages sealed to the encryption key)
        QByteArray recipientBoxSecretKey{}; // X25519, 32 bytes
    };

    // Throws NotFound / Storage (unreadable), NotOurFile (no magic), TooNew, Corrupt.
    explicit PackageReader(const QString &path);

    const QString &path() const { return m_path; }
    const PackageHeader &header() const { return m_header; }

    // Checks the Ed25519ph signature over the file with `publicKey` (32 bytes) and the stored
    // payload's hash. Throws Corrupt when either does not match (also when `publicKey` is not
    // the key the header names) and Invalid when `progress` cancels. Streams the file.
    void verify(const QByteArray &publicKey, const package::Progress &progress = {}) const;
    bool verified() const { return m_verified; }

    // Writes the plain payload to `toPath` (through a temporary file, replaced only when
    // complete). Needs a successful verify(). Throws Invalid for a missing or wrong key or
    // passphrase or a cancel, Corrupt for damaged data, Storage for I/O failures.
    void extractPayload(const QString &toPath, const Decryption &d, const package::Progress &progress = {}) const;

private:
    qint64 payloadOffset() const { return m_prefix.size(); }

    QString m_path;
    qint64 m_fileSize = 0;
    QByteArray m_prefix; // magic, header length and header, exactly as read
    PackageHeader m_header;
    mutable bool m_verified = false;
};

} // namespace dj
