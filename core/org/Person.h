#pragma once

#include <QDate>
#include <QString>

namespace dj {

enum class Standing { Full, Probationary };       // 正式党员 / 预备党员
enum class CadreKind { None, FullTime, PartTime }; // 党务干部: 专职 / 兼职 / 否

struct Person
{
    QString id;
    QString name;
    QChar gender = QLatin1Char('M'); // 'M' or 'F'
    QString ethnicity = QStringLiteral("汉族");
    QDate birthDate;
    QString idNumber;
    QString phone;
    QString education;
    QString workUnit;
    QString department;
    QString position;
    Standing standing = Standing::Full;
    QDate joinedOn;
    QDate fullMemberOn;
    QString branchId; // current branch; the history is in membership rows
    CadreKind cadre = CadreKind::None;
    QString note;
    qint64 version = 0;
};

} // namespace dj
