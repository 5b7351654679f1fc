#include "NewAssessmentDialog.h"

#include "app/Session.h"
#include "assess/AssessmentRepository.h"
#include "assess/BuiltinScheme.h"
#include "assess/SchemeRepository.h"
#include "common/Error.h"
#include "common/FieldLimits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace dj;

NewAssessmentDialog::NewAssessmentDialog(Session &session, int year, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New annual assessment"));
    m_year = new QSpinBox(this);
    m_year->setRange(dj::limits::YearMin, dj::limits::YearMax);
    m_year->setValue(year);
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("schemeChoice"));
    for (const Scheme &s : SchemeRepository(session.db()).all())
        m_scheme->addItem(tr("%1 (revision %2)").arg(s.name).arg(s.revision), s.id);
    if (m_scheme->count() == 0)
        m_scheme->addItem(tr("%1 (built in)").arg(BuiltinScheme::get().name), QString());
    m_general = new QCheckBox(tr("Assess the general branches (党总支) too"), this);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color:#b71c1c"));
    m_error->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("Indicator &scheme:"), m_scheme);
    form->addRow(QString(), m_general);
    form->addRow(QString(), new QLabel(tr("All active party branches are assessed; weights 60/20/20 and grades "
                                          "好/中/差 can be changed under Rules."),
                                       this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NewAssessmentDialog::accept()
{
    try {
        QString scheme = m_scheme->currentData().toString();
        if (scheme.isEmpty())
            scheme = SchemeRepository(m_session.db()).installBuiltin();
        AssessmentRepository repo(m_session.db());
        repo.create(m_year->value(), scheme, {}, repo.defaultOrgIds(m_general->isChecked()));
    } catch (const Error &e) {
        m_error->setText(e.message());
        return;
    }
    m_created = m_year->value();
    m_session.notifyAssess();
    QDialog::accept();
}
