#pragma once

#include <QList>
#include <QStringList>
#include <array>
#include <optional>

namespace dj {

// The person fields an import can fill, in the order the mapping step shows them.
enum class PersonField {
    Name,
    Gender,
    Ethnicity,
    BirthDate,
    IdNumber,
    Phone,
    Education,
    WorkUnit,
    Department,
    Position,
    Standing,
    JoinedOn,
    FullMemberOn,
    Branch,
    Cadre,
};

// Which sheet column (0-based, -1 for none) fills each person field. guess() reads the
// header names officers actually use (姓名/名字, 身份证号码, 所在党支部 ...) in Chinese or
// English, ignoring spaces, line breaks, "*" marks and notes in brackets ("出生日期(年月日)").
class PeopleMapping
{
public:
    static constexpr int FieldCount = 15;

    PeopleMapping() { m_columns.fill(-1); }
    static PeopleMapping guess(const QStringList &headers);

    static const QList<PersonField> &fields();
    static QString key(PersonField f);   // "name", "birthDate", ... (JSON, CLI --map)
    static QString label(PersonField f); // the translated name shown to the user
    static std::optional<PersonField> fromKey(const QString &key);

    int column(PersonField f) const { return m_columns[size_t(f)]; }
    void setColumn(PersonField f, int column) { m_columns[size_t(f)] = column; }
    bool operator==(const PeopleMapping &o) const { return m_columns == o.m_columns; }

    // Throws dj::Error(Invalid) when no column holds the names or a column is chosen twice.
    void check(const QStringList &headers) const;

private:
    std::array<int, FieldCount> m_columns;
};

} // namespace dj
