// Issue 8: prepared statements only. Reads every source file of core/, app/ and ui/ and
// fails on SQL text assembled at run time: an SQL string literal glued to something with
// + or +=, formatted with .arg(), or holding %1. Values must be bound (dj::Query::bind,
// sqlite3_bind_*), never spliced.
//
// Some statements are built from fixed identifiers on purpose (a column list, the table
// list of an exchange package). They are exempt in one of two ways, each reviewed by hand:
//  - a comment "sql-identifiers-only: <why>" on the statement or on the line above it;
//  - a file below in kAllowedFiles, for the SQL plumbing that others own (storage, exchange).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

namespace {

// Files whose statements are assembled from identifiers only (checked for issue 8: table
// names from businessTables() or a literal, columns from PRAGMA table_info, names quoted with
// quoteIdent(), integers from SQLite itself, row values bound).
const QMap<QString, QString> kAllowedFiles{
    {QStringLiteral("core/exchange/BusinessDigest.cpp"),
     QStringLiteral("tables from businessTables()")},
    {QStringLiteral("core/exchange/ConflictRepository.cpp"),
     QStringLiteral("quoted table and column names of a conflict row; values bound")},
    {QStringLiteral("core/exchange/ImportEngine.cpp"),
     QStringLiteral("quoted names from businessTables() and PRAGMA foreign_key_list")},
    {QStringLiteral("core/exchange/ImportLog.cpp"),
     QStringLiteral("quoted table names; the import id is an integer of its own log")},
    {QStringLiteral("core/exchange/PayloadBuilder.cpp"),
     QStringLiteral("quoted names from businessTables() and the schema; :since bound")},
    {QStringLiteral("core/exchange/PayloadSchema.cpp"),
     QStringLiteral("names from sqlite_schema of a file it just made; constants")},
    {QStringLiteral("core/exchange/PeerRepository.cpp"), QStringLiteral("a fixed column list")},
    {QStringLiteral("core/exchange/SenderRules.cpp"),
     QStringLiteral("quoted names from businessTables() and PRAGMA table_info; sender, scope and times bound")},
    {QStringLiteral("core/exchange/RowCodec.cpp"),
     QStringLiteral("PRAGMA table_info of a quoted table name")},
    {QStringLiteral("core/exchange/RowHistory.cpp"), QStringLiteral("the schema name main or p")},
    {QStringLiteral("core/storage/AttachmentStore.cpp"),
     QStringLiteral("a fixed select and fixed conditions; values bound")},
    {QStringLiteral("core/storage/Database.cpp"),
     QStringLiteral("PRAGMA application_id / user_version from constants")},
    {QStringLiteral("core/storage/Tombstone.cpp"),
     QStringLiteral("the table name is a literal of the caller")},
    {QStringLiteral("core/storage/Transaction.cpp"),
     QStringLiteral("savepoint names made from the nesting depth")},
};

const QString kMark = QStringLiteral("sql-identifiers-only");

struct Token
{
    bool literal = false; // a string literal (its content), else code between literals
    QString text;
    int line = 0;
};

struct Lexed
{
    QList<Token> tokens;
    QMap<int, QString> comments; // line → comment text
    QList<int> semicolons;       // lines with a ; in code
};

// Just enough C++: comments, string literals (with escapes, raw strings), char literals.
Lexed lex(const QString &src)
{
    Lexed out;
    QString code;
    int line = 1, codeLine = 1;
    const auto flush = [&] {
        if (!code.isEmpty())
            out.tokens.append({false, code, codeLine});
        code.clear();
    };
    static const QRegularExpression raw(QStringLiteral("\\G(?:u8|u|U|L)?R\"([^(]*)\\("));
    for (qsizetype i = 0; i < src.size();) {
        const QChar c = src.at(i);
        if (src.mid(i, 2) == QLatin1String("//")) {
            qsizetype j = src.indexOf(QLatin1Char('\n'), i);
            j = j < 0 ? src.size() : j;
            out.comments[line] += src.mid(i, j - i);
            i = j;
            continue;
        }
        if (src.mid(i, 2) == QLatin1String("/*")) {
            qsizetype j = src.indexOf(QLatin1String("*/"), i + 2);
            j = j < 0 ? src.size() : j + 2;
            out.comments[line] += src.mid(i, j - i);
            line += int(src.mid(i, j - i).count(QLatin1Char('\n')));
            code += QLatin1Char(' ');
            i = j;
            continue;
        }
        if (const auto m = raw.match(src, i); m.hasMatch()) {
            flush();
            const QString end = QLatin1Char(')') + m.captured(1) + QLatin1Char('"');
            qsizetype j = src.indexOf(end, m.capturedEnd());
            j = j < 0 ? src.size() : j;
            out.tokens.append({true, src.mid(m.capturedEnd(), j - m.capturedEnd()), line});
            line += int(src.mid(i, j - i).count(QLatin1Char('\n')));
            i = j + end.size();
            codeLine = line;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            qsizetype j = i + 1;
            while (j < src.size() && src.at(j) != c && src.at(j) != QLatin1Char('\n'))
                j += src.at(j) == QLatin1Char('\\') ? 2 : 1;
            if (c == QLatin1Char('\'')) {
                code += src.mid(i, j + 1 - i);
            } else {
                flush();
                out.tokens.append({true, src.mid(i + 1, j - i - 1), line});
                codeLine = line;
            }
            i = j + 1;
            continue;
        }
        if (code.isEmpty())
            codeLine = line;
        if (c == QLatin1Char(';'))
            out.semicolons.append(line);
        if (c == QLatin1Char('\n'))
            ++line;
        code += c;
        ++i;
    }
    flush();
    return out;
}

struct Site
{
    int line;
    QString why;
    QString sql;
};

struct Scan
{
    QList<Site> flagged;    // not exempt
    QList<int> unusedMarks; // sql-identifiers-only comments that exempt nothing
};

Scan scan(const QString &src)
{
    static const QRegularExpression keyword(QStringLiteral(
        "\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|ATTACH|DETACH|SAVEPOINT|RELEASE|"
        "ROLLBACK|WHERE|FROM|VALUES|JOIN|ORDER BY|GROUP BY|SET|AND|LIMIT|UNION)\\b"));
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    // A literal's wrapper: QStringLiteral( … ), QByteArray( … ) and the like.
    static const QRegularExpression wrapper(
        QStringLiteral("(QStringLiteral|QLatin1String|QLatin1StringView|QByteArrayLiteral|"
                       "QByteArray|QString::fromUtf8|"
                       "QString::fromLatin1|QString|QStringView)\\s*\\(\\s*$"));
    static const QRegularExpression closing(QStringLiteral("^[\\s)]*"));
    const Lexed lx = lex(src);

    // Which lines each mark exempts: from its line to the end of that statement.
    QMap<int, int> marks; // first line → last line
    for (auto it = lx.comments.cbegin(); it != lx.comments.cend(); ++it) {
        if (!it.value().contains(kMark))
            continue;
        int end = it.key();
        for (int s : lx.semicolons)
            if (s >= it.key()) {
                end = s;
                break;
            }
        marks.insert(it.key(), end);
    }
    QSet<int> used;
    Scan out;
    const QList<Token> &t = lx.tokens;
    for (int k = 0; k < t.size();) {
        if (!t.at(k).literal) {
            ++k;
            continue;
        }
        // A run of adjacent literals ("a" "b") is one literal to the compiler.
        int last = k;
        QString sql = t.at(k).text;
        while (last + 2 < t.size() && !t.at(last + 1).literal &&
               t.at(last + 1).text.trimmed().isEmpty() && t.at(last + 2).literal) {
            last += 2;
            sql += t.at(last).text;
        }
        const int line = t.at(k).line;
        const QString before = k > 0 && !t.at(k - 1).literal ? t.at(k - 1).text : QString();
        const QString after =
            last + 1 < t.size() && !t.at(last + 1).literal ? t.at(last + 1).text : QString();
        k = last + 1;
        if (!keyword.match(sql).hasMatch())
            continue;
        QString pre = before.trimmed();
        pre.remove(wrapper);
        pre = pre.trimmed();
        QString post = after;
        post.remove(closing);
        QString why;
        if (placeholder.match(sql).hasMatch())
            why = QStringLiteral("%N in SQL text");
        else if (post.startsWith(QLatin1String(".arg(")))
            why = QStringLiteral(".arg() on SQL text");
        else if (pre.endsWith(QLatin1Char('+')) || pre.endsWith(QLatin1String("+=")) ||
                 post.startsWith(QLatin1Char('+')))
            why = QStringLiteral("SQL text joined with +");
        if (why.isEmpty())
            continue;
        bool exempt = false;
        for (auto m = marks.cbegin(); m != marks.cend(); ++m)
            if (line >= m.key() && line <= m.value()) {
                exempt = true;
                used.insert(m.key());
            }
        if (!exempt)
            out.flagged.append({line, why, sql.simplified().left(80)});
    }
    for (auto m = marks.cbegin(); m != marks.cend(); ++m)
        if (!used.contains(m.key()))
            out.unusedMarks.append(m.key());
    return out;
}

QString read(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("the SQL scanner finds text built from values", "[hardening][sql]")
{
    const auto flagged = [](const char *src) {
        return scan(QString::fromUtf8(src)).flagged.size();
    };
    // Values spliced in: each form is found.
    CHECK(flagged("Query q(db, QStringLiteral(\"SELECT * FROM person WHERE name = '\") + name + "
                  "QStringLiteral(\"'\"));") == 1);
    CHECK(flagged("Query q(db, QStringLiteral(\"DELETE FROM person WHERE id = %1\").arg(id));") ==
          1);
    CHECK(flagged("QString sql = QStringLiteral(\"SELECT id FROM person\");\nsql += "
                  "QStringLiteral(\" WHERE name = \") + n;") == 1);
    CHECK(flagged("QString s = \"UPDATE person SET name = \" + name;") == 1);
    CHECK(flagged("q.exec(QStringLiteral(\"SELECT *\"\n \" FROM org WHERE code = \")\n + code);") ==
          1);
    CHECK(flagged("sqlite3_exec(h, (\"PRAGMA cache_size = \" + n).constData(), 0, 0, 0);") == 1);
    // Prepared statements, SQL arithmetic, messages and adjacent literals are fine.
    CHECK(flagged("Query q(db, QStringLiteral(\"SELECT (SELECT count(*) FROM a)\"\n\" + (SELECT "
                  "count(*) FROM b)\"));") == 0);
    CHECK(flagged("Query(db, QStringLiteral(\"UPDATE person SET name = :n WHERE id = "
                  ":id\")).bind(x, y);") == 0);
    CHECK(flagged("throw Error(Tr::tr(\"Row %1: the name is missing.\").arg(row));") == 0);
    CHECK(flagged("// SELECT * FROM x WHERE a = \" + b\nint x = 0;") == 0);
    CHECK(flagged("QString s = tr(\"Name\") + QStringLiteral(\": \") + name;") == 0);
    // The mark exempts its statement only, and a mark that exempts nothing is reported.
    const Scan marked = scan(QStringLiteral("// sql-identifiers-only: a fixed list\n"
                                            "Query q(db, QStringLiteral(\"SELECT \") + kColumns +\n"
                                            "            QStringLiteral(\" FROM org\"));\n"
                                            "Query r(db, QStringLiteral(\"SELECT \") + other);\n"
                                            "// sql-identifiers-only: stale\n"
                                            "int n = 0;\n"));
    CHECK(marked.flagged.size() == 1);
    CHECK(marked.flagged.value(0).line == 4);
    CHECK(marked.unusedMarks == QList<int>{5});
}

TEST_CASE("no SQL in core, app or ui is built from values", "[hardening][sql]")
{
    const QDir root(QStringLiteral(DJ_SOURCE_DIR));
    QStringList problems;
    int files = 0;
    for (const QString &top :
         {QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(root.filePath(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = root.relativeFilePath(path);
            ++files;
            if (kAllowedFiles.contains(rel))
                continue;
            const Scan s = scan(read(path));
            for (const Site &site : s.flagged)
                problems << QStringLiteral("%1:%2: %3: %4")
                                .arg(rel)
                                .arg(site.line)
                                .arg(site.why, site.sql);
            for (int line : s.unusedMarks)
                problems << QStringLiteral("%1:%2: a %3 mark on no string-built SQL")
                                .arg(rel)
                                .arg(line)
                                .arg(kMark);
        }
    }
    CHECK(files > 300);
    INFO("Bind values with Query::bind; for fixed identifiers, add a \"// sql-identifiers-only: "
         "why\" comment.\n"
         << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    for (auto it = kAllowedFiles.cbegin(); it != kAllowedFiles.cend(); ++it) {
        INFO(it.key().toStdString() << " is allowed but gone: take it off the list");
        CHECK(QFile::exists(root.filePath(it.key())));
    }
}
