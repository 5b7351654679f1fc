#pragma once

#include "org/OrgVocabulary.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

#include <random>

namespace dj {

// Seeded pools of realistic values for demo data: names (surnames weighted by their real
// frequency), ethnicities, real administrative area codes, education, positions, whole
// identities with valid ID numbers, and the bureaus of a city with their divisions and the
// names of their party organisations. Every draw goes through one std::mt19937 with our own
// range reduction (not std::uniform_int_distribution, which differs between standard
// libraries), so a seed gives the same data on every platform and compiler.
class DemoNames
{
public:
    explicit DemoNames(quint32 seed) : m_rng(seed) {}

    // ---- randomness
    quint32 next() { return static_cast<quint32>(m_rng()); }
    // A number in [0, n); n > 0.
    int below(int n) { return static_cast<int>((static_cast<quint64>(next()) * quint64(n)) >> 32); }
    // A number in [lo, hi], both included.
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

    // ---- people
    QString fullName(QChar gender);
    QString ethnicity();
    // A real 6-digit area code; minorities mostly come from their home regions.
    QString areaCode(const QString &ethnicity);
    QString education(int age, bool retired);
    QString phone();
    // Rank of an ordinary staff member by the kind of unit and age.
    QString staffPosition(UnitKind kind, int age);

    // A whole party member: name, ID number (unique in `taken`, which it extends) matching
    // the birth date and gender, and party dates that fit the age. A probationary member
    // (only if allowed, and young) joined within the last year and has no full_member_on.
    struct Identity
    {
        QString name, ethnicity, idNumber, phone, education;
        QChar gender;
        int age = 0;
        QDate birth, joinedOn, fullMemberOn;
        bool probationary = false;
    };
    Identity identity(const QDate &today, int ageLo, int ageHi, int malePercent, bool retired,
                      bool mayBeProbationary, QSet<QString> &taken);

    // ---- organisations
    struct Division
    {
        QString name;      // 对外贸易处
        QString headTitle; // 处长 / 主任
        QString deputyTitle;
    };
    struct Bureau
    {
        QString name;              // 市商务局
        QString code;              // SW
        QString domain;            // 商务 (for the names of affiliated units)
        QString head;              // 局长 (the title of the bureau's head)
        QList<Division> divisions; // the bureau's own business divisions
    };
    // The party organisations of one bureau: what they are called and what kind of unit
    // they sit in. Drawn from the pools, so weights vary with the seed.
    struct BranchSpec
    {
        enum class Role { Division, Joint, Retired, UnitBranch, Other };
        Role role;
        UnitKind kind;
        QString name, shortName;
        QString unit;         // the department written on its members
        QString head, deputy; // titles of the unit's head and deputy
        int general;          // index of its 党总支, or -1 (directly under the 机关党委)
        int weight;           // relative number of members
    };
    struct GeneralSpec
    {
        QString unit, name, shortName;
        bool enterprise;
    };
    struct Layout
    {
        QList<GeneralSpec> general; // three 党总支
        // Internal divisions first (branches[0] is the 办公室), then the 机关党委 office's joint
        // branch and the retired cadres' branch, the 党总支's branches, and the rest.
        QList<BranchSpec> branches;
        int divisions = 0;
        QStringList leaders; // positions of the seven 党组 members, the secretary first
        QString leaderDepartment;
    };
    Layout layout(int bureauIndex, int targetBranches);

    static int bureauCount();
    static const Bureau &bureau(int index);
    // Divisions every bureau has, before its own (办公室, 组织人事处, ...).
    static QList<Division> commonDivisions();
    static QString ordinal(int n); // 第一, 第二, ... (n >= 1)
    // A division with the head and deputy titles its name implies (处 → 处长, 室 → 主任).
    static Division division(const QString &name);

private:
    std::mt19937 m_rng;
};

} // namespace dj
