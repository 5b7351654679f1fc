#pragma once

#include <QWidget>

// Completion rates as bars from 0 to 100 %, one per category (党组, 领导小组, … 党支部), with
// the percentage on each bar; clicking a bar emits barActivated(index). The only place that
// knows Qt Charts, so another renderer can replace it (Qt Charts is deprecated from Qt 6.10).
class RateBarChart : public QWidget
{
    Q_OBJECT
public:
    explicit RateBarChart(QWidget *parent = nullptr);
    ~RateBarChart() override;

    // `rates` in 0..1, or below 0 for "nothing due yet" (drawn as an empty bar).
    void setData(const QString &title, const QStringList &labels, const QList<double> &rates);
    int barCount() const;

signals:
    void barActivated(int index);

private:
    struct Impl;
    Impl *d;
};
