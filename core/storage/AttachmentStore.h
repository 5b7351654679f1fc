#pragma once

#include "Attachment.h"

#include <QByteArray>
#include <QList>

namespace dj {

class Database;

// Evidence files stored in the data file with name, type, size and SHA-256, so a package
// carries them and nothing depends on a path on one PC. At most MaxBytes per file.
class AttachmentStore
{
public:
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024;

    explicit AttachmentStore(Database &db) : m_db(db) {}

    // Reads the file (refused when over the limit, unreadable or not a regular file) and
    // stores it under its cleaned name (EvidenceName::clean); returns the new id. Throws
    // dj::Error naming the file.
    QString addFile(const QString &ownerTable, const QString &ownerId, const QString &path);
    QString addData(const QString &ownerTable, const QString &ownerId, const QString &name,
                    const QByteArray &data);

    // Names as EvidenceName::clean makes them, whatever an older row holds.
    QList<Attachment> list(const QString &ownerTable, const QString &ownerId) const;
    Attachment get(const QString &id) const;
    // The bytes, checked against the stored SHA-256 (dj::Error(Corrupt) when they differ).
    QByteArray data(const QString &id) const;
    // Writes the bytes atomically to `path`.
    void saveAs(const QString &id, const QString &path) const;

    void remove(const QString &id); // tombstones; restore() brings it back (undo)
    void restore(const QString &id);

private:
    Database &m_db;
};

} // namespace dj
