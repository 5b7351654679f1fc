#include "EditCommand.h"

#include "Session.h"
#include "common/Error.h"

EditCommand::EditCommand(Session &session, const QString &text, bool touchesOrgs, bool touchesPeople)
    : QUndoCommand(text), m_session(session), m_orgs(touchesOrgs), m_people(touchesPeople)
{
}

void EditCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        notifyAll();
        return;
    }
    guarded(&EditCommand::apply);
}

void EditCommand::undo() { guarded(&EditCommand::revert); }

void EditCommand::guarded(void (EditCommand::*step)())
{
    try {
        (this->*step)();
    } catch (const dj::Error &e) {
        setObsolete(true);
        emit m_session.errorOccurred(e.message());
    }
    notifyAll();
}

void EditCommand::notifyAll()
{
    m_session.notify(m_orgs, m_people);
    if (m_duty)
        m_session.notifyDuty();
    if (m_assess)
        m_session.notifyAssess();
}
