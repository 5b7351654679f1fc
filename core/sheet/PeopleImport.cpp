#include "PeopleImport.h"

#include "ImportRefusal.h"

#include "CellParser.h"
#include "SheetGrid.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "org/IdNumber.h"
#include "org/OrganizationRepository.h"
#include "org/PersonRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ScopedBackup.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::PeopleImport)
};

// "中共 办公室党支部（机关）" and "办公室党支部(机关)" name the same branch.
QString orgKey(const QString &name)
{
    QString s = CellParser::halfWidth(name).toLower();
    static const QRegularExpression space(QStringLiteral("\\s"));
    s.remove(space);
    for (const QString &prefix : {QStringLiteral("中国共产党"), QStringLiteral("中共")}) {
        if (s.startsWith(prefix) && s.size() > prefix.size())
            s.remove(0, int(prefix.size()));
    }
    return s;
}

QString inFuture(PersonField f, const QDate &d)
{
    return Tr::tr("%1 %2 is in the future.").arg(PeopleMapping::label(f), d.toString(Qt::ISODate));
}

// Everything a row is checked against, read once rather than queried per row.
class RowChecker
{
public:
    RowChecker(Database &db, const PeopleMapping &mapping, const ImportOptions &options)
        : m_db(db), m_mapping(mapping), m_options(options), m_today(Clock::today())
    {
        for (const Organization &o : OrganizationRepository(db).all()) {
            m_orgs.insert(o.id, o);
            for (const QString &k : {orgKey(o.code), orgKey(o.name), orgKey(o.shortName)}) {
                if (!k.isEmpty() && !m_orgKeys.values(k).contains(o.id))
                    m_orgKeys.insert(k, o.id);
            }
        }
        Query q(db,
                QStringLiteral(
                    "SELECT id_number, name FROM person WHERE deleted = 0 AND id_number <> ''"));
        q.exec();
        while (q.next())
            m_existing.insert(q.text(0), q.text(1));
    }

    bool isEmpty(const QVariantList &cells) const
    {
        for (PersonField f : PeopleMapping::fields()) {
            if (!text(cells, f).isEmpty())
                return false;
        }
        return true;
    }

    ImportRow check(const QVariantList &cells, int sheetRow) const
    {
        ImportRow row;
        row.sheetRow = sheetRow;
        Person &p = row.person;
        QStringList &problems = row.problems;
        p.name = text(cells, PersonField::Name);
        static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]"));
        if (p.name.contains(han))
            p.name.remove(spaces); // "张  三", spaced to align
        if (p.name.isEmpty())
            problems << Tr::tr("The name is missing.");

        bool numeric = false;
        p.idNumber = CellParser::idNumber(cell(cells, PersonField::IdNumber), &numeric);
        bool idOk = false;
        if (!p.idNumber.isEmpty()) {
            const IdNumber::Check c = IdNumber::validate(p.idNumber);
            idOk = c.ok();
            if (!idOk)
                problems
                    << (numeric
                            ? c.message + QLatin1Char(' ') +
                                  Tr::tr("The cell holds a number, and Excel keeps only 15 digits "
                                         "of a number: "
                                         "format the ID column as text and type the number again.")
                            : c.message);
        }

        const QString genderText = text(cells, PersonField::Gender);
        const std::optional<QChar> gender = CellParser::gender(genderText);
        if (!genderText.isEmpty() && !gender)
            problems << Tr::tr("The gender \"%1\" is neither 男 nor 女.").arg(genderText);
        else if (gender)
            p.gender = *gender;
        else if (idOk)
            p.gender = IdNumber::gender(p.idNumber);
        else
            problems << Tr::tr(
                "The gender is missing, and there is no valid ID number to take it from.");

