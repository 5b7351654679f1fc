#include "AreaGridModel.h"

#include "DailyScoreModel.h"
#include "assess/AssessResult.h"
#include "assess/IndicatorRules.h"
#include "common/Error.h"

#include <QBrush>
#include <QColor>

using namespace dj;

void AreaGridModel::load(const Scheme &scheme, const QString &area, const QList<AssessedOrg> &orgs,
                         const QList<ScoreEntry> &entries, bool editable)
{
    beginResetModel();
    m_indicators.clear();
    for (const Indicator &i : scheme.indicators)
        if (i.area == area)
            m_indicators << i;
    m_orgs = orgs;
    m_review.clear();
    for (const ScoreEntry &e : entries)
        if (e.stage == ScoreStage::Review)
            m_review.insert(e.orgId + e.indicatorId, e);
    m_editable = editable;
    endResetModel();
}

const ScoreEntry *AreaGridModel::entry(int row, int column) const
{
    if (row < 0 || row >= m_orgs.size() || column < 1 || column > m_indicators.size())
        return nullptr;
    const auto it = m_review.constFind(m_orgs.at(row).orgId + m_indicators.at(column - 1).id);
    return it == m_review.constEnd() ? nullptr : &it.value();
}

int AreaGridModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_orgs.size()); }

int AreaGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size()) + 1;
}

QVariant AreaGridModel::data(const QModelIndex &index, int role) const
{
    if (index.row() >= m_orgs.size())
        return {};
    if (index.column() == 0)
        return role == Qt::DisplayRole ? QVariant(m_orgs.at(index.row()).name) : QVariant();
    const ScoreEntry *e = entry(index.row(), index.column());
    const Indicator &i = m_indicators.at(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return e ? DailyScoreModel::valueText(i, e->value) : QString();
    case Qt::EditRole:
        return e ? indicatorrules::number(e->value) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return e ? tr("%1: %2 points; entered by %3").arg(i.code, roundedPoints(indicatorrules::score(i, e->value)), e->enteredBy)
                 : QString();
    case Qt::BackgroundRole:
        return m_editable ? QVariant(QBrush(QColor(0xFF, 0xFD, 0xE7))) : QVariant();
    }
    return {};
}

bool AreaGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() < 1 || !m_store || index.row() >= m_orgs.size())
        return false;
    const Indicator &i = m_indicators.at(index.column() - 1);
    ScoreInput in;
    in.orgId = m_orgs.at(index.row()).orgId;
    in.indicatorId = i.id;
    in.stage = ScoreStage::Review;
    if (const ScoreEntry *e = entry(index.row(), index.column()))
        in.note = e->note;
    const QString text = value.toString().trimmed();
    try {
        if (!text.isEmpty())
            in.value = indicatorrules::parseValue(i, text);
    } catch (const Error &e) {
        emit refused(tr("%1: %2").arg(m_orgs.at(index.row()).name, e.message()));
        return false;
    }
    QString error;
    if (!m_store(in, &error)) {
        emit refused(error);
        return false;
    }
    return true;
}

Qt::ItemFlags AreaGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.column() > 0)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AreaGridModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Vertical) // the row number of the printed ballot and forms (序号)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (o != Qt::Horizontal)
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Organisation")) : QVariant();
    const Indicator *i = indicator(section);
    if (!i)
        return {};
    // The name, wrapped by the header; the rule and maximum in the tip and the panel below.
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1 %2").arg(i->code, i->name);
    if (role == Qt::ToolTipRole)
        return describe(*i);
    return {};
}

const Indicator *AreaGridModel::indicator(int column) const
{
    return column >= 1 && column <= m_indicators.size() ? &m_indicators.at(column - 1) : nullptr;
}

QString AreaGridModel::describe(const Indicator &i)
{
    QString text = tr("%1 %2\nRule: %3 — %4; at most %5 points")
                       .arg(i.code, i.name, vocab::label(i.rule), vocab::valueLabel(i.rule),
                            indicatorrules::number(i.maxScore));
    if (!i.standard.isEmpty())
        text += QLatin1Char('\n') + i.standard;
    return text;
}
