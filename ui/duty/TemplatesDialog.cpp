#include "TemplatesDialog.h"

#include "DutyItemDialog.h"
#include "DutyItemModel.h"
#include "app/FunctionCommand.h"
#include "app/Session.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/FieldLimits.h"
#include "duty/TemplateFile.h"
#include "duty/TemplateRepository.h"
#include "storage/RowIds.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}
// Template items also have their code and the item above they carry out.
DutyItemDialog::Fields fieldsOf(const dj::DutyTemplateItem &i)
{
    DutyItemDialog::Fields f = DutyItemDialog::fieldsOf(i);
    f.carriesOut = i.carriesOut;
    return f;
}
dj::DutyTemplateItem withFields(const dj::DutyTemplateItem &i, const DutyItemDialog::Fields &f)
{
    dj::DutyTemplateItem out = DutyItemDialog::withFields(i, f);
    out.code = f.code;
    out.carriesOut = f.carriesOut;
    return out;
}
} // namespace

TemplatesDialog::TemplatesDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("templatesDialog"));
    setWindowTitle(tr("Responsibility list templates"));
    resize(1100, 680);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setMinimumWidth(400);
    m_list->setMaximumWidth(460);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setMaxLength(dj::limits::TitleMax);
    m_items = new QTableWidget(0, 6, this);
    m_items->setObjectName(QStringLiteral("templateItems"));
    m_items->setHorizontalHeaderLabels({tr("Code"), tr("Category"), tr("Item"), tr("When"), tr("Times"), tr("Carries out")});
    m_items->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("templateError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    auto *rename = button(tr("Rename"), "templateRename", this);
    auto *add = button(tr("Add item…"), "templateAddItem", this);
    auto *edit = button(tr("Edit item…"), "templateEditItem", this);
    auto *remove = button(tr("Remove item"), "templateRemoveItem", this);
    auto *copy = button(tr("Copy to a new year…"), "templateCopy", this);
    auto *removeTemplate = button(tr("Remove template"), "templateRemove", this);
    auto *save = button(tr("Save to file…"), "templateSave", this);
    auto *load = button(tr("Load from file…"), "templateLoad", this);
    m_builtins = button(tr("Add the built-in templates"), "templateBuiltins", this);
    auto *close = button(tr("Close"), "templateClose", this);
    connect(rename, &QPushButton::clicked, this, &TemplatesDialog::rename);
    connect(add, &QPushButton::clicked, this, &TemplatesDialog::addItem);
    connect(edit, &QPushButton::clicked, this, &TemplatesDialog::editItem);
    connect(m_items, &QTableWidget::cellDoubleClicked, this, &TemplatesDialog::editItem);
    connect(remove, &QPushButton::clicked, this, &TemplatesDialog::removeItem);
    connect(copy, &QPushButton::clicked, this, &TemplatesDialog::copyToYear);
    connect(removeTemplate, &QPushButton::clicked, this, &TemplatesDialog::removeTemplate);
    connect(save, &QPushButton::clicked, this, &TemplatesDialog::saveFile);
    connect(load, &QPushButton::clicked, this, &TemplatesDialog::loadFile);
    connect(m_builtins, &QPushButton::clicked, this, &TemplatesDialog::installBuiltins);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::showTemplate);
    connect(&m_session, &Session::dutyChanged, this, &TemplatesDialog::reload);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(new QLabel(tr("Name:"), this));
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(rename);
    auto *itemButtons = new QHBoxLayout;
    for (QPushButton *b : {add, edit, remove})
        itemButtons->addWidget(b);
    itemButtons->addStretch();
    auto *right = new QVBoxLayout;
    right->addLayout(nameRow);
    right->addWidget(m_items, 1);
    right->addLayout(itemButtons);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list);
    top->addLayout(right, 1);
    auto *bottom = new QHBoxLayout;
    for (QPushButton *b : {copy, removeTemplate, save, load, m_builtins})
        bottom->addWidget(b);
    bottom->addStretch();
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_error);
    layout->addLayout(bottom);
    reload();
}

void TemplatesDialog::reload()
{
    const QString keep = currentTemplateId();
    m_templates = dj::TemplateRepository(m_session.db()).all(true);
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const dj::DutyTemplate &t : std::as_const(m_templates))
        m_list->addItem(tr("%1 · from %2 · %3 items").arg(dj::vocab::label(t.subject)).arg(t.year).arg(t.items.size()));
    m_builtins->setVisible(m_templates.size() < dj::vocab::dutySubjects().size());
    if (!selectTemplate(keep) && !m_templates.isEmpty())
        m_list->setCurrentRow(0);
    showTemplate();
}

