#pragma once

#include <QString>

namespace dj {

// Files only their owner reads (issue 18 item 4). The data file holds every member's ID number
// unencrypted, and so does all the program writes from it: backups, packages, exports, PDFs,
// spreadsheets, key files, logs, temporary files. On Linux they are created 0600 and folders
// 0700. On Windows files inherit the folder's ACL; the README says to keep the data in a
// folder only the user can read.
namespace PrivateFiles {

// Sets the process's file-creation mask to 077 (Linux): every writer — QSaveFile, QFile,
// SQLite and its -wal/-shm/-journal, QPdfWriter, libxlsxwriter, minizip, mkpath — creates
// what only the user can read, with no call at each writer. The desktop program and
// dangjian-cli call it first thing in main(). Does nothing on Windows.
void restrictProcess();

// Takes group and other rights away from an existing data file, its -wal, -shm and -journal
// companions and the backups folder beside it with the copies in it (files an older version
// created 0644). SQLite gives a new -wal the data file's mode, so that stays private too.
// Failures are ignored: a file on a FAT stick or a share has no such bits.
void tighten(const QString &dataFile);
// The same for one file or folder the program made (a backup copy, the backups folder), for
// a process that did not call restrictProcess (a test, another program using the library).
void makePrivate(const QString &path);

} // namespace PrivateFiles

} // namespace dj
