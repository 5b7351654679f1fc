#include "Clock.h"

#include <atomic>

namespace dj {

namespace {
const SystemClock s_system;
std::atomic<const Clock *> s_current{nullptr};
} // namespace

const Clock &Clock::instance()
{
    const Clock *c = s_current.load();
    return c ? *c : s_system;
}

void Clock::install(const Clock *clock) { s_current.store(clock); }

} // namespace dj
