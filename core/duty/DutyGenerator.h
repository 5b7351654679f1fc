#pragma once

#include <QDate>
#include <functional>

namespace dj {

class Database;

// "Generate the year's lists": one level list per active organisation of each level, one post
// list per person holding one of the five posts on `postsOn`, each item from the template of
// its subject for the year, and every item linked to the item above it that it carries out
// (a branch item → its 机关党委 item → the 党组 item). Safe to run again: it only adds what is
// missing (lists, items by code, links) and never touches recorded work or retired items.
// One transaction; subjects without a template get the built-in one first.
class DutyGenerator
{
public:
    struct Result
    {
        int templatesInstalled = 0;
        int listsAdded = 0;
        int itemsAdded = 0;
        int linksSet = 0;
        bool cancelled = false; // nothing was written
        bool changed() const { return listsAdded + itemsAdded + linksSet + templatesInstalled > 0; }
    };
    using Progress = std::function<bool(int done, int total)>; // false cancels

    explicit DutyGenerator(Database &db) : m_db(db) {}

    // Throws dj::Error(Invalid) for a year out of range or a date outside it.
    Result generate(int year, const QDate &postsOn, const Progress &progress = {});

private:
    Database &m_db;
};

} // namespace dj
