#pragma once

#include "DutyTemplate.h"

#include <optional>

namespace dj {

class Database;

// The responsibility-list templates of a data file, one per subject and year. A year's lists
// use, for each subject, the template of the latest year not after it.
class TemplateRepository
{
public:
    explicit TemplateRepository(Database &db) : m_db(db) {}

    // Every template, in subject order then by year; items only when asked.
    QList<DutyTemplate> all(bool withItems = false) const;
    DutyTemplate get(const QString &id) const; // with items; throws NotFound
    std::optional<DutyTemplate> forYear(DutySubject subject, int year) const;

    // A new template with its items (year must be set). Throws Invalid for a bad item and
    // Conflict when the subject already has a template for that year.
    QString insert(DutyTemplate t);
    void rename(const QString &id, const QString &name);
    // The template as the next year's version: same items, new ids.
    QString copyToYear(const QString &id, int year);
    void remove(const QString &id); // tombstones; restore() brings it back (undo)
    void restore(const QString &id);

    QString addItem(const QString &templateId, DutyTemplateItem item);
    void updateItem(const DutyTemplateItem &item);
    void removeItem(const QString &itemId);
    void restoreItem(const QString &itemId);
    DutyTemplateItem item(const QString &itemId) const;

    // The built-in template of every subject that has none yet, as of `year`; returns how
    // many were added.
    int installBuiltins(int year);

    // Templates from a file; a template without a year gets `year`. Where the subject
    // already has a template for that year: with `replace` the old one is retired, else
    // nothing is loaded and dj::Error(Conflict) names them. Returns how many were loaded.
    int load(const QList<DutyTemplate> &templates, int year, bool replace);

private:
    QList<DutyTemplateItem> items(const QString &templateId) const;
    void insertItem(const QString &templateId, const DutyTemplateItem &item);
    void checkCodeFree(const QString &templateId, const DutyTemplateItem &item) const;
    Database &m_db;
};

} // namespace dj
