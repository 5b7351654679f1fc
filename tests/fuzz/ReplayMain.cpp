// Replays stored fuzz inputs through a harness without libFuzzer, so the ordinary build and
// `ctest` (label fuzz-replay) check that every input once found still runs cleanly:
//   dj_fuzz_replay_<target> DIR|FILE...
// Each file (each file of each folder, in name order) goes to LLVMFuzzerTestOneInput once.
// A crash fails the test; so does finding no input at all. With DJ_FUZZ_VERBOSE set, each
// file's name is printed, followed by the reader's refusal if it refused it.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {
bool replay(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(f.errorString()));
        return false;
    }
    const QByteArray bytes = f.readAll();
    if (qEnvironmentVariableIsSet("DJ_FUZZ_VERBOSE"))
        std::fprintf(stderr, "%s\n", qPrintable(path));
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(arg).isDir()) {
            for (const QFileInfo &fi : QDir(arg).entryInfoList(QDir::Files, QDir::Name))
                files << fi.filePath();
        } else {
            files << arg;
        }
        for (const QString &file : std::as_const(files)) {
            if (!replay(file))
                return 1;
            ++inputs;
        }
    }
    std::printf("%d inputs replayed without a crash\n", inputs);
    return inputs > 0 ? 0 : 1;
}
