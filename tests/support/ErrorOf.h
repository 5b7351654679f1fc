#pragma once

#include "common/Error.h"

#include <functional>

// The dj::Error that `f` throws, or one with an empty message when it throws nothing.
inline dj::Error errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const dj::Error &e) {
        return e;
    }
    return dj::Error(dj::Error::Kind::Storage, QString());
}
