#include "DutyProgress.h"

#include "DutyRecordRepository.h"
#include "DutyRepository.h"
#include "org/OrgVocabulary.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QMap>
#include <QSet>
#include <algorithm>
#include <array>
#include <climits>

namespace dj {

namespace {
ItemProgress measure(const DutyItem &item, const QList<QDate> &dates, int year, const QDate &today,
                     const QDate &from, const QDate &to)
{
    ItemProgress p;
    p.item = item;
    p.periods = DutySchedule::periods(item.frequency, item.deadline, year);
    bool nowSet = false;
    for (const DutyPeriod &period : std::as_const(p.periods)) {
        int count = 0;
        for (const QDate &d : dates)
            count += period.contains(d) ? 1 : 0;
        const DutyStatus s = DutySchedule::status(period, count, item.expected, today);
        p.counts << count;
        p.statuses << s;
        // A period counts once due, or earlier once done: a yearly item recorded in June is 1/1.
        const bool counts = period.due < today || s == DutyStatus::Done;
        if (counts && period.due >= from && period.due <= to) {
            p.dueExpected += item.expected;
            p.dueDone += qMin(count, item.expected);
            if (s != DutyStatus::Done)
                ++p.overduePeriods;
        }
        if (!nowSet && (s == DutyStatus::Overdue || s == DutyStatus::PartlyDone ||
                        (today >= period.start && today <= period.end))) {
            p.now = s;
            nowSet = true;
        }
    }
    if (!nowSet && !p.statuses.isEmpty())
        p.now = p.statuses.constLast();
    return p;
}

void add(CompletionRate &r, const ItemProgress &p)
{
    ++r.items;
    r.expected += p.dueExpected;
    r.done += p.dueDone;
    r.overdue += p.overduePeriods;
}
} // namespace

DutyProgress::DutyProgress(Database &db, int year, const QDate &today, int quarter)
    : m_year(year), m_today(today)
{
    m_from = quarter >= 1 && quarter <= 4 ? QDate(year, quarter * 3 - 2, 1) : QDate(year, 1, 1);
    m_to = quarter >= 1 && quarter <= 4 ? m_from.addMonths(3).addDays(-1) : QDate(year, 12, 31);
    DutyRepository repo(db);
    m_lists = repo.lists(year);
    QHash<QString, QString> orgType;
    Query orgs(db, QStringLiteral("SELECT id, org_type FROM organization"));
    orgs.exec();
    while (orgs.next())
        orgType.insert(orgs.text(0), orgs.text(1));
    for (const DutyList &l : std::as_const(m_lists))
        m_orgTypes << orgType.value(l.orgId);

    const QHash<QString, QList<QDate>> dates = DutyRecordRepository(db).datesForYear(year);
    // Items in force, read at once, grouped by list in list order.
    QHash<QString, int> listIndex;
    for (int li = 0; li < m_lists.size(); ++li)
        listIndex.insert(m_lists.at(li).id, li);
    QList<QList<DutyItem>> byList(m_lists.size());
    for (const DutyItem &item : repo.itemsOfYear(year, false)) {
        const int li = listIndex.value(item.listId, -1);
        if (li >= 0)
            byList[li] << item;
    }
    for (int li = 0; li < m_lists.size(); ++li) {
        for (const DutyItem &item : std::as_const(byList.at(li))) {
            m_rowsOfList[item.listId] << int(m_rows.size());
            m_rows.append({li, m_orgTypes.at(li), measure(item, dates.value(item.id), year, today, m_from, m_to)});
        }
    }
}

QList<ItemProgress> DutyProgress::items(const QString &listId) const
{
    QList<ItemProgress> out;
    for (int r : m_rowsOfList.value(listId))
        out << m_rows.at(r).progress;
    return out;
}

template <class Key> QList<CompletionRate> DutyProgress::group(Key key) const
{
    // key(row) → {sort key, key, label}, or an empty key to leave the row out.
    QMap<QString, CompletionRate> groups;
    QMap<QString, QSet<int>> lists;
    for (const Row &row : m_rows) {
        const auto [sort, k, label] = key(row);
        if (k.isEmpty())
            continue;
        CompletionRate &r = groups[sort];
        r.key = k;
        r.label = label;
        add(r, row.progress);
        lists[sort].insert(row.list);
    }
    QList<CompletionRate> out;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        it->lists = int(lists.value(it.key()).size());
        out << *it;
    }
    return out;
}

QList<CompletionRate> DutyProgress::byLevel() const
{
    return group([this](const Row &row) -> std::array<QString, 3> {
        if (m_lists.at(row.list).isPostList())
            return {};
        bool ok = false;
        const OrgType t = vocab::orgTypeFromCode(row.orgType, &ok);
        if (!ok)
            return {};
        return {QString::number(int(t)), row.orgType, vocab::label(t)};
    });
}

QList<CompletionRate> DutyProgress::byPost() const
{
    return group([this](const Row &row) -> std::array<QString, 3> {
        const DutyList &l = m_lists.at(row.list);
        if (!l.isPostList())
            return {};
        return {QString::number(int(l.subject)), vocab::code(l.subject), vocab::label(l.subject)};
    });
}

QList<CompletionRate> DutyProgress::byCategory() const
{
    // Categories in the order they first appear in the lists (templates order them).
    QHash<QString, int> first;
    for (const Row &row : m_rows)
        first.insert(row.progress.item.category, qMin(first.value(row.progress.item.category, INT_MAX), row.progress.item.sortOrder));
    return group([&first](const Row &row) -> std::array<QString, 3> {
        const QString c = row.progress.item.category.isEmpty() ? QStringLiteral("其他") : row.progress.item.category;
        return {QStringLiteral("%1|%2").arg(first.value(row.progress.item.category), 6, 10, QLatin1Char('0')).arg(c), c, c};
    });
}

QList<CompletionRate> DutyProgress::byOrg() const
{
    return group([this](const Row &row) -> std::array<QString, 3> {
        const DutyList &l = m_lists.at(row.list);
        if (l.isPostList())
            return {};
        return {l.orgName + QLatin1Char('|') + l.orgId, l.orgId, l.orgName};
    });
}

CompletionRate DutyProgress::total() const
{
    CompletionRate r;
    r.key = QStringLiteral("total");
    r.lists = int(m_lists.size());
    for (const Row &row : m_rows)
        add(r, row.progress);
    return r;
}

QList<DutyProgress::Late> DutyProgress::late() const
{
    QList<Late> out;
    for (const Row &row : m_rows) {
        const ItemProgress &p = row.progress;
        for (int i = 0; i < p.periods.size(); ++i) {
            if (p.statuses.at(i) == DutyStatus::Overdue || p.statuses.at(i) == DutyStatus::PartlyDone)
                out.append({m_lists.at(row.list), p.item, p.periods.at(i), p.counts.at(i)});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Late &a, const Late &b) { return a.period.due < b.period.due; });
    return out;
}

} // namespace dj
