#pragma once

#include "org/PersonRepository.h"
#include "storage/Database.h"

#include <QDate>

// A 正式党员 with the dates the roster requires, and a rename through the repository (so the
// version and history move as in the program): what the exchange-scope tests build on.
inline QString addFullMember(dj::Database &db, const QString &name, const QString &branchId)
{
    dj::Person p;
    p.name = name;
    p.gender = QLatin1Char('M');
    p.birthDate = QDate(1980, 5, 6);
    p.joinedOn = QDate(2005, 7, 1);
    p.fullMemberOn = QDate(2006, 7, 1);
    p.branchId = branchId;
    return dj::PersonRepository(db).insert(p, QDate(2020, 1, 1));
}

inline void renameMember(dj::Database &db, const QString &id, const QString &name)
{
    dj::PersonRepository people(db);
    dj::Person p = people.get(id);
    p.name = name;
    people.update(p);
}
