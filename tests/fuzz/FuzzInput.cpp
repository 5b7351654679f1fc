#include "FuzzInput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <zlib.h>

namespace dj::fuzz {

namespace {
[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "fuzz harness: %s\n", qPrintable(why));
    std::abort();
}

QString scratchBase()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
}

const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir(scratchBase() + QStringLiteral("/dj-fuzz-XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("no scratch folder: ") + dir.errorString());
    return dir;
}
} // namespace

QString scratchFile(const QString &name) { return scratch().filePath(name); }

void writeInput(const QString &path, const QByteArray &bytes)
{
    writeInput(path, reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
}

void writeInput(const QString &path, const uint8_t *data, size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        die(path + QStringLiteral(": ") + f.errorString());
}

namespace {
quint32 le(const QByteArray &b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}
void setLe32(QByteArray &b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}
} // namespace

void fixStoredZipCrcs(QByteArray &zip)
{
    // The end of central directory record: 22 bytes, then a comment of up to 64 KiB.
    const qsizetype n = zip.size();
    qsizetype eocd = -1;
    for (qsizetype i = n - 22; i >= 0 && i >= n - 22 - 65535; --i)
        if (le(zip, i, 4) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return;
    const quint32 entries = le(zip, eocd + 10, 2);
    qsizetype cd = qsizetype(le(zip, eocd + 16, 4));
    for (quint32 e = 0; e < entries && cd >= 0 && cd + 46 <= n && le(zip, cd, 4) == 0x02014b50; ++e) {
        const quint32 method = le(zip, cd + 10, 2);
        const qsizetype size = qsizetype(le(zip, cd + 20, 4));
        const qsizetype local = qsizetype(le(zip, cd + 42, 4));
        if (method == 0 && size != 0xffffffff && local + 30 <= n && le(zip, local, 4) == 0x04034b50) {
            const qsizetype data = local + 30 + qsizetype(le(zip, local + 26, 2)) + qsizetype(le(zip, local + 28, 2));
            if (data + size <= n) {
                const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(zip.constData() + data), uInt(size)));
                setLe32(zip, local + 14, crc);
                setLe32(zip, cd + 16, crc);
            }
        }
        cd += 46 + qsizetype(le(zip, cd + 28, 2)) + qsizetype(le(zip, cd + 30, 2)) + qsizetype(le(zip, cd + 32, 2));
    }
}

void refused(const char *message)
{
    static const bool verbose = qEnvironmentVariableIsSet("DJ_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "refused: %s\n", message);
}

} // namespace dj::fuzz
