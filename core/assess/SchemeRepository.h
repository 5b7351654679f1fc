#pragma once

#include "Scheme.h"

#include <optional>

namespace dj {

class Database;

// The indicator schemes of a data file. A scheme is locked — nothing in it changes — once
// an assessment that uses it is sealed; a new revision (a copy) is edited instead.
class SchemeRepository
{
public:
    explicit SchemeRepository(Database &db) : m_db(db) {}

    QList<Scheme> all() const; // without indicators, by name then revision
    Scheme get(const QString &id) const; // with indicators; throws NotFound
    // The latest revision of a scheme by name ("name" or "name 第N版" / "name#N").
    std::optional<Scheme> find(const QString &name) const;

    // Throws Invalid (bad indicator, named) or Conflict (name and revision taken).
    QString insert(Scheme s);
    // A copy as the next revision of the same name, unlocked; returns its id.
    QString copyAsRevision(const QString &id);
    void updateInfo(const Scheme &s); // name, years, note
    void remove(const QString &id);   // refused while an assessment uses it
    void restore(const QString &id);

    QString addIndicator(const QString &schemeId, Indicator i);
    void updateIndicator(const Indicator &i);
    void removeIndicator(const QString &indicatorId);
    void restoreIndicator(const QString &indicatorId);
    Indicator indicator(const QString &indicatorId) const;
    QString schemeOfIndicator(const QString &indicatorId) const;

    bool isLocked(const QString &id) const;
    bool isUsed(const QString &id) const;
    // The built-in scheme when the file has no scheme of that name yet; its id either way.
    QString installBuiltin();

private:
    QList<Indicator> indicators(const QString &schemeId) const;
    void insertIndicator(const QString &schemeId, const Indicator &i);
    void requireUnlocked(const QString &schemeId) const;
    void checkCodeFree(const QString &schemeId, const Indicator &i) const;
    Database &m_db;
};

} // namespace dj
