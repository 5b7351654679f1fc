#pragma once

#include <QDate>
#include <QDateTime>

namespace dj {

// The one source of "now" in core. Tests install a fixed clock so years, deadlines and
// overdue states are checked at known dates; nothing else calls currentDateTime().
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static const Clock &instance();
    // Installs `clock` (not owned) as the global clock; nullptr restores the system clock.
    static void install(const Clock *clock);

    static QDateTime now() { return instance().nowUtc(); }
    static QDate today() { return instance().nowUtc().toLocalTime().date(); }
    // ISO-8601 UTC with milliseconds, the format of every updated_at column.
    static QString stamp() { return now().toString(Qt::ISODateWithMs); }
};

class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until moved; for tests and reproducible demo data.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime utc) : m_now(std::move(utc)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime utc) { m_now = std::move(utc); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

// Installs a clock for the lifetime of the scope.
class ScopedClock
{
public:
    explicit ScopedClock(const Clock &c) { Clock::install(&c); }
    ~ScopedClock() { Clock::install(nullptr); }
    ScopedClock(const ScopedClock &) = delete;
    ScopedClock &operator=(const ScopedClock &) = delete;
};

} // namespace dj
