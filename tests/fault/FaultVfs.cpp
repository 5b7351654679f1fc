#include "FaultVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace faultvfs {

namespace {

std::atomic<long> g_points{0};
std::atomic<long> g_injected{0};
std::atomic<long> g_failAt{0}; // 0: disarmed
std::atomic<bool> g_sticky{false};
std::atomic<int> g_code{SQLITE_IOERR_WRITE};

sqlite3_vfs *real() { return static_cast<sqlite3_vfs *>(sqlite3_vfs_find("dj-fault")->pAppData); }

// Counts one fault point; true when it must fail.
bool fault()
{
    const long n = ++g_points;
    const long at = g_failAt.load();
    if (at == 0 || n < at || (n > at && !g_sticky.load()))
        return false;
    ++g_injected;
    return true;
}

struct File
{
    sqlite3_file base;
    sqlite3_file *real; // the real VFS's file, allocated right after this struct
};

sqlite3_file *inner(sqlite3_file *f) { return reinterpret_cast<File *>(f)->real; }

int xClose(sqlite3_file *f)
{
    sqlite3_file *r = inner(f);
    return r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
}
int xRead(sqlite3_file *f, void *buf, int n, sqlite3_int64 off) { return inner(f)->pMethods->xRead(inner(f), buf, n, off); }
int xWrite(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off)
{
    if (fault())
        return g_code.load() == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    return inner(f)->pMethods->xWrite(inner(f), buf, n, off);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (fault())
        return SQLITE_IOERR_TRUNCATE;
    return inner(f)->pMethods->xTruncate(inner(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    if (fault())
        return SQLITE_IOERR_FSYNC;
    return inner(f)->pMethods->xSync(inner(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size) { return inner(f)->pMethods->xFileSize(inner(f), size); }
int xLock(sqlite3_file *f, int lock) { return inner(f)->pMethods->xLock(inner(f), lock); }
int xUnlock(sqlite3_file *f, int lock) { return inner(f)->pMethods->xUnlock(inner(f), lock); }
int xCheckReservedLock(sqlite3_file *f, int *out) { return inner(f)->pMethods->xCheckReservedLock(inner(f), out); }
int xFileControl(sqlite3_file *f, int op, void *arg) { return inner(f)->pMethods->xFileControl(inner(f), op, arg); }
int xSectorSize(sqlite3_file *f) { return inner(f)->pMethods->xSectorSize(inner(f)); }
int xDeviceCharacteristics(sqlite3_file *f) { return inner(f)->pMethods->xDeviceCharacteristics(inner(f)); }
int xShmMap(sqlite3_file *f, int pg, int sz, int extend, void volatile **pp)
{
    return inner(f)->pMethods->xShmMap(inner(f), pg, sz, extend, pp);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags) { return inner(f)->pMethods->xShmLock(inner(f), offset, n, flags); }
void xShmBarrier(sqlite3_file *f) { inner(f)->pMethods->xShmBarrier(inner(f)); }
int xShmUnmap(sqlite3_file *f, int deleteFlag) { return inner(f)->pMethods->xShmUnmap(inner(f), deleteFlag); }
int xFetch(sqlite3_file *f, sqlite3_int64 off, int n, void **pp) { return inner(f)->pMethods->xFetch(inner(f), off, n, pp); }
int xUnfetch(sqlite3_file *f, sqlite3_int64 off, void *p) { return inner(f)->pMethods->xUnfetch(inner(f), off, p); }

const sqlite3_io_methods kMethods = {3,        xClose,      xRead,      xWrite,       xTruncate,   xSync,
                                     xFileSize, xLock,      xUnlock,    xCheckReservedLock,        xFileControl,
                                     xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap,
                                     xFetch,   xUnfetch};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *file = reinterpret_cast<File *>(f);
    file->base.pMethods = nullptr;
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    std::memset(file->real, 0, size_t(real()->szOsFile));
    const int rc = real()->xOpen(real(), name, file->real, flags, outFlags);
    if (file->real->pMethods)
        file->base.pMethods = &kMethods;
    return rc;
}
int xDelete(sqlite3_vfs *, const char *name, int syncDir) { return real()->xDelete(real(), name, syncDir); }
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return real()->xAccess(real(), name, flags, out); }
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out) { return real()->xFullPathname(real(), name, n, out); }
void *xDlOpen(sqlite3_vfs *, const char *name) { return real()->xDlOpen(real(), name); }
void xDlError(sqlite3_vfs *, int n, char *msg) { real()->xDlError(real(), n, msg); }
void (*xDlSym(sqlite3_vfs *, void *h, const char *sym))(void) { return real()->xDlSym(real(), h, sym); }
void xDlClose(sqlite3_vfs *, void *h) { real()->xDlClose(real(), h); }
int xRandomness(sqlite3_vfs *, int n, char *out) { return real()->xRandomness(real(), n, out); }
int xSleep(sqlite3_vfs *, int us) { return real()->xSleep(real(), us); }
int xCurrentTime(sqlite3_vfs *, double *t) { return real()->xCurrentTime(real(), t); }
int xGetLastError(sqlite3_vfs *, int n, char *out) { return real()->xGetLastError(real(), n, out); }
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t) { return real()->xCurrentTimeInt64(real(), t); }

} // namespace

void install()
{
    static sqlite3_vfs vfs;
    if (sqlite3_vfs_find("dj-fault"))
        return;
    sqlite3_vfs *r = sqlite3_vfs_find(nullptr);
    vfs = sqlite3_vfs{2, int(sizeof(File)) + r->szOsFile, r->mxPathname, nullptr, "dj-fault", r,
                      xOpen, xDelete, xAccess, xFullPathname, xDlOpen, xDlError, xDlSym, xDlClose,
                      xRandomness, xSleep, xCurrentTime, xGetLastError, xCurrentTimeInt64,
                      nullptr, nullptr, nullptr};
    sqlite3_vfs_register(&vfs, 1);
}

void reset()
{
    g_failAt = 0;
    g_points = 0;
    g_injected = 0;
}

void arm(long n, Mode mode, int errorCode)
{
    g_code = errorCode;
    g_sticky = mode == Mode::FromThenOn;
    g_failAt = g_points.load() + n;
}

void disarm() { g_failAt = 0; }
long points() { return g_points.load(); }
long injected() { return g_injected.load(); }

} // namespace faultvfs
