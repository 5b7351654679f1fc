#include "AssessChart.h"

#include "ChartLabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>

struct AssessChart::Impl
{
    QChartView *view = nullptr;
    QChart *chart = nullptr;
};

namespace {
const QColor kRed(0xc0, 0x39, 0x2b);
const QColor kGrey(0x78, 0x90, 0x9c);

double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double pos = q * double(v.size() - 1);
    const size_t lo = size_t(pos);
    const size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
}
} // namespace

AssessChart::AssessChart(QWidget *parent) : QWidget(parent), d(new Impl)
{
    d->view = new QChartView(this);
    d->view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    setMinimumHeight(300);
    install(new QChart, QString());
}

AssessChart::~AssessChart() { delete d; }

QString AssessChart::title() const { return d->chart->title(); }

QChart *AssessChart::install(QChart *chart, const QString &title)
{
    // Each chart is built afresh (a radar is another class of chart); the view gives up the old one.
    QChart *old = d->chart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    // The chart draws with its own fonts: the window's CJK family keeps Chinese in Chinese glyphs.
    const QFont f = font();
    chart->setTitleFont(QFont(f.family(), f.pointSize() + 1, QFont::Bold));
    chart->legend()->setFont(f);
    chart->setTitle(title);
    d->view->setChart(chart);
    d->chart = chart;
    delete old;
    return chart;
}

void AssessChart::showRanking(const QString &title, const QStringList &labels, const QList<double> &totals)
{
    QChart *chart = install(new QChart, title);
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Total"));
    set->setColor(kRed);
    // Horizontal bars run bottom-up: reverse so that the first is at the top.
    QStringList names;
    for (qsizetype i = totals.size() - 1; i >= 0; --i) {
        *set << totals.at(i);
        names << labels.value(i);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    y->setLabelsFont(font());
    y->setTruncateLabels(false); // branch names are the point of the chart
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
}

void AssessChart::showRadar(const QString &title, const QStringList &areas, const QList<double> &branch,
                            const QList<double> &average, const QString &branchName)
{
    auto *chart = static_cast<QPolarChart *>(install(new QPolarChart, title));
    auto line = [&](const QList<double> &values, const QString &name, const QColor &color) {
        auto *s = new QLineSeries;
        s->setName(name);
        s->setColor(color);
        for (int i = 0; i < values.size(); ++i)
            s->append(i, values.at(i));
        if (!values.isEmpty())
            s->append(values.size(), values.constFirst()); // close the shape
        chart->addSeries(s);
        return s;
    };
    auto *mine = line(branch, branchName, kRed);
    auto *mean = line(average, tr("Average of all"), kGrey);
    auto *angular = new QCategoryAxis;
    angular->setRange(0, double(areas.size()));
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    angular->setLabelsFont(font());
    for (int i = 0; i < areas.size(); ++i)
        angular->append(areas.at(i), i);
    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QLineSeries *s : {mine, mean}) {
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
}

void AssessChart::showCounts(const QString &title, const QStringList &labels, const QList<int> &counts)
{
    QChart *chart = install(new QChart, title);
    chart->legend()->hide();
    auto *set = new QBarSet(tr("Organisations"));
    set->setColor(kRed);
    set->setLabelColor(Qt::black); // the counts stand above the bars, on white
    int top = 1;
    for (int c : counts) {
        *set << c;
        top = std::max(top, c);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsFont(font());
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.15 + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chartlabels::keepWhole(chart, x, labels);
}

void AssessChart::showTrend(const QString &title, const QList<int> &years, const QList<double> &totals)
{
    QChart *chart = install(new QChart, title);
    chart->legend()->hide();
    auto *s = new QLineSeries;
    s->setColor(kRed);
    s->setPointsVisible(true);
    s->setPointLabelsVisible(true);
    s->setPointLabelsFormat(QStringLiteral("@yPoint"));
    for (int i = 0; i < years.size(); ++i)
        s->append(years.at(i), totals.value(i));
    chart->addSeries(s);
    auto *x = new QValueAxis;
    const int first = years.isEmpty() ? 0 : *std::min_element(years.begin(), years.end());
    const int last = years.isEmpty() ? 1 : *std::max_element(years.begin(), years.end());
    x->setRange(first - 0.5, last + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(first);
    x->setTickInterval(1);
    x->setLabelFormat(QStringLiteral("%d"));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    s->attachAxis(x);
    s->attachAxis(y);
}

void AssessChart::showSpread(const QString &title, const QStringList &labels,
                             const std::vector<std::vector<double>> &scores)
{
    QChart *chart = install(new QChart, title);
    chart->legend()->hide();
    auto *series = new QBoxPlotSeries;
    for (size_t i = 0; i < scores.size(); ++i) {
        const std::vector<double> &v = scores[i];
        auto *box = new QBoxSet(labels.value(int(i)));
        if (!v.empty()) {
            box->setValue(QBoxSet::LowerExtreme, *std::min_element(v.begin(), v.end()));
            box->setValue(QBoxSet::LowerQuartile, quantile(v, 0.25));
            box->setValue(QBoxSet::Median, quantile(v, 0.5));
            box->setValue(QBoxSet::UpperQuartile, quantile(v, 0.75));
            box->setValue(QBoxSet::UpperExtreme, *std::max_element(v.begin(), v.end()));
        }
        box->setBrush(QColor(0xf5, 0xb7, 0xb1));
        series->append(box);
    }
    chart->addSeries(series);
    chart->createDefaultAxes();
    for (QAbstractAxis *a : chart->axes(Qt::Vertical))
        static_cast<QValueAxis *>(a)->setRange(40, 100);
    // Whole names, wrapped to the width of a box (slanted ones overlap and drift off their box).
    for (QAbstractAxis *a : chart->axes(Qt::Horizontal)) {
        a->setLabelsFont(font());
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(a))
            chartlabels::keepWhole(chart, categories, labels);
    }
}

bool AssessChart::savePng(const QString &path) const { return d->view->grab().save(path, "PNG"); }

void AssessChart::render(QPainter *painter, const QRectF &target) const { d->view->render(painter, target); }
