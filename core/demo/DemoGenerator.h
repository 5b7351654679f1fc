#pragma once

#include <QString>
#include <functional>

namespace dj {

class Database;

// Fills an empty data file with a realistic demo department (or, for benchmarks, a whole
// city's organs). Deterministic for a given seed and clock date.
class DemoGenerator
{
public:
    enum class Scale { Department, City };
    // local_meta key set to "1" in a file filled with demo data (shown as such by the GUI).
    static constexpr const char *DemoMetaKey = "demo";
    static bool isDemo(Database &db);

    struct Stats
    {
        int organizations = 0;
        int people = 0;
        int posts = 0;
    };

    // percent 0..100; returning false cancels (everything is rolled back).
    using Progress = std::function<bool(int percent)>;

    // Throws dj::Error (Conflict if the file already holds organisations, Invalid on cancel).
    static Stats generate(Database &db, Scale scale, const Progress &progress = {},
                          quint32 seed = 20261124);

    static bool scaleFromName(const QString &name, Scale *out);
    // The office a demo department file speaks for (the bureau's 机关党委); data, not UI text.
    static QString demoOfficeName();
};

} // namespace dj
