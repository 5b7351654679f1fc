#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

// What every harness shares. The readers take paths, as the program gives them: the input is
// written to one file per harness, made once per process in a scratch folder (in /dev/shm
// when there is one, so it costs no disk) and overwritten for each input.
namespace dj::fuzz {

// The path of `name` in this process's scratch folder (removed when the process ends).
QString scratchFile(const QString &name);
// Replaces the file at `path` with `size` bytes of `data`; aborts when it cannot (a broken
// harness, not a finding).
void writeInput(const QString &path, const uint8_t *data, size_t size);
void writeInput(const QString &path, const QByteArray &bytes);
// For a zip (.xlsx): sets the CRC-32 of every stored (uncompressed) entry to that of its
// bytes as they are now, in its local header and in the central directory. Seeds store
// their XML uncompressed so that mutations hit the XML itself; without this, every mutated
// entry would end in a checksum error before the sheet is turned into a table. Anything
// that does not parse as a zip is left as it is.
void fixStoredZipCrcs(QByteArray &zip);
// An expected refusal (dj::Error): ignored, or printed when DJ_FUZZ_VERBOSE is set, to see
// how far the stored inputs get.
void refused(const char *message);

} // namespace dj::fuzz
