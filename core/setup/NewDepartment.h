#pragma once

#include "org/OrgVocabulary.h"

#include <QString>
#include <memory>

namespace dj {

class Database;

// What a new department file starts with (the first-start dialog and `init --department`).
struct NewDepartmentOptions
{
    QString department;                       // e.g. 市商务局
    QString code;                             // the 党组's code; the 机关党委 gets code + "-JG"
    OrgType speaksFor = OrgType::OrganCommittee; // the office keeping the file: 机关党委 or 党组
    bool builtinScheme = true;                // the 量化考核 scheme written for this product
    bool builtinTemplates = true;             // the 四个层级/五个岗位 list templates
    int templatesYear = 0;                    // the year the templates apply from; 0: this year
};

// Creates a department's data file: the office (named after the organisation it speaks
// for), the 党组 with its 机关党委 below, and the chosen built-in scheme and templates — all
// or nothing: on any failure the file is removed.
class NewDepartment
{
public:
    static QString partyGroupName(const QString &department);      // 中共市商务局党组
    static QString organCommitteeName(const QString &department);  // 中共市商务局机关委员会
    static QString officeName(const NewDepartmentOptions &o);      // 市商务局机关党委 / 市商务局党组
    // Throws Invalid (a missing or too long name or code, a kind that cannot keep a file, a
    // file that exists already) or Storage.
    static std::unique_ptr<Database> create(const QString &path, const NewDepartmentOptions &o);
    // The organisation the office speaks for (local_meta "office_org"), empty when not set.
    static QString officeOrgId(Database &db);
};

} // namespace dj
