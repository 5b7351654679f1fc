#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dj {

class Database;

// What the audit log records besides changed rows (op 'event'): things done with the file that
// change no business row but matter when asking who took the data away or set it back.
class AuditEvent
{
public:
    enum class Kind {
        Restore,      // the file set back to a backup copy; subject: the copy's name
        Export,       // an exchange package made; subject: the package's name and recipient
        Backup,       // a backup copy made on request; subject: the copy's name
        Copy,         // "Save a copy"; subject: the copy's name
        SignIn,       // subject: the account
        SignInFailed, // subject: the name typed
        AccountsOn,   // the first account was added: the file asks for a sign-in from now on
        AccountsOff,  // the last account was removed in the program: sign-in turned off
        Trust,        // an office's key trusted, its scope changed or its trust revoked; subject says which
        OfficeKeyChanged, // office new-key: this office's key pair replaced; subject: the new fingerprint
        PeerKeyChanged,   // a trusted office's key replaced by its signed key-change notice;
                          // subject: office, old and new fingerprints
    };
    // The word stored in the entry's table column (stable: CSV exports and scripts read it).
    static QString code(Kind kind);
    static QStringList codes();
    // The words for people, in the interface language.
    static QString label(const QString &code);

    // Appends the entry through the audit trail of `db`'s connection, inside the caller's
    // transaction if there is one. `detail` (a digest, e.g. the audit head a restore replaced)
    // goes into the entry's old-digest column. Does nothing on a file without the event log
    // (schema before 8) or a connection without the trail (read-only).
    static void record(const Database &db, Kind kind, const QString &subject, const QByteArray &detail = {});

    // The chain of the last entry now (32 zero bytes before the first): what a package header
    // and a backup name carry so another office or a later check can anchor the log.
    static QByteArray head(const Database &db);
};

} // namespace dj
