#include "ViewFit.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QHelpEvent>
#include <QListView>
#include <QTableView>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace {

const char *const kTips = "djElidedTips";

// Shows the full text of an elided cell; any other cell keeps the view's own tooltip handling.
class ElidedTips : public QObject
{
public:
    explicit ElidedTips(QAbstractItemView *view) : QObject(view), m_view(view) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        if (!viewfit::elided(m_view, index))
            return false;
        QToolTip::showText(help->globalPos(), viewfit::toolTip(m_view, index), m_view->viewport(),
                           m_view->visualRect(index));
        return true;
    }

private:
    QAbstractItemView *m_view;
};

// Fits a view again once its model's contents change (once per turn of the event loop) and
// when its viewport is resized; what fitting means is the subclass's.
class Refitter : public QObject
{
public:
    explicit Refitter(QAbstractItemView *view) : QObject(view)
    {
        view->viewport()->installEventFilter(this);
        if (QAbstractItemModel *m = view->model()) {
            connect(m, &QAbstractItemModel::modelReset, this, &Refitter::later);
            connect(m, &QAbstractItemModel::layoutChanged, this, &Refitter::later);
            connect(m, &QAbstractItemModel::headerDataChanged, this, &Refitter::later);
            connect(m, &QAbstractItemModel::rowsInserted, this, &Refitter::later);
            connect(m, &QAbstractItemModel::rowsRemoved, this, &Refitter::later);
            connect(m, &QAbstractItemModel::columnsInserted, this, &Refitter::later);
            connect(m, &QAbstractItemModel::dataChanged, this, &Refitter::later);
        }
    }

protected:
    virtual void fit() = 0;
    // A resize: fit at once, or after the view has laid its items out anew.
    virtual void resized() { later(); }

    void later()
    {
        if (m_queued)
            return;
        m_queued = true;
        QTimer::singleShot(0, this, [this] {
            m_queued = false;
            fit();
        });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto *view = static_cast<QAbstractItemView *>(parent());
        if (watched == view->viewport() && event->type() == QEvent::Resize)
            resized();
        return false;
    }

private:
    bool m_queued = false;
};

// Sets the column widths of a table from its contents and its viewport's width.
class ColumnFitter : public Refitter
{
public:
    ColumnFitter(QTableView *view, int stretch) : Refitter(view), m_view(view), m_stretch(stretch)
    {
        QHeaderView *header = view->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::Interactive);
        later();
    }

protected:
    void resized() override { fit(); }

    void fit() override
    {
        if (m_fitting)
            return;
        m_fitting = true;
        QHeaderView *header = m_view->horizontalHeader();
        const int n = header->count();
        const int avail = m_view->viewport()->width();
        // Short values — names, dates, phone numbers, codes — are never cut: a name read as
        // "张…" is no name. Only long texts (branch names, notes) give up width, down to a
        // few characters; when even that does not fit, the view scrolls sideways.
        const QFontMetrics fm = m_view->fontMetrics();
        const int shortText = std::max(fm.horizontalAdvance(QStringLiteral("00000000000")),
                                       fm.horizontalAdvance(QString(5, QChar(0x56FD)))) + 2 * fm.averageCharWidth();
        const int least = fm.horizontalAdvance(QString(6, QChar(0x56FD)));
        const auto *base = static_cast<const QAbstractItemView *>(m_view); // public there
        QList<int> want(n, 0), floor(n, 0);
        int most = 0;
        for (int c = 0; c < n; ++c) {
            if (header->isSectionHidden(c))
                continue;
            const int head = header->sectionSizeHint(c);
            want[c] = std::max(head, base->sizeHintForColumn(c));
            floor[c] = want[c] <= shortText ? want[c] : std::min(want[c], std::max(head, least));
            most = std::max(most, want[c]);
        }
        auto widthsAt = [&](int cap) {
            QList<int> w(n, 0);
            for (int c = 0; c < n; ++c)
                w[c] = std::max(floor[c], std::min(want[c], cap));
            return w;
        };
        auto sum = [](const QList<int> &w) { return std::accumulate(w.begin(), w.end(), 0); };
        QList<int> widths = want;
        if (sum(floor) >= avail) {
            widths = floor; // too narrow for all: every column at its least, scrolling sideways
        } else if (sum(want) > avail) {
            // The largest cap on any column's width at which all of them fit.
            int lo = 0, hi = most;
            while (lo < hi) {
                const int mid = (lo + hi + 1) / 2;
                if (sum(widthsAt(mid)) <= avail)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            widths = widthsAt(lo);
        }
        const int stretch = m_stretch >= 0 && m_stretch < n ? m_stretch : n - 1;
        const int spare = avail - sum(widths);
        if (spare > 0 && stretch >= 0) {
            // To the column cut shortest, else to the stretch column.
            int c = stretch, cut = 0;
            for (int i = 0; i < n; ++i) {
                if (want[i] - widths[i] > cut) {
                    cut = want[i] - widths[i];
                    c = i;
                }
            }
            widths[c] += spare;
        }
        for (int c = 0; c < n; ++c)
            if (!header->isSectionHidden(c) && header->sectionSize(c) != widths[c])
                header->resizeSection(c, widths[c]);
        m_fitting = false;
    }

private:
    QTableView *m_view;
    int m_stretch;
    bool m_fitting = false;
};

// Keeps a word-wrapped list's minimum height at its rows' height, up to a number of rows.
class RowFitter : public Refitter
{
public:
    RowFitter(QListView *view, int maxRows) : Refitter(view), m_view(view), m_maxRows(maxRows)
    {
        view->setWordWrap(true);
        view->setUniformItemSizes(false);
        view->setResizeMode(QListView::Adjust);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setTextElideMode(Qt::ElideNone);
        later();
    }

protected:
    void fit() override
    {
        QAbstractItemModel *m = m_view->model();
        const int rows = m ? std::min(m->rowCount(m_view->rootIndex()), m_maxRows) : 0;
        int height = 0;
        for (int r = 0; r < rows; ++r) {
            const QRect rect =
                m_view->visualRect(m->index(r, m_view->modelColumn(), m_view->rootIndex()));
            height += (rect.isValid() ? rect.height() : m_view->sizeHintForRow(r)) +
                      2 * m_view->spacing();
        }
        height = std::max(height, m_view->fontMetrics().height() + 6);
        const int frame = m_view->height() - m_view->viewport()->height();
        m_view->setMinimumHeight(height + frame);
    }

private:
    QListView *m_view;
    int m_maxRows;
};

} // namespace

namespace viewfit {

bool elided(const QAbstractItemView *view, const QModelIndex &index)
{
    if (!view || !index.isValid() || index.data(Qt::DisplayRole).toString().isEmpty())
        return false;
    return view->sizeHintForIndex(index).width() > view->visualRect(index).width();
}

QString toolTip(const QAbstractItemView *view, const QModelIndex &index)
{
    const QString own = index.data(Qt::ToolTipRole).toString();
    if (!elided(view, index))
        return own;
    const QString full = index.data(Qt::DisplayRole).toString();
    if (own.contains(full))
        return own;
    return own.isEmpty() ? full : full + QLatin1Char('\n') + own;
}

void tipElided(QAbstractItemView *view)
{
    if (view->property(kTips).toBool())
        return;
    view->setProperty(kTips, true);
    view->viewport()->installEventFilter(new ElidedTips(view));
}

void fitColumns(QTableView *view, int stretchColumn)
{
    tipElided(view);
    new ColumnFitter(view, stretchColumn);
}

void fitRows(QListView *view, int maxRows)
{
    new RowFitter(view, maxRows);
}

} // namespace viewfit
