#pragma once

#include <QString>

namespace dj {
class Database;
struct Attachment;
}

namespace evidence {
// Opens a stored evidence file with the desktop's program, from a copy in the temporary
// folder (the viewer must never change what is stored). False with the reason otherwise.
bool open(dj::Database &db, const dj::Attachment &a, QString *error);
} // namespace evidence
