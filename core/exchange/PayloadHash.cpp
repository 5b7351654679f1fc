#include "PayloadHash.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <QtEndian>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PayloadHash)
};

constexpr int kBytes = crypto_generichash_BYTES;
unsigned char *bytes(QByteArray &a) { return reinterpret_cast<unsigned char *>(a.data()); }

QByteArray root(qint64 length, const QByteArray &pieces)
{
    char len[8];
    qToLittleEndian<quint64>(quint64(length), len);
    crypto_generichash_state s;
    crypto_generichash_init(&s, nullptr, 0, kBytes);
    crypto_generichash_update(&s, reinterpret_cast<const unsigned char *>(len), sizeof len);
    crypto_generichash_update(&s, reinterpret_cast<const unsigned char *>(pieces.constData()), size_t(pieces.size()));
    QByteArray out(kBytes, '\0');
    crypto_generichash_final(&s, bytes(out), kBytes);
    return out;
}
} // namespace

PayloadHash::PayloadHash() { crypto_generichash_init(&m_piece, nullptr, 0, kBytes); }

void PayloadHash::endPiece()
{
    QByteArray h(kBytes, '\0');
    crypto_generichash_final(&m_piece, bytes(h), kBytes);
    m_pieces += h;
    crypto_generichash_init(&m_piece, nullptr, 0, kBytes);
    m_inPiece = 0;
}

void PayloadHash::update(const char *data, qint64 n)
{
    while (n > 0) {
        const qint64 take = qMin(n, kPiece - m_inPiece);
        crypto_generichash_update(&m_piece, reinterpret_cast<const unsigned char *>(data), size_t(take));
        m_inPiece += take;
        m_length += take;
        data += take;
        n -= take;
        if (m_inPiece == kPiece)
            endPiece();
    }
}

QByteArray PayloadHash::final()
{
    if (m_inPiece > 0)
        endPiece();
    return root(m_length, m_pieces);
}

QByteArray PayloadHash::ofFile(const QString &path, qint64 offset, qint64 length, const package::Progress &progress)
{
    const qint64 pieces = (length + kPiece - 1) / kPiece;
    QByteArray hashes(pieces * kBytes, '\0');
    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
    // Each thread reads its own contiguous run of pieces through its own handle.
    // Only the calling thread reports progress (`reports`), between its pieces.
    const auto work = [&](qint64 first, qint64 last, bool reports) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Storage, Tr::tr("The file %1 could not be read: %2").arg(path, f.errorString()));
        if (first < last && !f.seek(offset + first * kPiece))
            throw Error(Error::Kind::Storage, Tr::tr("The file %1 could not be read: %2").arg(path, f.errorString()));
        QByteArray buf(kPiece, '\0');
        for (qint64 i = first; i < last && !stop; ++i) {
            const qint64 want = qMin(kPiece, length - i * kPiece);
            qint64 got = 0;
            while (got < want) {
                const qint64 r = f.read(buf.data() + got, want - got);
                if (r < 0)
                    throw Error(Error::Kind::Storage, Tr::tr("The file %1 could not be read: %2").arg(path, f.errorString()));
                if (r == 0)
                    throw Error(Error::Kind::Corrupt, Tr::tr("The file %1 became shorter while it was being read.").arg(path));
                got += r;
            }
            crypto_generichash(bytes(hashes) + i * kBytes, kBytes, bytes(buf), size_t(want), nullptr, 0);
            done += want;
            if (reports && progress && !progress(done, length))
                stop = true;
        }
    };
    const qint64 threads = qBound(qint64(1), qint64(QThread::idealThreadCount()), qMin(qint64(4), qMax(qint64(1), pieces)));
    std::vector<std::thread> helpers;
    std::vector<std::exception_ptr> failed(static_cast<std::size_t>(threads));
    const auto bounds = [&](qint64 t) { return pieces * t / threads; };
    for (qint64 t = 1; t < threads; ++t)
        helpers.emplace_back([&, t] {
            try {
                work(bounds(t), bounds(t + 1), false);
            } catch (...) {
                failed[size_t(t)] = std::current_exception();
                stop = true;
            }
        });
    try {
        work(0, bounds(1), true);
    } catch (...) {
        failed[0] = std::current_exception();
        stop = true;
    }
    for (std::thread &t : helpers)
        t.join();
    for (const std::exception_ptr &e : failed)
        if (e)
            std::rethrow_exception(e);
    if (stop || (progress && !progress(length, length)))
        return {};
    return root(length, hashes);
}

} // namespace dj
