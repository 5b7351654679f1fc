#pragma once

#include "app/EditCommand.h"

#include <QCoreApplication>
#include <QDate>

// Ends a post on a date (免职); undo reopens it.
class EndPostCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EndPostCommand)
public:
    EndPostCommand(Session &session, const QString &postId, const QString &description,
                   const QDate &on);

    void apply() override;
    void revert() override;

private:
    QString m_postId;
    QDate m_on;
};
