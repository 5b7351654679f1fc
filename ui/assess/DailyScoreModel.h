#pragma once

#include "assess/AssessEntries.h"
#include "assess/Scheme.h"

#include <QAbstractTableModel>
#include <QHash>
#include <functional>

// One organisation's 日常量化考核 form: a row per indicator with its rule and maximum, the
// branch's 自评 and the 机关党委's 审核 side by side, the points the reviewed value gives, each
// value's note (the branch's and the reviewer's, side by side) and how many evidence files
// prove it. The values and the notes are typed in place.
class DailyScoreModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Area, Name, Rule, Max, Self, Review, Points, SelfNote, ReviewNote, Evidence, ColumnCount };
    // Stores one change; returns false with the reason when core refuses it.
    using Store = std::function<bool(const dj::ScoreInput &input, QString *error)>;

    explicit DailyScoreModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void load(const dj::Scheme &scheme, const QString &orgId, const QList<dj::ScoreEntry> &entries,
                 const QHash<QString, int> &evidence, bool editable);
    void setStore(Store store) { m_store = std::move(store); }
    // False for an account that enters the 自评 only (a branch): the 审核 columns stay read-only.
    void setMayReview(bool may) { m_mayReview = may; }
    const dj::Indicator *indicator(int row) const;
    std::optional<dj::ScoreEntry> entry(int row, dj::ScoreStage stage) const;
    double pointsTotal() const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    static QString valueText(const dj::Indicator &i, double v);
    static bool isNote(int column) { return column == SelfNote || column == ReviewNote; }

signals:
    void refused(const QString &message);

private:
    dj::Scheme m_scheme;
    QString m_orgId;
    QHash<QString, dj::ScoreEntry> m_self, m_review;
    QHash<QString, int> m_evidence;
    bool m_editable = false;
    bool m_mayReview = true;
    Store m_store;
    QString m_error;
};
