#include "Grading.h"

#include "IndicatorRules.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <cmath>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::Grading)
};

Error invalid(const QString &m) { return Error(Error::Kind::Invalid, m); }
} // namespace

QStringList Grading::grades() const
{
    const auto s = vocab::gradeScale(scale);
    return s ? s->grades : QStringList();
}

int Grading::restIndex() const
{
    for (int i = 0; i < limits.size(); ++i)
        if (limits.at(i) < 0)
            return i;
    return -1;
}

QString Grading::limitsText() const
{
    QStringList parts;
    for (double l : limits)
        parts << (l < 0 ? QStringLiteral("rest") : indicatorrules::number(l));
    return parts.join(QLatin1Char(','));
}

QString Grading::shownLimitsText() const
{
    //: 其余 — exactly this word: it is what parse() reads back
    return limitsText().replace(QStringLiteral("rest"), Tr::tr("rest"));
}

QString Grading::code(Method m) { return m == Method::Quota ? QStringLiteral("quota") : QStringLiteral("threshold"); }

Grading::Method Grading::methodFromCode(const QString &code)
{
    return code == QLatin1String("quota") ? Method::Quota : Method::Threshold;
}

Grading Grading::parse(const QString &scale, Method method, const QString &limits)
{
    Grading g;
    const auto s = vocab::gradeScale(scale);
    if (!s)
        throw invalid(Tr::tr("Unknown grade scale “%1”: use good3 (好/中/差), good4 (好/较好/一般/差) or "
                             "cadre4 (优秀/称职/基本称职/不称职).")
                          .arg(scale));
    g.scale = s->code;
    g.method = method;
    g.limits.clear();
    for (const QString &part : limits.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (method == Method::Quota && (p == QLatin1String("rest") || p == QString::fromUtf8("其余"))) {
            g.limits << -1;
            continue;
        }
        bool ok = false;
        const double v = QString(p).remove(QLatin1Char('%')).toDouble(&ok);
        if (!ok)
            throw invalid(Tr::tr("“%1” is not a number in the grade limits “%2”.").arg(p, limits));
        g.limits << v;
    }
    g.check();
    return g;
}

void Grading::check() const
{
    const QStringList names = grades();
    if (names.isEmpty())
        throw invalid(Tr::tr("Unknown grade scale “%1”.").arg(scale));
    const QString scaleText = names.join(QLatin1Char('/'));
    if (method == Method::Threshold) {
        if (limits.size() != names.size() - 1)
            throw invalid(Tr::tr("The scale %1 needs %2 thresholds, one for each grade but the last.")
                              .arg(scaleText)
                              .arg(names.size() - 1));
        for (int i = 0; i < limits.size(); ++i) {
            if (!std::isfinite(limits.at(i)) || limits.at(i) < 0 || limits.at(i) > 100)
                throw invalid(Tr::tr("The threshold for %1 must be between 0 and 100.").arg(names.at(i)));
            if (i > 0 && limits.at(i) >= limits.at(i - 1))
                throw invalid(Tr::tr("The threshold for %1 must be below the one for %2.")
                                  .arg(names.at(i), names.at(i - 1)));
        }
        return;
    }
    if (limits.size() != names.size())
        throw invalid(Tr::tr("The scale %1 needs %2 shares, one per grade, one of them “rest”.")
                          .arg(scaleText)
                          .arg(names.size()));
    int rests = 0;
    double sum = 0;
    for (int i = 0; i < limits.size(); ++i) {
        if (limits.at(i) < 0) {
            ++rests;
            continue;
        }
        if (!std::isfinite(limits.at(i)) || limits.at(i) > 100)
            throw invalid(Tr::tr("The share of %1 must be between 0 and 100 %.").arg(names.at(i)));
        sum += limits.at(i);
    }
    if (rests != 1)
        throw invalid(Tr::tr("Exactly one grade takes the rest (write “rest” for it)."));
    if (sum > 100 + 1e-9)
        throw invalid(Tr::tr("The shares add up to more than 100 %."));
}

Grading Grading::defaults(const QString &scale, Method method)
{
    const auto s = vocab::gradeScale(scale);
    const QString code = s ? s->code : QStringLiteral("good3");
    QString limits;
    if (method == Method::Threshold)
        limits = code == QLatin1String("good3") ? QStringLiteral("90,75")
                 : code == QLatin1String("good4") ? QStringLiteral("90,80,70")
                                                  : QStringLiteral("90,75,60");
    else
        limits = code == QLatin1String("good3") ? QStringLiteral("30,rest,10")
                 : code == QLatin1String("good4") ? QStringLiteral("30,40,rest,10")
                                                  : QStringLiteral("30,rest,0,0");
    return parse(code, method, limits);
}

} // namespace dj
