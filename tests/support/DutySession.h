#pragma once

#include "DutyTree.h"
#include "app/Session.h"
#include "duty/DutyGenerator.h"
#include "storage/Query.h"

#include <memory>

// DutyTree with the lists of 2026 generated (unless told not to), handed to a Session as the
// GUI holds it.
struct DutySession : DutyTree
{
    std::unique_ptr<Session> session;
    explicit DutySession(bool generate = true)
    {
        if (generate)
            dj::DutyGenerator(*db).generate(2026, QDate(2026, 1, 1));
        session = std::make_unique<Session>(std::move(db));
    }
    int records()
    {
        return dj::Query(session->db(), QStringLiteral("SELECT count(*) FROM duty_record WHERE deleted = 0")).scalar().toInt();
    }
};
