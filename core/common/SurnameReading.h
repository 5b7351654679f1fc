#pragma once

#include <QString>

namespace dj {

// The text 拼音 order collates for a name. A handful of surnames are read otherwise than the
// character's everyday reading that the collation knows (曾 zēng not céng, 单 shàn not dān,
// 解 xiè not jiě …): their first character is replaced by one with the surname's reading, so
// 曾 sorts among the z names, where officers look for it.
QString surnameForCollation(const QString &name);

} // namespace dj
