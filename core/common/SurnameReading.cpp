#include "SurnameReading.h"

#include <QHash>

namespace dj {

QString surnameForCollation(const QString &name)
{
    // Surname → a common character with the surname's reading and tone (the collation orders
    // by syllable and tone, so the tone must match too).
    static const QHash<QChar, QChar> stand = {
        {u'曾', u'增'}, // zēng
        {u'单', u'善'}, // shàn
        {u'解', u'谢'}, // xiè
        {u'仇', u'求'}, // qiú
        {u'朴', u'瓢'}, // piáo
        {u'区', u'欧'}, // ōu
        {u'查', u'渣'}, // zhā
        {u'乐', u'岳'}, // yuè
        {u'缪', u'妙'}, // miào
        {u'种', u'虫'}, // chóng
        {u'秘', u'必'}, // bì
        {u'繁', u'婆'}, // pó
        {u'召', u'邵'}, // shào
        {u'覃', u'秦'}, // qín
        {u'华', u'化'}, // huà
        {u'纪', u'己'}, // jǐ
    };
    if (name.isEmpty())
        return name;
    const auto it = stand.constFind(name.front());
    if (it == stand.cend())
        return name;
    QString text = name;
    text[0] = *it;
    return text;
}

} // namespace dj
