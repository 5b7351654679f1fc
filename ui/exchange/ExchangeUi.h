#pragma once

#include <QString>

class QComboBox;
class QLabel;
class QWidget;
class Session;
namespace dj {
class Database;
}

// Small helpers shared by the exchange dialogs.
namespace exchangeui {
// Who is doing it, for the logs (trusted by, imported by, settled by): the login name.
QString who();
// A stored UTC stamp ("2026-11-24T02:00:00.000Z") as local time "2026-11-24 10:00"; "—" for none.
QString localTime(const QString &isoUtc);
// A package scope ("org:A01") as people read it; unknown forms come back as they are.
QString scopeText(const QString &scope);
// A key fingerprint, large and in a fixed-width font, selectable (it is read out over the phone).
QLabel *fingerprintLabel(const QString &fingerprint, QWidget *parent);
// What a trusted office speaks for: a first entry asking to choose (no data), the whole
// department (data: an empty id), then every organisation of the file as "code name" (its id).
void fillSpeaksFor(QComboBox *combo, dj::Database &db);
// The organisation id chosen in such a combo (empty: the department); `chosen` false while
// nothing is chosen.
QString speaksForChoice(const QComboBox *combo, bool *chosen);
// After an import, an undone import or a settled conflict: rows changed underneath the pages
// and the undo history no longer matches the file.
void dataReplaced(Session &session);
// A refusal from core, in a message box over `parent`.
void showError(QWidget *parent, const QString &message);
} // namespace exchangeui
