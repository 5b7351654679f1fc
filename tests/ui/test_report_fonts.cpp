// The faces of printed forms: one fallback chain per face (小标宋/黑体 titles, 宋体/仿宋 body),
// the first installed one chosen, and on this machine a face whose PDF text pdftotext reads
// back exactly (Noto CJK's text layer maps 一 to the radical ⼀: never chosen).
#include "PdfText.h"

#include "print/ReportFonts.h"
#include "print/ReportRenderer.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using Face = ReportFonts::Face;

namespace {
// Characters that fonts with Kangxi radicals in their cmap give back as radicals (一 → ⼀,
// 人 → ⼈, 民 → ⺠, 长 → ⻓ …), in the words of the forms.
const QString kSample = QStringLiteral(
    "第一党支部民主评议党员 人事处 日常考核 一票否决 门户 长期 言行 金融 田野 目标 见习 龟鹿 "
    "部门党组（党委） 机关党委（盖章） 填表人签字 日期：二〇二六年十一月二十四日 "
    "八 入 刀 力 十 又 口 土 大 女 子 小 山 工 己 干 心 手 文 方 日 月 木 水 火 牛 玉 生 用 白 石 立 "
    "竹 米 羊 老 耳 自 至 舌 色 行 衣 西 角 谷 豆 走 足 身 车 里 雨 青 非 面 音 页 风 飞 食 首 香 马 高 鬼 鱼 鸟 "
    "鹿 麦 麻 黄 黑 鼎 鼓 鼠 鼻 齐 齿 龙");

// `family` at 10.5 pt on an A4 PDF, read back with pdftotext.
QString roundTrip(const QString &family, const QString &pdf)
{
    {
        QPdfWriter w(pdf);
        w.setResolution(300);
        QPainter p(&w);
        QFont f(family);
        f.setPointSizeF(10.5);
        p.setFont(f);
        p.drawText(QRectF(0, 0, w.width(), w.height()), Qt::TextWordWrap, kSample);
    }
    return pageText(pdf, 1);
}
} // namespace

TEST_CASE("each face is the first installed family of its chain", "[ui][print][fonts]")
{
    CHECK(ReportFonts::family(Face::Body, {QStringLiteral("SimSun"), QStringLiteral("AR PL UMing CN"),
                                           QStringLiteral("WenQuanYi Micro Hei")}) == QStringLiteral("SimSun"));
    CHECK(ReportFonts::family(Face::Body, {QStringLiteral("FangSong"), QStringLiteral("WenQuanYi Micro Hei")}) ==
          QStringLiteral("FangSong"));
    CHECK(ReportFonts::family(Face::Body, {QStringLiteral("ar pl uming cn"), QStringLiteral("WenQuanYi Micro Hei")}) ==
          QStringLiteral("AR PL UMing CN"));
    CHECK(ReportFonts::family(Face::Title, {QStringLiteral("SimHei"), QStringLiteral("FZXiaoBiaoSong-B05S")}) ==
          QStringLiteral("FZXiaoBiaoSong-B05S"));
    CHECK(ReportFonts::family(Face::Title, {QStringLiteral("SimHei"), QStringLiteral("Microsoft YaHei")}) ==
          QStringLiteral("SimHei"));
    // Nothing of the chain installed (Noto only): today's face, WenQuanYi Micro Hei.
    const QStringList noto{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC")};
    CHECK(ReportFonts::family(Face::Body, noto) == QStringLiteral("WenQuanYi Micro Hei"));
    CHECK(ReportFonts::family(Face::Title, {}) == QStringLiteral("WenQuanYi Micro Hei"));
    for (const Face face : {Face::Body, Face::Title})
        for (const QString &f : ReportFonts::chain(face))
            CHECK_FALSE(f.startsWith(QStringLiteral("Noto")));
}

TEST_CASE("the faces chosen here are the ones drawn, and their PDF text reads back exactly", "[ui][print][fonts]")
{
    QTemporaryDir dir;
    // Every family of the chains that this machine has, the chosen ones included.
    QStringList tried;
    for (const Face face : {Face::Body, Face::Title})
        for (const QString &f : ReportFonts::chain(face))
            if (QFontDatabase::families().contains(f, Qt::CaseInsensitive) && !tried.contains(f))
                tried << f;
    REQUIRE(tried.contains(ReportFonts::family(Face::Body)));
    REQUIRE(tried.contains(ReportFonts::family(Face::Title)));
    for (const QString &family : std::as_const(tried)) {
        INFO(family.toStdString());
        CHECK(QFontInfo(QFont(family)).family().compare(family, Qt::CaseInsensitive) == 0);
        CHECK(roundTrip(family, dir.filePath(family + QStringLiteral(".pdf"))) == squeezed(kSample));
    }
    CHECK(QFontInfo(ReportRenderer::bodyFont(10.5)).family().compare(ReportFonts::family(Face::Body),
                                                                      Qt::CaseInsensitive) == 0);
    CHECK(QFontInfo(ReportRenderer::titleFont(18)).family().compare(ReportFonts::family(Face::Title),
                                                                     Qt::CaseInsensitive) == 0);
}
