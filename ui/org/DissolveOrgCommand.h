#pragma once

#include "app/EditCommand.h"

#include <QDate>
#include <QStringList>

// Dissolves an organisation (its posts end with it); undo reactivates it and reopens those
// posts, so an accidental dissolve leaves no trace in the current state.
class DissolveOrgCommand : public EditCommand
{
public:
    DissolveOrgCommand(Session &session, const QString &orgId, const QString &name, const QDate &on);
    void apply() override;
    void revert() override;

private:
    QString m_orgId;
    QDate m_on;
    QStringList m_endedPosts;
};
