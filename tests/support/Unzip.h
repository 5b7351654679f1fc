#pragma once

#include <QProcess>
#include <QString>

// One member of a zip file (an .xlsx part) read with the `unzip` tool, as a user's program
// would see it; empty when missing.
inline QByteArray unzipEntry(const QString &zip, const QString &entry)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}
