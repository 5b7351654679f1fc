#include "PostVocabulary.h"

#include <QCoreApplication>

namespace dj::vocab {

namespace {
struct PostInfo
{
    PostType type;
    const char *code;
    const char *label;
    bool head;
    const char *official;
};
const PostInfo kPosts[] = {
    {PostType::PgSecretary, "pg_secretary", QT_TRANSLATE_NOOP("dj::vocab", "Secretary of the party leadership group"), true, "党组书记"},
    {PostType::PgDeputy, "pg_deputy", QT_TRANSLATE_NOOP("dj::vocab", "Deputy secretary of the party leadership group"), false, "党组副书记"},
    {PostType::PgMember, "pg_member", QT_TRANSLATE_NOOP("dj::vocab", "Member of the party leadership group"), false, "党组成员"},
    {PostType::LgLeader, "lg_leader", QT_TRANSLATE_NOOP("dj::vocab", "Head of the leading group"), true, "领导小组组长"},
    {PostType::LgDeputy, "lg_deputy", QT_TRANSLATE_NOOP("dj::vocab", "Deputy head of the leading group"), false, "领导小组副组长"},
    {PostType::LgMember, "lg_member", QT_TRANSLATE_NOOP("dj::vocab", "Member of the leading group"), false, "领导小组成员"},
    {PostType::OcSecretary, "oc_secretary", QT_TRANSLATE_NOOP("dj::vocab", "Secretary of the organ party committee"), true, "机关党委书记"},
    {PostType::OcFullTimeDeputy, "oc_fulltime_deputy", QT_TRANSLATE_NOOP("dj::vocab", "Full-time deputy secretary of the organ party committee"), true, "机关党委专职副书记"},
    {PostType::OcMember, "oc_member", QT_TRANSLATE_NOOP("dj::vocab", "Member of the organ party committee"), false, "机关党委委员"},
    {PostType::DcSecretary, "dc_secretary", QT_TRANSLATE_NOOP("dj::vocab", "Secretary of the organ discipline committee"), true, "机关纪委书记"},
    {PostType::DcMember, "dc_member", QT_TRANSLATE_NOOP("dj::vocab", "Member of the organ discipline committee"), false, "机关纪委委员"},
    {PostType::GbSecretary, "gb_secretary", QT_TRANSLATE_NOOP("dj::vocab", "Secretary of the general branch"), true, "党总支书记"},
    {PostType::BrSecretary, "br_secretary", QT_TRANSLATE_NOOP("dj::vocab", "Branch secretary"), true, "党支部书记"},
    {PostType::BrDeputy, "br_deputy", QT_TRANSLATE_NOOP("dj::vocab", "Deputy branch secretary"), false, "党支部副书记"},
    {PostType::Organizing, "organizing", QT_TRANSLATE_NOOP("dj::vocab", "Organisation committee member"), false, "组织委员"},
    {PostType::Propaganda, "propaganda", QT_TRANSLATE_NOOP("dj::vocab", "Publicity committee member"), false, "宣传委员"},
    {PostType::Discipline, "discipline", QT_TRANSLATE_NOOP("dj::vocab", "Discipline inspection committee member"), false, "纪检委员"},
    {PostType::GroupLeader, "group_leader", QT_TRANSLATE_NOOP("dj::vocab", "Party group leader"), true, "党小组组长"},
};
const PostInfo &info(PostType p) { return kPosts[static_cast<int>(p)]; }
} // namespace

const QList<PostType> &postTypes()
{
    static const QList<PostType> all = [] {
        QList<PostType> l;
        for (const PostInfo &i : kPosts)
            l.append(i.type);
        return l;
    }();
    return all;
}

QString code(PostType p) { return QString::fromLatin1(info(p).code); }

PostType postTypeFromCode(const QString &c, bool *ok)
{
    for (const PostInfo &i : kPosts) {
        if (c == QLatin1String(i.code)) {
            if (ok)
                *ok = true;
            return i.type;
        }
    }
    if (ok)
        *ok = false;
    return PostType::PgMember;
}

QString label(PostType p) { return QCoreApplication::translate("dj::vocab", info(p).label); }

QString officialName(PostType p) { return QString::fromUtf8(info(p).official); }

QList<OrgType> postOrgTypes(PostType p)
{
    switch (p) {
    case PostType::PgSecretary:
    case PostType::PgDeputy:
    case PostType::PgMember:
        return {OrgType::PartyGroup};
    case PostType::LgLeader:
    case PostType::LgDeputy:
    case PostType::LgMember:
        return {OrgType::LeadingGroup};
    case PostType::OcSecretary:
    case PostType::OcFullTimeDeputy:
    case PostType::OcMember:
        return {OrgType::OrganCommittee};
    case PostType::DcSecretary:
    case PostType::DcMember:
        return {OrgType::DisciplineCommittee};
    case PostType::GbSecretary:
        return {OrgType::GeneralBranch};
    case PostType::BrSecretary:
    case PostType::BrDeputy:
        return {OrgType::Branch};
    case PostType::Organizing:
    case PostType::Propaganda:
    case PostType::Discipline:
        return {OrgType::Branch, OrgType::GeneralBranch};
    case PostType::GroupLeader:
        return {OrgType::Group};
    }
    return {};
}

bool isHeadPost(PostType p) { return info(p).head; }

bool headPostOf(OrgType t, PostType *out)
{
    static const PostType heads[] = {PostType::PgSecretary, PostType::LgLeader,
                                     PostType::OcSecretary, PostType::DcSecretary,
                                     PostType::GbSecretary, PostType::BrSecretary,
                                     PostType::GroupLeader};
    for (PostType p : heads) {
        if (postOrgTypes(p).contains(t)) {
            *out = p;
            return true;
        }
    }
    return false;
}

} // namespace dj::vocab
