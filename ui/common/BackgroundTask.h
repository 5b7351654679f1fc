#pragma once

#include <QString>
#include <functional>

class QWidget;

// Runs long work (a batch of PDFs, say) on a worker thread while a window-modal progress
// dialog shows how far it is: the GUI keeps painting and the user can cancel at any moment.
// The work gets a progress callback that returns false once the user cancelled; it must not
// touch widgets or the GUI thread's database connection (open a read-only one instead).
class BackgroundTask
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<void(const Progress &progress)>;

    // Returns false when the user cancelled. A dj::Error thrown by the work is rethrown here,
    // on the GUI thread; any other exception becomes a dj::Error.
    static bool run(QWidget *parent, const QString &label, const Work &work);
};
