// Inputs the fuzzers of tests/fuzz found a bug with, each refused as it should be; the input
// itself is also in tests/fuzz/corpus/<target>/, replayed by ctest (label fuzz-replay).
#include <catch2/catch.hpp>

#include "ZipMaker.h"
#include "ErrorOf.h"
#include "common/Error.h"
#include "sheet/XlsxReader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

TEST_CASE("xlsx: a cell outside any <row> cannot allocate a hundred million rows", "[import][fuzz]")
{
    // The reader bounded the row of a <row> but not a row taken from a cell's reference:
    // one cell A99999999 made it append 10^8 empty rows (2.3 GB, 8 s) before anything else.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("far.xlsx"));
    REQUIRE(ziptest::writeZip(path, ziptest::workbook("<c r=\"A99999999\"><v>1</v></c>")));
    QElapsedTimer timer;
    timer.start();
    const dj::Error e = errorOf([&] { dj::XlsxReader::read(path); });
    CHECK(e.kind() == dj::Error::Kind::Corrupt);
    CHECK(e.message() == QStringLiteral("far.xlsx has more than 1000000 rows; split it into smaller files."));
    CHECK(timer.elapsed() < 2000);

    // Below the limit such a cell still lands in the row its reference names.
    REQUIRE(ziptest::writeZip(path, ziptest::workbook("<c r=\"B5\"><v>7</v></c>")));
    int first = 0;
    const dj::SheetTable t = dj::XlsxReader::read(path, &first);
    CHECK(t.headers == QStringList{QString(), QStringLiteral("7")});
    CHECK(t.rows.isEmpty());
    CHECK(first == 6);
}
