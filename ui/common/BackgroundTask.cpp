#include "BackgroundTask.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <exception>
#include <memory>
#include <optional>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)
};
} // namespace

bool BackgroundTask::run(QWidget *parent, const QString &label, const Work &work)
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelled{false};
    std::optional<dj::Error> error;
    QString unexpected;

    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            work([&](qint64 d, qint64 t) {
                done = d;
                total = t;
                return !cancelled.load();
            });
        } catch (const dj::Error &e) {
            error = e;
        } catch (const std::exception &e) {
            unexpected = QString::fromLocal8Bit(e.what());
        }
    }));

    QProgressDialog progress(label, Tr::tr("Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("taskProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);

    // The Cancel button reaches the worker at once; closing the dialog (Esc) counts too, and is
    // seen by the next tick.
    const QMetaObject::Connection button =
        QObject::connect(&progress, &QProgressDialog::canceled, [&] { cancelled = true; });
    // The dialog is fed from the GUI thread only; the worker just stores numbers.
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &progress, [&] {
        if (progress.wasCanceled()) {
            cancelled = true;
            return;
        }
        const qint64 t = total.load();
        progress.setValue(t > 0 ? int(qMin<qint64>(999, done.load() * 1000 / t)) : 0);
    });
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    tick.start();
    loop.exec();
    thread->wait();
    tick.stop();
    if (progress.wasCanceled())
        cancelled = true;
    QObject::disconnect(button); // close() below emits canceled() too
    progress.close();

    if (cancelled)
        return false; // whatever the work threw on its way out was the cancel itself
    if (error)
        throw *error;
    if (!unexpected.isEmpty())
        throw dj::Error(dj::Error::Kind::Storage, unexpected);
    return true;
}
