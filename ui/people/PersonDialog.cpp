#include "PersonDialog.h"

#include "AddPersonCommand.h"
#include "EditPersonCommand.h"
#include "PersonTableModel.h"
#include "access/Masking.h"
#include "app/Session.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/FieldLimits.h"
#include "common/DateField.h"
#include "common/FieldProblems.h"
#include "common/OrgComboBox.h"
#include "common/TextLimits.h"
#include "org/IdNumber.h"
#include "org/OrganizationRepository.h"
#include "org/PersonRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValidator>

namespace {

// The ID number field takes up to 17 digits and then a digit or X. Spaces (pasted from a
// spreadsheet or typed in groups) are dropped and a lower-case x is upper-cased on the way in.
class IdNumberValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &pos) const override
    {
        QString clean;
        int cursor = pos;
        for (int i = 0; i < input.size(); ++i) {
            const QChar c = input.at(i);
            if (c.isSpace()) {
                if (i < pos)
                    --cursor;
                continue;
            }
            clean.append(c == QLatin1Char('x') ? QLatin1Char('X') : c);
        }
        input = clean;
        pos = cursor;
        if (clean.size() > dj::limits::IdNumberMax)
            return Invalid;
        for (int i = 0; i < clean.size(); ++i) {
            const char16_t c = clean.at(i).unicode();
            const bool digit = c >= u'0' && c <= u'9';
            if (!digit && !(i == 17 && c == u'X'))
                return Invalid;
        }
        return Acceptable; // a short number is reported by the live check, not refused here
    }
};

// The 56 nationalities (GB 3304 order). These are stored values, as on the paper form,
// not interface text, so they are not translated.
const char16_t kEthnicities[] =
    u"汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 "
    u"哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 "
    u"柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 "
    u"塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 "
    u"鄂伦春族 赫哲族 门巴族 珞巴族 基诺族";
// Education levels as recorded (学历); stored values too.
const char16_t kEducation[] = u"博士研究生 硕士研究生 大学本科 大学专科 中专 高中 初中及以下";

QStringList words(const char16_t *text)
{
    return QString::fromUtf16(text).split(QLatin1Char(' '));
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    return e;
}

} // namespace

PersonDialog::PersonDialog(Session &session, const dj::Person &existing, QWidget *parent)
    : QDialog(parent), m_session(session), m_original(existing)
{
    setObjectName(QStringLiteral("personDialog"));
    const bool adding = existing.id.isEmpty();
    // The numbers came masked (core/access/Masking.h): shown as they are, read-only, and
    // sent back unchanged, which the repository takes for the stored numbers.
    m_numbersMasked = !adding && !dj::SensitiveView(session.db()).maySee(existing.branchId);
    setWindowTitle(adding ? tr("Add Person") : tr("Edit Person — %1").arg(existing.name));
    build(adding);
    load(existing);
    if (m_numbersMasked) {
        for (QLineEdit *e : {m_idNumber, m_phone}) {
            e->setReadOnly(true);
            e->setToolTip(tr("Your account sees this number partly hidden and cannot change it."));
        }
    }
    textlimits::limit(m_note, dj::limits::NoteMax); // after loading: a longer old note is not cut
    updateMessage();
}

