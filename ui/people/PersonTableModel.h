#pragma once

#include "org/PersonRepository.h"

#include <QAbstractTableModel>

namespace dj {
class Database;
}

// The people list. The city file holds 120,000 people: a filter change reads only the
// matching row ids (one index scan); the rows themselves are loaded a page of 200 at a time
// as the view scrolls (canFetchMore/fetchMore).
class PersonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Gender,
        Ethnicity,
        BirthDate,
        Joined,
        Standing,
        Branch,
        Phone,
        ColumnCount
    };
    static constexpr int PageSize = 200;

    explicit PersonTableModel(dj::Database &db, QObject *parent = nullptr);

    // Replaces the filter and starts again from the first page.
    void setFilter(const dj::PersonFilter &filter);
    const dj::PersonFilter &filter() const { return m_filter; }
    // Reloads after an edit, keeping the filter and as many rows as were loaded.
    void refresh();
    // Everyone matching the filter, loaded or not.
    int totalCount() const { return m_total; }

    QString personId(int row) const;
    // The row of a loaded person, -1 when not (yet) loaded.
    int rowOf(const QString &personId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString genderText(QChar gender);
    static QString standingText(dj::Standing standing);

signals:
    // Reading failed (damaged or locked file); the page passes it on to the session.
    void loadFailed(const QString &message);

private:
    void reload(int rows);

    dj::PersonRepository m_repo;
    dj::PersonFilter m_filter;
    QVector<qint64> m_matches; // everyone matching, as row ids in list order
    QList<dj::PersonRow> m_rows; // the loaded prefix of m_matches
    int m_total = 0;
    // Set while the model signals a reset or an insertion: a fetchMore() from a slot connected
    // to those signals would insert rows before every listener has seen the change.
    bool m_busy = false;
};
