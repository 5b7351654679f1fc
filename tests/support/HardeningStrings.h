#pragma once

#include <QStringList>

// Text that has broken programs before: quotes, backslashes, SQL, format placeholders,
// formulas, characters outside the BMP, right-to-left text, combining marks, invisible
// characters. Each is a valid one-line value of at most 50 UTF-16 units (a person's name),
// with no space at either end (names are trimmed) and no control character (refused).
namespace hardening {

inline const QStringList &oddStrings()
{
    static const QStringList list{
        QStringLiteral("O'Brien \"Bob\" 奥布赖恩"),
        QStringLiteral("back\\slash \\n \\0 \\\\ \\' \\\""),
        QStringLiteral("'); DROP TABLE person; --"),
        QStringLiteral("x' OR '1'='1"),
        QStringLiteral("\"); DELETE FROM organization; --"),
        QStringLiteral("%1 %2 %n %L1 ?1 ? :name @p $1 %s"),
        QStringLiteral("=SUM(A1:A9)"),
        QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")"),
        QStringLiteral("+86 138 0013 8000"),
        QStringLiteral("-5"),
        QStringLiteral("@cmd|' /C calc'!A0"),
        QStringLiteral("'=1+1"),
        QStringLiteral("''+x"),
        QStringLiteral("'plain"),
        QStringLiteral("\U00020000\U00020001\U0002A6A5\U0002B740 𠮷野家"),
        QStringLiteral("👩‍💻🇨🇳❤️👍🏽"),
        QStringLiteral("مرحبا بالعالم"),
        QStringLiteral("שלום \u200F(RTL)\u200E עולם"),
        QStringLiteral("e\u0301 é n\u0303 ñ"),
        QStringLiteral("zero\u200Bwidth\uFEFFbom\u00A0nbsp\u3000全角空格"),
        QStringLiteral("line\u2028sep\u2029para"),
        QStringLiteral("＝ＳＵＭ（Ａ１）全角，；："),
        QStringLiteral("<b>&amp;</b><script>x</script>"),
        QStringLiteral("NULL"),
        QStringLiteral("a,b;c\"d\"\"e"),
        QStringLiteral("中共某某市商务局机关第一党支部"),
    };
    return list;
}

} // namespace hardening
