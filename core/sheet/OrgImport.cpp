#include "OrgImport.h"

#include "ImportRefusal.h"

#include "CellParser.h"
#include "SheetGrid.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "org/OrganizationRepository.h"
#include "storage/Database.h"
#include "storage/ScopedBackup.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::OrgImport)
};

// "部门党组(党委)", "部门党组（党委）" and "Party Branch" compare equal to our names.
QString typeKey(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}]"));
    QString s = CellParser::halfWidth(text).toLower();
    s.remove(space);
    s.replace(QChar(0xFF08), QLatin1Char('(')).replace(QChar(0xFF09), QLatin1Char(')'));
    return s;
}

// The official Chinese names, their usual short forms, our codes and the English labels
// (the source text, whatever the interface language, and the translated label).
std::optional<OrgType> parseType(const QString &text)
{
    static const QHash<QString, OrgType> names = [] {
        QHash<QString, OrgType> h;
        const std::pair<const char *, OrgType> extra[] = {
            {"党组", OrgType::PartyGroup},
            {"部门党组", OrgType::PartyGroup},
            {"领导小组", OrgType::LeadingGroup},
            {"党建工作领导小组", OrgType::LeadingGroup},
            {"Party leadership group", OrgType::PartyGroup},
            {"Party building leading group", OrgType::LeadingGroup},
            {"Organ party committee", OrgType::OrganCommittee},
            {"Organ discipline committee", OrgType::DisciplineCommittee},
            {"General party branch", OrgType::GeneralBranch},
            {"Party branch", OrgType::Branch},
            {"Party group (cell)", OrgType::Group},
        };
        for (const auto &[name, type] : extra)
            h.insert(typeKey(QString::fromUtf8(name)), type);
        for (OrgType t : vocab::orgTypes()) {
            h.insert(typeKey(vocab::officialName(t)), t);
            h.insert(typeKey(vocab::code(t)), t);
        }
        return h;
    }();
    const QString key = typeKey(text);
    if (names.contains(key))
        return names.value(key);
    for (OrgType t : vocab::orgTypes()) {
        if (typeKey(vocab::label(t)) == key)
            return t;
    }
    return std::nullopt;
}

std::optional<UnitKind> parseUnitKind(const QString &text)
{
    const QString key = typeKey(text);
    for (UnitKind k : vocab::unitKinds()) {
        if (key == typeKey(vocab::officialName(k)) || key == typeKey(vocab::code(k)) ||
            key == typeKey(vocab::label(k)))
            return k;
    }
    return std::nullopt;
}

QString officialTypeNames()
{
    QStringList names;
    for (OrgType t : vocab::orgTypes())
        names << vocab::officialName(t);
    return names.join(QStringLiteral("、"));
}

QString typeLabels(const QList<OrgType> &types)
{
    QStringList names;
    for (OrgType t : types)
        names << vocab::label(t);
    return names.join(QStringLiteral(" / "));
}

// One row read from its cells; the parent is resolved once every row is read.
struct ReadRow
{
    OrgImportRow row;
    QString parent;
    bool typeOk = false;
};

class RowReader
{
public:
    explicit RowReader(const OrgMapping &mapping) : m_mapping(mapping) {}

    bool isEmpty(const QVariantList &cells) const
    {
        for (OrgField f : OrgMapping::fields()) {
            if (!text(cells, f).isEmpty())
                return false;
        }
        return true;
    }