void PersonDialog::build(bool adding)
{
    m_name = lineEdit(QStringLiteral("personName"), this);
    m_name->setMaxLength(dj::limits::PersonNameMax);

    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("personGender"));
    m_gender->addItem(QString(), QString());
    m_gender->addItem(PersonTableModel::genderText(QLatin1Char('M')), QStringLiteral("M"));
    m_gender->addItem(PersonTableModel::genderText(QLatin1Char('F')), QStringLiteral("F"));

    m_ethnicity = new QComboBox(this);
    m_ethnicity->setObjectName(QStringLiteral("personEthnicity"));
    m_ethnicity->setEditable(true);
    m_ethnicity->setInsertPolicy(QComboBox::NoInsert);
    m_ethnicity->addItems(words(kEthnicities));
    m_ethnicity->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ethnicity->completer()->setFilterMode(Qt::MatchContains);

    m_birth = new DateField(this);
    m_birth->setObjectName(QStringLiteral("personBirthDate"));

    m_idNumber = lineEdit(QStringLiteral("personIdNumber"), this);
    m_idNumber->setValidator(new IdNumberValidator(m_idNumber));
    m_idNumber->setPlaceholderText(tr("18 characters"));
    m_idNumber->setMinimumWidth(m_idNumber->fontMetrics().horizontalAdvance(QStringLiteral("0")) *
                                24);

    m_phone = lineEdit(QStringLiteral("personPhone"), this);
    m_phone->setMaxLength(dj::limits::PhoneMax);

    m_education = new QComboBox(this);
    m_education->setObjectName(QStringLiteral("personEducation"));
    m_education->setEditable(true);
    m_education->setInsertPolicy(QComboBox::NoInsert);
    m_education->addItem(QString());
    m_education->addItems(words(kEducation));

    m_workUnit = lineEdit(QStringLiteral("personWorkUnit"), this);
    m_workUnit->setMaxLength(dj::limits::OrgNameMax);
    m_department = lineEdit(QStringLiteral("personDepartment"), this);
    m_department->setMaxLength(dj::limits::PersonDepartmentMax);
    m_position = lineEdit(QStringLiteral("personPosition"), this);
    m_position->setMaxLength(dj::limits::PositionMax);
    textlimits::limit(m_ethnicity, dj::limits::EthnicityMax);
    textlimits::limit(m_education, dj::limits::EducationMax);

    m_standing = new QComboBox(this);
    m_standing->setObjectName(QStringLiteral("personStanding"));
    m_standing->addItem(PersonTableModel::standingText(dj::Standing::Full),
                        int(dj::Standing::Full));
    m_standing->addItem(PersonTableModel::standingText(dj::Standing::Probationary),
                        int(dj::Standing::Probationary));

    // Every member has joined the Party, and a full member has become one (core checks it).
    m_joined = new DateField(this);
    m_joined->setObjectName(QStringLiteral("personJoined"));
    m_joined->setRequired(true);
    m_fullMember = new DateField(this);
    m_fullMember->setObjectName(QStringLiteral("personFullMember"));
    m_fullMember->setRequired(true);

    m_cadre = new QComboBox(this);
    m_cadre->setObjectName(QStringLiteral("personCadre"));
    m_cadre->addItem(tr("No"), int(dj::CadreKind::None));            // 否
    m_cadre->addItem(tr("Full-time"), int(dj::CadreKind::FullTime)); // 专职
    m_cadre->addItem(tr("Part-time"), int(dj::CadreKind::PartTime)); // 兼职

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("personNote"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("personError"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new FieldProblems(m_error, this);

    auto *personal = new QFormLayout;
    m_problems->addRow(personal, tr("&Name:"), m_name, QStringLiteral("name"));
    m_problems->addRow(personal, tr("&Gender:"), m_gender, QStringLiteral("gender"));
    m_problems->addRow(personal, tr("E&thnicity:"), m_ethnicity, QStringLiteral("ethnicity"));
    m_problems->addRow(personal, tr("&Born:"), m_birth, QStringLiteral("birthDate"));
    m_problems->addRow(personal, tr("&ID number:"), m_idNumber, QStringLiteral("idNumber"));
    m_problems->addRow(personal, tr("&Phone:"), m_phone, QStringLiteral("phone"));
    m_problems->addRow(personal, tr("&Education:"), m_education, QStringLiteral("education"));
    m_problems->addRow(personal, tr("&Work unit:"), m_workUnit, QStringLiteral("workUnit"));
    m_problems->addRow(personal, tr("&Department:"), m_department, QStringLiteral("department"));
    m_problems->addRow(personal, tr("P&osition:"), m_position, QStringLiteral("position"));

    auto *party = new QFormLayout;
    m_problems->addRow(party, tr("&Standing:"), m_standing, QStringLiteral("standing"));
    m_problems->addRow(party, tr("&Joined the Party:"), m_joined, QStringLiteral("joinedOn"));
    m_problems->addRow(party, tr("&Full member since:"), m_fullMember, QStringLiteral("fullMemberOn"));
    if (adding) {
        m_branch = new OrgComboBox(this);
        m_branch->setObjectName(QStringLiteral("personBranch"));
        m_branch->setAcceptedTypes({dj::OrgType::Branch});
        // Nothing chosen until the user chooses, or the page shows one branch (setBranch):
        // a branch picked for them would put a new member in the wrong one unnoticed.
        m_branch->setNoneText(tr("(choose the branch)"));
        m_branch->reload(m_session.db());
        m_memberSince = new DateField(this);
        m_memberSince->setObjectName(QStringLiteral("personMemberSince"));
        m_memberSince->setRequired(true);
        m_memberSince->setDate(dj::Clock::today());
        m_problems->addRow(party, tr("B&ranch:"), m_branch, QStringLiteral("branchId"));
        m_problems->addRow(party, tr("Member &since:"), m_memberSince, QStringLiteral("memberSince"));
    } else {
        QString branchName = tr("None");
        try {
            if (!m_original.branchId.isEmpty())
                branchName =
                    dj::OrganizationRepository(m_session.db()).get(m_original.branchId).name;
        } catch (const dj::Error &) {
        }
        auto *branch = new QLabel(branchName, this);
        branch->setObjectName(QStringLiteral("personBranchName"));
        branch->setToolTip(tr("A change of branch is recorded with Transfer."));
        party->addRow(tr("Branch:"), branch);
    }
    m_problems->addRow(party, tr("Party-affairs &cadre:"), m_cadre, QStringLiteral("cadre"));
    m_problems->addRow(party, tr("No&te:"), m_note, QStringLiteral("note"));

    // Each column keeps its rows at their natural height, top-aligned.
    auto *left = new QVBoxLayout;
    left->addLayout(personal);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addLayout(party);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("personOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);

    auto *top = new QVBoxLayout(this);
    top->addLayout(columns);
    top->addWidget(m_error);
    top->addWidget(buttons);

    connect(m_idNumber, &QLineEdit::textEdited, this, &PersonDialog::idNumberEdited);
    connect(m_idNumber, &QLineEdit::editingFinished, this, [this] {
        m_idFinished = true;
        updateMessage();
    });
    connect(m_birth, &DateField::dateChanged, this, &PersonDialog::updateMessage);
    connect(m_gender, &QComboBox::currentIndexChanged, this, &PersonDialog::updateMessage);
    connect(m_standing, &QComboBox::currentIndexChanged, this, &PersonDialog::standingChanged);
    for (QLineEdit *e : {m_name, m_phone})
        connect(e, &QLineEdit::textEdited, this, &PersonDialog::updateMessage);
}

void PersonDialog::load(const dj::Person &p)
{
    if (p.id.isEmpty()) {
        m_gender->setCurrentIndex(0); // unknown until typed or read from the ID number
        m_ethnicity->setCurrentText(p.ethnicity);
        return;
    }
    m_name->setText(p.name);
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(QString(p.gender))));
    m_ethnicity->setCurrentText(p.ethnicity);
    m_birth->setDate(p.birthDate);
    m_idNumber->setText(p.idNumber);
    m_phone->setText(p.phone);
    m_education->setCurrentText(p.education);
    m_workUnit->setText(p.workUnit);
    m_department->setText(p.department);
    m_position->setText(p.position);
    m_standing->setCurrentIndex(m_standing->findData(int(p.standing)));
    m_joined->setDate(p.joinedOn);
    m_fullMember->setDate(p.fullMemberOn);
    standingChanged();
    m_cadre->setCurrentIndex(m_cadre->findData(int(p.cadre)));
    m_note->setPlainText(p.note);
    m_idFinished = !p.idNumber.isEmpty();
}

