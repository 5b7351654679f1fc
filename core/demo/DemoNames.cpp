#include "DemoNames.h"

#include "org/IdNumber.h"

#include <QList>

#include <algorithm>

namespace dj {

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

struct Weighted
{
    const char *value;
    int weight;
};

// The most common surnames, weighted by share of the population (per 10,000; after the
// 2020 census), so a list of 600 people looks like a real office: many 王, 李, 张, 刘.
const Weighted kSurnames[] = {
    {"王", 710}, {"李", 700}, {"张", 640}, {"刘", 540}, {"陈", 450}, {"杨", 310}, {"黄", 220},
    {"赵", 200}, {"吴", 180}, {"周", 170}, {"徐", 130}, {"孙", 130}, {"马", 120}, {"朱", 110},
    {"胡", 100}, {"郭", 100}, {"何", 95},  {"林", 90},  {"高", 90},  {"罗", 85},  {"郑", 80},
    {"梁", 70},  {"谢", 60},  {"宋", 55},  {"唐", 55},  {"许", 50},  {"韩", 50},  {"冯", 50},
    {"邓", 50},  {"曹", 45},  {"彭", 45},  {"曾", 45},  {"肖", 45},  {"田", 40},  {"董", 40},
    {"袁", 40},  {"潘", 40},  {"于", 40},  {"蒋", 40},  {"蔡", 40},  {"余", 35},  {"杜", 35},
    {"叶", 35},  {"程", 35},  {"苏", 30},  {"魏", 30},  {"吕", 30},  {"丁", 30},  {"任", 30},
    {"沈", 30},  {"姚", 30},  {"卢", 30},  {"姜", 30},  {"崔", 30},  {"钟", 30},  {"谭", 25},
    {"陆", 25},  {"汪", 25},  {"范", 25},  {"金", 25},  {"石", 25},  {"廖", 25},  {"贾", 25},
    {"夏", 20},  {"韦", 20},  {"付", 20},  {"方", 20},  {"白", 20},  {"邹", 20},  {"孟", 20},
    {"熊", 20},  {"秦", 20},  {"邱", 20},  {"江", 20},  {"尹", 20},  {"薛", 20},  {"闫", 18},
    {"段", 18},  {"雷", 18},  {"侯", 18},  {"龙", 17},  {"史", 17},  {"陶", 16},  {"黎", 16},
    {"贺", 16},  {"顾", 15},  {"毛", 15},  {"郝", 15},  {"龚", 15},  {"邵", 15},  {"万", 14},
    {"钱", 14},  {"严", 14},  {"覃", 13},  {"武", 13},  {"戴", 13},  {"莫", 12},  {"孔", 12},
    {"向", 12},  {"汤", 12},  {"常", 10},  {"欧阳", 5}, {"上官", 1}, {"司马", 1}, {"诸葛", 1},
};

const char kMaleChars[] =
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国志文海峰亮东"
    "晨博然轩睿哲昊天锋毅诚新立远翔振永德兴成民庆祥胜春生";
const char kFemaleChars[] =
    "芳娜敏静丽艳娟霞燕玲婷雪琳晶慧颖倩丹洁萍红梅莉琴云兰凤佳欣怡悦璐瑶蕾薇露楠"
    "雯茜蓉萱彤雅思梦诗月";
const char kSharedChars[] = "晓小文志建海立永春明子一嘉雨思宏俊家安宁";

const Weighted kEthnicities[] = {
    {"汉族", 918}, {"回族", 15},  {"满族", 15}, {"土家族", 12}, {"蒙古族", 8}, {"壮族", 8},
    {"苗族", 8},   {"朝鲜族", 4}, {"彝族", 3},  {"侗族", 3},    {"藏族", 2},   {"维吾尔族", 2},
};

// Real county-level administrative codes. Most staff come from the home province (湖南),
// the rest from elsewhere; minorities mostly from their autonomous regions.
const char kHomeAreas[] = "430102 430103 430104 430105 430111 430112 430121 430181 430182 430202 "
                          "430302 430502 430602 430702 430802 430902 431002 431102 431202 431302";
const char kOtherAreas[] = "110101 110105 110108 120101 130102 320102 320106 330106 340102 350102 "
                           "360102 370102 410105 420102 420106 440106 500103 510104 610113";
struct MinorityAreas
{
    const char *ethnicity;
    const char *areas;
};
const MinorityAreas kMinorityAreas[] = {
    {"回族", "640104 640302 620102"},
    {"满族", "210102 130802"},
    {"土家族", "433101 430802 422801"},
    {"蒙古族", "150102 150203"},
    {"壮族", "450102 450203"},
    {"苗族", "433101 431202 522601"},
    {"朝鲜族", "222401"},
    {"彝族", "532301 513401"},
    {"侗族", "431202 522601"},
    {"藏族", "540102"},
    {"维吾尔族", "650102 653101"},
};

// name|code|domain|head title|own divisions. The first is the department-scale demo.
const char *const kBureaus[] = {
    "市商务局|SW|商务|局长|对外贸易处,外国投资管理处,对外经济合作处,市场体系建设处,商贸服务业处,"
    "电子商务处,口岸处,开发区管理处",
    "市财政局|CZ|财政|局长|预算处,国库处,税政处,经济建设处,社会保障处,政府采购管理处,会计处",
    "市教育局|JY|教育|局长|基础教育处,职业教育与成人教育处,高等教育处,教师工作处,学生资助管理处,"
    "教育督导室",
    "市发展和改革委员会|FG|发展改革|主任|国民经济综合处,固定资产投资处,产业发展处,价格管理处,"
    "农村经济处,社会发展处",
    "市工业和信息化局|GX|工业和信息化|局长|产业发展处,中小企业处,信息化推进处,节能与综合利用处,"
    "技术创新处",
    "市民政局|MZ|民政|局长|社会救助处,养老服务处,社会组织管理处,区划地名处,儿童福利处",
    "市司法局|SF|司法|局长|立法处,行政执法协调监督处,律师工作处,公共法律服务处,社区矫正管理处",
    "市人力资源和社会保障局|RS|人力资源|局长|就业促进处,职业能力建设处,专业技术人员管理处,"
    "劳动关系处,养老保险处,工伤保险处",
    "市自然资源和规划局|ZR|自然资源|局长|国土空间规划处,耕地保护监督处,自然资源确权登记处,"
    "测绘地理信息处,矿产资源管理处",
    "市生态环境局|HB|生态环境|局长|大气环境处,水生态环境处,土壤生态环境处,环境影响评价处,"
    "生态环境监测处",
    "市住房和城乡建设局|ZJ|住房和城乡建设|局长|房地产市场监管处,住房保障处,建筑市场监管处,"
    "城市建设处,村镇建设处,工程质量安全监管处",
    "市交通运输局|JT|交通运输|局长|综合规划处,公路管理处,道路运输处,水运管理处,安全监督处",
    "市水利局|SL|水利|局长|水资源管理处,河湖管理处,水利工程建设处,农村水利水电处,水旱灾害防御处",
    "市农业农村局|NY|农业农村|局长|种植业管理处,畜牧兽医处,乡村产业发展处,农村合作经济指导处,"
    "农田建设管理处",
    "市文化旅游广电局|WL|文化旅游|局长|艺术处,公共服务处,文物保护处,资源开发处,市场管理处,"
    "广播电视处",
    "市卫生健康委员会|WJ|卫生健康|主任|医政医管处,基层卫生健康处,疾病预防控制处,妇幼健康处,"
    "老龄健康处,中医药管理处",
    "市退役军人事务局|TY|退役军人|局长|思想政治和权益维护处,移交安置处,就业创业处,优抚处,"
    "褒扬纪念处",
    "市应急管理局|YJ|应急管理|局长|风险监测和综合减灾处,救援协调和预案管理处,安全生产基础处,"
    "危险化学品安全监督管理处,防汛抗旱处",
    "市审计局|SJ|审计|局长|财政审计处,行政事业审计处,固定资产投资审计处,社会保障审计处,"
    "经济责任审计处",
    "市市场监督管理局|SC|市场监管|局长|登记注册处,信用监督管理处,价格监督检查处,"
    "食品生产安全监督管理处,特种设备安全监察处,知识产权处",
    "市体育局|TI|体育|局长|群众体育处,竞技体育处,青少年体育处,体育经济处",
    "市统计局|TJ|统计|局长|国民经济核算处,工业交通统计处,农村统计处,服务业统计处,"
    "人口和社会科技统计处",
    "市医疗保障局|YB|医疗保障|局长|待遇保障处,医药服务管理处,医药价格和招标采购处,基金监管处",
    "市城市管理和综合执法局|CG|城市管理|局长|市容环境卫生处,市政设施管理处,园林绿化处,执法监督处",
    "市林业局|LY|林业|局长|生态修复处,森林资源管理处,自然保护地管理处,森林防火处",
    "市科学技术局|KJ|科技|局长|高新技术发展及产业化处,农村科技处,社会发展科技处,"
    "成果转化与区域创新处,外国专家服务处",
    "市人民政府国有资产监督管理委员会|GZ|国资|主任|规划发展处,产权管理处,企业改革处,考核分配处,"
    "监督追责处",
    "市地方金融监督管理局|JR|金融|局长|银行保险处,资本市场处,地方金融监管处,金融风险防范处",
    "市粮食和物资储备局|LS|粮食和物资储备|局长|粮食储备处,物资储备处,流通与科技处,安全仓储处",
    "市人民防空办公室|RF|人防|主任|指挥通信处,工程管理处,宣传教育处",
    "市机关事务管理局|JS|机关事务|局长|公共机构节能处,资产管理处,公务用车管理处,房产管理处",
    "市信访局|XF|信访|局长|来访接待处,来信办理处,督查督办处,网上信访处",
    "市政务服务和大数据管理局|ZW|大数据|局长|政务服务处,数据资源处,信息化建设处,电子政务处",
    "市档案馆|DA|档案|馆长|档案接收处,档案利用处,档案保管处,编研处",
    "市住房公积金管理中心|GJ|住房公积金|主任|归集管理处,贷款管理处,稽核处,信息管理处",
    "市供销合作社|GXS|供销|主任|合作指导处,经营服务处,资产管理处",
    "市总工会|ZGH|职工|主席|组织部,宣传教育部,权益保障部,经济技术部,女职工部",
    "共青团市委|TW|青少年|书记|组织部,宣传部,青年发展部,少年部,统战部",
    "市妇女联合会|FL|妇女儿童|主席|组织联络部,宣传部,家庭和儿童工作部,权益部",
    "市科学技术协会|KX|科普|主席|学会学术部,科学普及部,组织人事部",
    "市残疾人联合会|CL|残疾人|理事长|康复部,教育就业部,维权部,宣传文体部",
    "市文学艺术界联合会|WLH|文艺|主席|组联部,创作研究部,艺术交流部",
    "市归国华侨联合会|QL|侨务|主席|联络部,经济科技部,权益保障部",
    "市贸易促进委员会|MC|贸易促进|会长|联络部,展览部,法律事务部,商事认证部",
    "市红十字会|HSH|红十字|会长|赈济救护部,组织宣传部,筹资部",
    "市工商业联合会|GSL|工商|主席|会员部,经济部,宣传教育部",
    "市民族宗教事务委员会|MW|民族宗教|主任|民族经济发展处,宗教一处,宗教二处",
    "市人民政府外事办公室|WS|外事|主任|国际交流处,护照签证处,礼宾处",
    "市人民政府台湾事务办公室|TB|对台交流|主任|交流处,经济处",
    "市人民政府研究室|YJS|政策研究|主任|综合研究处,经济研究处,社会研究处",
    "市委办公室|SWB|督查|主任|秘书一处,秘书二处,综合调研处,督查室,机要局",
    "市委组织部|ZZB|党员教育|部长|干部一处,干部二处,组织处,公务员管理处,人才工作处",
    "市委宣传部|XCB|宣传|部长|理论处,宣传教育处,新闻出版处,文艺处,网络传播处",
    "市委统一战线工作部|TZB|统战|部长|党外干部处,经济处,民族宗教处,新的社会阶层人士工作处",
    "市委政法委员会|ZFW|政法|书记|执法监督处,综治督导处,维稳指导处,政治部",
    "市委机构编制委员会办公室|BB|机构编制|主任|行政机构编制处,事业机构编制处,监督检查处",
    "市委政策研究室|ZYS|决策咨询|主任|经济研究处,社会研究处,党建研究处",
    "市委老干部局|LGB|老干部|局长|离休干部处,退休干部处,活动中心管理处",
    "市委网络安全和信息化委员会办公室|WX|网络安全|主任|网络安全协调处,网络舆情处,信息化发展处",
    "市委党校|DX|干部教育|校长|教务处,科研处,培训处,图书馆",
    "市人大常委会机关|RD|人大|秘书长|研究室,法制工作委员会,财政经济工作委员会,代表工作委员会",
    "市政协机关|ZX|政协|秘书长|研究室,提案委员会,经济委员会,文史和学习委员会",
    "市中级人民法院|FY|诉讼|院长|立案庭,刑事审判第一庭,民事审判第一庭,行政审判庭,执行局",
    "市人民检察院|JCY|检察|检察长|第一检察部,第二检察部,第三检察部,控告申诉检察部",
    "市人民政府办公室|ZFB|政务|主任|秘书一处,秘书二处,督查室,政务公开办",
    "市地方志编纂院|DFZ|地方志|院长|年鉴处,志书编纂处,资料处",
    "市乡村振兴局|XZ|乡村振兴|局长|产业发展处,社会帮扶处,考核评估处,项目管理处",
    "市招商合作局|ZS|招商|局长|招商一处,招商二处,项目服务处,产业研究处",
    "市药品监督管理局|YP|药品|局长|药品注册处,药品生产监管处,医疗器械监管处,化妆品监管处",
    "市知识产权局|ZC|知识产权|局长|专利管理处,商标管理处,知识产权保护处",
    "市公共资源交易中心|GG|公共资源交易|主任|交易一部,交易二部,信息技术部,综合部",
    "市社会保险服务中心|SB|社会保险|主任|参保登记科,待遇核定科,基金财务科",
    "市疾病预防控制中心|JK|疾病预防|主任|传染病防治所,慢性病防治所,免疫规划所,检验中心",
    "市广播电视台|GD|广播电视|台长|新闻中心,专题部,技术部,广告部",
    "市日报社|RB|新闻|社长|编辑部,要闻部,经济新闻部,融媒体中心",
    "市社会科学院|SK|社会科学|院长|经济研究所,社会学研究所,哲学研究所,历史研究所",
    "市农业科学院|NK|农业科技|院长|作物研究所,园艺研究所,畜牧研究所,植物保护研究所",
    "市图书馆|TSG|公共文化|馆长|采编部,借阅部,古籍部,数字资源部",
    "市博物馆|BWG|文物|馆长|陈列部,保管部,社会教育部,考古研究部",
    "市邮政管理局|YZ|邮政|局长|市场监管处,普遍服务处,安全监督处",
    "市气象局|QX|气象|局长|观测与网络处,预报服务处,科技与减灾处",
    "市税务局|SWJ|税务|局长|货物和劳务税处,所得税处,财产和行为税处,征管和科技发展处",
};

QList<QString> chars(const char *utf8)
{
    QList<QString> out;
    const QString s = u(utf8);
    for (QChar c : s)
        out.append(QString(c));
    return out;
}

template <size_t N> QString weightedPick(DemoNames &r, const Weighted (&table)[N])
{
    int total = 0;
    for (const Weighted &w : table)
        total += w.weight;
    int x = r.below(total);
    for (const Weighted &w : table) {
        if (x < w.weight)
            return u(w.value);
        x -= w.weight;
    }
    return u(table[0].value);
}

QString pickOf(DemoNames &r, std::initializer_list<const char *> options)
{
    const int i = r.below(int(options.size()));
    return u(*(options.begin() + i));
}

} // namespace

