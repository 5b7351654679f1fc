// Writes small seed packages for the "package" fuzz target with the program's own
// PackageWriter and the fixed keys of FuzzKeys.h (see make_corpus.sh):
//   dj_fuzz_package_seeds OUTDIR
// A real export carries a SQLite payload of about 440 KB, which would make every input that
// large and the fuzzer slow; the container does not look into its payload, so these carry a
// few bytes, or just over one encrypted chunk so that the fuzzer meets a chunk boundary.
#include "FuzzKeys.h"
#include "common/Error.h"
#include "exchange/PackageWriter.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

namespace {
using dj::PackageHeader;

QString writePayload(const QTemporaryDir &dir, const QString &name, int size)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + 7) % 251);
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw dj::Error(dj::Error::Kind::Storage, path + QStringLiteral(": ") + f.errorString());
    return path;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir work;
    try {
        const dj::fuzz::KeyPair sender = dj::fuzz::keyPair(dj::fuzz::kSenderSeed);
        const dj::fuzz::KeyPair recipient = dj::fuzz::keyPair(dj::fuzz::kRecipientSeed);
        PackageHeader h;
        h.sender = {QStringLiteral("6f1c5a0e-2b7d-4c39-9a51-0d8e3f6b7a21"), QString::fromUtf8("模糊测试发送单位"),
                    sender.publicKey};
        h.scope = QStringLiteral("all");
        h.schemaVersion = dj::Migrations::latestVersion();
        h.sequence = 1;
        PackageHeader toRecipient = h;
        toRecipient.recipientOfficeId = QStringLiteral("0b9e7d43-8a26-4f15-b3c8-5e1a9d2c6f70");
        toRecipient.recipientOfficeName = QString::fromUtf8("模糊测试接收单位");
        toRecipient.scope = QStringLiteral("org:A01");
        toRecipient.incremental = true;
        toRecipient.since = QStringLiteral("2025-06-30T08:00:00.000Z");
        toRecipient.sequence = 7;

        using Mode = PackageHeader::Encryption;
        dj::PackageWriter::WriteOptions plain, sealed, passphrase;
        sealed.mode = Mode::Recipient;
        sealed.recipientPublicKey = recipient.publicKey;
        passphrase.mode = Mode::Passphrase;
        passphrase.passphrase = QByteArrayLiteral("fuzz");

        const QString empty = writePayload(work, QStringLiteral("empty"), 0);
        const QString small = writePayload(work, QStringLiteral("small"), 100);
        const QString twoChunks = writePayload(work, QStringLiteral("two-chunks"), int(dj::package::kChunk) + 100);
        const auto write = [&](const char *name, const PackageHeader &header, const QString &payload,
                               const dj::PackageWriter::WriteOptions &opts) {
            dj::PackageWriter::write(out.filePath(QString::fromLatin1(name)), header, payload, sender.secretKey, opts);
        };
        write("plain-empty.djpkg", h, empty, plain);
        write("plain-small.djpkg", toRecipient, small, plain);
        write("recipient-empty.djpkg", toRecipient, empty, sealed);
        write("recipient-two-chunks.djpkg", toRecipient, twoChunks, sealed);
        write("passphrase-small.djpkg", h, small, passphrase);
    } catch (const dj::Error &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
