#include "AttachmentRows.h"

#include "SqlStmt.h"
#include "common/Error.h"
#include "common/SizeText.h"
#include "evidence/EvidenceName.h"
#include "storage/AttachmentStore.h"
#include "storage/RowIds.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AttachmentRows)
};

[[noreturn]] void refuse(const QString &id, const QString &field, const QString &why)
{
    throw Error(Error::Kind::Corrupt, Tr::tr("The package cannot be imported: table attachment, row %1, field %2: %3")
                                          .arg(EvidenceName::visible(id), field, why));
}
} // namespace

void AttachmentRows::check(sqlite3 *payload)
{
    // One row at a time: the bytes of one file (at most 20 MB) are in memory at once.
    SqlStmt ids(payload, "SELECT id FROM attachment ORDER BY id");
    while (ids.step()) {
        const QString id = ids.text(0);
        if (!isRowId(id))
            refuse(id, QStringLiteral("id"), Tr::tr("the id is not a UUID."));
        SqlStmt row(payload, "SELECT name, size, sha256, data, length(data) FROM attachment WHERE id = ?1");
        row.bind(1, id);
        if (!row.step())
            continue;
        const QString name = row.text(0);
        if (!EvidenceName::isClean(name))
            refuse(id, QStringLiteral("name"),
                   Tr::tr("the file name \"%1\" holds a folder, a drive, a control or direction character, a Windows "
                          "device name or is too long; as a plain name it would be \"%2\".")
                       .arg(EvidenceName::visible(name), EvidenceName::clean(name)));
        const qint64 size = row.int64(1), length = row.int64(4);
        if (size < 0 || size > AttachmentStore::MaxBytes || length > AttachmentStore::MaxBytes)
            refuse(id, QStringLiteral("size"), Tr::tr("the file is %1; evidence files may be at most %2.")
                                                    .arg(sizeText(qMax(size, length)), sizeText(AttachmentStore::MaxBytes)));
        if (size != length)
            refuse(id, QStringLiteral("size"), Tr::tr("the row says %1 bytes but carries %2.").arg(size).arg(length));
        const QByteArray sha = QCryptographicHash::hash(row.blob(3), QCryptographicHash::Sha256).toHex();
        if (QString::fromLatin1(sha) != row.text(2))
            refuse(id, QStringLiteral("sha256"), Tr::tr("the file's SHA-256 does not match its content."));
    }
}

} // namespace dj
