#pragma once

#include "AssessVocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dj {

// One quantifiable indicator of a scheme (考核指标).
struct Indicator
{
    QString id;
    QString area; // 一级指标
    QString code; // 指标编号, unique in the scheme
    int sortOrder = 0;
    QString name;
    double maxScore = 0; // 分值; 0 for a veto
    ScoreRule rule = ScoreRule::Judged;
    double points = 0; // 每次分值, deduct and add
    double target = 0; // 目标值, ratio
    QString standard;  // 评分标准
    QString evidence;  // 佐证材料 expected
    qint64 version = 0;
};

// An indicator scheme (指标体系): areas and indicators in order. Copies for a new year get
// the next revision; a scheme used by a sealed assessment is locked.
struct Scheme
{
    QString id;
    QString name;
    int revision = 1;
    int yearFrom = 0; // 0: any year
    int yearTo = 0;   // 0: open-ended
    QString note;
    qint64 version = 0;
    QList<Indicator> indicators;

    // The areas in the order their first indicator appears.
    QStringList areas() const
    {
        QStringList out;
        for (const Indicator &i : indicators)
            if (!out.contains(i.area))
                out << i.area;
        return out;
    }
    double maxTotal() const
    {
        double sum = 0;
        for (const Indicator &i : indicators)
            sum += i.maxScore;
        return sum;
    }
};

} // namespace dj
