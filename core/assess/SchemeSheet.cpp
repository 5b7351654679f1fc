#include "SchemeSheet.h"

#include "IndicatorRules.h"
#include "common/Error.h"
#include "sheet/SheetColumns.h"
#include "sheet/SheetFile.h"
#include "sheet/SheetWriter.h"

#include <QCoreApplication>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::SchemeSheet)
};

enum Field { Area, Code, Name, Max, Rule, Points, Target, Standard, Evidence };

QString u(const char *s) { return QString::fromUtf8(s); }

QList<SheetColumns::Field> fields()
{
    return {{{u("一级指标"), u("考核项目"), QStringLiteral("area")}, true},
            {{u("指标编号"), u("编号"), QStringLiteral("code")}, true},
            {{u("考核指标"), u("考核内容"), u("二级指标"), QStringLiteral("indicator")}, true},
            {{u("分值"), u("满分"), QStringLiteral("max")}, true},
            {{u("评分方式"), u("计分方式"), QStringLiteral("rule")}, true},
            {{u("每次分值"), QStringLiteral("points")}, false},
            {{u("目标值"), QStringLiteral("target")}, false},
            {{u("评分标准"), QStringLiteral("standard")}, false},
            {{u("佐证材料"), QStringLiteral("evidence")}, false}};
}

double number(const SheetColumns &cols, int row, int field, bool required)
{
    const QString t = cols.text(row, field);
    if (t.isEmpty() && !required)
        return 0;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0)
        throw Error(Error::Kind::Invalid, Tr::tr("%1: “%2” is not a number of 0 or more.").arg(cols.where(row, field), t));
    return v;
}
} // namespace

QStringList SchemeSheet::headers()
{
    QStringList out;
    for (const SheetColumns::Field &f : fields())
        out << f.names.constFirst();
    return out;
}

SheetTable SchemeSheet::toTable(const Scheme &s)
{
    SheetTable t;
    t.name = s.name.left(31);
    t.headers = headers();
    for (const Indicator &i : s.indicators) {
        const bool perTime = i.rule == ScoreRule::Deduct || i.rule == ScoreRule::Add;
        t.rows << QVariantList{i.area,
                               i.code,
                               i.name,
                               i.maxScore,
                               vocab::sheetWord(i.rule),
                               perTime ? QVariant(i.points) : QVariant(),
                               i.rule == ScoreRule::Ratio ? QVariant(i.target) : QVariant(),
                               i.standard,
                               i.evidence};
    }
    return t;
}

Scheme SchemeSheet::fromTable(const SheetTable &table, int firstDataRow, const QString &name)
{
    const SheetColumns cols(table, fields(), firstDataRow);
    Scheme s;
    s.name = name.trimmed();
    QString area;
    for (int r = 0; r < table.rows.size(); ++r) {
        if (cols.blankRow(r))
            continue;
        Indicator i;
        // A merged area cell is blank below its first row: it continues the area above.
        if (!cols.text(r, Area).isEmpty())
            area = cols.text(r, Area);
        if (area.isEmpty())
            throw Error(Error::Kind::Invalid, Tr::tr("%1: the first indicator needs its area.").arg(cols.where(r, Area)));
        i.area = area;
        i.code = cols.text(r, Code);
        if (i.code.isEmpty())
            throw Error(Error::Kind::Invalid, Tr::tr("%1: the indicator needs a code.").arg(cols.where(r, Code)));
        i.name = cols.text(r, Name);
        if (i.name.isEmpty())
            throw Error(Error::Kind::Invalid, Tr::tr("%1: the indicator needs a name.").arg(cols.where(r, Name)));
        i.maxScore = number(cols, r, Max, true);
        const auto rule = vocab::scoreRuleFromWord(cols.text(r, Rule));
        if (!rule)
            throw Error(Error::Kind::Invalid, Tr::tr("%1: “%2” is not one of 评分/扣分/加分/达标/比例/否决.")
                                                  .arg(cols.where(r, Rule), cols.text(r, Rule)));
        i.rule = *rule;
        i.points = number(cols, r, Points, false);
        i.target = number(cols, r, Target, false);
        i.standard = cols.text(r, Standard);
        i.evidence = cols.text(r, Evidence);
        i.sortOrder = int(s.indicators.size());
        try {
            indicatorrules::checkIndicator(i);
        } catch (const Error &e) {
            throw Error(Error::Kind::Invalid, Tr::tr("%1: %2").arg(cols.rowName(r), e.message()));
        }
        for (const Indicator &other : std::as_const(s.indicators))
            if (other.code == i.code)
                throw Error(Error::Kind::Invalid, Tr::tr("%1: the indicator code %2 appears twice.")
                                                      .arg(cols.where(r, Code), i.code));
        s.indicators << i;
    }
    if (s.indicators.isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("The sheet has no indicators below its header row."));
    indicatorrules::checkScheme(s);
    return s;
}

Scheme SchemeSheet::read(const QString &path, const QString &name)
{
    int first = 2;
    const SheetTable t = SheetFile::read(path, &first);
    return fromTable(t, first, name);
}

void SchemeSheet::write(const Scheme &s, const QString &path)
{
    SheetWriter::write(toTable(s), path);
}

} // namespace dj
