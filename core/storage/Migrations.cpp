#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

static void initMigrationResources() { Q_INIT_RESOURCE(migrations); }

namespace dj {

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> list = [] {
        initMigrationResources();
        QList<Migration> out;
        static const QRegularExpression re(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        const QDir dir(QStringLiteral(":/dj/migrations"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const auto m = re.match(file);
            if (!m.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            out.append({m.captured(1).toInt(), m.captured(2), f.readAll()});
        }
        // The steps must be 1..N without gaps; a packaging mistake must not silently skip one.
        for (int i = 0; i < out.size(); ++i)
            Q_ASSERT(out.at(i).version == i + 1);
        return out;
    }();
    return list;
}

int Migrations::latestVersion() { return all().isEmpty() ? 0 : all().constLast().version; }

} // namespace dj
