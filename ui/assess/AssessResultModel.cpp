#include "AssessResultModel.h"

#include "assess/AssessSeal.h"

#include <QBrush>
#include <QColor>

void AssessResultModel::setResult(const dj::AssessResult &r)
{
    beginResetModel();
    m_result = r;
    endResetModel();
}

QString AssessResultModel::componentText(const std::optional<double> &v)
{
    return v ? dj::twoDecimals(*v) : tr("not entered");
}

QString AssessResultModel::totalText(const dj::OrgResult &r)
{
    if (!r.scored)
        return tr("not entered");
    return r.provisional() ? tr("%1 (draft)").arg(dj::twoDecimals(r.total)) : dj::twoDecimals(r.total);
}

QString AssessResultModel::gradeText(const dj::OrgResult &r)
{
    if (!r.scored)
        return tr("pending entry");
    const QString grade = r.tie ? tr("to decide") : r.grade;
    return r.provisional() ? tr("%1 (draft)").arg(grade) : grade;
}

const dj::OrgResult *AssessResultModel::row(int r) const
{
    return r >= 0 && r < m_result.rows.size() ? &m_result.rows.at(r) : nullptr;
}

int AssessResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int AssessResultModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AssessResultModel::data(const QModelIndex &index, int role) const
{
    const dj::OrgResult *r = row(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank:
            return r->scored ? QVariant(r->rank) : QVariant(QStringLiteral("—"));
        case Code:
            return r->code;
        case Name:
            return r->name;
        case Daily:
            return componentText(r->daily);
        case PartyGroup:
            return componentText(r->partyGroup);
        case Report:
            return componentText(r->report);
        case Total:
            return totalText(*r);
        case Grade:
            return gradeText(*r);
        case Note: {
            QStringList notes;
            if (r->veto)
                notes << tr("veto");
            if (r->tie)
                notes << tr("tie across a quota boundary");
            if (r->provisional())
                notes << dj::AssessSeal::missingText(*r);
            return notes.join(tr("; ", "between the notes of a row"));
        }
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Note && r->provisional())
        return dj::AssessSeal::missingText(*r);
    // Nothing entered and drafts stand out: grey, so no one reads them as final.
    if (role == Qt::ForegroundRole && r->provisional() &&
        (index.column() == Total || index.column() == Grade ||
         (index.column() == Daily && !r->daily) || (index.column() == PartyGroup && !r->partyGroup) ||
         (index.column() == Report && !r->report)))
        return QBrush(QColor(0x75, 0x75, 0x75));
    if (role == Qt::TextAlignmentRole && index.column() != Name && index.column() != Note)
        return int(Qt::AlignCenter);
    if (role == Qt::ForegroundRole && (r->veto || r->tie) && (index.column() == Grade || index.column() == Note))
        return QBrush(r->veto ? QColor(0xB7, 0x1C, 0x1C) : QColor(0xE6, 0x51, 0x00));
    if (role == Qt::UserRole)
        return r->orgId;
    return {};
}

QVariant AssessResultModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case Code:
        return tr("Code");
    case Name:
        return tr("Organisation");
    case Daily:
        return tr("Daily (on 100)");
    case PartyGroup:
        return tr("Party group");
    case Report:
        return tr("Report ballots");
    case Total:
        return tr("Total");
    case Grade:
        return tr("Grade");
    case Note:
        return tr("Note");
    }
    return {};
}
