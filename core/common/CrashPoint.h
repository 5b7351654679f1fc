#pragma once

namespace dj {

// Named places where a test may kill the process (DJ_CRASH_POINT=<name>, then SIGKILL), to
// prove that an interrupted write leaves all or nothing. Does nothing unless the variable names it.
void crashPoint(const char *name);

} // namespace dj
