#pragma once

#include "app/EditCommand.h"
#include "org/Person.h"

#include <QCoreApplication>
#include <QDate>

// Adds a person (with their first branch membership). Undo tombstones them; redo restores
// the same row, so later commands that refer to the id stay valid.
class AddPersonCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPersonCommand)
public:
    AddPersonCommand(Session &session, const dj::Person &person, const QDate &memberSince);

    void apply() override;
    void revert() override;
    // The new person's id, once applied.
    QString personId() const { return m_id; }

private:
    dj::Person m_person;
    QDate m_memberSince;
    QString m_id;
};
