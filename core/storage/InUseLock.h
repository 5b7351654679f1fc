#pragma once

#include <QLockFile>
#include <QString>

namespace dj {

// Marks a data file as open in a window of the program: <file>.lock beside it holds the
// process and computer. Two windows on one file would each save from their own view and
// overwrite the other's changes, so the second is refused with who has the file. A lock
// left behind by a program that died (power cut) is taken over.
class InUseLock
{
public:
    explicit InUseLock(const QString &dataPath);
    // False when another running program holds the file; message() then says which.
    bool acquire();
    QString message() const { return m_message; }

private:
    QString m_path;
    QLockFile m_lock;
    QString m_message;
};

} // namespace dj
