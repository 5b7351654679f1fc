#pragma once

#include <QStringList>

namespace dj {

// The tables whose rows travel between offices (row UUID, owner_office, version, updated_at,
// tombstone), in the order references allow them to be applied: a row's parents first.
inline const QStringList &businessTables()
{
    static const QStringList tables = {
        QStringLiteral("organization"),     QStringLiteral("person"),           QStringLiteral("membership"),
        QStringLiteral("post"),             QStringLiteral("duty_template"),    QStringLiteral("duty_template_item"),
        QStringLiteral("duty_list"),        QStringLiteral("duty_item"),        QStringLiteral("duty_record"),
        QStringLiteral("attachment"),       QStringLiteral("assess_scheme"),    QStringLiteral("assess_indicator"),
        QStringLiteral("assessment"),       QStringLiteral("assess_org"),       QStringLiteral("assess_score"),
        QStringLiteral("assess_pg_mark"),   QStringLiteral("assess_ballot_mark"), QStringLiteral("assess_pair"),
        QStringLiteral("assess_seal_event"), QStringLiteral("sat_survey"),      QStringLiteral("sat_item"),
        QStringLiteral("sat_ballot"),       QStringLiteral("sat_tally")};
    return tables;
}

} // namespace dj
