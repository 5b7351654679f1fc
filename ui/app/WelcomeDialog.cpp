#include "WelcomeDialog.h"

#include "StartupFile.h"
#include "common/Error.h"
#include "common/FieldLimits.h"
#include "exchange/ExchangeUi.h"
#include "exchange/OfficeIdentity.h"
#include "setup/NewDepartment.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
QLabel *heading(const QString &text)
{
    auto *l = new QLabel(text);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Dangjian Desk"));
    m_pages = new QStackedWidget;
    m_pages->addWidget(buildChoosePage());
    m_pages->addWidget(buildNewPage());
    m_pages->addWidget(buildDonePage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(640, 460);
}

QWidget *WelcomeDialog::buildChoosePage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(heading(tr("Welcome to Dangjian Desk")));
    auto *intro = new QLabel(tr("Dangjian Desk keeps your department's party-building work — organisations, "
                                "members, responsibility lists, the yearly assessment — in one file on this "
                                "computer. How would you like to start?"));
    intro->setWordWrap(true);
    v->addWidget(intro);
    v->addSpacing(8);
    const auto link = [&](const QString &name, const QString &text, const QString &detail) {
        auto *b = new QCommandLinkButton(text, detail);
        b->setObjectName(name);
        v->addWidget(b);
        return b;
    };
    connect(link(QStringLiteral("newButton"), tr("Create our department's file"),
                 tr("Enter the department's name; the program sets up its 党组 and 机关党委, the built-in "
                    "assessment scheme and list templates.")),
            &QAbstractButton::clicked, this, &WelcomeDialog::showNewDepartmentPage);
    connect(link(QStringLiteral("openButton"), tr("Open an existing data file…"),
                 tr("A .djdb file made earlier on this or another computer.")),
            &QAbstractButton::clicked, this, &WelcomeDialog::openExisting);
    connect(link(QStringLiteral("demoButton"), tr("Explore the demo department"),
                 tr("A made-up department (市商务局) with every page filled in, to try things out. It is "
                    "marked as demo data; do not enter real data there.")),
            &QAbstractButton::clicked, this, [this] {
                m_choice = Choice::Demo;
                accept();
            });
    v->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    return page;
}

QWidget *WelcomeDialog::buildNewPage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(heading(tr("Our department's file")));
    auto *form = new QFormLayout;
    m_department = new QLineEdit;
    m_department->setObjectName(QStringLiteral("departmentEdit"));
    m_department->setMaxLength(dj::limits::DepartmentMax);
    m_department->setPlaceholderText(tr("e.g. 市商务局"));
    form->addRow(tr("Department:"), m_department);
    m_code = new QLineEdit(QStringLiteral("01"));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(dj::limits::DepartmentCodeMax);
    m_code->setToolTip(tr("The code of the 党组; the 机关党委 gets this code followed by -JG. Branch codes "
                          "usually start with it."));
    form->addRow(tr("Organisation code:"), m_code);
    m_speaksFor = new QComboBox;
    m_speaksFor->setObjectName(QStringLiteral("speaksForCombo"));
    m_speaksFor->addItem(tr("机关党委 (the usual keeper of the work)"), int(dj::OrgType::OrganCommittee));
    m_speaksFor->addItem(tr("党组"), int(dj::OrgType::PartyGroup));
    form->addRow(tr("This office is:"), m_speaksFor);
    m_scheme = new QCheckBox(tr("Start from the built-in assessment scheme (46 indicators, 100 points)"));
    m_scheme->setObjectName(QStringLiteral("schemeCheck"));
    m_scheme->setChecked(true);
    form->addRow(tr("Assessment:"), m_scheme);
    m_templates = new QCheckBox(tr("Start from the built-in templates of the 4 levels and 5 posts"));
    m_templates->setObjectName(QStringLiteral("templatesCheck"));
    m_templates->setChecked(true);
    form->addRow(tr("Lists:"), m_templates);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("fileEdit"));
    auto *browse = new QPushButton(tr("Browse…"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("Save as:"), fileRow);
    v->addLayout(form);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b00020"));
    v->addWidget(m_error);
    v->addStretch();
    auto *buttons = new QDialogButtonBox;
    QPushButton *create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    QPushButton *back = buttons->addButton(tr("Back"), QDialogButtonBox::ResetRole);
    v->addWidget(buttons);

    connect(m_department, &QLineEdit::textEdited, this, &WelcomeDialog::departmentEdited);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileEdited = true; });
    connect(browse, &QPushButton::clicked, this, &WelcomeDialog::browse);
    connect(create, &QPushButton::clicked, this, &WelcomeDialog::create);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    departmentEdited();
    return page;
}

QWidget *WelcomeDialog::buildDonePage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(heading(tr("The file is ready")));
    m_doneText = new QLabel;
    m_doneText->setObjectName(QStringLiteral("doneText"));
    m_doneText->setWordWrap(true);
    v->addWidget(m_doneText);
    m_fingerprint = exchangeui::fingerprintLabel(QString(), page);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    v->addWidget(m_fingerprint, 0, Qt::AlignHCenter);
    auto *where = new QLabel(tr("This is your office's key fingerprint. Offices you exchange packages with compare it "
                                "(read it to them over the phone) before they trust your packages. You find it again "
                                "under Exchange → Offices and keys, where you can also save the key file to give them."));
    where->setWordWrap(true);
    v->addWidget(where);
    v->addStretch();
    auto *buttons = new QDialogButtonBox;
    QPushButton *start = buttons->addButton(tr("Start working"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("startButton"));
    connect(start, &QPushButton::clicked, this, &QDialog::accept);
    v->addWidget(buttons);
    return page;
}

void WelcomeDialog::showNewDepartmentPage()
{
    m_pages->setCurrentIndex(1);
    m_department->setFocus();
}

void WelcomeDialog::departmentEdited()
{
    if (m_fileEdited)
        return;
    const QString name = m_department->text().trimmed();
    m_file->setText(QDir::toNativeSeparators(
        QDir(startup::dataDirectory()).filePath((name.isEmpty() ? tr("department") : name) + QStringLiteral(".djdb"))));
}

void WelcomeDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the data file as"), m_file->text(),
                                                      startup::dataFileFilter());
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    m_fileEdited = true;
}

void WelcomeDialog::openExisting()
{
    const QString path = startup::askDataFileToOpen(this, QDir::homePath());
    if (path.isEmpty())
        return;
    m_choice = Choice::Open;
    m_path = path;
    accept();
}

void WelcomeDialog::create()
{
    QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        m_error->setText(tr("Choose where to save the data file."));
        return;
    }
    if (!path.endsWith(QLatin1String(".djdb")))
        path += QStringLiteral(".djdb");
    dj::NewDepartmentOptions o;
    o.department = m_department->text();
    o.code = m_code->text();
    o.speaksFor = dj::OrgType(m_speaksFor->currentData().toInt());
    o.builtinScheme = m_scheme->isChecked();
    o.builtinTemplates = m_templates->isChecked();
    QString fingerprint;
    QString office;
    try {
        auto db = dj::NewDepartment::create(path, o);
        fingerprint = dj::OfficeIdentity::publicKey(*db).fingerprint();
        office = db->officeName();
    } catch (const dj::Error &e) {
        m_error->setText(e.message());
        return;
    }
    m_error->clear();
    m_choice = Choice::Created;
    m_path = path;
    m_doneText->setText(tr("%1 is set up in %2.").arg(office, QDir::toNativeSeparators(path)));
    m_fingerprint->setText(fingerprint);
    m_pages->setCurrentIndex(2);
}
