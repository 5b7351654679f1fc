#pragma once

// Finding a named child widget in a UI test; the test stops when it is missing.
#include <QObject>
#include <QString>
#include <catch2/catch.hpp>

template <typename T> T *child(const QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}
