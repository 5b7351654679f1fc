#pragma once

#include "assess/AssessResult.h"

#include <QAbstractTableModel>

// The year's ranking as a table: 名次, 编码, 党组织, the three components, 综合得分, 等次.
// Rows waiting for a tie decision, vetoed rows and drafts (values still to be entered) are
// marked.
class AssessResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Code, Name, Daily, PartyGroup, Report, Total, Grade, Note, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const dj::AssessResult &r);
    const dj::AssessResult &result() const { return m_result; }
    const dj::OrgResult *row(int r) const;

    // As every screen shows them: 2 decimals; "not entered" (未录入) for a component with no
    // data; a draft total or grade marked "(draft)" (草稿); "pending entry" without any data.
    static QString componentText(const std::optional<double> &v);
    static QString totalText(const dj::OrgResult &r);
    static QString gradeText(const dj::OrgResult &r);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    dj::AssessResult m_result;
};
