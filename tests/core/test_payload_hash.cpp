#include "PackageBytes.h"
#include "common/Error.h"
#include "exchange/PayloadHash.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace dj;

namespace {
constexpr qint64 P = PayloadHash::kPiece;

QByteArray pattern(qint64 n)
{
    QByteArray b(n, '\0');
    for (qint64 i = 0; i < n; ++i)
        b[i] = char((i * 7 + 3) & 0xff);
    return b;
}

QByteArray streamed(const QByteArray &data, qint64 slice)
{
    PayloadHash h;
    for (qint64 at = 0; at < data.size(); at += slice)
        h.update(data.constData() + at, qMin(slice, data.size() - at));
    return h.final();
}
} // namespace

TEST_CASE("the payload hash is the documented two-level BLAKE2b", "[package][hash]")
{
    // Expected values from Python's hashlib: blake2b(le64(n) + blake2b(piece) for each 1 MiB piece).
    CHECK(streamed({}, 1).toHex() == "81e47a19e6b29b0a65b9591762ce5143ed30d0261e5d24a3201752506b20f15c");
    CHECK(streamed("abc", 1).toHex() == "e2e18671483448dead35b1246bd76130d23fca0e61204de498d49387a7140d54");
    CHECK(streamed(pattern(2 * P + 12345), 4096).toHex()
          == "cc9cc1438e12b1dcb3ee8b4cf1485661667206aa63067eb19348d1601e8a925b");
}

TEST_CASE("the payload hash of a file part equals the streamed hash, on several threads", "[package][hash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.bin"));
    for (const qint64 n : {qint64(0), qint64(1), P - 1, P, P + 1, 5 * P + 7}) {
        CAPTURE(n);
        const QByteArray data = pattern(n);
        writeAll(path, QByteArray("head") + data + QByteArray("tail"));
        const QByteArray expected = streamed(data, 777);
        CHECK(streamed(data, P) == expected);
        CHECK(streamed(data, 3 * P) == expected);
        qint64 last = -1;
        CHECK(PayloadHash::ofFile(path, 4, n, [&](qint64 done, qint64 total) {
                  CHECK(total == n);
                  CHECK(done >= last);
                  last = done;
                  return true;
              }) == expected);
        CHECK(last == n);
        // One byte less, or shifted by one, is another hash.
        if (n > 0) {
            CHECK(PayloadHash::ofFile(path, 4, n - 1) != expected);
            CHECK(PayloadHash::ofFile(path, 3, n) != expected);
        }
    }
}

TEST_CASE("hashing a file part can be cancelled and refuses a file shorter than claimed", "[package][hash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.bin"));
    writeAll(path, pattern(4 * P));
    CHECK(PayloadHash::ofFile(path, 0, 4 * P, [](qint64, qint64) { return false; }).isEmpty());
    try {
        PayloadHash::ofFile(path, 0, 4 * P + 1);
        FAIL("a short file was hashed");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Corrupt);
        CHECK(e.message().contains(QStringLiteral("shorter")));
    }
    CHECK_THROWS_AS(PayloadHash::ofFile(dir.filePath(QStringLiteral("none.bin")), 0, 10), Error);
}
