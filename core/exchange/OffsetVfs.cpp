#include "OffsetVfs.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <mutex>
#include <sqlite3.h>

namespace dj {

namespace {
constexpr char kName[] = "dj-offset";

// Our file object, followed in the same allocation by the underlying VFS's own.
struct OffsetFile
{
    sqlite3_file base;
    sqlite3_int64 offset;
    sqlite3_file *real;
};

sqlite3_vfs *root() { return static_cast<sqlite3_vfs *>(sqlite3_vfs_find(kName)->pAppData); }
OffsetFile *self(sqlite3_file *f) { return reinterpret_cast<OffsetFile *>(f); }
sqlite3_file *real(sqlite3_file *f) { return self(f)->real; }

int xClose(sqlite3_file *f)
{
    sqlite3_file *r = real(f);
    return r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
}
int xRead(sqlite3_file *f, void *buf, int n, sqlite3_int64 at)
{
    return real(f)->pMethods->xRead(real(f), buf, n, at + self(f)->offset);
}
int xWrite(sqlite3_file *f, const void *buf, int n, sqlite3_int64 at)
{
    return real(f)->pMethods->xWrite(real(f), buf, n, at + self(f)->offset);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size + self(f)->offset);
}
int xSync(sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); }
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    const int rc = real(f)->pMethods->xFileSize(real(f), size);
    if (rc == SQLITE_OK)
        *size = *size > self(f)->offset ? *size - self(f)->offset : 0;
    return rc;
}
bool shifted(sqlite3_file *f) { return self(f)->offset > 0; }
int xLock(sqlite3_file *f, int level) { return shifted(f) ? SQLITE_OK : real(f)->pMethods->xLock(real(f), level); }
int xUnlock(sqlite3_file *f, int level) { return shifted(f) ? SQLITE_OK : real(f)->pMethods->xUnlock(real(f), level); }
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    if (!shifted(f))
        return real(f)->pMethods->xCheckReservedLock(real(f), out);
    *out = 0;
    return SQLITE_OK;
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    if (op == SQLITE_FCNTL_SIZE_HINT && shifted(f)) {
        sqlite3_int64 hint = *static_cast<sqlite3_int64 *>(arg) + self(f)->offset;
        return real(f)->pMethods->xFileControl(real(f), op, &hint);
    }
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
int xDeviceCharacteristics(sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }

// Version 1: no shared memory (no WAL) and no memory mapping, which would bypass the offset.
const sqlite3_io_methods kMethods = {1, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock,
                                     xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics,
                                     nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};

int xOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    OffsetFile *o = self(f);
    o->base.pMethods = nullptr;
    o->real = reinterpret_cast<sqlite3_file *>(o + 1);
    o->offset = (flags & SQLITE_OPEN_MAIN_DB) && name ? sqlite3_uri_int64(name, "dj_offset", 0) : 0;
    if (o->offset < 0)
        return SQLITE_CANTOPEN;
    sqlite3_vfs *r = static_cast<sqlite3_vfs *>(vfs->pAppData);
    const int rc = r->xOpen(r, name, o->real, flags, outFlags);
    if (rc == SQLITE_OK)
        o->base.pMethods = &kMethods;
    else if (o->real->pMethods) // the underlying VFS may need its close even on failure
        o->real->pMethods->xClose(o->real);
    return rc;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir) { return root()->xDelete(root(), name, syncDir); }
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return root()->xAccess(root(), name, flags, out); }
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out) { return root()->xFullPathname(root(), name, n, out); }
void *xDlOpen(sqlite3_vfs *, const char *name) { return root()->xDlOpen(root(), name); }
void xDlError(sqlite3_vfs *, int n, char *msg) { root()->xDlError(root(), n, msg); }
void (*xDlSym(sqlite3_vfs *, void *h, const char *sym))(void) { return root()->xDlSym(root(), h, sym); }
void xDlClose(sqlite3_vfs *, void *h) { root()->xDlClose(root(), h); }
int xRandomness(sqlite3_vfs *, int n, char *out) { return root()->xRandomness(root(), n, out); }
int xSleep(sqlite3_vfs *, int us) { return root()->xSleep(root(), us); }
int xCurrentTime(sqlite3_vfs *, double *t) { return root()->xCurrentTime(root(), t); }
int xGetLastError(sqlite3_vfs *, int n, char *msg) { return root()->xGetLastError(root(), n, msg); }
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t)
{
    sqlite3_vfs *r = root();
    if (r->iVersion >= 2 && r->xCurrentTimeInt64)
        return r->xCurrentTimeInt64(r, t);
    double d = 0;
    const int rc = r->xCurrentTime(r, &d);
    *t = sqlite3_int64(d * 86400000.0);
    return rc;
}
} // namespace

const char *OffsetVfs::name()
{
    static std::once_flag once;
    static sqlite3_vfs vfs;
    std::call_once(once, [] {
        sqlite3_vfs *r = sqlite3_vfs_find(nullptr);
        vfs = sqlite3_vfs{2, int(sizeof(OffsetFile)) + r->szOsFile, r->mxPathname, nullptr, kName, r,
                          xOpen, xDelete, xAccess, xFullPathname, xDlOpen, xDlError, xDlSym, xDlClose,
                          xRandomness, xSleep, xCurrentTime, xGetLastError, xCurrentTimeInt64,
                          nullptr, nullptr, nullptr};
        sqlite3_vfs_register(&vfs, 0);
    });
    return kName;
}

QString OffsetVfs::uri(const QString &path, qint64 offset)
{
    // SQLite URIs: percent-escapes decoded as bytes; a Windows drive path starts with '/'.
    QString p = QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!p.startsWith(QLatin1Char('/')))
        p.prepend(QLatin1Char('/'));
    return QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(p, "/:")) +
           QStringLiteral("?vfs=%1&dj_offset=%2").arg(QLatin1String(name())).arg(offset);
}

} // namespace dj
