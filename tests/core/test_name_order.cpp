// Names in 拼音 or 姓氏笔画 order (issue 17, item 10): the keys, their stability, and the
// people list sorted by them.
#include "SmallTree.h"

#include "common/NameOrder.h"

#include <QCollator>
#include <QRandomGenerator>
#include <algorithm>
#include <catch2/catch.hpp>

using dj::NameOrder;

namespace {
// The mode for one test, restored after it (the order is process-wide).
struct ModeFor
{
    NameOrder::Mode before = NameOrder::mode();
    explicit ModeFor(NameOrder::Mode m) { NameOrder::setMode(m); }
    ~ModeFor() { NameOrder::setMode(before); }
};

QStringList sortedByKey(QStringList names)
{
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return NameOrder::less(a, b); });
    return names;
}

QString randomName(QRandomGenerator &r)
{
    static const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭万严于");
    static const QString given = QStringLiteral("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国红梅玉志海燕晓东");
    QString n = surnames.at(r.bounded(surnames.size()));
    for (int i = 0, k = 1 + r.bounded(2); i < k; ++i)
        n += given.at(r.bounded(given.size()));
    return n;
}
} // namespace

TEST_CASE("a key between two keys sorts strictly between them and never ends in a zero byte", "[names]")
{
    QRandomGenerator r(17);
    QList<QByteArray> keys{NameOrder::between({}, {})};
    for (int i = 0; i < 3000; ++i) {
        // Inserting at the ends and in the middle, in the worst order too (always first, always last).
        std::sort(keys.begin(), keys.end());
        const int at = i % 3 == 0 ? 0 : i % 3 == 1 ? int(keys.size()) : int(r.bounded(keys.size() + 1));
        const QByteArray below = at == 0 ? QByteArray() : keys.at(at - 1);
        const QByteArray above = at == keys.size() ? QByteArray() : keys.at(at);
        const QByteArray k = NameOrder::between(below, above);
        REQUIRE(!k.isEmpty());
        REQUIRE(k.back() != '\0');
        REQUIRE((below.isEmpty() || below < k));
        REQUIRE((above.isEmpty() || k < above));
        keys.append(k);
    }
}

TEST_CASE("names sort by pinyin, or by the strokes of the surname, not by code point", "[names]")
{
    const QStringList names{QStringLiteral("万里"), QStringLiteral("严明"), QStringLiteral("于洋"), QStringLiteral("何平"),
                            QStringLiteral("张伟"), QStringLiteral("阿英")};
    {
        ModeFor pinyin(NameOrder::Mode::Pinyin);
        CHECK(sortedByKey(names) == QStringList{QStringLiteral("阿英"), QStringLiteral("何平"), QStringLiteral("万里"),
                                                QStringLiteral("严明"), QStringLiteral("于洋"), QStringLiteral("张伟")});
    }
    {
        ModeFor strokes(NameOrder::Mode::Strokes);
        const QStringList s = sortedByKey(names);
        // 万 and 于 have three strokes, 严, 何 and 张 seven.
        CHECK(s.indexOf(QStringLiteral("万里")) < s.indexOf(QStringLiteral("何平")));
        CHECK(s.indexOf(QStringLiteral("于洋")) < s.indexOf(QStringLiteral("张伟")));
        CHECK(s.indexOf(QStringLiteral("于洋")) < s.indexOf(QStringLiteral("严明")));
    }
}