    ReadRow read(const QVariantList &cells, int sheetRow, int index) const
    {
        ReadRow r;
        r.row.sheetRow = sheetRow;
        Organization &o = r.row.org;
        QStringList &problems = r.row.problems;
        o.name = text(cells, OrgField::Name);
        if (o.name.isEmpty())
            problems << Tr::tr("The organisation name is missing.");
        o.code = text(cells, OrgField::Code);
        if (o.code.isEmpty())
            problems << Tr::tr("The organisation code is missing.");
        o.shortName = text(cells, OrgField::ShortName);

        const QString typeText = text(cells, OrgField::Type);
        const std::optional<OrgType> type = parseType(typeText);
        r.typeOk = type.has_value();
        if (type)
            o.type = *type;
        else if (typeText.isEmpty())
            problems << Tr::tr("The organisation type is missing.");
        else
            problems << Tr::tr("The organisation type \"%1\" is not known; use one of: %2.")
                            .arg(typeText, officialTypeNames());

        const QString kindText = text(cells, OrgField::UnitKind);
        if (const std::optional<UnitKind> kind = parseUnitKind(kindText))
            o.unitKind = *kind;
        else
            problems << Tr::tr("The unit kind \"%1\" is not known.").arg(kindText);

        o.establishedOn = date(cells, OrgField::EstablishedOn, problems);
        o.termStart = date(cells, OrgField::TermStart, problems);

        QString years = text(cells, OrgField::TermYears);
        if (years.isEmpty()) {
            o.termYears = vocab::defaultTermYears(o.type);
        } else {
            years = CellParser::halfWidth(years);
            years.remove(QStringLiteral("年"));
            bool ok = false;
            o.termYears = years.trimmed().toInt(&ok);
            if (!ok || o.termYears < 0 || o.termYears > 10)
                problems << Tr::tr("The term \"%1\" should be a whole number of years from 0 "
                                   "to 10.")
                                .arg(text(cells, OrgField::TermYears));
        }
        if (const QString t = OrganizationRepository::textProblem(o); !t.isEmpty())
            problems << t;
        o.sortOrder = index; // siblings keep the order of the sheet
        r.parent = text(cells, OrgField::Parent);
        return r;
    }

private:
    QVariant cell(const QVariantList &cells, OrgField f) const
    {
        const int c = m_mapping.column(f);
        return c >= 0 && c < cells.size() ? cells.at(c) : QVariant();
    }
    QString text(const QVariantList &cells, OrgField f) const
    {
        return SheetGrid::text(cell(cells, f));
    }
    QDate date(const QVariantList &cells, OrgField f, QStringList &problems) const
    {
        const CellParser::Date d = CellParser::date(cell(cells, f), OrgMapping::label(f));
        if (!d.problem.isEmpty())
            problems << d.problem;
        else if (d.date.isValid() && d.date > m_today) // typed from paper: a typo
            problems << Tr::tr("%1 %2 is in the future.")
                            .arg(OrgMapping::label(f), d.date.toString(Qt::ISODate));
        return d.date;
    }

    const OrgMapping &m_mapping;
    const QDate m_today = Clock::today();
};
} // namespace

int OrgImportReport::validCount() const
{
    int n = 0;
    for (const OrgImportRow &r : rows)
        n += r.ok() ? 1 : 0;
    return n;
}

