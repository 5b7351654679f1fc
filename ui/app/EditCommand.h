#pragma once

#include <QUndoCommand>

class Session;

// Base of every undoable edit. apply()/revert() call core and may throw dj::Error; the
// first redo() after Session::run() is skipped because run() already applied the edit.
// A later undo/redo that core refuses (the data moved on) reports the message and leaves
// the command obsolete, so the stack never claims a state the file does not have.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Session &session, const QString &text, bool touchesOrgs, bool touchesPeople);

    virtual void apply() = 0;
    virtual void revert() = 0;

    void markApplied() { m_skipRedo = true; }
    // The command changes responsibility lists: pages showing them refresh after each step.
    void setTouchesDuty() { m_duty = true; }
    // The command changes an assessment (scores, marks, ballots, settings).
    void setTouchesAssess() { m_assess = true; }
    void redo() final;
    void undo() final;

protected:
    Session &session() { return m_session; }

private:
    void guarded(void (EditCommand::*step)());
    void notifyAll();
    Session &m_session;
    bool m_orgs;
    bool m_people;
    bool m_duty = false;
    bool m_assess = false;
    bool m_skipRedo = false;
};
