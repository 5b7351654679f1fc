#include "PackageExport.h"

#include "audit/AuditEvent.h"
#include "access/Permission.h"

#include "PackageWriter.h"
#include "OffsetVfs.h"
#include "PayloadBuilder.h"
#include "SenderRules.h"
#include "SqlStmt.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <sqlite3.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PackageExport)
};
} // namespace

ExportOutcome PackageExport::run(Database &db, const ExportRequest &request, const Progress &progress)
{
    require(db, Permission::CopyAllData);
    if (request.encryptForRecipient && !request.recipient)
        throw Error(Error::Kind::Invalid, Tr::tr("Choose the office to encrypt the package for."));
    if (request.encryptForRecipient && !request.passphrase.isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("Encrypt either for an office or with a passphrase, not both."));
    // Held here, not only in the window: the command line's --passphrase-file is held to it too.
    if (!request.passphrase.isEmpty() && QString::fromUtf8(request.passphrase).size() < ExportRequest::MinPassphrase)
        throw Error(Error::Kind::Invalid, Tr::tr("The passphrase must be at least %1 characters long.")
                                              .arg(ExportRequest::MinPassphrase));
    const OfficeKey me = OfficeIdentity::ensure(db);
    if (request.recipient && request.recipient->officeId == me.officeId)
        throw Error(Error::Kind::Invalid, Tr::tr("A package is made for another office, not for this one."));

    const QString stream = request.recipient ? request.recipient->officeId : QStringLiteral("*");
    const QString startedAt = Clock::stamp(); // before the snapshot: the next incremental starts here
    qint64 lastSequence = 0;
    QString lastSentAt;
    {
        Query q(db, QStringLiteral("SELECT last_sequence, last_sent_at FROM exchange_sent WHERE recipient = :r"));
        q.bind(QStringLiteral(":r"), stream).exec();
        if (q.next()) {
            lastSequence = q.int64(0);
            lastSentAt = q.text(1);
        }
    }
    const QString since = request.sinceLast ? lastSentAt : QString();

    PackageHeader h;
    h.sender = me;
    if (request.recipient) {
        h.recipientOfficeId = request.recipient->officeId;
        h.recipientOfficeName = request.recipient->officeName;
    }
    h.createdAt = Clock::now();
    h.scope = request.scope.toString();
    h.incremental = !since.isEmpty();
    h.since = since;
    h.schemaVersion = db.schemaVersion();
    h.sequence = lastSequence + 1;
    h.auditHead = AuditEvent::head(db);
    h.keyChanges = OfficeKeyChange::notices(db); // a peer trusting an older key follows them
    PackageWriter::WriteOptions opts;
    if (request.encryptForRecipient) {
        opts.mode = PackageHeader::Encryption::Recipient;
        opts.recipientPublicKey = request.recipient->publicKey;
        opts.recipientBoxKey = request.recipient->boxPublicKey; // empty for a version-1 key file
    } else if (!request.passphrase.isEmpty()) {
        opts.mode = PackageHeader::Encryption::Passphrase;
        opts.passphrase = request.passphrase;
    }

    // Building the payload is most of the work; an encrypted one is built aside, then
    // encrypted into the package, a plain one is built right inside it.
    const bool inPlace = opts.mode == PackageHeader::Encryption::None;
    const int buildShare = inPlace ? 80 : 40;
    QByteArray secret = OfficeIdentity::secretKey(db);
    const auto wipe = qScopeGuard([&] { secret.fill('\0'); });
    PackageWriter writer(request.out, h, secret, opts, [&](qint64 done, qint64 total) {
        return !progress || progress(buildShare + int(total > 0 ? done * (99 - buildShare) / total : 0));
    });
    const PayloadBuilder::Progress built = [&](int done, int total) { return !progress || progress(done * buildShare / total); };
    ExportOutcome outcome;
    QTemporaryDir work; // an encrypted package's plain payload, kept until what it held is recorded
    QString payload;
    qint64 offset = 0;
    if (inPlace) {
        offset = writer.payloadOffset();
        outcome.rows = PayloadBuilder(db).buildInPlace(writer.partPath(), offset, request.scope, since, built);
    } else {
        if (!work.isValid())
            throw Error(Error::Kind::Storage, Tr::tr("No temporary folder is available: %1").arg(work.errorString()));
        payload = work.filePath(QStringLiteral("payload.sqlite"));
        outcome.rows = PayloadBuilder(db).build(payload, request.scope, since, built);
        writer.addPayload(payload);
    }
    for (qint64 n : std::as_const(outcome.rows))
        outcome.totalRows += n;
    outcome.header = writer.finish();
    if (inPlace)
        payload = OffsetVfs::uri(request.out, offset); // the finished package, the payload where it was built

    // The package is in place; remembering it must succeed too, or the package goes again, so
    // a failure leaves neither (a package nobody knows was sent would break the sequence).
    try {
        // Which row versions the recipient has now: it may build on them (SenderRules).
        SqlStmt(db.handle(), "ATTACH DATABASE ?1 AS s").bind(1, payload).exec();
        const auto detach = qScopeGuard([&] { sqlite3_exec(db.handle(), "DETACH DATABASE s", nullptr, nullptr, nullptr); });
        Transaction tx(db);
        Query(db, QStringLiteral("INSERT INTO exchange_sent (recipient, last_sequence, last_sent_at) VALUES (:r, :s, :t) "
                                 "ON CONFLICT(recipient) DO UPDATE SET last_sequence = excluded.last_sequence, "
                                 "last_sent_at = excluded.last_sent_at"))
            .bind(QStringLiteral(":r"), stream)
            .bind(QStringLiteral(":s"), h.sequence)
            .bind(QStringLiteral(":t"), startedAt)
            .exec();
        SenderRules::recordExchanged(db.handle(), "s", stream, false);
        AuditEvent::record(db, AuditEvent::Kind::Export,
                           QFileInfo(request.out).fileName() + QStringLiteral(" → ") +
                               (request.recipient ? request.recipient->officeName : QStringLiteral("*")));
        tx.commit();
    } catch (const Error &) {
        QFile::remove(request.out);
        throw;
    }
    if (progress)
        progress(100);
    return outcome;
}

} // namespace dj