QString DemoNames::fullName(QChar gender)
{
    static const QList<QString> male = chars(kMaleChars);
    static const QList<QString> female = chars(kFemaleChars);
    static const QList<QString> shared = chars(kSharedChars);
    const QList<QString> &own = gender == QLatin1Char('M') ? male : female;
    QString name = weightedPick(*this, kSurnames);
    if (chance(25))
        return name + pick(own); // 单名, as many born in the 1970s-80s have
    name += chance(40) ? pick(shared) : pick(own);
    QString second = pick(own);
    while (name.endsWith(second))
        second = pick(own);
    return name + second;
}

QString DemoNames::ethnicity()
{
    return weightedPick(*this, kEthnicities);
}

QString DemoNames::areaCode(const QString &ethnicity)
{
    static const QStringList home = u(kHomeAreas).split(QLatin1Char(' '));
    static const QStringList other = u(kOtherAreas).split(QLatin1Char(' '));
    if (ethnicity != u("汉族") && chance(85)) {
        for (const MinorityAreas &m : kMinorityAreas) {
            if (ethnicity == u(m.ethnicity))
                return pick(u(m.areas).split(QLatin1Char(' ')));
        }
    }
    return chance(75) ? pick(home) : pick(other);
}

QString DemoNames::education(int age, bool retired)
{
    const int x = below(100);
    if (retired)
        return u(x < 35 ? "大学本科" : x < 65 ? "大学专科" : x < 85 ? "中专" : "高中");
    if (age < 35)
        return u(x < 4    ? "研究生（博士）"
                 : x < 44 ? "研究生（硕士）"
                 : x < 97 ? "大学本科"
                          : "大学专科");
    if (age < 50)
        return u(x < 3    ? "研究生（博士）"
                 : x < 28 ? "研究生（硕士）"
                 : x < 92 ? "大学本科"
                          : "大学专科");
    return u(x < 2    ? "研究生（博士）"
             : x < 14 ? "研究生（硕士）"
             : x < 74 ? "大学本科"
             : x < 94 ? "大学专科"
                      : "中专");
}

