#include "DailyScoreModel.h"

#include "assess/IndicatorRules.h"
#include "common/Error.h"

#include <QBrush>
#include <QColor>
#include <cmath>

using namespace dj;

void DailyScoreModel::load(const Scheme &scheme, const QString &orgId, const QList<ScoreEntry> &entries,
                              const QHash<QString, int> &evidence, bool editable)
{
    beginResetModel();
    m_scheme = scheme;
    m_orgId = orgId;
    m_self.clear();
    m_review.clear();
    for (const ScoreEntry &e : entries)
        (e.stage == ScoreStage::Self ? m_self : m_review).insert(e.indicatorId, e);
    m_evidence = evidence;
    m_editable = editable;
    endResetModel();
}

const Indicator *DailyScoreModel::indicator(int row) const
{
    return row >= 0 && row < m_scheme.indicators.size() ? &m_scheme.indicators.at(row) : nullptr;
}

std::optional<ScoreEntry> DailyScoreModel::entry(int row, ScoreStage stage) const
{
    const Indicator *i = indicator(row);
    const auto &map = stage == ScoreStage::Self ? m_self : m_review;
    if (!i || !map.contains(i->id))
        return std::nullopt;
    return map.value(i->id);
}

double DailyScoreModel::pointsTotal() const
{
    double sum = 0;
    for (int r = 0; r < m_scheme.indicators.size(); ++r) {
        const auto e = entry(r, ScoreStage::Review);
        sum += indicatorrules::score(m_scheme.indicators.at(r), e ? std::optional<double>(e->value) : std::nullopt);
    }
    return sum;
}

QString DailyScoreModel::valueText(const Indicator &i, double v)
{
    if (i.rule == ScoreRule::Met)
        return v >= 0.5 ? tr("met") : tr("not met");
    if (i.rule == ScoreRule::Deduct || i.rule == ScoreRule::Add || i.rule == ScoreRule::Veto)
        return tr("%1 times").arg(indicatorrules::number(v));
    return indicatorrules::number(v);
}

int DailyScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scheme.indicators.size());
}

int DailyScoreModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DailyScoreModel::data(const QModelIndex &index, int role) const
{
    const Indicator *i = indicator(index.row());
    if (!i)
        return {};
    const auto self = entry(index.row(), ScoreStage::Self);
    const auto review = entry(index.row(), ScoreStage::Review);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const bool edit = role == Qt::EditRole;
        switch (index.column()) {
        case Code:
            return i->code;
        case Area:
            return i->area;
        case Name:
            return i->name;
        case Rule:
            return vocab::sheetWord(i->rule);
        case Max:
            return indicatorrules::number(i->maxScore);
        case Self:
            return self ? (edit ? indicatorrules::number(self->value) : valueText(*i, self->value)) : QString();
        case Review:
            return review ? (edit ? indicatorrules::number(review->value) : valueText(*i, review->value)) : QString();
        case Points:
            return i->rule == ScoreRule::Veto
                       ? (indicatorrules::vetoes(*i, review ? std::optional<double>(review->value) : std::nullopt)
                              ? tr("veto")
                              : QString())
                       : indicatorrules::number(std::round(indicatorrules::score(
                                                     *i, review ? std::optional<double>(review->value) : std::nullopt) *
                                                 100) /
                                                100);
        case SelfNote:
            return self ? self->note : QString();
        case ReviewNote:
            return review ? review->note : QString();
        case Evidence: {
            const int n = m_evidence.value(i->id);
            return n > 0 ? QString::number(n) : QString();
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Name || index.column() == Rule)
            return tr("%1\nRule: %2 — %3").arg(i->standard, vocab::label(i->rule), vocab::valueLabel(i->rule));
        const auto e = index.column() == Self || index.column() == SelfNote       ? self
                       : index.column() == Review || index.column() == ReviewNote ? review
                                                                                  : std::nullopt;
        if (e) {
            const QString by = tr("Entered by %1 at %2").arg(e->enteredBy.isEmpty() ? tr("(unknown)") : e->enteredBy,
                                                             e->updatedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
            return isNote(index.column()) && !e->note.isEmpty() ? e->note + QLatin1Char('\n') + by : by;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name && !isNote(index.column()) && index.column() != Area)
        return int(Qt::AlignCenter);
    if (role == Qt::BackgroundRole && (flags(index) & Qt::ItemIsEditable))
        return QBrush(QColor(0xFF, 0xFD, 0xE7));
    if (role == Qt::ForegroundRole && index.column() == Review && self && !review)
        return QBrush(QColor(0xE6, 0x51, 0x00));
    return {};
}

bool DailyScoreModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Indicator *i = indicator(index.row());
    if (!i || role != Qt::EditRole || !m_store)
        return false;
    const QString text = value.toString().trimmed();
    ScoreInput in;
    in.orgId = m_orgId;
    in.indicatorId = i->id;
    try {
        if (isNote(index.column())) {
            // Each note goes with its own value: the branch's with the 自评, the reviewer's with the 审核.
            in.stage = index.column() == SelfNote ? ScoreStage::Self : ScoreStage::Review;
            const auto e = entry(index.row(), in.stage);
            if (!e) {
                emit refused(in.stage == ScoreStage::Self ? tr("Enter the self-assessment of %1 before its note.").arg(i->code)
                                                          : tr("Enter the reviewed value of %1 before its note.").arg(i->code));
                return false;
            }
            in.value = e->value;
            in.note = text;
        } else {
            in.stage = index.column() == Self ? ScoreStage::Self : ScoreStage::Review;
            const auto old = entry(index.row(), in.stage);
            if (!text.isEmpty())
                in.value = indicatorrules::parseValue(*i, text);
            in.note = old ? old->note : QString();
        }
    } catch (const Error &e) {
        emit refused(e.message());
        return false;
    }
    QString error;
    if (!m_store(in, &error)) {
        emit refused(error);
        return false;
    }
    return true;
}

Qt::ItemFlags DailyScoreModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const bool review = index.column() == Review || index.column() == ReviewNote;
    if (m_editable && (index.column() == Self || index.column() == SelfNote || (review && m_mayReview)))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DailyScoreModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Area:
        return tr("Area");
    case Name:
        return tr("Indicator");
    case Rule:
        return tr("Rule");
    case Max:
        return tr("Max");
    case Self:
        return tr("Self-assessment");
    case Review:
        return tr("Reviewed");
    case Points:
        return tr("Points");
    case SelfNote:
        return tr("Self-assessment note");
    case ReviewNote:
        return tr("Review note");
    case Evidence:
        return tr("Evidence");
    }
    return {};
}
