#pragma once

#include "Assessment.h"
#include "BallotRepository.h"
#include "PartyGroupRepository.h"
#include "ScoreRepository.h"
#include "Scheme.h"

#include <QHash>
#include "sheet/SheetTable.h"

namespace dj {

class Database;
class SheetColumns;

// The sheets officers type scores into, read against one assessment; every code, number
// and word is checked before anything is stored, and errors name the row and column:
//   daily:       组织编码, 指标编号, 数值, 说明
//   party group: 组织编码, 评价人, 分数
//   ballots:     票号, 评议人类别, 组织编码, 分数 (a number or 好/较好/一般/差)
class AssessSheetLoad
{
public:
    AssessSheetLoad(Database &db, const Assessment &assessment);

    QList<ScoreInput> daily(const SheetTable &t, int firstDataRow, ScoreStage stage) const;
    QList<PartyGroupRepository::Input> partyGroup(const SheetTable &t, int firstDataRow) const;
    QList<BallotRepository::Input> ballots(const SheetTable &t, int firstDataRow) const;

private:
    QString orgId(const SheetColumns &cols, int row, int field) const;
    Database &m_db;
    Assessment m_assessment;
    QHash<QString, QString> m_orgByCode;
    QHash<QString, Indicator> m_indicatorByCode;
};

} // namespace dj
