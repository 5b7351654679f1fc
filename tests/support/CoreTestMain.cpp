// Catch2 runner for the core tests: a QCoreApplication so Qt's SQL driver and resources work.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char **argv)
{
    QLocale::setDefault(QLocale(QLocale::English)); // messages are checked in the source language
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
