#include "EnteredByDialog.h"

#include "app/Session.h"
#include "common/FieldLimits.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

EnteredByDialog::EnteredByDialog(const QString &name, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("enteredByDialog"));
    setWindowTitle(tr("Who is entering?"));
    auto *why = new QLabel(tr("Your name is recorded with every score, mark and ballot you enter in this "
                              "session, and shown in the explanation of each total."),
                           this);
    why->setWordWrap(true);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("enteredByName"));
    m_name->setMaxLength(dj::limits::PersonNameMax);
    m_name->setPlaceholderText(tr("your name"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("enteredByError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Entered by:"), m_name);
    form->addRow(QString(), m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnteredByDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnteredByDialog::reject);
    connect(m_name, &QLineEdit::textEdited, m_error, &QLabel::hide);
    resize(420, sizeHint().height());
}

QString EnteredByDialog::name() const { return m_name->text().trimmed(); }

void EnteredByDialog::accept()
{
    if (name().isEmpty()) {
        m_error->setText(tr("Give your name: nothing is stored without it."));
        m_error->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

QString EnteredByDialog::ask(Session &session, QWidget *parent)
{
    if (session.person().isEmpty())
        change(session, parent);
    return session.person();
}

bool EnteredByDialog::change(Session &session, QWidget *parent)
{
    if (session.personIsAccount())
        return false;
    EnteredByDialog d(session.person(), parent);
    if (d.exec() != QDialog::Accepted)
        return false;
    session.setPerson(d.name());
    return true;
}
