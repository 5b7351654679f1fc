#include "ExplainDialog.h"

#include "AssessResultModel.h"
#include "DailyScoreModel.h"
#include "assess/IndicatorRules.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace dj;

namespace {
QString esc(const QString &s) { return s.toHtmlEscaped(); }
QString pts(double v) { return dj::roundedPoints(v); }
// A component, or 未录入 where nothing is entered: never a 0 that was not given.
QString component(const std::optional<double> &v) { return AssessResultModel::componentText(v); }
QString when(const QString &stamp) { return stamp.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')); }

QString entryText(const Indicator &i, const std::optional<ScoreEntry> &e, bool unreviewed = false)
{
    if (!e)
        return unreviewed ? QStringLiteral("<b style='color:#e65100'>%1</b>").arg(ExplainDialog::tr("not reviewed"))
                          : QStringLiteral("—");
    return QStringLiteral("%1<br><small>%2 %3</small>")
        .arg(esc(DailyScoreModel::valueText(i, e->value)), esc(e->enteredBy), esc(when(e->updatedAt)));
}
} // namespace

ExplainDialog::ExplainDialog(const AssessExplanation &e, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("How %1 got %2").arg(e.result.name, AssessResultModel::totalText(e.result)));
    auto *view = new QTextBrowser(this);
    view->setObjectName(QStringLiteral("explainText"));
    view->setHtml(html(e));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *pdf = buttons->addButton(tr("Export as &PDF…"), QDialogButtonBox::ActionRole);
    connect(pdf, &QPushButton::clicked, this, &ExplainDialog::pdfRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(980, 720);
}

QString ExplainDialog::html(const AssessExplanation &e)
{
    const OrgResult &r = e.result;
    QString h;
    h += QStringLiteral("<h2>%1 — %2</h2>").arg(esc(r.name), tr("%1 assessment").arg(e.year));
    h += tr("<p><b>Total %1</b> = %2 % × daily %3 + %4 % × party group %5 + %6 % × report %7. Rank %8 of %9, grade "
            "<b>%10</b>.</p>")
             .arg(AssessResultModel::totalText(r), indicatorrules::number(e.weights.daily), component(r.daily),
                  indicatorrules::number(e.weights.partyGroup), component(r.partyGroup),
                  indicatorrules::number(e.weights.report), component(r.report))
             .arg(r.rank)
             .arg(e.organisations)
             .arg(esc(AssessResultModel::gradeText(r)));
    h += QStringLiteral("<p>%1</p>").arg(esc(e.gradeReason));

    double points = 0;
    for (const auto &l : e.lines)
        points += l.points;
    h += r.daily ? tr("<h3>Daily assessment: %1 of %2 points = %3 on 100</h3>")
                       .arg(pts(points), indicatorrules::number(e.maxTotal), component(r.daily))
                 : tr("<h3>Daily assessment: not entered (no reviewed value yet)</h3>");
    h += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                        "<th>%5</th><th>%6</th><th>%7</th><th>%8</th><th>%9</th></tr>")
             .arg(tr("Code"), tr("Indicator"), tr("Rule"), tr("Max"), tr("Self-assessment"), tr("Reviewed"), tr("Points"),
                  tr("Note"), tr("Evidence"));
    for (const auto &l : e.lines) {
        const Indicator &i = l.indicator;
        QString rule = vocab::sheetWord(i.rule);
        if (i.rule == ScoreRule::Deduct || i.rule == ScoreRule::Add)
            rule += tr(" %1 each").arg(indicatorrules::number(i.points));
        if (i.rule == ScoreRule::Ratio)
            rule += tr(" of %1").arg(indicatorrules::number(i.target));
        QStringList files;
        for (const Attachment &a : l.evidence)
            files << esc(a.name);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=center>%4</td><td>%5</td><td>%6</td>"
                            "<td align=center>%7</td><td>%8</td><td>%9</td></tr>")
                 .arg(esc(i.code), esc(i.name), esc(rule), indicatorrules::number(i.maxScore), entryText(i, l.self),
                      entryText(i, l.review, bool(l.self)),
                      l.vetoes ? QStringLiteral("<b style='color:#b71c1c'>%1</b>").arg(tr("veto"))
                               : pts(l.points),
                      esc(l.notes(tr("Self: "), tr("Review: ")).join(QLatin1Char('\n'))).replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                      files.join(QStringLiteral("<br>")));
    }
    h += QStringLiteral("</table>");

    h += r.partyGroup
             ? tr("<h3>Party group evaluation: mean %1 of %2 marks</h3>").arg(component(r.partyGroup)).arg(e.partyGroup.size())
             : tr("<h3>Party group evaluation: not entered (no mark yet)</h3>");
    h += QStringLiteral("<ul>");
    for (const PartyGroupMark &m : e.partyGroup)
        h += QStringLiteral("<li>%1: %2 <small>(%3 %4)</small></li>")
                 .arg(esc(m.evaluator), pts(m.score), esc(m.enteredBy), esc(when(m.updatedAt)));
    h += QStringLiteral("</ul>");

    h += tr("<h3>Report and review: %1 from %2 ballots%3</h3>")
             .arg(component(r.report))
             .arg(e.ballots.size())
             .arg(e.ballots.size() >= std::max(e.trimFrom, 3) ? tr(", highest and lowest dropped") : QString());
    QStringList ballots;
    for (const auto &b : e.ballots) {
        QString t = QStringLiteral("%1 %2: %3").arg(esc(b.ballotNo), esc(b.raterKind),
                                                    b.word.isEmpty() ? pts(b.score)
                                                                     : QStringLiteral("%1 (%2)").arg(esc(b.word), pts(b.score)));
        ballots << (b.dropped ? QStringLiteral("<s>%1</s>").arg(t) : t);
    }
    h += QStringLiteral("<p>%1</p>").arg(ballots.join(QStringLiteral("； ")));
    return h;
}