void PersonDialog::standingChanged()
{
    const bool probationary = m_standing->currentData().toInt() == int(dj::Standing::Probationary);
    if (probationary)
        m_fullMember->setDate({}); // a probationary member has no full-member date yet
    m_fullMember->setEnabled(!probationary);
    m_fullMember->setRequired(!probationary);
}

void PersonDialog::setBranch(const QString &branchId)
{
    if (m_branch)
        m_branch->setCurrentOrgId(branchId);
}

dj::Person PersonDialog::collect() const
{
    dj::Person p = m_original; // keeps id, branch and version when editing
    p.name = m_name->text().trimmed();
    const QString g = m_gender->currentData().toString();
    p.gender = g.isEmpty() ? QChar() : g.at(0);
    p.ethnicity = m_ethnicity->currentText().trimmed();
    p.birthDate = m_birth->date();
    p.idNumber = dj::IdNumber::normalize(m_idNumber->text());
    p.phone = m_phone->text().trimmed();
    p.education = m_education->currentText().trimmed();
    p.workUnit = m_workUnit->text().trimmed();
    p.department = m_department->text().trimmed();
    p.position = m_position->text().trimmed();
    p.standing = dj::Standing(m_standing->currentData().toInt());
    p.joinedOn = m_joined->date();
    p.fullMemberOn = p.standing == dj::Standing::Probationary ? QDate() : m_fullMember->date();
    if (m_branch)
        p.branchId = m_branch->currentOrgId();
    p.cadre = dj::CadreKind(m_cadre->currentData().toInt());
    p.note = m_note->toPlainText().trimmed();
    return p;
}

