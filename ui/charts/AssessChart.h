#pragma once

#include <QWidget>

#include <vector>

class QChart;
class QPainter;

// The assessment's charts — ranking, radar of areas, grade distribution, a branch's trend
// over the years, the spread of its 述职 ballots — drawn with Qt Charts behind this one class,
// saved as PNG or drawn onto a printer page.
class AssessChart : public QWidget
{
    Q_OBJECT
public:
    explicit AssessChart(QWidget *parent = nullptr);
    ~AssessChart() override;

    // Totals as horizontal bars, best at the top.
    void showRanking(const QString &title, const QStringList &labels, const QList<double> &totals);
    // One branch's share of each area's maximum (percent) against the average of all.
    void showRadar(const QString &title, const QStringList &areas, const QList<double> &branch,
                   const QList<double> &average, const QString &branchName);
    // How many organisations took each grade.
    void showCounts(const QString &title, const QStringList &labels, const QList<int> &counts);
    // A branch's total year by year.
    void showTrend(const QString &title, const QList<int> &years, const QList<double> &totals);
    // Each branch's ballot scores as a box: lowest, quartiles, median, highest.
    void showSpread(const QString &title, const QStringList &labels, const std::vector<std::vector<double>> &scores);

    bool savePng(const QString &path) const;
    void render(QPainter *painter, const QRectF &target) const;
    QString title() const;

private:
    QChart *install(QChart *chart, const QString &title);
    struct Impl;
    Impl *d;
};
