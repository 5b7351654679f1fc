#include "SatisfactionSheet.h"

#include "common/Error.h"
#include "sheet/SheetColumns.h"
#include "sheet/SheetGrid.h"

#include <QCoreApplication>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::SatisfactionSheet)
};
QString u(const char *s) { return QString::fromUtf8(s); }
} // namespace

QList<SatisfactionBallot> SatisfactionSheet::read(const SheetTable &t, int firstDataRow, const SatisfactionSurvey &survey)
{
    enum { Ballot, Kind, Valid };
    const SheetColumns cols(t, {{{u("票号"), QStringLiteral("ballot")}, true},
                                {{u("测评人类别"), u("类别"), QStringLiteral("kind")}, true},
                                {{u("有效"), QStringLiteral("valid")}, false}},
                            firstDataRow);
    // The item columns: everything right of the last of the columns above, in order.
    int firstItem = 0;
    for (int c = 0; c < t.headers.size(); ++c) {
        const QString h = t.headers.at(c).trimmed();
        if (h == u("票号") || h == u("测评人类别") || h == u("类别") || h == u("有效"))
            firstItem = c + 1;
    }
    if (t.headers.size() - firstItem != survey.items.size())
        throw Error(Error::Kind::Invalid, Tr::tr("The sheet has %1 item columns after 票号/测评人类别/有效; the survey has %2 "
                                                 "items.")
                                              .arg(t.headers.size() - firstItem)
                                              .arg(survey.items.size()));
    QList<SatisfactionBallot> out;
    for (int r = 0; r < t.rows.size(); ++r) {
        if (cols.blankRow(r))
            continue;
        SatisfactionBallot b;
        b.ballotNo = cols.text(r, Ballot);
        if (b.ballotNo.isEmpty())
            throw Error(Error::Kind::Invalid, Tr::tr("%1: the ballot number is missing.").arg(cols.where(r, Ballot)));
        const QString kind = cols.text(r, Kind);
        if (kind == u("党支部") || kind == u("支部"))
            b.kind = RespondentKind::Branch;
        else if (kind == u("党员"))
            b.kind = RespondentKind::Member;
        else
            throw Error(Error::Kind::Invalid, Tr::tr("%1: “%2” is neither 党支部 nor 党员.").arg(cols.where(r, Kind), kind));
        b.valid = cols.text(r, Valid) != u("否");
        for (int i = 0; i < survey.items.size() && b.valid; ++i) {
            const QString word = t.rows.at(r).value(firstItem + i).toString().trimmed();
            const int option = word.isEmpty() ? -1 : int(survey.options.indexOf(word));
            if (!word.isEmpty() && option < 0)
                throw Error(Error::Kind::Invalid, Tr::tr("Row %1, column %2: “%3” is not one of %4.")
                                                      .arg(firstDataRow + r)
                                                      .arg(SheetGrid::columnName(firstItem + i), word,
                                                           survey.options.join(QLatin1Char('/'))));
            b.answers << option;
        }
        out << b;
    }
    return out;
}

} // namespace dj
