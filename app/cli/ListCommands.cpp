#include "ListCommands.h"

#include "common/Clock.h"
#include "exchange/TableLabels.h"
#include "org/OrganizationRepository.h"
#include "org/PersonRepository.h"
#include "org/PostRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};
QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

} // namespace

int orgList(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), true);
    dj::OrganizationRepository orgs(*db);
    dj::PostRepository posts(*db);
    const QList<dj::Organization> all = orgs.all();
    QHash<QString, QString> codeOf;
    QHash<QString, int> depth;
    for (const dj::Organization &o : all) {
        codeOf.insert(o.id, o.code);
        depth.insert(o.id, o.parentId.isEmpty() ? 0 : depth.value(o.parentId) + 1);
    }
    QJsonArray rows;
    for (const dj::Organization &o : all) {
        dj::PostType head;
        const QString secretary = dj::vocab::headPostOf(o.type, &head) ? posts.holderName(o.id, head) : QString();
        if (a.has(QStringLiteral("json"))) {
            rows.append(QJsonObject{{QStringLiteral("id"), o.id},
                                    {QStringLiteral("code"), o.code},
                                    {QStringLiteral("name"), o.name},
                                    {QStringLiteral("shortName"), o.shortName},
                                    {QStringLiteral("type"), dj::vocab::code(o.type)},
                                    {QStringLiteral("parentCode"), codeOf.value(o.parentId)},
                                    {QStringLiteral("unitKind"), dj::vocab::code(o.unitKind)},
                                    {QStringLiteral("status"), dj::vocab::code(o.status)},
                                    {QStringLiteral("termStart"), iso(o.termStart)},
                                    {QStringLiteral("termEnd"), iso(o.termEnd())},
                                    {QStringLiteral("head"), secretary}});
        } else {
            printLine(QString(depth.value(o.id) * 2, QLatin1Char(' ')) +
                      QStringLiteral("%1  %2  [%3]%4%5")
                          .arg(o.code, o.name, dj::vocab::label(o.type),
                               secretary.isEmpty() ? QString() : QStringLiteral("  ") + secretary,
                               o.isActive() ? QString() : QStringLiteral("  (") + dj::vocab::label(o.status) + QLatin1Char(')')));
        }
    }
    if (a.has(QStringLiteral("json")))
        printJson(QJsonDocument(rows));
    return Ok;
}

int personList(const CliArgs &a)
{
    auto db = openData(a.required(0, Tr::tr("FILE")), true);
    dj::PersonFilter f;
    f.text = a.value(QStringLiteral("search"));
    if (a.options.contains(QStringLiteral("org"))) {
        const dj::Organization org = dj::OrganizationRepository(*db).byCode(a.value(QStringLiteral("org")));
        if (org.id.isEmpty())
            throw dj::Error(dj::Error::Kind::NotFound,
                            Tr::tr("No organisation has the code %1.").arg(a.value(QStringLiteral("org"))));
        f.subtreeOf = org.id;
    }
    dj::PersonRepository people(*db);
    const bool json = a.has(QStringLiteral("json"));
    QJsonArray rows;
    constexpr int kChunk = 5000;
    const QVector<qint64> matches = people.matches(f);
    for (int offset = 0; offset < matches.size(); offset += kChunk) {
        const QList<dj::PersonRow> page = people.rows(matches.mid(offset, kChunk));
        for (const dj::PersonRow &r : page) {
            const QString standing = r.standing == dj::Standing::Full ? QStringLiteral("full") : QStringLiteral("probationary");
            if (json) {
                rows.append(QJsonObject{{QStringLiteral("id"), r.id},
                                        {QStringLiteral("name"), r.name},
                                        {QStringLiteral("gender"), QString(r.gender)},
                                        {QStringLiteral("ethnicity"), r.ethnicity},
                                        {QStringLiteral("birthDate"), iso(r.birthDate)},
                                        {QStringLiteral("joinedOn"), iso(r.joinedOn)},
                                        {QStringLiteral("standing"), standing},
                                        {QStringLiteral("branchCode"), r.branchCode},
                                        {QStringLiteral("branch"), r.branchName},
                                        {QStringLiteral("phone"), r.phone},
                                        {QStringLiteral("idNumber"), r.idNumber}});
            } else {
                // 男/女 and 正式党员/预备党员 as on the page; the codes are in --json.
                printLine(QStringList{r.name, dj::TableLabels::value(QStringLiteral("person"), QStringLiteral("gender"), QString(r.gender)),
                                      iso(r.birthDate), dj::TableLabels::value(QStringLiteral("person"), QStringLiteral("standing"), standing),
                                      r.branchCode, r.branchName, r.phone}
                              .join(QLatin1Char('\t')));
            }
        }
    }
    if (json)
        printJson(QJsonDocument(rows));
    return Ok;
}

} // namespace cli
