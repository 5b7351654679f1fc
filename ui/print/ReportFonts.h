#pragma once

#include <QString>
#include <QStringList>

// The faces of printed forms, after GB/T 9704: titles in a 小标宋/黑体-style face, body text in a
// 宋体/仿宋-style face. Each face is a fallback chain of named families (named explicitly, or
// Chinese may fall back to Japanese glyph shapes); the first installed one is used.
//
// On Linux only faces whose PDF text extracts exactly are in the chains: Noto Sans/Serif CJK
// map some characters to radicals in the text layer (一 → ⼀), so they are never chosen.
// AR PL UMing CN (fonts-arphic-uming) is the serif face there, WenQuanYi Micro Hei the last
// resort for both.
class ReportFonts
{
public:
    enum class Face { Title, Body };

    // The chain of `face`, best first; its last entry is the last resort.
    static QStringList chain(Face face);
    // The first family of the chain that `installed` holds (case-insensitive), or the last
    // resort when none is.
    static QString family(Face face, const QStringList &installed);
    // The same over the families installed on this machine.
    static QString family(Face face);
};
