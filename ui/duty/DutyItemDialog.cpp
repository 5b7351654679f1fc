#include "DutyItemDialog.h"

#include "common/Error.h"
#include "common/FieldLimits.h"
#include "common/FieldProblems.h"
#include "common/TextLimits.h"
#include "duty/TemplateRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QLineEdit *line(const QString &text, const char *name, QWidget *parent)
{
    auto *e = new QLineEdit(text, parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}
} // namespace

DutyItemDialog::DutyItemDialog(const QString &title, const Fields &fields, bool withCode,
                               const QList<QPair<QString, QString>> &carriesOutChoices, Save save,
                               QWidget *parent)
    : QDialog(parent), m_save(std::move(save)), m_fields(fields)
{
    setObjectName(QStringLiteral("dutyItemDialog"));
    setWindowTitle(title);
    resize(580, 460);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("itemError"));
    m_problems = new FieldProblems(m_error, this);
    auto *form = new QFormLayout;
    if (withCode) {
        m_code = line(fields.code, "itemCode", this);
        m_code->setMaxLength(dj::limits::CodeMax);
        m_problems->addRow(form, tr("Code:"), m_code, QStringLiteral("code"));
    }
    m_category = line(fields.category, "itemCategory", this);
    m_category->setPlaceholderText(QStringLiteral("政治建设"));
    m_category->setMaxLength(dj::limits::CategoryMax);
    m_title = line(fields.title, "itemTitle", this);
    m_title->setMaxLength(dj::limits::TitleMax);
    m_content = new QPlainTextEdit(fields.content, this);
    m_content->setObjectName(QStringLiteral("itemContent"));
    textlimits::limit(m_content, dj::limits::ContentMax);
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("itemFrequency"));
    for (dj::Frequency f : dj::vocab::frequencies())
        m_frequency->addItem(dj::vocab::label(f), int(f));
    m_frequency->setCurrentIndex(m_frequency->findData(int(fields.frequency)));
    m_deadline = line(fields.deadline, "itemDeadline", this);
    m_deadline->setPlaceholderText(tr("MM-DD, such as 03-31"));
    m_expected = new QSpinBox(this);
    m_expected->setObjectName(QStringLiteral("itemExpected"));
    m_expected->setRange(1, dj::limits::ExpectedMax);
    m_expected->setValue(fields.expected);
    m_evidence = line(fields.evidence, "itemEvidence", this);
    m_evidence->setMaxLength(dj::limits::EvidenceMax);
    m_problems->addRow(form, tr("Category:"), m_category, QStringLiteral("category"));
    m_problems->addRow(form, tr("Item:"), m_title, QStringLiteral("title"));
    m_problems->addRow(form, tr("What it requires:"), m_content, QStringLiteral("content"));
    m_problems->addRow(form, tr("Frequency:"), m_frequency, QStringLiteral("frequency"));
    m_problems->addRow(form, tr("Deadline:"), m_deadline, QStringLiteral("deadline"));
    m_problems->addRow(form, tr("Times per period:"), m_expected, QStringLiteral("expected"));
    m_problems->addRow(form, tr("Evidence expected:"), m_evidence, QStringLiteral("evidence"));
    if (!carriesOutChoices.isEmpty()) {
        m_carriesOut = new QComboBox(this);
        m_carriesOut->setObjectName(QStringLiteral("itemCarriesOut"));
        m_carriesOut->addItem(tr("(none)"), QString());
        for (const auto &[value, text] : carriesOutChoices)
            m_carriesOut->addItem(text, value);
        m_carriesOut->setCurrentIndex(qMax(0, m_carriesOut->findData(fields.carriesOut)));
        m_problems->addRow(form, tr("Carries out:"), m_carriesOut, QStringLiteral("carriesOut"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("itemOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DutyItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

DutyItemDialog::Fields DutyItemDialog::fields() const
{
    Fields f = m_fields;
    if (m_code)
        f.code = m_code->text().trimmed();
    f.category = m_category->text().trimmed();
    f.title = m_title->text().trimmed();
    f.content = m_content->toPlainText().trimmed();
    f.frequency = dj::Frequency(m_frequency->currentData().toInt());
    f.deadline = m_deadline->text().trimmed();
    f.expected = m_expected->value();
    f.evidence = m_evidence->text().trimmed();
    if (m_carriesOut)
        f.carriesOut = m_carriesOut->currentData().toString();
    return f;
}

void DutyItemDialog::accept()
{
    const Fields f = fields();
    // All that is wrong with the fields at once, beside each; then what saving refuses.
    if (m_problems->show(dj::templaterules::fieldProblems(m_code ? f.code : QString(), f.category, f.title, f.content,
                                                           f.frequency, f.deadline, f.expected, f.evidence)))
        return;
    QString error;
    try {
        if (m_save(f, &error)) {
            QDialog::accept();
            return;
        }
    } catch (const dj::Error &e) {
        error = e.message();
    }
    m_problems->show(QString(), error);
}