QString DemoNames::phone()
{
    static const int prefixes[] = {130, 131, 132, 133, 135, 136, 137, 138, 139,
                                   150, 151, 152, 153, 155, 156, 157, 158, 159,
                                   180, 181, 182, 183, 185, 186, 187, 188, 189};
    const int p = prefixes[below(int(sizeof prefixes / sizeof prefixes[0]))];
    return QString::number(p) + QStringLiteral("%1").arg(below(100000000), 8, 10, QLatin1Char('0'));
}

QString DemoNames::staffPosition(UnitKind kind, int age)
{
    switch (kind) {
    case UnitKind::Affiliated:
        if (age >= 45)
            return pickOf(*this, {"高级工程师", "高级经济师", "副科长", "六级职员", "七级职员"});
        if (age >= 35)
            return pickOf(*this, {"工程师", "经济师", "会计师", "七级职员", "八级职员"});
        return pickOf(*this, {"助理工程师", "助理经济师", "科员", "九级职员"});
    case UnitKind::Enterprise:
        if (age >= 45)
            return pickOf(*this, {"部门经理", "副经理", "高级经济师", "高级会计师"});
        if (age >= 35)
            return pickOf(*this, {"部门经理", "副经理", "主管", "会计师"});
        return pickOf(*this, {"主管", "业务专员", "职员"});
    default:
        break;
    }
    // Civil servants (公务员职级).
    if (age >= 52)
        return pickOf(*this, {"一级调研员", "二级调研员", "三级调研员", "一级主任科员"});
    if (age >= 45)
        return pickOf(*this, {"二级调研员", "三级调研员", "四级调研员", "一级主任科员"});
    if (age >= 38)
        return pickOf(*this, {"四级调研员", "一级主任科员", "二级主任科员"});
    if (age >= 32)
        return pickOf(*this, {"二级主任科员", "三级主任科员", "四级主任科员"});
    if (age >= 28)
        return pickOf(*this, {"四级主任科员", "副主任科员", "一级科员"});
    return pickOf(*this, {"一级科员", "科员"});
}