TEST_CASE("surnames read otherwise than their characters sort by the surname's reading", "[names]")
{
    const auto L = [](const char16_t *s) { return QString::fromUtf16(s); };
    {
        ModeFor pinyin(NameOrder::Mode::Pinyin);
        // 曾 zēng after 杨 yáng, 单 shàn after 沙 shā, 解 xiè after 吴 wú, 仇 qiú after 彭 péng,
        // 华 huà after 胡 hú; the everyday readings (céng, dān, jiě, chóu, huá) put them elsewhere.
        CHECK(sortedByKey({L(u"张伟"), L(u"曾敏"), L(u"陈静"), L(u"杨洋"), L(u"蔡明")})
              == QStringList{L(u"蔡明"), L(u"陈静"), L(u"杨洋"), L(u"曾敏"), L(u"张伟")});
        CHECK(sortedByKey({L(u"沈平"), L(u"单强"), L(u"邓军"), L(u"沙丽")})
              == QStringList{L(u"邓军"), L(u"沙丽"), L(u"单强"), L(u"沈平")});
        CHECK(sortedByKey({L(u"解放"), L(u"金涛"), L(u"吴刚"), L(u"徐霞")})
              == QStringList{L(u"金涛"), L(u"吴刚"), L(u"解放"), L(u"徐霞")});
        CHECK(sortedByKey({L(u"仇军"), L(u"陈红"), L(u"彭东"), L(u"任杰")})
              == QStringList{L(u"陈红"), L(u"彭东"), L(u"仇军"), L(u"任杰")});
        CHECK(sortedByKey({L(u"华明"), L(u"胡杰"), L(u"黄海")})
              == QStringList{L(u"胡杰"), L(u"华明"), L(u"黄海")});
        // Only the surname: 曾 inside a given name keeps the everyday reading of the collation.
        CHECK(NameOrder::less(L(u"王曾"), L(u"王张")));
    }
    {
        ModeFor strokes(NameOrder::Mode::Strokes);
        // Stroke order counts the character itself: 单 (8 strokes) before 曾 (12).
        CHECK(NameOrder::less(L(u"单强"), L(u"曾敏")));
    }
}

TEST_CASE("keys given one by one or many at once agree with the collation, and never change", "[names]")
{
    ModeFor pinyin(NameOrder::Mode::Pinyin);
    QRandomGenerator r(5);
    QStringList batch, single;
    for (int i = 0; i < 1500; ++i)
        batch << randomName(r);
    for (int i = 0; i < 300; ++i)
        single << randomName(r) + QStringLiteral("甲");
    NameOrder::prime(batch);
    QHash<QString, QByteArray> first;
    for (const QString &n : batch)
        first.insert(n, NameOrder::key(n));
    for (const QString &n : single) // after the batch, one at a time
        first.insert(n, NameOrder::key(n));

    QStringList all = batch + single;
    all.removeDuplicates();
    QCollator c(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
    c.setNumericMode(true);
    for (int i = 0; i < 4000; ++i) {
        const QString &a = all.at(r.bounded(all.size()));
        const QString &b = all.at(r.bounded(all.size()));
        const int byCollator = c.compare(a, b);
        if (byCollator != 0)
            REQUIRE((first.value(a) < first.value(b)) == (byCollator < 0));
        else if (a != b)
            REQUIRE(first.value(a) != first.value(b));
    }
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        REQUIRE(NameOrder::key(it.key()) == it.value());
    // Primed in one go, the keys stay short.
    int longest = 0;
    for (const QString &n : batch)
        longest = std::max(longest, int(first.value(n).size()));
    CHECK(longest <= 8);
}

TEST_CASE("the people list is in pinyin order, equal names in the order they were entered", "[names][person]")
{
    ModeFor pinyin(NameOrder::Mode::Pinyin);
    SmallTree t;
    int seq = 11;
    for (const QString &n : {QStringLiteral("于洋"), QStringLiteral("万里"), QStringLiteral("何平"), QStringLiteral("严明"),
                             QStringLiteral("阿英"), QStringLiteral("何平")})
        t.person(n, t.branch1, seq += 2);
    QStringList listed;
    for (const dj::PersonRow &p : t.people.rows(t.people.matches({})))
        listed << p.name;
    CHECK(listed == QStringList{QStringLiteral("阿英"), QStringLiteral("何平"), QStringLiteral("何平"), QStringLiteral("万里"),
                                QStringLiteral("严明"), QStringLiteral("于洋")});

    ModeFor strokes(NameOrder::Mode::Strokes);
    listed.clear();
    for (const dj::PersonRow &p : t.people.rows(t.people.matches({})))
        listed << p.name;
    CHECK(listed.indexOf(QStringLiteral("万里")) < listed.indexOf(QStringLiteral("何平")));
    CHECK(listed.indexOf(QStringLiteral("于洋")) < listed.indexOf(QStringLiteral("严明")));
}
