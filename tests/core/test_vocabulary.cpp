#include "org/OrgVocabulary.h"
#include "org/PostVocabulary.h"

#include <catch2/catch.hpp>

using dj::OrgType;
using dj::PostType;
namespace vocab = dj::vocab;

TEST_CASE("codes round-trip and unknown codes are reported", "[vocabulary]")
{
    for (OrgType t : vocab::orgTypes()) {
        bool ok = false;
        CHECK(vocab::orgTypeFromCode(vocab::code(t), &ok) == t);
        CHECK(ok);
        CHECK_FALSE(vocab::label(t).isEmpty());
    }
    for (PostType p : vocab::postTypes()) {
        bool ok = false;
        CHECK(vocab::postTypeFromCode(vocab::code(p), &ok) == p);
        CHECK(ok);
        CHECK_FALSE(vocab::postOrgTypes(p).isEmpty());
    }
    for (dj::UnitKind k : vocab::unitKinds())
        CHECK(vocab::unitKindFromCode(vocab::code(k)) == k);
    bool ok = true;
    vocab::orgTypeFromCode(QStringLiteral("committee"), &ok);
    CHECK_FALSE(ok);
}

TEST_CASE("the tree rules of the four-level system", "[vocabulary]")
{
    CHECK(vocab::allowedParents(OrgType::PartyGroup).isEmpty());
    CHECK(vocab::allowedParents(OrgType::Group) == QList<OrgType>{OrgType::Branch});
    CHECK(vocab::allowedParents(OrgType::Branch).contains(OrgType::GeneralBranch));
    CHECK(vocab::allowedParents(OrgType::Branch).contains(OrgType::OrganCommittee));
    CHECK_FALSE(vocab::allowedParents(OrgType::Branch).contains(OrgType::PartyGroup));
    CHECK(vocab::holdsMembers(OrgType::Branch));
    CHECK_FALSE(vocab::holdsMembers(OrgType::Group));
}

TEST_CASE("every kind of body with a head names its head post", "[vocabulary]")
{
    PostType head;
    REQUIRE(vocab::headPostOf(OrgType::Branch, &head));
    CHECK(head == PostType::BrSecretary);
    REQUIRE(vocab::headPostOf(OrgType::Group, &head));
    CHECK(head == PostType::GroupLeader);
    for (OrgType t : vocab::orgTypes()) {
        REQUIRE(vocab::headPostOf(t, &head));
        CHECK(vocab::isHeadPost(head));
        CHECK(vocab::postOrgTypes(head).contains(t));
    }
    CHECK_FALSE(vocab::isHeadPost(PostType::Organizing));
}
