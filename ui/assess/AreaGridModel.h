#pragma once

#include "assess/AssessEntries.h"
#include "assess/AssessmentRepository.h"
#include "assess/Scheme.h"

#include <QAbstractTableModel>
#include <QHash>
#include <functional>

// 日常考核 by area: every assessed organisation down the side, the area's indicators across,
// the reviewed value (审核) in each cell, typed from the keyboard the way a summary sheet is
// filled in column by column.
class AreaGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Store = std::function<bool(const dj::ScoreInput &input, QString *error)>;
    explicit AreaGridModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void load(const dj::Scheme &scheme, const QString &area, const QList<dj::AssessedOrg> &orgs,
              const QList<dj::ScoreEntry> &entries, bool editable);
    void setStore(Store store) { m_store = std::move(store); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    // The indicator of a column; nullptr for the organisations' column.
    const dj::Indicator *indicator(int column) const;
    // An indicator's name, rule and maximum as the header's tip and the panel below say them.
    static QString describe(const dj::Indicator &i);

signals:
    void refused(const QString &message);

private:
    const dj::ScoreEntry *entry(int row, int column) const;
    QList<dj::Indicator> m_indicators;
    QList<dj::AssessedOrg> m_orgs;
    QHash<QString, dj::ScoreEntry> m_review; // org id + indicator id
    bool m_editable = false;
    Store m_store;
};
