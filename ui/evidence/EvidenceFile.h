#pragma once

#include <QString>

class QWidget;

namespace dj {
class Database;
struct Attachment;
}

namespace evidence {
// Opens a stored evidence file with the desktop's program, from a copy in this run's private
// folder (the viewer must never change what is stored). Only documents and pictures
// (dj::EvidenceName::canOpen) are handed to the desktop; anything else is offered for saving
// with a warning naming its type. False with the reason when something failed; cancelling
// is not a failure.
bool open(QWidget *parent, dj::Database &db, const dj::Attachment &a, QString *error);
// Asks where to save it (its cleaned name suggested) and writes it there.
bool saveAs(QWidget *parent, dj::Database &db, const dj::Attachment &a, QString *error);
// The folder the copies go in: one per run, readable by this user only, removed at exit.
// Each file is in a subfolder named by its UUID under its cleaned name. Empty when no
// temporary folder can be made.
QString privateFolder();
} // namespace evidence