void PersonDialog::idNumberEdited(const QString &text)
{
    const QString id = dj::IdNumber::normalize(text);
    if (id.size() == 18 && dj::IdNumber::validate(id).ok()) {
        // Fill only what is still empty: what the user typed is never overwritten.
        if (m_birth->isEmpty())
            m_birth->setDate(dj::IdNumber::birthDate(id));
        if (m_gender->currentData().toString().isEmpty())
            m_gender->setCurrentIndex(m_gender->findData(QString(dj::IdNumber::gender(id))));
    }
    updateMessage();
}

void PersonDialog::updateMessage()
{
    // The live check covers the ID number; the other rules are checked on OK. A masked
    // number is not checked: it is not the number, and it is sent back unchanged.
    const QString id = dj::IdNumber::normalize(m_idNumber->text());
    QString message;
    if (!m_numbersMasked && !id.isEmpty() && (id.size() == 18 || m_idFinished)) {
        const QString g = m_gender->currentData().toString();
        const dj::IdNumber::Check c =
            dj::IdNumber::validate(id, m_birth->date(), g.isEmpty() ? QChar() : g.at(0));
        message = c.message;
    }
    m_problems->set(QStringLiteral("idNumber"), message);
}

void PersonDialog::showError(const QString &message)
{
    if (message.isEmpty())
        m_problems->clear();
    else
        m_problems->show(QString(), message);
}

void PersonDialog::accept()
{
    const dj::Person p = collect();
    // A date field whose text is no date speaks for itself; core's word on the same field
    // (it sees no date there) would only repeat it.
    QList<dj::FieldProblem> problems;
    const QList<QPair<QString, DateField *>> dates = {
        {QStringLiteral("birthDate"), m_birth},
        {QStringLiteral("joinedOn"), m_joined},
        {QStringLiteral("fullMemberOn"), m_fullMember},
        {QStringLiteral("memberSince"), m_memberSince}};
    QStringList ownProblem;
    for (const auto &[key, field] : dates) {
        if (field && field->isEnabled() && !field->isEmpty() && !field->isValid()) {
            problems.append({key, field->problem()});
            ownProblem << key;
        }
    }
    if (m_memberSince && m_memberSince->isEmpty())
        problems.append({QStringLiteral("memberSince"), tr("Enter the date the person joined the branch.")});
    if (m_branch && m_branch->currentOrgId().isEmpty())
        problems.append({QStringLiteral("branchId"), tr("Choose the branch the member belongs to.")});
    FieldProblems::addChecked(problems, ownProblem, [&] { return dj::PersonRepository(m_session.db()).problems(p); });
    if (m_problems->show(problems))
        return;
    QString failure;
    const auto capture = connect(&m_session, &Session::errorOccurred, this,
                                 [&failure](const QString &message) { failure = message; });
    bool ok = false;
    if (p.id.isEmpty()) {
        auto *cmd =
            new AddPersonCommand(m_session, p, m_memberSince ? m_memberSince->date() : QDate());
        ok = m_session.run(cmd);
        if (ok)
            m_personId = cmd->personId(); // the stack owns the command now, and keeps it
    } else {
        ok = m_session.run(new EditPersonCommand(m_session, p));
        m_personId = p.id;
    }
    disconnect(capture);
    if (!ok) {
        showError(failure);
        return;
    }
    QDialog::accept();
}
