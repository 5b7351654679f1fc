#pragma once

#include "app/EditCommand.h"
#include "org/Person.h"

#include <QCoreApplication>

// Changes a person's own fields (not the branch: that is TransferCommand). Undo writes back
// the values read just before the change.
class EditPersonCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditPersonCommand)
public:
    EditPersonCommand(Session &session, const dj::Person &changed);

    void apply() override;
    void revert() override;

private:
    dj::Person m_new;
    dj::Person m_old;
    bool m_haveOld = false;
};
