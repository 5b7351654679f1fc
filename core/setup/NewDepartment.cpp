#include "NewDepartment.h"

#include "assess/SchemeRepository.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/FieldCheck.h"
#include "common/FieldLimits.h"
#include "duty/TemplateRepository.h"
#include "org/OrganizationRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::NewDepartment)
};

const QString kOfficeOrg = QStringLiteral("office_org");
constexpr int kMaxName = limits::DepartmentMax;
constexpr int kMaxCode = limits::DepartmentCodeMax;

// The official names are Chinese whatever the interface language, as on printed forms.
QString u(const char *s) { return QString::fromUtf8(s); }

QString addOrg(OrganizationRepository &orgs, OrgType type, const QString &parent, const QString &name,
               const QString &shortName, const QString &code)
{
    Organization o;
    o.type = type;
    o.parentId = parent;
    o.name = name;
    o.shortName = shortName;
    o.code = code;
    o.termYears = vocab::defaultTermYears(type);
    return orgs.insert(o);
}
} // namespace

QString NewDepartment::partyGroupName(const QString &department) { return u("中共") + department + u("党组"); }
QString NewDepartment::organCommitteeName(const QString &department) { return u("中共") + department + u("机关委员会"); }

QString NewDepartment::officeName(const NewDepartmentOptions &o)
{
    return o.department.trimmed() + (o.speaksFor == OrgType::PartyGroup ? u("党组") : u("机关党委"));
}

std::unique_ptr<Database> NewDepartment::create(const QString &path, const NewDepartmentOptions &o)
{
    const QString department = o.department.trimmed();
    const QString code = o.code.trimmed();
    if (department.isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("Enter the department's name, e.g. 市商务局."));
    if (department.size() > kMaxName)
        throw Error(Error::Kind::Invalid, Tr::tr("The department's name is too long (at most %1 characters).").arg(kMaxName));
    if (code.isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("Enter a short code for the department's organisations, e.g. SW."));
    if (code.size() > kMaxCode)
        throw Error(Error::Kind::Invalid, Tr::tr("The code is too long (at most %1 characters).").arg(kMaxCode));
    // Lengths are checked above with their own messages; this refuses control characters.
    fieldcheck::text(Tr::tr("The department's name"), department, kMaxName);
    fieldcheck::text(Tr::tr("The code"), code, kMaxCode);
    if (o.speaksFor != OrgType::OrganCommittee && o.speaksFor != OrgType::PartyGroup)
        throw Error(Error::Kind::Invalid, Tr::tr("A department file is kept by its 机关党委 or its 党组."));
    auto db = Database::create(path, officeName(o)); // refuses an existing file
    try {
        Transaction tx(*db);
        OrganizationRepository orgs(*db);
        const QString group = addOrg(orgs, OrgType::PartyGroup, {}, partyGroupName(department), u("党组"), code);
        const QString committee = addOrg(orgs, OrgType::OrganCommittee, group, organCommitteeName(department),
                                         u("机关党委"), code + QStringLiteral("-JG"));
        db->setMeta(kOfficeOrg, o.speaksFor == OrgType::PartyGroup ? group : committee);
        if (o.builtinScheme)
            SchemeRepository(*db).installBuiltin();
        if (o.builtinTemplates)
            TemplateRepository(*db).installBuiltins(o.templatesYear > 0 ? o.templatesYear : Clock::today().year());
        tx.commit();
    } catch (...) {
        db.reset();
        Database::removeFiles(path);
        throw;
    }
    return db;
}

QString NewDepartment::officeOrgId(Database &db) { return db.meta(kOfficeOrg); }

} // namespace dj
