#include "EvidenceFile.h"

#include "common/Error.h"
#include "storage/AttachmentStore.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QUrl>

namespace evidence {

bool open(dj::Database &db, const dj::Attachment &a, QString *error)
{
    QDir dir(QDir::temp().filePath(QStringLiteral("dangjian-evidence-") + a.id));
    dir.mkpath(QStringLiteral("."));
    const QString path = dir.filePath(a.name);
    try {
        dj::AttachmentStore(db).saveAs(a.id, path);
    } catch (const dj::Error &e) {
        *error = e.message();
        return false;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return true;
    *error = QCoreApplication::translate("evidence", "No program is set up to open %1.").arg(a.name);
    return false;
}

} // namespace evidence
