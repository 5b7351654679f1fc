#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dj {

// The ordered schema steps shipped in resources/migrations (NNNN_name.sql).
// Step N takes a file from user_version N-1 to N.
struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
};

class Migrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();
};

} // namespace dj
