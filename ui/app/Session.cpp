#include "Session.h"

#include "EditCommand.h"
#include "access/SignInRegistry.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <QUndoStack>

Session::Session(std::unique_ptr<dj::Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_undo(new QUndoStack(this))
{
    m_undo->setUndoLimit(200);
}

Session::~Session()
{
    // Commands may refer to the database; drop them first.
    m_undo->clear();
    if (!m_person.isEmpty()) // the next session asks again
        dj::SignInRegistry::setPerson(m_db->path(), {});
}

bool Session::run(EditCommand *cmd) { return run(cmd, nullptr); }

bool Session::run(EditCommand *cmd, QString *error)
{
    std::unique_ptr<EditCommand> owned(cmd);
    try {
        owned->apply();
    } catch (const dj::Error &e) {
        if (error)
            *error = e.message();
        else
            emit errorOccurred(e.message());
        return false;
    }
    owned->markApplied();
    m_undo->push(owned.release());
    return true;
}

bool Session::personIsAccount() const { return m_db->user().signedIn; }

QString Session::person() const
{
    if (!personIsAccount())
        return m_person;
    const dj::UserSession &u = m_db->user();
    return u.displayName.trimmed().isEmpty() ? u.user : u.displayName.trimmed();
}

void Session::setPerson(const QString &name)
{
    if (personIsAccount() || name.trimmed() == m_person)
        return;
    m_person = name.trimmed();
    dj::SignInRegistry::setPerson(m_db->path(), m_person); // the audit log names the person too
    emit personChanged();
}

void Session::notify(bool organizations, bool people)
{
    if (organizations)
        emit organizationsChanged();
    if (people)
        emit peopleChanged();
}
