#include "StartupFile.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QSettings>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>

namespace startup {

QString dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString demoDataFile() { return QDir(dataDirectory()).filePath(QStringLiteral("demo.djdb")); }

QString dataFileFilter()
{
    return QCoreApplication::translate("startup", "Dangjian Desk data files (*.djdb);;All files (*)");
}

QString askDataFileToOpen(QWidget *parent, const QString &dir)
{
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("startup", "Open data file"), dir,
                                        dataFileFilter());
}

Plan plan(const QStringList &files, bool demo, const QStringList &recent)
{
    Plan p;
    if (demo) {
        p.file = demoDataFile();
        p.demo = true;
        return p;
    }
    const QString arg = files.value(0);
    if (arg.endsWith(QLatin1String(".djpkg"), Qt::CaseInsensitive))
        p.package = arg; // imported into the file used last
    else if (!arg.isEmpty()) {
        p.file = arg;
        return p;
    }
    for (const QString &r : recent)
        if (QFileInfo::exists(r)) {
            p.file = r;
            break;
        }
    return p;
}

std::unique_ptr<dj::Database> createDemoFile(const QString &path, QWidget *parent)
{
    auto db = dj::Database::create(path, dj::DemoGenerator::demoOfficeName());
    QProgressDialog progress(QCoreApplication::translate("startup", "Creating the demo department…"),
                             QCoreApplication::translate("startup", "Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    try {
        dj::DemoGenerator::generate(*db, dj::DemoGenerator::Scale::Department, [&](int percent) {
            progress.setValue(percent);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    } catch (...) {
        db.reset();
        dj::Database::removeFiles(path);
        throw;
    }
    return db;
}

QStringList recentFiles() { return QSettings().value(QStringLiteral("recentFiles")).toStringList(); }

void rememberRecent(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(QStringLiteral("recentFiles"), recent.mid(0, 8));
}

} // namespace startup
