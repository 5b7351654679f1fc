#include "AttachmentStore.h"
#include "common/SizeText.h"

#include "Database.h"
#include "Query.h"
#include "RowIds.h"
#include "Tombstone.h"
#include "Transaction.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "evidence/EvidenceName.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AttachmentStore)
};

const QString kSelect = QStringLiteral(
    "SELECT id, owner_table, owner_id, name, mime, size, sha256 FROM attachment WHERE deleted = 0");

Attachment fromRow(const Query &q)
{
    Attachment a;
    a.id = q.text(0);
    a.ownerTable = q.text(1);
    a.ownerId = q.text(2);
    a.name = EvidenceName::clean(q.text(3)); // rows stored before names were cleaned, too
    a.mime = q.text(4);
    a.size = q.int64(5);
    a.sha256 = q.text(6);
    return a;
}

QString tooLarge(const QString &name, qint64 size)
{
    return Tr::tr("%1 is %2; evidence files may be at most %3.")
        .arg(name, dj::sizeText(size), dj::sizeText(AttachmentStore::MaxBytes));
}
} // namespace

QString AttachmentStore::addFile(const QString &ownerTable, const QString &ownerId, const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        throw Error(Error::Kind::NotFound, Tr::tr("%1 is not a file that can be attached.").arg(path));
    if (info.size() > MaxBytes)
        throw Error(Error::Kind::Invalid, tooLarge(info.fileName(), info.size()));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound, Tr::tr("Cannot read %1: %2").arg(info.fileName(), f.errorString()));
    // Read at most one byte past the limit: a file that grew since it was measured is refused too.
    const QByteArray data = f.read(MaxBytes + 1);
    if (f.error() != QFileDevice::NoError)
        throw Error(Error::Kind::NotFound, Tr::tr("Cannot read %1: %2").arg(info.fileName(), f.errorString()));
    return addData(ownerTable, ownerId, info.fileName(), data);
}

QString AttachmentStore::addData(const QString &ownerTable, const QString &ownerId, const QString &name,
                                 const QByteArray &data)
{
    if (data.size() > MaxBytes)
        throw Error(Error::Kind::Invalid, tooLarge(name, data.size()));
    if (name.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("An evidence file needs a name."));
    const QString clean = EvidenceName::clean(name);
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(clean, data).name();
    const QString id = newRowId();
    Transaction tx(m_db);
    Query(m_db, QStringLiteral("INSERT INTO attachment (id, owner_office, updated_at, owner_table, owner_id, "
                               "name, mime, size, sha256, data) VALUES (:id, :owner, :now, :t, :o, :name, "
                               ":mime, :size, :sha, :data)"))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":owner"), m_db.officeId())
        .bind(QStringLiteral(":now"), Clock::stamp())
        .bind(QStringLiteral(":t"), ownerTable)
        .bind(QStringLiteral(":o"), ownerId)
        .bind(QStringLiteral(":name"), clean)
        .bind(QStringLiteral(":mime"), mime)
        .bind(QStringLiteral(":size"), qint64(data.size()))
        .bind(QStringLiteral(":sha"), QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()))
        .bind(QStringLiteral(":data"), data)
        .exec();
    tx.commit();
    return id;
}

QList<Attachment> AttachmentStore::list(const QString &ownerTable, const QString &ownerId) const
{
    Query q(m_db, kSelect + QStringLiteral(" AND owner_table = :t AND owner_id = :o ORDER BY name"));
    q.bind(QStringLiteral(":t"), ownerTable).bind(QStringLiteral(":o"), ownerId).exec();
    QList<Attachment> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Attachment AttachmentStore::get(const QString &id) const
{
    Query q(m_db, kSelect + QStringLiteral(" AND id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, Tr::tr("The evidence file no longer exists."));
    return fromRow(q);
}

QByteArray AttachmentStore::data(const QString &id) const
{
    const Attachment a = get(id);
    const QByteArray bytes = Query(m_db, QStringLiteral("SELECT data FROM attachment WHERE id = :id"))
                                 .bind(QStringLiteral(":id"), id)
                                 .scalar()
                                 .toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != a.sha256)
        throw Error(Error::Kind::Corrupt,
                    Tr::tr("The stored copy of %1 is damaged (its SHA-256 does not match).").arg(a.name));
    return bytes;
}

void AttachmentStore::saveAs(const QString &id, const QString &path) const
{
    const QByteArray bytes = data(id);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw Error(Error::Kind::Storage, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
}

void AttachmentStore::remove(const QString &id)
{
    tombstoneOrThrow(m_db, "attachment", id, true, Tr::tr("The evidence file no longer exists."));
}

void AttachmentStore::restore(const QString &id)
{
    tombstoneOrThrow(m_db, "attachment", id, false, Tr::tr("The evidence file no longer exists."));
}

} // namespace dj
