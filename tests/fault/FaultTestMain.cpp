// Catch2 runner for the fault-injection tests: the failing VFS goes in before anything opens
// a database, so every connection (Qt's, the raw ones, the offset VFS's) writes through it.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "FaultVfs.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char **argv)
{
    faultvfs::install();
    QLocale::setDefault(QLocale(QLocale::English)); // messages are checked in the source language
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
