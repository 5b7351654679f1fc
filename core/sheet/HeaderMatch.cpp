#include "HeaderMatch.h"

#include "SheetGrid.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dj::headermatch {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::HeaderMatch)
};

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

void checkColumns(const QList<int> &columns, const QStringList &labels, const QStringList &headers)
{
    auto columnText = [&](int c) {
        const QString h = headers.value(c);
        return h.isEmpty() ? SheetGrid::columnName(c)
                           : QStringLiteral("%1 (%2)").arg(SheetGrid::columnName(c), h);
    };
    for (int a = 0; a < columns.size(); ++a) {
        for (int b = a + 1; b < columns.size(); ++b) {
            if (columns.at(a) >= 0 && columns.at(a) == columns.at(b))
                throw Error(Error::Kind::Invalid,
                            Tr::tr("Column %1 is chosen for both %2 and %3; choose one.")
                                .arg(columnText(columns.at(a)), labels.value(a), labels.value(b)));
        }
        if (columns.at(a) >= headers.size())
            throw Error(Error::Kind::Invalid,
                        Tr::tr("The sheet has no column %1.").arg(SheetGrid::columnName(columns.at(a))));
    }
}

} // namespace dj::headermatch