bool TemplatesDialog::selectTemplate(const QString &id)
{
    for (int i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).id == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

const dj::DutyTemplate *TemplatesDialog::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_templates.size() ? &m_templates.at(row) : nullptr;
}

QString TemplatesDialog::currentTemplateId() const { return current() ? current()->id : QString(); }

void TemplatesDialog::showTemplate()
{
    const dj::DutyTemplate *t = current();
    m_name->setText(t ? t->name : QString());
    m_items->setRowCount(0);
    if (!t)
        return;
    m_items->setRowCount(int(t->items.size()));
    for (int r = 0; r < t->items.size(); ++r) {
        const dj::DutyTemplateItem &i = t->items.at(r);
        dj::DutyItem asItem;
        asItem.frequency = i.frequency;
        asItem.deadline = i.deadline;
        const QStringList cells = {i.code, i.category, i.title, DutyItemModel::scheduleText(asItem),
                                   QString::number(i.expected), i.carriesOut.section(QLatin1Char('/'), 1)};
        for (int c = 0; c < cells.size(); ++c)
            m_items->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        m_items->item(r, 2)->setToolTip(i.content);
    }
    m_items->resizeColumnToContents(0);
    m_items->resizeColumnToContents(1);
    m_items->resizeColumnToContents(3);
}

void TemplatesDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QList<QPair<QString, QString>> TemplatesDialog::carriesOutChoices(const dj::DutyTemplate &t) const
{
    dj::DutySubject parent;
    if (!dj::vocab::parentSubject(t.subject, &parent))
        return {};
    QList<QPair<QString, QString>> out;
    if (const auto above = dj::TemplateRepository(m_session.db()).forYear(parent, t.year)) {
        for (const dj::DutyTemplateItem &i : above->items)
            out.append({dj::vocab::code(parent) + QLatin1Char('/') + i.code, i.code + QStringLiteral("  ") + i.title});
    }
    return out;
}

void TemplatesDialog::addItem()
{
    const dj::DutyTemplate *t = current();
    if (!t)
        return;
    const QString templateId = t->id;
    Session &session = m_session;
    DutyItemDialog::Fields fields;
    fields.code = QStringLiteral("%1%2").arg(t->items.isEmpty() ? QString() : t->items.constLast().code.left(2))
                      .arg(t->items.size() + 1, 2, 10, QLatin1Char('0'));
    DutyItemDialog dialog(tr("Add an item to %1").arg(t->name), fields, true, carriesOutChoices(*t),
                          [&session, templateId](const DutyItemDialog::Fields &f, QString *error) {
        dj::DutyTemplateItem item = withFields(dj::DutyTemplateItem{}, f);
        item.id = dj::newRowId();
        auto first = std::make_shared<bool>(true);
        auto *cmd = new FunctionCommand(
            session, tr("Add template item %1").arg(item.title),
            [&session, templateId, item, first] {
                dj::TemplateRepository repo(session.db());
                if (*first)
                    repo.addItem(templateId, item);
                else
                    repo.restoreItem(item.id);
                *first = false;
            },
            [&session, id = item.id] { dj::TemplateRepository(session.db()).removeItem(id); });
        cmd->setTouchesDuty();
        return session.run(cmd, error);
    }, this);
    dialog.exec();
}

void TemplatesDialog::editItem()
{
    const dj::DutyTemplate *t = current();
    const int row = m_items->currentRow();
    if (!t || row < 0 || row >= t->items.size())
        return;
    const dj::DutyTemplateItem before = t->items.at(row);
    Session &session = m_session;
    DutyItemDialog dialog(tr("Edit template item %1").arg(before.code), fieldsOf(before), true, carriesOutChoices(*t),
                          [&session, before](const DutyItemDialog::Fields &f, QString *error) {
        const dj::DutyTemplateItem after = withFields(before, f);
        auto *cmd = new FunctionCommand(
            session, tr("Edit template item %1").arg(after.code),
            [&session, after] { dj::TemplateRepository(session.db()).updateItem(after); },
            [&session, before] { dj::TemplateRepository(session.db()).updateItem(before); });
        cmd->setTouchesDuty();
        return session.run(cmd, error);
    }, this);
    dialog.exec();
}