OrgImportReport OrgImport::validate(const SheetTable &table, const OrgMapping &mapping,
                                    int firstDataRow) const
{
    mapping.check(table.headers);
    const RowReader reader(mapping);
    QList<ReadRow> read;
    for (int i = 0; i < table.rows.size(); ++i) {
        if (!reader.isEmpty(table.rows.at(i)))
            read.append(reader.read(table.rows.at(i), firstDataRow + i, int(read.size())));
    }

    // The data file's organisations and the sheet's rows, by code and by name.
    QHash<QString, Organization> existingByCode;
    QMultiHash<QString, Organization> existingByName;
    for (const Organization &o : OrganizationRepository(m_db).all()) {
        existingByCode.insert(o.code, o);
        existingByName.insert(o.name, o);
    }
    QHash<QString, QList<int>> sheetByCode;
    QMultiHash<QString, int> sheetByName;
    for (int i = 0; i < read.size(); ++i) {
        const Organization &o = read.at(i).row.org;
        if (!o.code.isEmpty())
            sheetByCode[o.code].append(i);
        if (!o.name.isEmpty())
            sheetByName.insert(o.name, i);
    }

    for (int i = 0; i < read.size(); ++i) {
        OrgImportRow &row = read[i].row;
        const QString &code = row.org.code;
        if (existingByCode.contains(code))
            row.problems << Tr::tr("The code %1 is already used by %2 in the data file.")
                                .arg(code, existingByCode.value(code).name);
        QStringList others;
        for (int other : sheetByCode.value(code)) {
            if (other != i)
                others << QString::number(read.at(other).row.sheetRow);
        }
        if (!others.isEmpty())
            row.problems << Tr::tr("The same code is also in row %1.")
                                .arg(others.join(QStringLiteral(", ")));
        if (!read.at(i).typeOk)
            continue;

        // The parent: a code in the sheet, a code in the data file, then a name in either.
        const QString &parent = read.at(i).parent;
        const QList<OrgType> allowed = vocab::allowedParents(row.org.type);
        if (allowed.isEmpty()) {
            if (!parent.isEmpty())
                row.problems << Tr::tr("A %1 is the top of the tree; leave its parent empty.")
                                    .arg(vocab::label(row.org.type));
            continue;
        }
        if (parent.isEmpty()) {
            row.problems << Tr::tr("The parent organisation is missing; a %1 belongs under: %2.")
                                .arg(vocab::label(row.org.type), typeLabels(allowed));
            continue;
        }
        QList<int> inSheet = sheetByCode.value(parent).mid(0, 1);
        QList<Organization> inFile;
        if (inSheet.isEmpty() && existingByCode.contains(parent))
            inFile << existingByCode.value(parent);
        if (inSheet.isEmpty() && inFile.isEmpty()) {
            inSheet = sheetByName.values(parent);
            inFile = existingByName.values(parent);
        }
        if (inSheet.size() + inFile.size() == 0) {
            row.problems << Tr::tr("The parent organisation \"%1\" is neither in the data file "
                                   "nor in the sheet (give its code or its full name).")
                                .arg(parent);
            continue;
        }
        if (inSheet.size() + inFile.size() > 1) {
            row.problems << Tr::tr("Several organisations are called \"%1\"; give the parent's "
                                   "code instead.")
                                .arg(parent);
            continue;
        }
        Organization parentOrg;
        if (!inSheet.isEmpty()) {
            row.parentIndex = inSheet.first();
            if (!read.at(row.parentIndex).typeOk)
                continue; // that row is refused, and this one with it below
            parentOrg = read.at(row.parentIndex).row.org;
        } else {
            parentOrg = inFile.first();
            row.org.parentId = parentOrg.id;
            if (!parentOrg.isActive())
                row.problems << Tr::tr("%1 has been dissolved; an active organisation cannot be "
                                       "placed under it.")
                                    .arg(parentOrg.name);
        }
        if (!allowed.contains(parentOrg.type))
            row.problems << Tr::tr("A %1 can only be placed under: %2. %3 is a %4.")
                                .arg(vocab::label(row.org.type), typeLabels(allowed),
                                     parentOrg.name, vocab::label(parentOrg.type));
    }

    OrgImportReport report;
    for (const ReadRow &r : read)
        report.rows.append(r.row);
    // A child of a refused row cannot be added either; repeat until grandchildren are caught.
    for (bool changed = true; changed;) {
        changed = false;
        for (OrgImportRow &row : report.rows) {
            if (row.ok() && row.parentIndex >= 0 && !report.rows.at(row.parentIndex).ok()) {
                row.problems << Tr::tr("Its parent organisation in row %1 has problems, so it "
                                       "cannot be imported either.")
                                    .arg(report.rows.at(row.parentIndex).sheetRow);
                changed = true;
            }
        }
    }
    return report;
}

QStringList OrgImport::import(const OrgImportReport &report, bool validOnly)
{
    refuseIfAnyBad(report, validOnly);
    // Parents before children: by depth within the sheet (the type rules forbid cycles; the
    // depth is capped all the same).
    const int n = int(report.rows.size());
    QList<int> depth(n, 0);
    for (int i = 0; i < n; ++i) {
        for (int p = report.rows.at(i).parentIndex; p >= 0 && depth[i] <= n;
             p = report.rows.at(p).parentIndex)
            ++depth[i];
    }
    QList<int> order;
    for (int i = 0; i < n; ++i) {
        if (report.rows.at(i).ok())
            order << i;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return depth[a] < depth[b]; });

    ScopedBackup backup(m_db);
    Transaction tx(m_db);
    OrganizationRepository repo(m_db);
    QHash<int, QString> ids;
    QStringList added;
    for (int i : order) {
        const OrgImportRow &r = report.rows.at(i);
        Organization o = r.org;
        if (r.parentIndex >= 0)
            o.parentId = ids.value(r.parentIndex);
        try {
            ids.insert(i, repo.insert(o));
        } catch (const Error &e) {
            throw Error(
                e.kind(),
                Tr::tr("Row %1: %2 Nothing was imported.").arg(r.sheetRow).arg(e.message()));
        }
        added << ids.value(i);
    }
    tx.commit();
    backup.keep();
    return added;
}

} // namespace dj
