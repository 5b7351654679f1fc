#pragma once

#include "Grading.h"

#include <QList>
#include <QString>

namespace dj {

// The 三位一体 weights in percent; they sum to 100.
struct Weights
{
    double daily = 60;      // 日常量化考核
    double partyGroup = 20; // 党组评价
    double report = 20;     // 述职评议
};

// One year's assessment (年度考核) of organisations against one scheme.
struct Assessment
{
    QString id;
    int year = 0;
    QString schemeId;
    QString name;
    Weights weights;
    Grading grading;
    QList<double> ballotPoints{95, 85, 75, 60}; // 好, 较好, 一般, 差 on a 述职 ballot
    int trimFrom = 5; // from this many ballots, drop one highest and one lowest
    bool sealed = false;
    qint64 version = 0;
};

} // namespace dj
