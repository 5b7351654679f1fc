#pragma once

#include "Scheme.h"

namespace dj {

// The example scheme written for this product (resources/assess/scheme.json): 4 areas,
// 46 indicators, maxima summing to 100, every rule type. Offices start from it and edit a
// copy, or import their own sheet.
class BuiltinScheme
{
public:
    static Scheme get();
    // Parses the JSON form; throws dj::Error(Invalid) for a bad indicator.
    static Scheme parse(const QByteArray &json);
};

} // namespace dj
