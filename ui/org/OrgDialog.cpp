#include "OrgDialog.h"

#include "common/FieldLimits.h"
#include "common/DateField.h"
#include "common/Error.h"
#include "common/FieldProblems.h"
#include "common/OrgComboBox.h"
#include "common/UiText.h"
#include "org/OrganizationRepository.h"
#include "org/PostRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

OrgDialog::OrgDialog(dj::Database &db, const dj::Organization &org, bool adding, Submit submit, QWidget *parent)
    : QDialog(parent), m_db(db), m_org(org), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("orgDialog"));
    setMinimumWidth(480);
    setWindowTitle(adding ? tr("Add organisation") : tr("Edit %1").arg(org.name));
    auto *form = new QFormLayout;
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("orgType"));
    for (dj::OrgType t : dj::vocab::orgTypes())
        m_type->addItem(dj::vocab::label(t), int(t));
    m_type->setCurrentIndex(m_type->findData(int(org.type)));
    m_type->setEnabled(adding); // changing what a body is would break its posts and members
    m_parent = new OrgComboBox;
    m_parent->setObjectName(QStringLiteral("orgParent"));
    m_name = new QLineEdit(org.name);
    m_name->setObjectName(QStringLiteral("orgName"));
    m_name->setMaxLength(dj::limits::OrgNameMax);
    m_name->setPlaceholderText(tr("Full name, e.g. 中共市商务局办公室支部委员会"));
    m_short = new QLineEdit(org.shortName);
    m_short->setObjectName(QStringLiteral("orgShortName"));
    m_short->setMaxLength(dj::limits::ShortNameMax);
    m_code = new QLineEdit(org.code);
    m_code->setObjectName(QStringLiteral("orgCode"));
    m_code->setMaxLength(dj::limits::CodeMax);
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_.\\-]{1,%1}").arg(dj::limits::CodeMax)), m_code));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("orgUnitKind"));
    for (dj::UnitKind k : dj::vocab::unitKinds())
        m_kind->addItem(dj::vocab::label(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(org.unitKind)));
    m_established = new DateField;
    m_established->setObjectName(QStringLiteral("orgEstablished"));
    m_established->setDate(org.establishedOn);
    m_termStart = new DateField;
    m_termStart->setObjectName(QStringLiteral("orgTermStart"));
    m_termStart->setDate(org.termStart);
    m_termYears = new QSpinBox;
    m_termYears->setObjectName(QStringLiteral("orgTermYears"));
    m_termYears->setRange(0, dj::limits::TermYearsMax);
    m_termYears->setSpecialValueText(tr("no term"));
    m_termYears->setSuffix(tr(" years"));
    m_termYears->setValue(adding ? dj::vocab::defaultTermYears(org.type) : org.termYears);
    m_termEnd = new QLabel;
    m_contact = new QComboBox;
    m_contact->setObjectName(QStringLiteral("orgContact"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("orgError"));
    m_problems = new FieldProblems(m_error, this);

    m_problems->addRow(form, tr("Type"), m_type, QStringLiteral("type"));
    m_problems->addRow(form, tr("Belongs to"), m_parent, QStringLiteral("parentId"));
    m_problems->addRow(form, tr("Name"), m_name, QStringLiteral("name"));
    m_problems->addRow(form, tr("Short name"), m_short, QStringLiteral("shortName"));
    m_problems->addRow(form, tr("Code"), m_code, QStringLiteral("code"));
    m_problems->addRow(form, tr("Unit kind"), m_kind, QStringLiteral("unitKind"));
    m_problems->addRow(form, tr("Established"), m_established, QStringLiteral("establishedOn"));
    m_problems->addRow(form, tr("Current term began"), m_termStart, QStringLiteral("termStart"));
    m_problems->addRow(form, tr("Term length"), m_termYears, QStringLiteral("termYears"));
    form->addRow(tr("Term ends"), m_termEnd);
    m_problems->addRow(form, tr("Contact leader"), m_contact, QStringLiteral("contactPersonId"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("orgOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OrgDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    auto updateEnd = [this] {
        dj::Organization o;
        o.termStart = m_termStart->date();
        o.termYears = m_termYears->value();
        m_termEnd->setText(uitext::date(o.termEnd()));
    };
    connect(m_termStart, &DateField::dateChanged, this, updateEnd);
    connect(m_termYears, &QSpinBox::valueChanged, this, updateEnd);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this, adding] {
        typeChanged();
        if (adding)
            m_termYears->setValue(dj::vocab::defaultTermYears(organization().type));
    });
    typeChanged();
    updateEnd();
    fillContacts();
    m_name->setFocus();
}

void OrgDialog::typeChanged()
{
    const auto type = dj::OrgType(m_type->currentData().toInt());
    const QList<dj::OrgType> parents = dj::vocab::allowedParents(type);
    m_parent->setAcceptedTypes(parents);
    m_parent->setNoneText(parents.isEmpty() ? tr("(top of the tree)") : QString());
    m_parent->reload(m_db);
    m_parent->setEnabled(!parents.isEmpty());
    if (!m_org.parentId.isEmpty())
        m_parent->setCurrentOrgId(m_org.parentId);
}

void OrgDialog::fillContacts()
{
    // 联系点: a current member of a 党组 keeps in touch with this organisation.
    m_contact->addItem(tr("(none)"), QString());
    dj::PostRepository posts(m_db);
    for (const dj::Organization &o : dj::OrganizationRepository(m_db).all()) {
        if (o.type != dj::OrgType::PartyGroup || !o.isActive())
            continue;
        for (const dj::PostView &v : posts.forOrg(o.id, true))
            if (m_contact->findData(v.post.personId) < 0)
                m_contact->addItem(tr("%1 (%2)").arg(v.personName, dj::vocab::label(v.post.type)), v.post.personId);
    }
    m_contact->setCurrentIndex(qMax(0, m_contact->findData(m_org.contactPersonId)));
}

dj::Organization OrgDialog::organization() const
{
    dj::Organization o = m_org;
    o.type = dj::OrgType(m_type->currentData().toInt());
    o.parentId = m_parent->isEnabled() ? m_parent->currentOrgId() : QString();
    o.name = m_name->text().trimmed();
    o.shortName = m_short->text().trimmed();
    o.code = m_code->text().trimmed();
    o.unitKind = dj::UnitKind(m_kind->currentData().toInt());
    o.establishedOn = m_established->date();
    o.termStart = m_termStart->date();
    o.termYears = m_termYears->value();
    o.contactPersonId = m_contact->currentData().toString();
    return o;
}

void OrgDialog::accept()
{
    // Everything wrong at once: the date fields' own word on text that is no date, and core's
    // rules for the rest; only a form without problems is submitted.
    QList<dj::FieldProblem> problems;
    QStringList ownProblem;
    for (const auto &[key, field] : {std::pair{QStringLiteral("establishedOn"), m_established},
                                     std::pair{QStringLiteral("termStart"), m_termStart}}) {
        if (!field->isValid()) {
            problems.append({key, field->problem()});
            ownProblem << key;
        }
    }
    const dj::Organization o = organization();
    FieldProblems::addChecked(problems, ownProblem, [&] { return dj::OrganizationRepository(m_db).problems(o); });
    if (m_problems->show(problems))
        return;
    QString error;
    if (m_submit(o, &error)) {
        QDialog::accept();
        return;
    }
    m_problems->show(QString(), error);
}