        const CellParser::Date birth = date(cells, PersonField::BirthDate, problems);
        p.birthDate = birth.date;
        if (idOk) {
            const QDate fromId = IdNumber::birthDate(p.idNumber);
            if (!p.birthDate.isValid() || (birth.monthOnly && fromId.year() == birth.date.year() &&
                                           fromId.month() == birth.date.month()))
                p.birthDate = fromId; // the ID number has the day the sheet left out
            const IdNumber::Check c =
                IdNumber::validate(p.idNumber, p.birthDate, gender.value_or(QChar()));
            if (!c.ok())
                problems << c.message;
            const QString whose = m_existing.value(p.idNumber);
            if (!whose.isEmpty())
                problems << Tr::tr("The ID number is already recorded in the data file, for %1.")
                                .arg(whose);
        }

        p.ethnicity = CellParser::ethnicity(text(cells, PersonField::Ethnicity));
        if (p.ethnicity.isEmpty())
            p.ethnicity = Person().ethnicity;
        p.phone = CellParser::phone(cell(cells, PersonField::Phone));
        p.education = text(cells, PersonField::Education);
        p.workUnit = text(cells, PersonField::WorkUnit);
        p.department = text(cells, PersonField::Department);
        p.position = text(cells, PersonField::Position);
        p.joinedOn = date(cells, PersonField::JoinedOn, problems).date;
        p.fullMemberOn = date(cells, PersonField::FullMemberOn, problems).date;

        const QString standingText = text(cells, PersonField::Standing);
        if (const auto s = CellParser::standing(standingText))
            p.standing = *s;
        else if (!standingText.isEmpty())
            problems << Tr::tr("The member category \"%1\" is neither 正式党员 nor 预备党员.")
                            .arg(standingText);
        else // not given: probationary while within a year of joining and not yet confirmed
            p.standing = p.joinedOn.isValid() && !p.fullMemberOn.isValid() &&
                                 p.joinedOn.addYears(1) > m_today
                             ? Standing::Probationary
                             : Standing::Full;

        const QString cadreText = text(cells, PersonField::Cadre);
        if (const auto c = CellParser::cadre(cadreText))
            p.cadre = *c;
        else
            problems << Tr::tr("The party-affairs cadre entry \"%1\" should be 专职, 兼职 or 否.")
                            .arg(cadreText);

        // Every member has joined the Party, and a 正式党员 has a date of becoming one: the
        // person table refuses a member without them, so the sheet row is refused too.
        if (!p.joinedOn.isValid() && !hasCell(cells, PersonField::JoinedOn))
            problems << Tr::tr("“%1” is empty; every member has this date.").arg(PeopleMapping::label(PersonField::JoinedOn));
        // A full member by the sheet's word, or by a readable date of joining over a year ago.
        const bool knownFull = p.standing == Standing::Full && (!standingText.isEmpty() || p.joinedOn.isValid());
        if (knownFull && !p.fullMemberOn.isValid() && !hasCell(cells, PersonField::FullMemberOn))
            problems << Tr::tr("“%1” is empty; a full member (正式党员) has this date.")
                            .arg(PeopleMapping::label(PersonField::FullMemberOn));

        p.branchId = branch(text(cells, PersonField::Branch), problems);
        row.memberSince = p.joinedOn.isValid() ? p.joinedOn : m_today;

        if (const QString t = PersonRepository::textProblem(p); !t.isEmpty())
            problems << t; // too long, or a control character: listed beside the other problems
        // The remaining rules (phone, age at joining, dates in order) are the repository's own.
        if (problems.isEmpty()) {
            try {
                Person probe = p;
                probe.idNumber.clear(); // the duplicate check was made above, without a query
                probe.branchId.clear(); // checked above against the preloaded tree
                PersonRepository(m_db).validate(probe);
            } catch (const Error &e) {
                problems << e.message();
            }
        }
        return row;
    }