DemoNames::Identity DemoNames::identity(const QDate &today, int ageLo, int ageHi, int malePercent,
                                        bool retired, bool mayBeProbationary, QSet<QString> &taken)
{
    Identity p;
    p.gender = chance(malePercent) ? QLatin1Char('M') : QLatin1Char('F');
    p.name = fullName(p.gender);
    p.ethnicity = ethnicity();
    p.age = range(ageLo, ageHi);
    p.birth = today.addYears(-p.age).addDays(-range(1, 364));
    const QString area = areaCode(p.ethnicity);
    const bool male = p.gender == QLatin1Char('M');
    do { // digit 17 odd for men, even for women
        const int sequence = male ? 2 * range(0, 499) + 1 : 2 * range(1, 499);
        p.idNumber = IdNumber::compose(area, p.birth, sequence);
    } while (taken.contains(p.idNumber));
    taken.insert(p.idNumber);
    p.phone = phone();
    p.education = education(p.age, retired);
    p.probationary = mayBeProbationary && p.age < 36 && chance(4);
    if (p.probationary) {
        p.joinedOn = today.addDays(-range(30, 330));
    } else {
        const int joinAge = range(19, std::min(35, p.age - 3));
        p.joinedOn = std::min(p.birth.addYears(joinAge).addDays(below(365)), today.addDays(-400));
        p.fullMemberOn = p.joinedOn.addYears(1);
    }
    return p;
}

