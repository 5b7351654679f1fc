#include "UiText.h"

namespace uitext {

QString date(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—"); }

QStringList cjkFamilies()
{
    return {QStringLiteral("Microsoft YaHei"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("SimSun")};
}

} // namespace uitext
