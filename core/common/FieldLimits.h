#pragma once

// Every limit on what a person can type or import, in one place: core refuses longer text
// and numbers out of range (dj::fieldcheck), and the GUI editors use the same constants so
// nobody can type past them.
//
// Lengths count UTF-16 code units (QString::size()), as QLineEdit::setMaxLength does: a
// character outside the BMP (CJK extension B, emoji) counts as two. A limit that counted
// code points would let core accept text an editor then cuts short on opening it.
namespace dj::limits {

// Names of people: 中文 names are 2–4 characters, 少数民族 names in full
// (阿卜杜热合曼·阿卜杜喀迪尔) and foreign names are longer. Also who entered or recorded a
// value, and a 党组 evaluator ("书记 张三").
constexpr int PersonNameMax = 50;
// Full official names of organisations and work units (中共某某市某某局机关某某处党支部).
constexpr int OrgNameMax = 100;
constexpr int ShortNameMax = 30;
// Codes: organisations (SW-ZB01), indicators (1.2.3), list items (JC01).
constexpr int CodeMax = 30;
// The first-start dialog: a department (市商务局) and the code its 党组 gets; the
// organisation names built from them (中共…机关委员会) stay within OrgNameMax.
constexpr int DepartmentMax = 40;
constexpr int DepartmentCodeMax = 20;

// Sign-in names of accounts (zhangsan, 张三).
constexpr int AccountNameMax = 32;

// Personal fields.
constexpr int EthnicityMax = 20;
constexpr int IdNumberMax = 18; // 居民身份证号码; IdNumber checks the form itself
constexpr int PhoneMax = 20;
constexpr int EducationMax = 30;
constexpr int PersonDepartmentMax = 50; // 所在处室
constexpr int PositionMax = 50;         // 职务

// Titles of list items, indicators, schemes, templates, surveys and survey items.
constexpr int TitleMax = 200;
// A category of list items or an area (一级指标) of indicators.
constexpr int CategoryMax = 50;
// Notes on a person, a score or a scheme.
constexpr int NoteMax = 2000;
// 具体内容 of a list item, 评分标准 of an indicator.
constexpr int ContentMax = 4000;
// 佐证材料 expected for an item or an indicator.
constexpr int EvidenceMax = 1000;
// 履责纪实: what was done, with dates and names; a meeting summary pasted in whole.
// Still well inside a spreadsheet cell (32,767).
constexpr int RecordTextMax = 20000;
// Why a member was transferred, why a sealed assessment is reopened.
constexpr int ReasonMax = 500;
// Ballot numbers (票号) and the kind of rater on a 述职 ballot.
constexpr int BallotNoMax = 20;
constexpr int RaterKindMax = 20;
// One option of a satisfaction survey (满意 / 基本满意 / 不满意), how many there can be,
// and how many items a survey has.
constexpr int SurveyOptionMax = 20;
constexpr int SurveyOptionsMax = 10;
constexpr int SurveyItemsMax = 100;

// A number or a word typed into a grid cell (2.5, 达标, 较好) before it is parsed, and the
// grade limits of an assessment as typed (90,75 or 30,rest,10).
constexpr int NumberTextMax = 20;
constexpr int GradeLimitsTextMax = 100;

// Numbers.
constexpr int YearMin = 2000; // years of lists, templates, assessments, surveys
constexpr int YearMax = 2100;
constexpr int DateYearMin = 1900; // any date: births, joining the Party, terms, posts
constexpr int DateYearMax = 2100;
constexpr double ScoreMax = 100;     // scores, weights, marks, points per occurrence, 分值
constexpr double TargetMax = 1e6;    // the target of a 比例 indicator
constexpr int OccurrencesMax = 9999; // counts entered for 扣分/加分/否决 indicators
constexpr int TermYearsMax = 10;     // a committee's term
constexpr int ExpectedMax = 99;      // records expected per period of a list item
constexpr int TrimFromMax = 1000;    // ballots from which the highest and lowest are dropped
constexpr int TallyMax = 100000;     // one count of a satisfaction survey (respondents)

} // namespace dj::limits
