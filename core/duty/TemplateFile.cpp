#include "TemplateFile.h"

#include "TemplateRules.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

static void initDutyResources() { Q_INIT_RESOURCE(duty); }

namespace dj {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dj::TemplateFile)
};
const QString kFormat = QStringLiteral("dangjian-duty-templates");

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString().trimmed(); }

DutyTemplateItem itemFrom(const QJsonObject &o, int index, const QString &templateName)
{
    DutyTemplateItem item;
    item.code = str(o, "code");
    item.sortOrder = index;
    item.category = str(o, "category");
    item.title = str(o, "title");
    item.content = str(o, "content");
    bool ok = false;
    const QString frequency = str(o, "frequency");
    item.frequency = vocab::frequencyFromCode(frequency, &ok);
    if (!ok)
        throw Error(Error::Kind::Invalid,
                    Tr::tr("%1, item %2: the frequency \"%3\" is not one of once, monthly, "
                           "quarterly, half_yearly, yearly, by_date.")
                        .arg(templateName, item.code.isEmpty() ? QString::number(index + 1) : item.code, frequency));
    item.deadline = str(o, "deadline");
    item.expected = o.value(QLatin1String("expected")).toInt(1);
    item.evidence = str(o, "evidence");
    item.carriesOut = str(o, "carriesOut");
    return item;
}
} // namespace

QList<DutyTemplate> TemplateFile::parse(const QByteArray &json, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || root.value(QLatin1String("format")).toString() != kFormat)
        throw Error(Error::Kind::NotOurFile,
                    Tr::tr("%1 is not a Dangjian Desk template file.").arg(source));
    const int version = root.value(QLatin1String("formatVersion")).toInt();
    if (version > FormatVersion)
        throw Error(Error::Kind::TooNew,
                    Tr::tr("%1 was saved by a newer version of Dangjian Desk (template format %2; "
                           "this version reads up to %3). Update the program to load it.")
                        .arg(source)
                        .arg(version)
                        .arg(FormatVersion));
    QList<DutyTemplate> out;
    for (const QJsonValue &v : root.value(QLatin1String("templates")).toArray()) {
        const QJsonObject o = v.toObject();
        DutyTemplate t;
        bool ok = false;
        const QString subject = str(o, "subject");
        t.subject = vocab::dutySubjectFromCode(subject, &ok);
        if (!ok)
            throw Error(Error::Kind::Invalid,
                        Tr::tr("%1: \"%2\" is not a list this version knows.").arg(source, subject));
        t.year = o.value(QLatin1String("year")).toInt(0);
        t.name = str(o, "name");
        const QJsonArray items = o.value(QLatin1String("items")).toArray();
        for (int i = 0; i < items.size(); ++i)
            t.items << itemFrom(items.at(i).toObject(), i, t.name);
        try {
            templaterules::checkTemplate(t);
        } catch (const Error &e) {
            throw Error(e.kind(), Tr::tr("%1, %2: %3").arg(source, t.name, e.message()));
        }
        for (const DutyTemplate &other : std::as_const(out)) {
            if (other.subject == t.subject && other.year == t.year)
                throw Error(Error::Kind::Invalid,
                            Tr::tr("%1 holds two templates for %2.").arg(source, vocab::label(t.subject)));
        }
        out << t;
    }
    if (out.isEmpty())
        throw Error(Error::Kind::Invalid, Tr::tr("%1 holds no templates.").arg(source));
    return out;
}

QList<DutyTemplate> TemplateFile::read(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound, Tr::tr("Cannot open %1: %2").arg(name, f.errorString()));
    if (f.size() > MaxBytes)
        throw Error(Error::Kind::NotOurFile, Tr::tr("%1 is not a Dangjian Desk template file.").arg(name));
    return parse(f.readAll(), name);
}

QList<DutyTemplate> TemplateFile::builtins()
{
    initDutyResources();
    static const QList<DutyTemplate> all = [] {
        QFile f(QStringLiteral(":/dj/duty/templates.json"));
        f.open(QIODevice::ReadOnly);
        return parse(f.readAll(), QStringLiteral("templates.json"));
    }();
    return all;
}

QByteArray TemplateFile::serialize(const QList<DutyTemplate> &templates)
{
    QJsonArray list;
    for (const DutyTemplate &t : templates) {
        QJsonArray items;
        for (const DutyTemplateItem &i : t.items)
            items.append(QJsonObject{{QStringLiteral("code"), i.code},
                                     {QStringLiteral("category"), i.category},
                                     {QStringLiteral("title"), i.title},
                                     {QStringLiteral("content"), i.content},
                                     {QStringLiteral("frequency"), vocab::code(i.frequency)},
                                     {QStringLiteral("deadline"), i.deadline},
                                     {QStringLiteral("expected"), i.expected},
                                     {QStringLiteral("evidence"), i.evidence},
                                     {QStringLiteral("carriesOut"), i.carriesOut}});
        QJsonObject o{{QStringLiteral("subject"), vocab::code(t.subject)},
                      {QStringLiteral("name"), t.name},
                      {QStringLiteral("items"), items}};
        if (t.year > 0)
            o.insert(QStringLiteral("year"), t.year);
        list.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("formatVersion"), FormatVersion},
                           {QStringLiteral("templates"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void TemplateFile::write(const QList<DutyTemplate> &templates, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(serialize(templates)) < 0 || !f.commit())
        throw Error(Error::Kind::Storage, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
}

} // namespace dj
