#pragma once

#include <QString>

namespace dj {

// An evidence file kept inside the data file (without its bytes; AttachmentStore::data reads them).
struct Attachment
{
    QString id;
    QString ownerTable; // the table of the row it proves ("duty_record")
    QString ownerId;
    QString name;
    QString mime;
    qint64 size = 0;
    QString sha256; // hex
};

} // namespace dj
