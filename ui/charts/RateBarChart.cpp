#include "RateBarChart.h"

#include "ChartLabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QValueAxis>
#include <QVBoxLayout>

struct RateBarChart::Impl
{
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    int bars = 0;
};

RateBarChart::RateBarChart(QWidget *parent) : QWidget(parent), d(new Impl)
{
    d->chart = new QChart;
    d->chart->legend()->hide();
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->setBackgroundRoundness(0);
    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    setMinimumHeight(240);
}

RateBarChart::~RateBarChart() { delete d; }

int RateBarChart::barCount() const { return d->bars; }

void RateBarChart::setData(const QString &title, const QStringList &labels, const QList<double> &rates)
{
    d->chart->removeAllSeries();
    for (QAbstractAxis *axis : d->chart->axes())
        d->chart->removeAxis(axis);
    // The chart draws with its own fonts: give it the window's CJK family so Chinese never
    // falls back to another script's glyphs.
    QFont f = font();
    d->chart->setTitleFont(QFont(f.family(), f.pointSize() + 1, QFont::Bold));
    d->chart->setTitle(title);

    auto *set = new QBarSet(tr("Completion"));
    set->setColor(QColor(0xc0, 0x39, 0x2b));
    set->setLabelColor(Qt::black);
    for (double r : rates)
        *set << (r < 0 ? 0.0 : r * 100.0);
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    d->chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsFont(f);
    auto *y = new QValueAxis;
    y->setRange(0, 110);
    y->setTickCount(12);
    y->setLabelFormat(QStringLiteral("%d%"));
    y->setLabelsFont(f);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickInterval(20);
    y->setTickAnchor(0);
    d->chart->addAxis(x, Qt::AlignBottom);
    d->chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chartlabels::keepWhole(d->chart, x, labels); // "机关党委书记", not "机关党…"
    d->bars = int(labels.size());
    connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet *) { emit barActivated(index); });
}
