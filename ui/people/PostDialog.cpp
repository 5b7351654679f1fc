#include "PostDialog.h"

#include "AddPostCommand.h"
#include "EndPostCommand.h"
#include "app/Session.h"
#include "common/Clock.h"
#include "common/DateField.h"
#include "common/FieldProblems.h"
#include "common/Error.h"
#include "common/OrgComboBox.h"
#include "common/UiText.h"
#include "org/OrganizationRepository.h"
#include "org/PostRepository.h"
#include "storage/Transaction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
DateField *dateEdit(const QString &name, QWidget *parent)
{
    auto *e = new DateField(parent);
    e->setObjectName(name);
    e->setRequired(true);
    e->setDate(dj::Clock::today());
    return e;
}
} // namespace

PostDialog::PostDialog(Session &session, const dj::Person &person, QWidget *parent)
    : QDialog(parent), m_session(session), m_person(person)
{
    setObjectName(QStringLiteral("postDialog"));
    setWindowTitle(tr("Add Post — %1").arg(person.name));

    m_org = new OrgComboBox(this);
    m_org->setObjectName(QStringLiteral("postOrg"));
    m_org->reload(session.db());
    m_org->setCurrentOrgId(person.branchId);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("postType"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_date = dateEdit(QStringLiteral("postFrom"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Person:"), new QLabel(person.name, this));
    finish(form, QStringLiteral("postOk"));
    m_problems->addRow(form, tr("&Organisation:"), m_org, QStringLiteral("orgId"));
    m_problems->addRow(form, tr("&Post:"), m_type, QStringLiteral("type"));
    m_problems->addRow(form, tr("&Starts on:"), m_date, QStringLiteral("from"));

    connect(m_org, &QComboBox::currentIndexChanged, this, &PostDialog::fillPostTypes);
    fillPostTypes();
}

PostDialog::PostDialog(Session &session, const dj::PostView &post, QWidget *parent)
    : QDialog(parent), m_session(session), m_post(post)
{
    setObjectName(QStringLiteral("endPostDialog"));
    setWindowTitle(tr("End Post — %1").arg(post.personName));

    m_date = dateEdit(QStringLiteral("postTo"), this);
    m_date->setMinimumDate(post.post.from);

    auto *form = new QFormLayout;
    form->addRow(tr("Person:"), new QLabel(post.personName, this));
    form->addRow(tr("Post:"), new QLabel(dj::vocab::label(post.post.type), this));
    form->addRow(tr("Organisation:"), new QLabel(post.orgName, this));
    form->addRow(tr("Held since:"), new QLabel(uitext::date(post.post.from), this));
    finish(form, QStringLiteral("endPostOk"));
    m_problems->addRow(form, tr("&Ends on:"), m_date, QStringLiteral("to"));
}

void PostDialog::finish(QFormLayout *form, const QString &okName)
{
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("postError"));
    m_problems = new FieldProblems(m_error, this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(okName);
    connect(buttons, &QDialogButtonBox::accepted, this, &PostDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PostDialog::reject);

    auto *top = new QVBoxLayout(this);
    top->addLayout(form);
    top->addWidget(m_error);
    top->addWidget(buttons);
}

void PostDialog::fillPostTypes()
{
    const QVariant keep = m_type->currentData();
    m_type->clear();
    const QString orgId = m_org->currentOrgId();
    if (orgId.isEmpty())
        return;
    dj::OrgType orgType = dj::OrgType::Branch;
    try {
        orgType = dj::OrganizationRepository(m_session.db()).get(orgId).type;
    } catch (const dj::Error &e) {
        showError(e.message());
        return;
    }
    for (dj::PostType t : dj::vocab::postTypes()) {
        if (dj::vocab::postOrgTypes(t).contains(orgType))
            m_type->addItem(dj::vocab::label(t), int(t));
    }
    const int i = m_type->findData(keep);
    if (i >= 0)
        m_type->setCurrentIndex(i);
    showError({});
}

void PostDialog::showError(const QString &message)
{
    if (message.isEmpty())
        m_problems->clear();
    else
        m_problems->show(QString(), message);
}

void PostDialog::accept()
{
    dj::PostRepository repo(m_session.db());
    const QString dateKey = m_org ? QStringLiteral("from") : QStringLiteral("to");
    QList<dj::FieldProblem> problems;
    if (!m_date->isValid())
        problems.append({dateKey, m_date->problem()});
    if (m_org && m_type->currentIndex() < 0)
        problems.append({QStringLiteral("type"), tr("Choose an organisation and a post.")});
    EditCommand *cmd = nullptr;
    // Each edit is first checked, then tried and rolled back, so a refusal (the post is
    // taken, the date is wrong) shows in the dialog rather than in a message box.
    try {
        dj::Transaction dryRun(m_session.db());
        if (m_org) {
            dj::Post p;
            p.personId = m_person.id;
            p.orgId = m_org->currentOrgId();
            p.type = dj::PostType(m_type->currentData().toInt());
            p.from = m_date->date();
            if (m_type->currentIndex() >= 0) {
                for (const dj::FieldProblem &f : repo.problems(p))
                    if (f.field != dateKey || m_date->isValid())
                        problems.append(f);
            }
            if (m_problems->show(problems))
                return;
            repo.add(p);
            cmd = new AddPostCommand(m_session, p, m_person.name);
        } else {
            if (m_problems->show(problems))
                return;
            repo.end(m_post.post.id, m_date->date());
            cmd = new EndPostCommand(
                m_session, m_post.post.id,
                tr("%1, %2").arg(dj::vocab::label(m_post.post.type), m_post.personName),
                m_date->date());
        }
    } catch (const dj::Error &e) {
        m_problems->show(m_org ? QString() : dateKey, e.message());
        return;
    }
    if (!m_session.run(cmd))
        return; // the session reported why; the user may change the input
    QDialog::accept();
}
