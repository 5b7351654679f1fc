#include "HeaderMatch.h"

#include <QRegularExpression>

namespace dj::headermatch {

namespace {
bool isCjk(const QString &s) { return !s.isEmpty() && s.at(0).unicode() >= 0x2E80; }
} // namespace

QString normalize(const QString &header)
{
    static const QRegularExpression notes(QStringLiteral("[(（\\[【<《].*?[)）\\]】>》]"));
    static const QRegularExpression noise(QStringLiteral("[\\s\\x{3000}*＊:：_\\-.、/]"));
    QString s = header.toLower();
    s.remove(noise);
    const QString withoutNotes = QString(s).remove(notes);
    return withoutNotes.isEmpty() ? s : withoutNotes;
}

QList<int> guess(const QStringList &headers, const QList<QStringList> &names, bool withinLonger)
{
    QStringList norm;
    for (const QString &h : headers)
        norm.append(normalize(h));
    QList<int> column(names.size(), -1);
    QList<bool> taken(headers.size(), false);
    for (int pass = 0; pass < (withinLonger ? 2 : 1); ++pass) {
        for (int f = 0; f < names.size(); ++f) {
            for (const QString &s : names.at(f)) {
                for (int c = 0; c < norm.size() && column.at(f) < 0; ++c) {
                    if (taken.at(c) || norm.at(c).isEmpty())
                        continue;
                    if (pass == 0 ? norm.at(c) == s : (isCjk(s) && s.size() >= 3 && norm.at(c).contains(s))) {
                        column[f] = c;
                        taken[c] = true;
                    }
                }
            }
        }
    }
    return column;
}

} // namespace dj::headermatch
