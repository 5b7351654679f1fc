#include "BackgroundRead.h"

#include "common/Error.h"
#include "storage/Database.h"

#include <QThread>
#include <sqlite3.h>

BackgroundRead::BackgroundRead(const QString &path, Work work, QObject *parent) : QObject(parent)
{
    m_thread = QThread::create([this, path, work = std::move(work)] {
        Deliver deliver;
        try {
            const auto db = dj::Database::openReadOnly(path);
            // Checked every 1,000 virtual-machine steps: once stopping, every statement fails.
            sqlite3_progress_handler(db->handle(), 1000, &BackgroundRead::progress, this);
            deliver = work(*db);
            sqlite3_progress_handler(db->handle(), 0, nullptr, nullptr);
        } catch (const dj::Error &) {
            // Stopped, or a file without the tables: nothing to show.
        }
        if (deliver && !m_stopping)
            QMetaObject::invokeMethod(this, deliver, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, this, &BackgroundRead::finished, Qt::QueuedConnection);
    m_thread->start();
}

BackgroundRead::~BackgroundRead()
{
    m_stopping = true;
    m_thread->wait();
    delete m_thread;
}

int BackgroundRead::progress(void *self)
{
    return static_cast<BackgroundRead *>(self)->m_stopping ? 1 : 0;
}

bool BackgroundRead::running() const { return m_thread->isRunning(); }
