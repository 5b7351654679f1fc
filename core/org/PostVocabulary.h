#pragma once

#include "OrgVocabulary.h"

#include <QList>
#include <QString>

namespace dj {

// The posts a person can hold in a party organisation.
enum class PostType {
    PgSecretary,       // 党组书记
    PgDeputy,          // 党组副书记
    PgMember,          // 党组成员
    LgLeader,          // 领导小组组长
    LgDeputy,          // 领导小组副组长
    LgMember,          // 领导小组成员
    OcSecretary,       // 机关党委书记
    OcFullTimeDeputy,  // 机关党委专职副书记
    OcMember,          // 机关党委委员
    DcSecretary,       // 机关纪委书记
    DcMember,          // 机关纪委委员
    GbSecretary,       // 党总支书记
    BrSecretary,       // 党支部书记
    BrDeputy,          // 党支部副书记
    Organizing,        // 组织委员
    Propaganda,        // 宣传委员
    Discipline,        // 纪检委员
    GroupLeader,       // 党小组组长
};

namespace vocab {
const QList<PostType> &postTypes();
QString code(PostType p);
PostType postTypeFromCode(const QString &code, bool *ok = nullptr);
QString label(PostType p);
// The official Chinese name, for printed forms whatever the interface language.
QString officialName(PostType p);
// The organisation types a post exists in.
QList<OrgType> postOrgTypes(PostType p);
// Head posts: at most one current holder per organisation (书记, 组长).
bool isHeadPost(PostType p);
// The head post of an organisation type, if it has one.
bool headPostOf(OrgType t, PostType *out);
} // namespace vocab

} // namespace dj
