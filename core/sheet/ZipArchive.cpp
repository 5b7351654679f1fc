#include "ZipArchive.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <climits>
#include <cstring>
#include <minizip/unzip.h>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::ZipArchive)
};

QString normalized(const QString &name)
{
    QString n = name.toLower();
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (n.startsWith(QLatin1Char('/')))
        n.remove(0, 1);
    return n;
}

// minizip's file functions over a QIODevice: the "path" handed to unzOpen2_64 is the device.
voidpf ZCALLBACK qOpen(voidpf, const void *device, int)
{
    return const_cast<void *>(device);
}
uLong ZCALLBACK qRead(voidpf, voidpf stream, void *buf, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}
uLong ZCALLBACK qWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}
ZPOS64_T ZCALLBACK qTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice *>(stream)->pos());
}
long ZCALLBACK qSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *d = static_cast<QIODevice *>(stream);
    qint64 to = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        to += d->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        to += d->size();
    return d->seek(to) ? 0 : -1;
}
int ZCALLBACK qClose(voidpf, voidpf)
{
    return 0;
}
int ZCALLBACK qError(voidpf, voidpf)
{
    return 0;
}
} // namespace

// One entry being read; enforces the archive's limits on what is actually inflated, since
// the sizes in the zip directory are written by whoever made the file.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(ZipArchive &zip, const ZipArchive::Entry &e) : m_zip(zip), m_entry(e)
    {
        open(QIODevice::ReadOnly);
    }
    ~ZipEntryDevice() override { unzCloseCurrentFile(m_zip.m_zip); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxlen) override
    {
        if (m_failed || m_eof || maxlen <= 0) // QIODevice may ask for 0 bytes; that is not the end
            return m_failed ? -1 : 0;
        const int n =
            unzReadCurrentFile(m_zip.m_zip, data, unsigned(qMin<qint64>(maxlen, INT_MAX)));
        if (n < 0)
            return fail(Tr::tr("The part %1 of the file is damaged.").arg(m_entry.name));
        if (n == 0) {
            m_eof = true;
            if (unzCloseCurrentFile(m_zip.m_zip) == UNZ_CRCERROR)
                return fail(Tr::tr("The part %1 of the file is damaged (checksum mismatch).")
                                .arg(m_entry.name));
            return 0;
        }
        m_total += n;
        m_zip.m_read = m_total;
        const ZipArchive::Limits &l = m_zip.m_limits;
        if (m_total > l.maxEntryBytes ||
            (m_total > l.ratioFloor &&
             m_total > qint64(l.maxRatio) * qMax<qint64>(1, m_entry.compressed)))
            return fail(
                Tr::tr("The part %1 unpacks to more than %2 MB or is compressed more than %3 times "
                       "(a \"zip bomb\"); it was not read.")
                    .arg(m_entry.name)
                    .arg(l.maxEntryBytes >> 20)
                    .arg(l.maxRatio));
        if (l.maxTextRun > 0) {
            // A run of text without markup is one cell or attribute: bound it here, before
            // the XML reader would collect it into one enormous string.
            const char *p = data;
            const char *end = data + n;
            while (p < end) {
                const void *lt = std::memchr(p, '<', size_t(end - p));
                if (!lt) {
                    m_run += end - p;
                    break;
                }
                m_run = 0;
                p = static_cast<const char *>(lt) + 1;
            }
            if (m_run > l.maxTextRun)
                return fail(
                    Tr::tr("A cell holds more than %1 MB of text; such a cell cannot be imported.")
                        .arg(l.maxTextRun >> 20));
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &message)
    {
        m_failed = true;
        m_zip.m_failure = message;
        setErrorString(message);
        return -1;
    }
    ZipArchive &m_zip;
    ZipArchive::Entry m_entry;
    qint64 m_total = 0;
    qint64 m_run = 0;
    bool m_failed = false;
    bool m_eof = false;
};

ZipArchive::ZipArchive(const QString &path, const QString &notZipMessage, Limits limits)
    : m_path(path), m_limits(limits)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        throw Error(
            Error::Kind::NotFound,
            Tr::tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file->errorString()));
    m_file = std::move(file);
    zlib_filefunc64_def io{qOpen, qRead, qWrite, qTell, qSeek, qClose, qError, nullptr};
    m_zip = unzOpen2_64(m_file.get(), &io);
    if (!m_zip)
        throw Error(Error::Kind::NotOurFile, notZipMessage);
    // A constructor that throws gets no destructor: close the handle on the way out.
    struct CloseOnThrow
    {
        void *&zip;
        bool armed = true;
        ~CloseOnThrow()
        {
            if (armed)
                unzClose(zip);
        }
    } guard{m_zip};
    int rc = unzGoToFirstFile(m_zip);
    while (rc == UNZ_OK) {
        char name[1024];
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) !=
            UNZ_OK)
            break;
        unz64_file_pos pos;
        unzGetFilePos64(m_zip, &pos);
        Entry e;
        e.name = QString::fromUtf8(name, int(qMin<uLong>(info.size_filename, sizeof name - 1)));
        e.pos = pos.pos_in_zip_directory;
        e.numFile = pos.num_of_file;
        e.compressed = qint64(info.compressed_size);
        e.uncompressed = qint64(info.uncompressed_size);
        if (m_entries.size() > 100000)
            throw Error(Error::Kind::Corrupt, Tr::tr("%1 holds too many parts to be a workbook.")
                                                  .arg(QFileInfo(path).fileName()));
        m_entries.insert(normalized(e.name), e);
        rc = unzGoToNextFile(m_zip);
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE || m_entries.isEmpty())
        throw Error(Error::Kind::NotOurFile, notZipMessage);
    guard.armed = false;
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        unzClose(m_zip);
}

bool ZipArchive::contains(const QString &name) const
{
    return m_entries.contains(normalized(name));
}

qint64 ZipArchive::size(const QString &name) const
{
    const auto it = m_entries.constFind(normalized(name));
    return it == m_entries.cend() ? -1 : it->uncompressed;
}

std::unique_ptr<QIODevice> ZipArchive::open(const QString &name)
{
    const auto it = m_entries.constFind(normalized(name));
    if (it == m_entries.cend())
        throw Error(
            Error::Kind::Corrupt,
            Tr::tr("The part %1 is missing from %2.").arg(name, QFileInfo(m_path).fileName()));
    const Entry &e = *it;
    if (e.uncompressed > m_limits.maxEntryBytes ||
        (e.uncompressed > m_limits.ratioFloor &&
         e.uncompressed > qint64(m_limits.maxRatio) * qMax<qint64>(1, e.compressed)))
        throw Error(Error::Kind::Corrupt, Tr::tr("The part %1 of %2 unpacks to %3 MB from %4 KB (a "
                                                 "\"zip bomb\" or a sheet too large to "
                                                 "import); it was not read.")
                                              .arg(e.name, QFileInfo(m_path).fileName())
                                              .arg(e.uncompressed >> 20)
                                              .arg(e.compressed >> 10));
    unz64_file_pos pos{e.pos, e.numFile};
    if (unzGoToFilePos64(m_zip, &pos) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK)
        throw Error(Error::Kind::Corrupt, Tr::tr("The part %1 of %2 is damaged or encrypted.")
                                              .arg(e.name, QFileInfo(m_path).fileName()));
    m_failure.clear();
    m_read = 0;
    return std::make_unique<ZipEntryDevice>(*this, e);
}

} // namespace dj
