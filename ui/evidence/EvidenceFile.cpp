#include "EvidenceFile.h"

#include "common/Error.h"
#include "evidence/EvidenceName.h"
#include "storage/AttachmentStore.h"
#include "storage/RowIds.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

namespace evidence {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(evidence)
};

// A file the desktop must not open: say what type it is, and offer to save it instead.
bool offerSave(QWidget *parent, dj::Database &db, const dj::Attachment &a, QString *error)
{
    const QString name = dj::EvidenceName::clean(a.name);
    const QString ext = dj::EvidenceName::extension(name);
    const QString text =
        ext.isEmpty() ? Tr::tr("“%1” has no file type, so this program does not open it: it could be a program. Save it "
                               "to a folder you choose and check it before opening it.")
                            .arg(name)
                      : Tr::tr("“%1” is a .%2 file. This program opens only documents and pictures; a .%2 file can run "
                               "a program when opened. Save it to a folder you choose and check it before opening it.")
                            .arg(name, ext);
    QMessageBox box(QMessageBox::Warning, Tr::tr("Evidence file not opened"), text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("evidenceSaveOnly"));
    QPushButton *save = box.addButton(Tr::tr("Save as…"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("evidenceSaveAs"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() != save || saveAs(parent, db, a, error);
}
} // namespace

QString privateFolder()
{
    // Made on first use with mkdtemp (0700); the static is destroyed at exit, which removes it.
    static QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("dangjian-evidence-XXXXXX")));
    static const bool owned =
        dir.isValid() && QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return owned ? dir.path() : QString();
}

bool open(QWidget *parent, dj::Database &db, const dj::Attachment &a, QString *error)
{
    // The row's id names the subfolder only once it is known to be a UUID.
    if (!dj::isRowId(a.id)) {
        *error = Tr::tr("The evidence file %1 has a damaged id and cannot be opened.").arg(dj::EvidenceName::visible(a.id));
        return false;
    }
    const QString name = dj::EvidenceName::clean(a.name);
    if (!dj::EvidenceName::canOpen(name))
        return offerSave(parent, db, a, error);
    const QString base = privateFolder();
    if (base.isEmpty()) {
        *error = Tr::tr("No private temporary folder could be made to open %1 from.").arg(name);
        return false;
    }
    const QString sub = QUuid::fromString(a.id).toString(QUuid::WithoutBraces);
    QDir dir(base);
    if (!dir.exists(sub) && !dir.mkdir(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *error = Tr::tr("No private temporary folder could be made to open %1 from.").arg(name);
        return false;
    }
    const QString path = QDir(dir.filePath(sub)).filePath(name);
    try {
        dj::AttachmentStore(db).saveAs(a.id, path);
    } catch (const dj::Error &e) {
        *error = e.message();
        return false;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return true;
    *error = Tr::tr("No program is set up to open %1.").arg(name);
    return false;
}

bool saveAs(QWidget *parent, dj::Database &db, const dj::Attachment &a, QString *error)
{
    const QString name = dj::EvidenceName::clean(a.name);
    QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Save evidence file"), QDir::home().filePath(name));
    if (path.isEmpty())
        return true;
    // The folder is the person's choice; the name typed is cleaned like any other.
    const QFileInfo chosen(path);
    path = chosen.dir().filePath(dj::EvidenceName::clean(chosen.fileName()));
    try {
        dj::AttachmentStore(db).saveAs(a.id, path);
    } catch (const dj::Error &e) {
        *error = e.message();
        return false;
    }
    return true;
}

} // namespace evidence
