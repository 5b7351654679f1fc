#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

class QThread;
namespace dj {
class Database;
}

// Reads from the data file on a worker thread through its own read-only connection, for
// views that take seconds on a city's data (the year's progress, the overdue items): `work`
// runs there and returns what to do with its result back on this object's thread. Nothing
// waits on the GUI thread: deleting the object makes every SQL statement of the worker's
// connection stop at once (a progress handler) and waits only for the worker to notice.
class BackgroundRead : public QObject
{
    Q_OBJECT
public:
    using Deliver = std::function<void()>;
    using Work = std::function<Deliver(dj::Database &db)>;

    BackgroundRead(const QString &path, Work work, QObject *parent = nullptr);
    ~BackgroundRead() override;

    bool running() const;

signals:
    void finished(); // after the result was delivered (or the read failed)

private:
    static int progress(void *self);
    QThread *m_thread;
    std::atomic<bool> m_stopping{false};
};
