#pragma once

#include "assess/Scheme.h"

// An indicator for arithmetic tests: code X1 in 组织建设 with the given rule and numbers.
inline dj::Indicator testIndicator(dj::ScoreRule rule, double max, double points = 0, double target = 0)
{
    dj::Indicator i;
    i.code = QStringLiteral("X1");
    i.name = QStringLiteral("指标");
    i.area = QStringLiteral("组织建设");
    i.rule = rule;
    i.maxScore = max;
    i.points = points;
    i.target = target;
    return i;
}
