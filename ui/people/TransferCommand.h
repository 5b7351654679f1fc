#pragma once

#include "app/EditCommand.h"

#include <QCoreApplication>
#include <QDate>

// Moves a person to another branch (组织关系转接): closes the current membership on the
// date and opens one in the new branch. Undo reopens the previous membership.
class TransferCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(TransferCommand)
public:
    TransferCommand(Session &session, const QString &personId, const QString &personName,
                    const QString &toBranchId, const QString &toBranchName, const QDate &on,
                    const QString &reason);

    void apply() override;
    void revert() override;

private:
    QString m_personId;
    QString m_toBranchId;
    QDate m_on;
    QString m_reason;
};
