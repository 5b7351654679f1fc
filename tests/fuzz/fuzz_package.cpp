// Fuzz target "package": an exchange package (.djpkg) as the import opens it — the container
// and header (PackageReader, PackageHeader), the signature and payload hash check (verify;
// the fuzzing build, DJ_FUZZING, lets any signature pass so the fuzzer reaches what follows),
// and the payload's extraction and decryption (extractPayload). The payload itself is the
// "payload" target's input.
#include "FuzzInput.h"
#include "FuzzKeys.h"
#include "common/Error.h"
#include "exchange/PackageReader.h"

#include <QJsonObject>

namespace {
// A passphrase is given only for cheap key derivation: the header may ask Argon2id for up
// to 1 GiB and ten passes, which is allowed (a real package uses 256 MiB) but would make each
// input take seconds.
bool cheapPassphrase(const QJsonObject &params)
{
    return params.value(QLatin1String("memLimit")).toInteger() <= 64 * 1024
        && params.value(QLatin1String("opsLimit")).toInteger() <= 2;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString package = dj::fuzz::scratchFile(QStringLiteral("input.djpkg"));
    static const QString payload = dj::fuzz::scratchFile(QStringLiteral("payload.sqlite"));
    static const dj::fuzz::KeyPair recipient = dj::fuzz::keyPair(dj::fuzz::kRecipientSeed);
    dj::fuzz::writeInput(package, data, size);
    try {
        const dj::PackageReader reader(package);
        // The import verifies with the key it trusts for the sender; here that is the key the
        // package names (any other is refused before the signature is read).
        reader.verify(reader.header().sender.publicKey);
        dj::PackageReader::Decryption keys;
        keys.recipientPublicKey = recipient.publicKey;
        keys.recipientSecretKey = recipient.secretKey;
        if (cheapPassphrase(reader.header().encryptionParams))
            keys.passphrase = QByteArrayLiteral("fuzz");
        reader.extractPayload(payload, keys);
    } catch (const dj::Error &e) {
        // a refusal with a message: what a damaged or hostile package should get
        dj::fuzz::refused(e.what());
    }
    return 0;
}
