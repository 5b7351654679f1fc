#include "PersonTableModel.h"

#include "common/Error.h"
#include "common/UiText.h"

#include <QScopedValueRollback>

PersonTableModel::PersonTableModel(dj::Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_repo(db)
{
    reload(PageSize);
}

void PersonTableModel::setFilter(const dj::PersonFilter &filter)
{
    m_filter = filter;
    reload(PageSize);
}

void PersonTableModel::refresh()
{
    reload(qMax(int(m_rows.size()), int(PageSize)));
}

void PersonTableModel::reload(int rows)
{
    const QScopedValueRollback<bool> busy(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_matches.clear();
    m_total = 0;
    try {
        m_matches = m_repo.matches(m_filter);
        m_total = int(m_matches.size());
        m_rows = m_repo.rows(m_matches.mid(0, qMin(rows, m_total)));
    } catch (const dj::Error &e) {
        m_rows.clear();
        m_matches.clear();
        m_total = 0;
        endResetModel();
        emit loadFailed(e.message());
        return;
    }
    // Rows added or removed between the two queries: trust what was read.
    if (m_rows.size() < qMin(rows, m_total))
        m_total = int(m_rows.size());
    endResetModel();
}

QString PersonTableModel::personId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int PersonTableModel::rowOf(const QString &personId) const
{
    if (personId.isEmpty())
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == personId)
            return i;
    }
    return -1;
}

int PersonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PersonTableModel::genderText(QChar gender)
{
    if (gender == QLatin1Char('M'))
        return tr("Male"); // 男
    if (gender == QLatin1Char('F'))
        return tr("Female"); // 女
    return {};
}

QString PersonTableModel::standingText(dj::Standing standing)
{
    return standing == dj::Standing::Probationary ? tr("Probationary member") // 预备党员
                                                  : tr("Full member");        // 正式党员
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dj::PersonRow &r = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return r.id;
    if (role == Qt::ToolTipRole && index.column() == Branch)
        return r.branchCode.isEmpty() ? r.branchName
                                      : r.branchName + QLatin1Char('\n') + r.branchCode;
    if (role == Qt::ToolTipRole && index.column() == Name && !r.position.isEmpty())
        return r.position;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Gender:
        return genderText(r.gender);
    case Ethnicity:
        return r.ethnicity;
    case BirthDate:
        return uitext::date(r.birthDate);
    case Joined:
        return uitext::date(r.joinedOn);
    case Standing:
        return standingText(r.standing);
    case Branch:
        return r.branchName;
    case Phone:
        return r.phone;
    }
    return {};
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name"); // 姓名
    case Gender:
        return tr("Gender"); // 性别
    case Ethnicity:
        return tr("Ethnicity"); // 民族
    case BirthDate:
        return tr("Born"); // 出生日期
    case Joined:
        return tr("Joined the Party"); // 入党时间
    case Standing:
        return tr("Standing"); // 党员类别
    case Branch:
        return tr("Branch"); // 所在支部
    case Phone:
        return tr("Phone"); // 联系电话
    }
    return {};
}

bool PersonTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_rows.size() < m_total;
}

void PersonTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int from = int(m_rows.size());
    const int wanted = qMin(int(PageSize), m_total - from);
    QList<dj::PersonRow> more;
    try {
        more = m_repo.rows(m_matches.mid(from, wanted));
    } catch (const dj::Error &e) {
        m_total = from; // stop asking until the next reload
        emit loadFailed(e.message());
        return;
    }
    if (more.isEmpty()) {
        m_total = from; // people removed meanwhile; the next reload recounts
        return;
    }
    const QScopedValueRollback<bool> busy(m_busy, true);
    beginInsertRows({}, from, from + int(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
    if (more.size() < wanted)
        m_total = int(m_rows.size());
}
