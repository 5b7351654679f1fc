// Fuzz target "payload": the SQLite file inside a package, checked by PayloadSchema::validate
// before the import reads a row of it (header, application id, data format, integrity,
// layout, triggers and views, duplicate ids, evidence-file rows).
#include "FuzzInput.h"
#include "common/Error.h"
#include "exchange/PayloadSchema.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString payload = dj::fuzz::scratchFile(QStringLiteral("payload.sqlite"));
    dj::fuzz::writeInput(payload, data, size);
    try {
        dj::PayloadSchema::validate(payload);
    } catch (const dj::Error &e) {
        dj::fuzz::refused(e.what());
    }
    return 0;
}
