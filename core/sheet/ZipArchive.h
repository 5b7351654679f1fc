#pragma once

#include <QHash>
#include <QIODevice>
#include <QString>
#include <memory>

namespace dj {

// What one entry of a zip may cost (defaults for an .xlsx).
struct ZipLimits
{
    qint64 maxEntryBytes = qint64(200) << 20; // uncompressed size of one entry
    int maxRatio = 200;                       // uncompressed / compressed
    qint64 ratioFloor = qint64(1) << 20;      // entries smaller than this are never bombs
    qint64 maxTextRun = 0;                    // bytes between two '<' (0: unlimited)
};

// Read-only access to the entries of a zip file (an .xlsx) through the system minizip.
// Not QuaZip: it exports its own modified minizip symbols and crashes beside libxlsxwriter.
// The file is read through QFile (so non-ASCII paths work on Windows too), and every entry
// is read through a device that stops at the limits below, so a zip bomb or a huge entry
// costs a clear message rather than memory.
class ZipArchive
{
public:
    using Limits = ZipLimits;

    // Throws dj::Error(NotFound) when the file cannot be read and NotOurFile when it is not a
    // zip; `notZipMessage` is the sentence used for the latter.
    ZipArchive(const QString &path, const QString &notZipMessage, Limits limits = {});
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Entry names are matched case-insensitively, with '\' read as '/', as some writers do.
    bool contains(const QString &name) const;
    // The declared uncompressed size, or -1.
    qint64 size(const QString &name) const;
    // Opens one entry for reading (one at a time); throws dj::Error(Corrupt) when the entry
    // is missing, damaged or over the limits. When the limit is crossed while reading, the
    // device returns -1 and failure() says why.
    std::unique_ptr<QIODevice> open(const QString &name);
    // The message for a read that the entry device refused; empty when none.
    QString failure() const { return m_failure; }
    // Bytes inflated so far from the entry being read (for progress).
    qint64 bytesRead() const { return m_read; }

private:
    friend class ZipEntryDevice;
    struct Entry
    {
        QString name;
        quint64 pos = 0;
        quint64 numFile = 0;
        qint64 compressed = 0;
        qint64 uncompressed = 0;
    };
    void *m_zip = nullptr;
    std::unique_ptr<QIODevice> m_file;
    QHash<QString, Entry> m_entries; // by normalised name
    QString m_path;
    QString m_failure;
    qint64 m_read = 0;
    Limits m_limits;
};

} // namespace dj