private:
    QVariant cell(const QVariantList &cells, PersonField f) const
    {
        const int c = m_mapping.column(f);
        return c >= 0 && c < cells.size() ? cells.at(c) : QVariant();
    }
    bool hasCell(const QVariantList &cells, PersonField f) const // a cell that did not read as a date was reported already
    {
        return !text(cells, f).isEmpty();
    }
    QString text(const QVariantList &cells, PersonField f) const
    {
        return SheetGrid::text(cell(cells, f));
    }

    CellParser::Date date(const QVariantList &cells, PersonField f, QStringList &problems) const
    {
        const CellParser::Date d = CellParser::date(cell(cells, f), PeopleMapping::label(f));
        if (!d.problem.isEmpty())
            problems << d.problem;
        else if (d.date.isValid() && d.date > m_today)
            problems << inFuture(f, d.date);
        return d;
    }

    QString branch(const QString &value, QStringList &problems) const
    {
        if (value.isEmpty()) {
            if (m_options.defaultBranchId.isEmpty())
                problems << Tr::tr("The branch is missing.");
            return m_options.defaultBranchId;
        }
        const QStringList ids = m_orgKeys.values(orgKey(value));
        if (ids.isEmpty()) {
            problems << Tr::tr("There is no branch \"%1\" in the data file (give its name, short "
                               "name or code).")
                            .arg(value);
            return {};
        }
        if (ids.size() > 1) {
            problems
                << Tr::tr(
                       "Several organisations are called \"%1\"; give the branch's code instead.")
                       .arg(value);
            return {};
        }
        const Organization &o = m_orgs[ids.first()];
        if (!vocab::holdsMembers(o.type))
            problems << Tr::tr("Members are registered in a party branch; %1 is a %2.")
                            .arg(o.name, vocab::label(o.type));
        else if (!o.isActive())
            problems << Tr::tr("%1 has been dissolved.").arg(o.name);
        return o.id;
    }

    Database &m_db;
    const PeopleMapping &m_mapping;
    const ImportOptions &m_options;
    QDate m_today;
    QHash<QString, Organization> m_orgs;
    QMultiHash<QString, QString> m_orgKeys;
    QHash<QString, QString> m_existing; // ID number → name
};
} // namespace

int ImportReport::validCount() const
{
    int n = 0;
    for (const ImportRow &r : rows)
        n += r.ok() ? 1 : 0;
    return n;
}

ImportReport PeopleImport::validate(const SheetTable &table, const PeopleMapping &mapping,
                                    int firstDataRow, const ImportOptions &options,
                                    const Progress &progress) const
{
    mapping.check(table.headers);
    const RowChecker checker(m_db, mapping, options);
    ImportReport report;
    QHash<QString, QList<int>> byIdNumber; // report index of every row with a good ID number
    const int total = int(table.rows.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % 500 == 0 && !progress(i, total))
            SheetGrid::cancelled();
        if (checker.isEmpty(table.rows.at(i)))
            continue;
        report.rows.append(checker.check(table.rows.at(i), firstDataRow + i));
        const QString id = report.rows.last().person.idNumber;
        if (!id.isEmpty())
            byIdNumber[id].append(int(report.rows.size()) - 1);
    }
    // Both rows of a duplicate are refused: which of them is right is for the officer to say.
    for (auto it = byIdNumber.cbegin(); it != byIdNumber.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        for (int index : it.value()) {
            QStringList others;
            for (int other : it.value()) {
                if (other != index)
                    others << QString::number(report.rows.at(other).sheetRow);
            }
            report.rows[index].problems << Tr::tr("The same ID number is also in row %1.")
                                               .arg(others.join(QStringLiteral(", ")));
        }
    }
    if (progress)
        progress(total, total);
    return report;
}

PeopleImport::Outcome PeopleImport::import(const ImportReport &report, bool validOnly,
                                           const Progress &progress)
{
    refuseIfAnyBad(report, validOnly);
    Outcome out;
    ScopedBackup backup(m_db);
    Transaction tx(m_db);
    PersonRepository people(m_db);
    const int total = int(report.rows.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % 200 == 0 && !progress(i, total)) {
            out.cancelled = true;
            out.personIds.clear();
            return out; // the transaction rolls back
        }
        const ImportRow &r = report.rows.at(i);
        if (!r.ok())
            continue;
        try {
            out.personIds.append(people.insert(r.person, r.memberSince));
        } catch (const Error &e) {
            throw Error(
                e.kind(),
                Tr::tr("Row %1: %2 Nothing was imported.").arg(r.sheetRow).arg(e.message()));
        }
    }
    tx.commit();
    out.backupPath = backup.keep();
    if (progress)
        progress(total, total);
    return out;
}

} // namespace dj
