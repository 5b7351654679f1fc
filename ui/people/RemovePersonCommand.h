#pragma once

#include "app/EditCommand.h"

#include <QCoreApplication>

// Removes a person with their memberships and posts (a tombstone); undo restores them.
class RemovePersonCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemovePersonCommand)
public:
    RemovePersonCommand(Session &session, const QString &personId, const QString &name);

    void apply() override;
    void revert() override;

private:
    QString m_id;
};
