#include "DutySchedule.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::DutySchedule)
};

const char *const kQuarters[] = {"第一季度", "第二季度", "第三季度", "第四季度"};

DutyPeriod span(const QDate &start, const QDate &end, const QString &label)
{
    return {start, end, end, label};
}
} // namespace

QDate DutySchedule::deadlineIn(const QString &deadline, int year)
{
    static const QRegularExpression re(QStringLiteral("^(\\d\\d)-(\\d\\d)$"));
    const QRegularExpressionMatch m = re.match(deadline);
    if (!m.hasMatch())
        return {};
    const int month = m.captured(1).toInt();
    int day = m.captured(2).toInt();
    if (month == 2 && day == 29 && !QDate::isLeapYear(year))
        day = 28;
    return QDate(year, month, day); // invalid for 13-01 or 04-31
}

bool DutySchedule::isValidDeadline(const QString &deadline)
{
    return deadline.isEmpty() || deadlineIn(deadline, 2024).isValid();
}

QList<DutyPeriod> DutySchedule::periods(Frequency frequency, const QString &deadline, int year)
{
    QList<DutyPeriod> out;
    switch (frequency) {
    case Frequency::Monthly:
        for (int m = 1; m <= 12; ++m) {
            const QDate start(year, m, 1);
            out << span(start, start.addMonths(1).addDays(-1), QStringLiteral("%1月").arg(m));
        }
        break;
    case Frequency::Quarterly:
        for (int q = 0; q < 4; ++q) {
            const QDate start(year, q * 3 + 1, 1);
            out << span(start, start.addMonths(3).addDays(-1), QString::fromUtf8(kQuarters[q]));
        }
        break;
    case Frequency::HalfYearly:
        out << span(QDate(year, 1, 1), QDate(year, 6, 30), QStringLiteral("上半年"))
            << span(QDate(year, 7, 1), QDate(year, 12, 31), QStringLiteral("下半年"));
        break;
    case Frequency::Yearly:
    case Frequency::Once:
    case Frequency::ByDate: {
        DutyPeriod p = span(QDate(year, 1, 1), QDate(year, 12, 31), QStringLiteral("全年"));
        const QDate due = deadlineIn(deadline, year);
        if (due.isValid())
            p.due = due;
        out << p;
        break;
    }
    }
    return out;
}

DutyStatus DutySchedule::status(const DutyPeriod &period, int count, int expected,
                                const QDate &today)
{
    if (count >= expected)
        return DutyStatus::Done;
    if (today <= period.due)
        return DutyStatus::NotYetDue;
    return count > 0 ? DutyStatus::PartlyDone : DutyStatus::Overdue;
}

QString DutySchedule::label(DutyStatus s)
{
    switch (s) {
    case DutyStatus::Done: return Tr::tr("Done");
    case DutyStatus::PartlyDone: return Tr::tr("Partly done");
    case DutyStatus::NotYetDue: return Tr::tr("Not yet due");
    case DutyStatus::Overdue: return Tr::tr("Overdue");
    }
    return {};
}

QString DutySchedule::officialName(DutyStatus s)
{
    switch (s) {
    case DutyStatus::Done: return QStringLiteral("已完成");
    case DutyStatus::PartlyDone: return QStringLiteral("部分完成");
    case DutyStatus::NotYetDue: return QStringLiteral("未到期");
    case DutyStatus::Overdue: return QStringLiteral("逾期未完成");
    }
    return {};
}

} // namespace dj