DemoNames::Division DemoNames::division(const QString &name)
{
    struct Suffix
    {
        const char *suffix;
        const char *head;
    };
    static const Suffix suffixes[] = {{"处", "处长"}, {"部", "部长"}, {"科", "科长"},
                                      {"局", "局长"}, {"庭", "庭长"}, {"所", "所长"},
                                      {"馆", "馆长"}};
    QString head = u("主任");
    for (const Suffix &s : suffixes) {
        if (name.endsWith(u(s.suffix))) {
            head = u(s.head);
            break;
        }
    }
    return {name, head, u("副") + head};
}

int DemoNames::bureauCount()
{
    return int(sizeof kBureaus / sizeof kBureaus[0]);
}

const DemoNames::Bureau &DemoNames::bureau(int index)
{
    static const QList<Bureau> all = [] {
        QList<Bureau> list;
        for (const char *line : kBureaus) {
            const QStringList f = u(line).split(QLatin1Char('|'));
            Bureau b{f.at(0), f.at(1), f.at(2), f.at(3), {}};
            for (const QString &d : f.at(4).split(QLatin1Char(',')))
                b.divisions.append(division(d));
            list.append(b);
        }
        return list;
    }();
    return all.at(index % int(all.size()));
}

DemoNames::Layout DemoNames::layout(int bureauIndex, int targetBranches)
{
    using Role = BranchSpec::Role;
    const Bureau &b = bureau(bureauIndex);
    Layout l;
    for (const Division &d : commonDivisions() + b.divisions)
        l.branches.append({Role::Division, UnitKind::Internal, d.name + u("党支部"), d.name, d.name,
                           d.headTitle, d.deputyTitle, -1, range(4, 10)});
    l.divisions = int(l.branches.size());
    l.branches.append({Role::Joint, UnitKind::Internal, u("机关党委办公室和离退休干部处联合党支部"),
                       u("机关党委办联合支部"), u("机关党委办公室"), u("机关党委专职副书记"),
                       u("处长"), -1, 2});
    l.branches.append({Role::Retired, UnitKind::Internal, u("离退休干部党支部"), u("离退休支部"),
                       u("离退休干部"), u("退休干部"), u("退休干部"), -1, 20});
    const QString units[3] = {u("市") + b.domain + u("服务中心"),
                              u("市") + b.domain + u("信息中心"),
                              u("市") + b.domain + u("发展集团有限公司")};
    const int subs = std::max(6, targetBranches - int(l.branches.size()) - 3);
    for (int g = 0; g < 3; ++g) {
        const bool firm = g == 2;
        QString shortUnit = units[g].mid(1);
        shortUnit.remove(u("有限公司"));
        l.general.append({units[g], units[g] + u("党总支"), shortUnit + u("党总支"), firm});
        const int count = subs / 3 + (g < subs % 3 ? 1 : 0);
        for (int k = 1; k <= count; ++k)
            l.branches.append({Role::UnitBranch, firm ? UnitKind::Enterprise : UnitKind::Affiliated,
                               units[g] + ordinal(k) + u("党支部"), ordinal(k) + u("党支部"),
                               units[g], firm ? u("部门经理") : u("科长"),
                               firm ? u("副经理") : u("副科长"), g,
                               firm ? range(20, 34) : range(14, 26)});
    }
    const QString research = u("市") + b.domain + u("研究中心");
    l.branches.append({Role::Other, UnitKind::Affiliated, research + u("党支部"), research.mid(1),
                       research, u("主任"), u("副主任"), -1, 16});
    const bool isBureau = b.name.endsWith(u("局"));
    const QString office = isBureau ? u("高新区分局") : u("高新区工作站");
    l.branches.append({Role::Other, UnitKind::BranchOffice, b.name + office + u("党支部"), office,
                       b.name + office, isBureau ? u("分局局长") : u("站长"),
                       isBureau ? u("分局副局长") : u("副站长"), -1, 12});
    static const char *const cities[] = {"北京", "上海", "深圳", "香港"};
    const QString outside = u("驻") + u(cities[bureauIndex % 4]) + u("联络处");
    l.branches.append({Role::Other, UnitKind::Overseas, b.name + outside + u("党支部"), outside,
                       b.name + outside, u("主任"), u("副主任"), -1, 2});

    const QString deputy = u("副") + b.head;
    const QString stationed = b.name.startsWith(u("市")) ? b.name.mid(1) : b.name;
    l.leaders = QStringList{u("党组书记、") + b.head, u("党组副书记、") + deputy} +
                QStringList(3, u("党组成员、") + deputy) +
                QStringList{u("党组成员、市纪委监委驻") + stationed + u("纪检监察组组长"),
                            u("党组成员、二级巡视员")};
    l.leaderDepartment = isBureau ? u("局领导") : u("领导班子");
    return l;
}

QList<DemoNames::Division> DemoNames::commonDivisions()
{
    return {division(u("办公室")), division(u("组织人事处")), division(u("政策法规处")),
            division(u("规划财务处"))};
}

QString DemoNames::ordinal(int n)
{
    static const char *const digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    QString s = u("第");
    if (n >= 20)
        s += u(digits[(n / 10) % 10]);
    if (n >= 10)
        s += u("十");
    if (n % 10 != 0 || n < 10)
        s += u(digits[n % 10]);
    return s;
}

} // namespace dj
