#include "Masking.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <QList>

namespace dj {

namespace {

constexpr char32_t kStar = U'*';

// Whole characters (an odd value may hold any Unicode), so a mask never splits a pair.
QList<char32_t> chars(const QString &s)
{
    QList<char32_t> out;
    for (const uint c : s.toUcs4())
        out.append(char32_t(c));
    return out;
}

QString text(const QList<char32_t> &c)
{
    return QString::fromUcs4(c.constData(), c.size());
}

bool phoneSeparator(char32_t c)
{
    return c == U' ' || c == U'-' || c == U'+' || c == U'(' || c == U')';
}

} // namespace

QString maskIdNumber(const QString &idNumber)
{
    QList<char32_t> c = chars(idNumber);
    const qsizetype n = c.size();
    // The birth date is shown beside the number, and with the area code and the last four it
    // would give the whole number back: keep only the province and city (3) and the last two,
    // leaving some ten thousand numbers that fit.
    const qsizetype head = n >= 10 ? 3 : 0;
    const qsizetype tail = n >= 10 ? 2 : 0;
    for (qsizetype i = head; i < n - tail; ++i)
        c[i] = kStar;
    return text(c);
}

QString maskPhone(const QString &phone)
{
    QList<char32_t> c = chars(phone);
    qsizetype digits = 0;
    for (const char32_t ch : c)
        if (!phoneSeparator(ch))
            ++digits;
    const qsizetype head = digits >= 11 ? 3 : 0;
    const qsizetype tail = digits >= 11 ? 4 : 2;
    qsizetype k = 0; // position among the digits
    for (char32_t &ch : c) {
        if (phoneSeparator(ch))
            continue;
        if (k >= head && k < digits - tail)
            ch = kStar;
        ++k;
    }
    return text(c);
}

bool isMaskOfIdNumber(const QString &value, const QString &stored)
{
    return !stored.isEmpty() && value.trimmed() == maskIdNumber(stored);
}

bool isMaskOfPhone(const QString &value, const QString &stored)
{
    return !stored.isEmpty() && value.trimmed() == maskPhone(stored.trimmed());
}

SensitiveView::SensitiveView(const Database &db)
    : m_db(db), m_role(db.user().role), m_scopeOrgId(db.user().scopeOrgId)
{
}

bool SensitiveView::maySee(const QString &branchId) const
{
    if (seesAll())
        return true;
    if (seesNone())
        return false;
    return inScope(branchId);
}

QVariantList SensitiveView::shownRow(const QString &table, const QStringList &columns, QVariantList row) const
{
    if (seesAll() || table != QLatin1String("person"))
        return row;
    const QString branchId = row.value(int(columns.indexOf(QStringLiteral("branch_id")))).toString();
    if (maySee(branchId))
        return row;
    const auto mask = [&](const QString &column, QString (*how)(const QString &)) {
        const int i = int(columns.indexOf(column));
        if (i >= 0 && i < row.size() && !row.at(i).isNull())
            row[i] = how(row.at(i).toString());
    };
    mask(QStringLiteral("id_number"), maskIdNumber);
    mask(QStringLiteral("phone"), maskPhone);
    return row;
}

QStringList SensitiveView::listedOrgIds() const
{
    if (listsAll())
        return {};
    const QSet<QString> &s = subtree();
    return QStringList(s.cbegin(), s.cend());
}

bool SensitiveView::inScope(const QString &orgId) const
{
    return !orgId.isEmpty() && subtree().contains(orgId);
}

const QSet<QString> &SensitiveView::subtree() const
{
    if (!m_subtree) {
        // The same tree AccessGuard walks for writes: parent_id links, removed organisations
        // included (their people still belong to the subtree). UNION, not UNION ALL: a cycle
        // in a damaged file ends instead of looping.
        QSet<QString> ids;
        if (!m_scopeOrgId.isEmpty()) {
            Query q(m_db, QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT :root UNION "
                                         "SELECT o.id FROM organization o JOIN sub ON o.parent_id = sub.id) "
                                         "SELECT id FROM sub"));
            q.bind(QStringLiteral(":root"), m_scopeOrgId).exec();
            while (q.next())
                ids.insert(q.text(0));
        }
        m_subtree = std::move(ids);
    }
    return *m_subtree;
}

} // namespace dj
