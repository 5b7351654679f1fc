// The .csv export: BOM, CRLF, RFC 4180 quoting that round-trips, the formula guard.
#include "sheet/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A strict RFC 4180 reader, to prove what was written reads back the same.
QList<QStringList> parse(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else {
            REQUIRE(c != QLatin1Char('\n')); // a bare LF outside quotes would be a broken line
            REQUIRE(c != QLatin1Char('"'));
            field += c;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.isEmpty());
    REQUIRE(row.isEmpty()); // the last line ends in CRLF
    return rows;
}
} // namespace

TEST_CASE("csv: UTF-8 with BOM, CRLF, quoting that round-trips", "[sheet]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("名册.csv"));
    dj::SheetTable t;
    t.name = QStringLiteral("名册");
    t.headers = {QStringLiteral("姓名"), QStringLiteral("备注"), QStringLiteral("日期"),
                 QStringLiteral("数")};
    t.rows.append({QStringLiteral("张伟"), QStringLiteral("a,b"), QDate(2023, 3, 15), 42});
    t.rows.append(
        {QStringLiteral("李\"娜\""), QStringLiteral("第一行\n第二行\r\n第三行"), QVariant(), 2.5});
    t.rows.append(QVariantList{QStringLiteral("王芳")}); // short rows get empty fields
    REQUIRE(dj::CsvWriter::write(t, path));

    const QByteArray b = bytes(path);
    REQUIRE(b.startsWith("\xEF\xBB\xBF"));
    CHECK(b.mid(3).startsWith(QStringLiteral("姓名,备注,日期,数\r\n").toUtf8()));
    CHECK(b.contains("\"a,b\""));
    CHECK(b.contains("2023-03-15,42\r\n"));
    CHECK(b.endsWith(QStringLiteral("王芳,,,\r\n").toUtf8()));

    const QList<QStringList> rows = parse(QString::fromUtf8(b.mid(3)));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(1) == QStringList{QStringLiteral("张伟"), QStringLiteral("a,b"),
                                    QStringLiteral("2023-03-15"), QStringLiteral("42")});
    CHECK(rows.at(2) == QStringList{QStringLiteral("李\"娜\""),
                                    QStringLiteral("第一行\n第二行\r\n第三行"), QString(),
                                    QStringLiteral("2.5")});
    CHECK(rows.at(3) == QStringList{QStringLiteral("王芳"), QString(), QString(), QString()});
}

TEST_CASE("csv: text a spreadsheet would run as a formula gets a quote in front", "[sheet]")
{
    CHECK(dj::CsvWriter::field(QStringLiteral("=SUM(1)")) == QStringLiteral("'=SUM(1)"));
    CHECK(dj::CsvWriter::field(QStringLiteral("+8613800000000")) ==
          QStringLiteral("'+8613800000000"));
    CHECK(dj::CsvWriter::field(QStringLiteral("-1")) == QStringLiteral("'-1"));
    CHECK(dj::CsvWriter::field(QStringLiteral("@cmd")) == QStringLiteral("'@cmd"));
    CHECK(dj::CsvWriter::field(QStringLiteral("\t=1")) == QStringLiteral("\"'\t=1\"")); // a tab is quoted
    CHECK(dj::CsvWriter::field(QStringLiteral("\r=1")) == QStringLiteral("\"'\r=1\""));
    CHECK(dj::CsvWriter::field(QStringLiteral("=HYPERLINK(\"x\",\"y\")")) ==
          QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
    // Only text: numbers are numbers, and a sign or @ inside the text is harmless.
    CHECK(dj::CsvWriter::field(-5) == QStringLiteral("-5"));
    CHECK(dj::CsvWriter::field(-0.5) == QStringLiteral("-0.5"));
    CHECK(dj::CsvWriter::field(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(dj::CsvWriter::field(QStringLiteral("x@y.cn")) == QStringLiteral("x@y.cn"));
    CHECK(dj::CsvWriter::field(QVariant()) == QString());
    CHECK(dj::CsvWriter::field(QDate(2020, 1, 2)) == QStringLiteral("2020-01-02"));
}

TEST_CASE("csv: a cancelled export leaves the earlier file as it was", "[sheet]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    dj::SheetTable t;
    t.headers = {QStringLiteral("n")};
    for (int i = 0; i < 2500; ++i)
        t.rows.append(QVariantList{i});
    CHECK_FALSE(dj::CsvWriter::write(t, path, [](int done, int) { return done < 2000; }));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    REQUIRE(dj::CsvWriter::write(t, path));
    const QByteArray before = bytes(path);
    CHECK(before.count("\r\n") == 2501);
    t.rows.append(QVariantList{QStringLiteral("more")});
    CHECK_FALSE(dj::CsvWriter::write(t, path, [](int, int) { return false; }));
    CHECK(bytes(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("out.csv")});
}
