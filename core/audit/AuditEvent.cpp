#include "AuditEvent.h"

#include "AuditLog.h"
#include "AuditTrail.h"
#include "exchange/SqlStmt.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dj {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::AuditEvent)
};

constexpr int FirstSchemaWithEvents = 8;

} // namespace

QString AuditEvent::code(Kind kind)
{
    switch (kind) {
    case Kind::Restore:
        return QStringLiteral("restore");
    case Kind::Export:
        return QStringLiteral("export");
    case Kind::Backup:
        return QStringLiteral("backup");
    case Kind::Copy:
        return QStringLiteral("copy");
    case Kind::SignIn:
        return QStringLiteral("sign-in");
    case Kind::SignInFailed:
        return QStringLiteral("sign-in-failed");
    case Kind::AccountsOn:
        return QStringLiteral("accounts-on");
    case Kind::AccountsOff:
        return QStringLiteral("accounts-off");
    case Kind::Trust:
        return QStringLiteral("trust");
    case Kind::OfficeKeyChanged:
        return QStringLiteral("office-key-changed");
    case Kind::PeerKeyChanged:
        return QStringLiteral("peer-key-changed");
    }
    return {};
}

QStringList AuditEvent::codes()
{
    QStringList out;
    for (Kind k : {Kind::Restore, Kind::Export, Kind::Backup, Kind::Copy, Kind::SignIn, Kind::SignInFailed, Kind::AccountsOn,
                   Kind::AccountsOff, Kind::Trust, Kind::OfficeKeyChanged,
                   Kind::PeerKeyChanged})
        out << code(k);
    return out;
}

QString AuditEvent::label(const QString &code)
{
    if (code == QLatin1String("restore"))
        return Tr::tr("Restored from a backup");
    if (code == QLatin1String("export"))
        return Tr::tr("Package exported");
    if (code == QLatin1String("backup"))
        return Tr::tr("Backup copy made");
    if (code == QLatin1String("copy"))
        return Tr::tr("Copy saved");
    if (code == QLatin1String("sign-in"))
        return Tr::tr("Signed in");
    if (code == QLatin1String("sign-in-failed"))
        return Tr::tr("Sign-in refused");
    if (code == QLatin1String("accounts-on"))
        return Tr::tr("Sign-in turned on");
    if (code == QLatin1String("accounts-off"))
        return Tr::tr("Sign-in turned off");
    if (code == QLatin1String("trust"))
        return Tr::tr("Office trust changed");
    if (code == QLatin1String("office-key-changed"))
        return Tr::tr("Office key replaced");
    if (code == QLatin1String("peer-key-changed"))
        return Tr::tr("Trusted office's key changed");
    return code;
}

void AuditEvent::record(const Database &db, Kind kind, const QString &subject, const QByteArray &detail)
{
    if (db.schemaVersion() < FirstSchemaWithEvents || !AuditTrail::isInstalled(db))
        return;
    SqlStmt add(db.handle(), "INSERT INTO temp.dj_audit_sink VALUES (?1, ?2, 'event', ?3, NULL)");
    add.bind(1, code(kind)).bind(2, subject);
    if (detail.isEmpty())
        add.bindNull(3);
    else
        add.bindBlob(3, detail);
    add.exec();
}

QByteArray AuditEvent::head(const Database &db)
{
    if (!AuditLog::present(db))
        return {};
    SqlStmt q(db.handle(), "SELECT chain FROM main.audit_head WHERE id = 1");
    return q.step() ? q.blob(0) : QByteArray();
}

} // namespace dj