void TemplatesDialog::removeItem()
{
    const dj::DutyTemplate *t = current();
    const int row = m_items->currentRow();
    if (!t || row < 0 || row >= t->items.size())
        return;
    const dj::DutyTemplateItem item = t->items.at(row);
    Session &session = m_session;
    auto *cmd = new FunctionCommand(
        session, tr("Remove template item %1").arg(item.code),
        [&session, id = item.id] { dj::TemplateRepository(session.db()).removeItem(id); },
        [&session, id = item.id] { dj::TemplateRepository(session.db()).restoreItem(id); });
    cmd->setTouchesDuty();
    QString error;
    showError(session.run(cmd, &error) ? QString() : error);
}

void TemplatesDialog::rename()
{
    const dj::DutyTemplate *t = current();
    if (!t || m_name->text().trimmed() == t->name)
        return;
    Session &session = m_session;
    auto *cmd = new FunctionCommand(
        session, tr("Rename template %1").arg(t->name),
        [&session, id = t->id, name = m_name->text()] { dj::TemplateRepository(session.db()).rename(id, name); },
        [&session, id = t->id, name = t->name] { dj::TemplateRepository(session.db()).rename(id, name); });
    cmd->setTouchesDuty();
    QString error;
    showError(session.run(cmd, &error) ? QString() : error);
}

bool TemplatesDialog::copyTo(int year)
{
    const dj::DutyTemplate *t = current();
    if (!t)
        return false;
    Session &session = m_session;
    auto made = std::make_shared<QString>();
    auto *cmd = new FunctionCommand(
        session, tr("Copy %1 to %2").arg(t->name).arg(year),
        [&session, id = t->id, year, made] {
            dj::TemplateRepository repo(session.db());
            if (made->isEmpty())
                *made = repo.copyToYear(id, year);
            else
                repo.restore(*made);
        },
        [&session, made] { dj::TemplateRepository(session.db()).remove(*made); });
    cmd->setTouchesDuty();
    QString error;
    const bool ok = session.run(cmd, &error);
    showError(ok ? QString() : error);
    if (ok)
        selectTemplate(*made);
    return ok;
}

void TemplatesDialog::copyToYear()
{
    const dj::DutyTemplate *t = current();
    if (!t)
        return;
    bool ok = false;
    const int year = QInputDialog::getInt(this, tr("Copy to a new year"), tr("The template applies from the year:"),
                                          qMax(t->year + 1, dj::Clock::today().year()), dj::limits::YearMin,
                                          dj::limits::YearMax, 1, &ok);
    if (ok)
        copyTo(year);
}

void TemplatesDialog::removeTemplate()
{
    const dj::DutyTemplate *t = current();
    if (!t)
        return;
    Session &session = m_session;
    auto *cmd = new FunctionCommand(
        session, tr("Remove template %1").arg(t->name),
        [&session, id = t->id] { dj::TemplateRepository(session.db()).remove(id); },
        [&session, id = t->id] { dj::TemplateRepository(session.db()).restore(id); });
    cmd->setTouchesDuty();
    QString error;
    showError(session.run(cmd, &error) ? QString() : error);
}

bool TemplatesDialog::saveTo(const QString &path)
{
    try {
        dj::TemplateFile::write(m_templates, path);
    } catch (const dj::Error &e) {
        showError(e.message());
        return false;
    }
    showError({});
    return true;
}

void TemplatesDialog::saveFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the templates"),
                                                      QDir::home().filePath(tr("templates") + QStringLiteral(".djtpl")),
                                                      tr("Template files (*.djtpl)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool TemplatesDialog::loadFrom(const QString &path, int year, bool replace)
{
    try {
        dj::TemplateRepository(m_session.db()).load(dj::TemplateFile::read(path), year, replace);
    } catch (const dj::Error &e) {
        showError(e.message());
        return false;
    }
    showError({});
    m_session.notifyDuty();
    return true;
}

void TemplatesDialog::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load templates"), QDir::homePath(),
                                                      tr("Template files (*.djtpl);;All files (*)"));
    if (path.isEmpty())
        return;
    const int year = dj::Clock::today().year();
    if (loadFrom(path, year, false) || m_error->text().isEmpty())
        return;
    // A clash with templates of the same year: say which, and replace only when told to.
    if (QMessageBox::question(this, tr("Load templates"), m_error->text() + QStringLiteral("\n\n") + tr("Replace them?"))
        == QMessageBox::Yes)
        loadFrom(path, year, true);
}

void TemplatesDialog::installBuiltins()
{
    try {
        dj::TemplateRepository(m_session.db()).installBuiltins(dj::Clock::today().year());
    } catch (const dj::Error &e) {
        showError(e.message());
        return;
    }
    m_session.notifyDuty();
}
