#include "GenerateListsDialog.h"

#include "app/Session.h"
#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/DateField.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

GenerateListsDialog::GenerateListsDialog(int year, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("dutyGenerateDialog"));
    setWindowTitle(tr("Generate the lists of %1").arg(year));
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("dutyPostsOn"));
    m_date->setRequired(true);
    m_date->setMinimumDate(QDate(year, 1, 1));
    m_date->setMaximumDate(QDate(year, 12, 31));
    m_date->setDate(dj::Clock::today().year() == year ? dj::Clock::today() : QDate(year, 1, 1));
    auto *text = new QLabel(tr("One list for each organisation of each level and one for each person holding one of the "
                               "five posts on the date below, from the templates of %1. Running it again only adds "
                               "what is missing; nothing recorded is changed.").arg(year), this);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("dutyGenerateOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GenerateListsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Post holders on:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDate GenerateListsDialog::postsOn() const { return m_date->date(); }

void GenerateListsDialog::accept()
{
    if (!m_date->isValid()) {
        m_date->showProblem(m_date->problem());
        m_date->setFocus();
        return;
    }
    QDialog::accept();
}

std::optional<dj::DutyGenerator::Result> GenerateListsDialog::run(Session &session, int year, QWidget *parent)
{
    GenerateListsDialog ask(year, parent);
    if (ask.exec() != QDialog::Accepted)
        return std::nullopt;
    const QDate postsOn = ask.postsOn();
    dj::DutyGenerator::Result result;
    try {
        const QString path = session.db().path();
        const bool finished = BackgroundTask::run(parent, tr("Generating the lists of %1…").arg(year),
                                                  [&](const BackgroundTask::Progress &progress) {
            auto db = dj::Database::open(path);
            result = dj::DutyGenerator(*db).generate(year, postsOn, [&](int d, int t) { return progress(d, t); });
        });
        if (!finished || result.cancelled)
            return std::nullopt;
    } catch (const dj::Error &e) {
        QMessageBox::warning(parent, tr("Generate the lists"), e.message());
        return std::nullopt;
    }
    return result;
}

void GenerateListsDialog::tell(const dj::DutyGenerator::Result &result, int year, QWidget *parent)
{
    QMessageBox::information(parent, tr("Generate the lists"),
                             result.changed() ? tr("%1 lists and %2 items added; %3 items linked to the item above.")
                                                    .arg(result.listsAdded)
                                                    .arg(result.itemsAdded)
                                                    .arg(result.linksSet)
                                              : tr("Nothing to add: the lists of %1 are complete.").arg(year));
}
