#include "FuzzInput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

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

void writeInput(const QString &path, const uint8_t *data, size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        die(path + QStringLiteral(": ") + f.errorString());
}

void refused(const char *message)
{
    static const bool verbose = qEnvironmentVariableIsSet("DJ_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "refused: %s\n", message);
}

} // namespace dj::fuzz
