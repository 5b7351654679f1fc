#pragma once

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <functional>

// Reading and rewriting a package's bytes, for tests that damage or forge one.
inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

// Rewrites the header JSON (and its length), leaving payload and signature as they were.
inline void rewriteHeader(const QString &pkg, const std::function<void(QJsonObject &)> &edit)
{
    const QByteArray data = readAll(pkg);
    const quint32 h = qFromLittleEndian<quint32>(data.constData() + 8);
    QJsonObject o = QJsonDocument::fromJson(data.mid(12, h)).object();
    edit(o);
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    char length[4];
    qToLittleEndian<quint32>(quint32(json.size()), length);
    writeAll(pkg, data.left(8) + QByteArray(length, 4) + json + data.mid(12 + h));
}
