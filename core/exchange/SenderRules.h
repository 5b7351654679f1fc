#pragma once

#include "RefusedPackage.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;

namespace dj {

class Database;

// What the sender of a package may change here, checked before anything is merged (the
// payload attached as "p"). Only rows the import would write are judged (new ones, and ones
// that differ and are not older than this file's):
// - a version may rise by one per recorded edit: version N needs N-1 earlier versions in the
//   history the package and this file hold for the row (no jumping ahead to win conflicts);
// - "follows this file's version" is believed only for a version this office sent to the
//   sender (or to any office) or received from it (exchange_row_peer). A claim on a version
//   made here that the sender never had is refused; one on a version relayed from a third
//   office is not believed either, but only turns into a conflict (temp.dj_unproven);
// - an office that speaks for one organisation's subtree changes only rows of that subtree:
//   its organisations, people, memberships, posts, lists, records and evidence, and the
//   自评 scores of its organisations while the assessment is not sealed; never the
//   department's own tables (list templates, schemes, assessments and their settings, 审核
//   scores, 党组 marks, ballots, pairs, seals, the satisfaction survey).
class SenderRules
{
public:
    static constexpr int ListLimit = 500;

    // `scopeOrgId` empty: the sender speaks for the whole department. `ownPackage`: made by
    // this office (nothing to check but versions).
    SenderRules(Database &db, QString senderOffice, QString senderName, QString scopeOrgId, bool ownPackage);
    ~SenderRules();

    // Finds the refused rows (kept in temp.dj_refused); returns the first ListLimit of them.
    QList<RefusedRow> check();
    qint64 total() const { return m_total; }
    // Removes the refused rows from the payload, so the rest can be imported.
    void dropRefused();
    // The one-line reason naming the first refused row (the import's error message).
    QString message(const QList<RefusedRow> &rows) const;

    // Records that `office` has had every row version in `schema`'s business tables, sent
    // there or `received` from it.
    static void recordExchanged(sqlite3 *h, const QByteArray &schema, const QString &office, bool received);

private:
    QByteArray refusal(const QString &table);
    QByteArray inScope(const QString &table, const QByteArray &alias);
    QByteArray effective(const QString &table, const QByteArray &idExpr);
    QString reasonText(const QString &table, const QString &code) const;

    Database &m_db;
    QString m_sender;
    QString m_senderName;
    QString m_scopeOrgId;
    bool m_own;
    int m_alias = 0;
    qint64 m_total = 0;
};

} // namespace dj
