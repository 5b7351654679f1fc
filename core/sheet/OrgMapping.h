#pragma once

#include <QList>
#include <QStringList>
#include <array>

namespace dj {

// The organisation fields an import can fill. 任期届满, 状态 and 书记/负责人 are derived
// from other data, so an exported sheet's columns for them are read past.
enum class OrgField {
    Name,
    ShortName,
    Code,
    Type,
    Parent, // the parent's code or name
    UnitKind,
    EstablishedOn,
    TermStart,
    TermYears,
};

// Which sheet column (0-based, -1 for none) fills each organisation field, guessed from the
// header names in Chinese or English (组织名称/名称, 上级组织代码/上级组织, Parent code ...),
// including the headers TableExport writes in either language.
class OrgMapping
{
public:
    static constexpr int FieldCount = 9;

    OrgMapping() { m_columns.fill(-1); }
    static OrgMapping guess(const QStringList &headers);

    static const QList<OrgField> &fields();
    static QString key(OrgField f);   // "name", "parent", ... (widget names, JSON)
    static QString label(OrgField f); // the translated name shown to the user

    int column(OrgField f) const { return m_columns[size_t(f)]; }
    void setColumn(OrgField f, int column) { m_columns[size_t(f)] = column; }

    // Throws dj::Error(Invalid) when no column holds the names, codes or types, or a column
    // is chosen twice or lies past the sheet's last.
    void check(const QStringList &headers) const;

private:
    std::array<int, FieldCount> m_columns;
};

} // namespace dj
