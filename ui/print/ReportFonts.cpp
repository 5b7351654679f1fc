#include "ReportFonts.h"

#include <QFontDatabase>

QStringList ReportFonts::chain(Face face)
{
    const QString lastResort = QStringLiteral("WenQuanYi Micro Hei");
    if (face == Face::Title)
        return {QStringLiteral("FZXiaoBiaoSong-B05S"), // 方正小标宋简体, the GB/T 9704 title face
                QStringLiteral("方正小标宋简体"),       QStringLiteral("SimHei"),
                QStringLiteral("黑体"),                 QStringLiteral("Microsoft YaHei"), lastResort};
    return {QStringLiteral("SimSun"),        QStringLiteral("宋体"),     QStringLiteral("FangSong"),
            QStringLiteral("仿宋"),          QStringLiteral("AR PL UMing CN"), lastResort};
}

QString ReportFonts::family(Face face, const QStringList &installed)
{
    const QStringList faces = chain(face);
    for (const QString &f : faces)
        if (installed.contains(f, Qt::CaseInsensitive))
            return f;
    return faces.last();
}

QString ReportFonts::family(Face face)
{
    return family(face, QFontDatabase::families());
}
