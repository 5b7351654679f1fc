#include "CliContext.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

CliArgs CliArgs::parse(const QStringList &args, const QSet<QString> &valueOptions,
                       const QSet<QString> &knownFlags)
{
    CliArgs a;
    for (int i = 0; i < args.size(); ++i) {
        const QString &s = args.at(i);
        if (!s.startsWith(QLatin1String("--"))) {
            a.positional.append(s);
            continue;
        }
        QString name = s.mid(2);
        QString inlineValue;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (valueOptions.contains(name)) {
            if (eq < 0) {
                if (i + 1 >= args.size())
                    cli::usage(QCoreApplication::translate("cli", "--%1 needs a value.").arg(name));
                inlineValue = args.at(++i);
            }
            a.options.insert(name, inlineValue);
        } else if (knownFlags.contains(name) && eq < 0) {
            a.flags.insert(name);
        } else {
            cli::usage(QCoreApplication::translate("cli", "Unknown option --%1.").arg(name));
        }
    }
    return a;
}

QString CliArgs::required(int index, const QString &what) const
{
    if (index >= positional.size())
        cli::usage(QCoreApplication::translate("cli", "Missing %1.").arg(what));
    return positional.at(index);
}

namespace cli {

std::unique_ptr<dj::Database> openData(const QString &path, bool readOnly)
{
    if (!readOnly)
        return dj::Database::open(path);
    auto db = dj::Database::openReadOnly(path);
    if (db->schemaVersion() < dj::Migrations::latestVersion())
        throw dj::Error(dj::Error::Kind::Invalid,
                        QCoreApplication::translate("cli", "%1 uses the older data format %2; run `dangjian-cli "
                                                           "upgrade FILE` first.")
                            .arg(QFileInfo(path).fileName())
                            .arg(db->schemaVersion()));
    return db;
}

int exitCodeFor(const dj::Error &e)
{
    switch (e.kind()) {
    case dj::Error::Kind::NotFound:
    case dj::Error::Kind::NotOurFile:
    case dj::Error::Kind::TooNew:
    case dj::Error::Kind::Corrupt:
        return BadFile;
    case dj::Error::Kind::Invalid:
    case dj::Error::Kind::Conflict:
        return BadData;
    case dj::Error::Kind::Storage:
        return StorageFailure;
    case dj::Error::Kind::SignInRequired:
    case dj::Error::Kind::Denied:
        return NotAllowed;
    }
    return StorageFailure;
}

void usage(const QString &message) { throw UsageError(message); }

int yearOption(const CliArgs &a)
{
    bool ok = false;
    const int year = a.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        usage(QCoreApplication::translate("cli", "--year is required: a year such as 2026."));
    return year;
}

void printLine(const QString &line)
{
    const QByteArray b = line.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fputc('\n', stdout);
}

void printJson(const QJsonDocument &doc)
{
    const QByteArray b = doc.toJson(QJsonDocument::Indented);
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
}

bool confirm(const QString &question)
{
    printLine(question);
    std::fflush(stdout);
    QTextStream in(stdin);
    return in.readLine().trimmed().toLower() == QLatin1String("yes");
}

QString currentUser() { return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")); }

} // namespace cli
