#pragma once

// Reading a PDF back as a user's viewer would: page size and count (pdfinfo) and the text of
// a page (pdftotext), for the golden tests of printed forms.
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

inline QString toolOutput(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}
inline int pages(const QString &pdf)
{
    const QString info = toolOutput(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("(A4)")));
    return info.section(QStringLiteral("Pages:"), 1).trimmed().section(QLatin1Char('\n'), 0, 0).toInt();
}
// The page's text with all white space removed: pdftotext guesses spaces and line breaks
// from glyph positions, but the characters themselves must be exactly those printed.
inline QString pageText(const QString &pdf, int page)
{
    QString text = toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                     QString::number(page), pdf, QStringLiteral("-")});
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]")));
    return text;
}
// The same for an expected string.
inline QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]")));
    return s;
}

