#include "DutyRecordDialog.h"
#include "common/SizeText.h"

#include "app/FunctionCommand.h"
#include "app/Session.h"
#include "common/Clock.h"
#include "common/DateField.h"
#include "common/Error.h"
#include "evidence/EvidenceFile.h"
#include "common/FieldLimits.h"
#include "common/FieldProblems.h"
#include "common/TextLimits.h"
#include "duty/DutyRecordRepository.h"
#include "evidence/EvidenceName.h"
#include "storage/AttachmentStore.h"
#include "storage/RowIds.h"
#include "storage/Transaction.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>
#include <memory>

namespace {
const QString kTable = QStringLiteral("duty_record");
const QString kRecorderKey = QStringLiteral("duty/recordedBy");
} // namespace

DutyRecordDialog::DutyRecordDialog(Session &session, const dj::DutyItem &item, QWidget *parent)
    : QDialog(parent), m_session(session), m_item(item)
{
    m_record.itemId = item.id;
    m_record.doneOn = dj::Clock::today();
    // The session's 录入人 (the account signed in, or the name given for the session) first.
    m_record.recordedBy = session.person();
    if (m_record.recordedBy.isEmpty())
        m_record.recordedBy = QSettings().value(kRecorderKey).toString();
    build();
    setWindowTitle(tr("Record work — %1").arg(item.title));
}

DutyRecordDialog::DutyRecordDialog(Session &session, const dj::DutyItem &item, const dj::DutyRecord &record,
                                   QWidget *parent)
    : QDialog(parent), m_session(session), m_item(item), m_record(record)
{
    m_stored = dj::AttachmentStore(session.db()).list(kTable, record.id);
    build();
    setWindowTitle(tr("Edit record — %1").arg(item.title));
}

void DutyRecordDialog::build()
{
    setObjectName(QStringLiteral("dutyRecordDialog"));
    setAcceptDrops(true);
    resize(560, 480);
    auto *what = new QLabel(m_item.content.isEmpty() ? m_item.title : m_item.title + QStringLiteral("：") + m_item.content, this);
    what->setWordWrap(true);
    auto *evidence = new QLabel(tr("Evidence expected: %1").arg(m_item.evidence.isEmpty() ? tr("(not specified)") : m_item.evidence), this);
    evidence->setWordWrap(true);
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("recordDate"));
    m_date->setRequired(true);
    m_date->setDate(m_record.doneOn);
    m_text = new QPlainTextEdit(m_record.text, this);
    m_text->setObjectName(QStringLiteral("recordText"));
    m_text->setPlaceholderText(tr("What was done: meeting, participants, outcome …"));
    textlimits::limit(m_text, dj::limits::RecordTextMax);
    m_by = new QLineEdit(m_record.recordedBy, this);
    m_by->setObjectName(QStringLiteral("recordBy"));
    m_by->setMaxLength(dj::limits::PersonNameMax);

    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("recordFiles"));
    auto *add = new QPushButton(tr("&Add files…"), this);
    add->setObjectName(QStringLiteral("recordAddFiles"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_open = new QPushButton(tr("&Open"), this);
    m_saveAs = new QPushButton(tr("&Save as…"), this);
    m_open->setObjectName(QStringLiteral("recordOpenFile"));
    m_saveAs->setObjectName(QStringLiteral("recordSaveFileAs"));
    connect(add, &QPushButton::clicked, this, [this] {
        addFiles(QFileDialog::getOpenFileNames(this, tr("Evidence files"), QDir::homePath()));
    });
    connect(m_remove, &QPushButton::clicked, this, &DutyRecordDialog::removeFile);
    connect(m_open, &QPushButton::clicked, this, &DutyRecordDialog::openFile);
    connect(m_saveAs, &QPushButton::clicked, this, &DutyRecordDialog::saveFileAs);
    connect(m_files, &QListWidget::currentRowChanged, this, [this] {
        m_remove->setEnabled(m_files->currentRow() >= 0);
        m_open->setEnabled(m_files->currentRow() >= 0);
        m_saveAs->setEnabled(currentStored() >= 0);
    });
    connect(m_files, &QListWidget::itemDoubleClicked, this, &DutyRecordDialog::openFile);
    auto *fileButtons = new QVBoxLayout;
    for (QPushButton *b : {add, m_remove, m_open, m_saveAs})
        fileButtons->addWidget(b);
    fileButtons->addStretch();
    auto *files = new QHBoxLayout;
    files->addWidget(m_files, 1);
    files->addLayout(fileButtons);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("recordError"));
    m_problems = new FieldProblems(m_error, this);
    auto *form = new QFormLayout;
    m_problems->addRow(form, tr("Done on:"), m_date, QStringLiteral("doneOn"));
    m_problems->addRow(form, tr("What was done:"), m_text, QStringLiteral("text"));
    m_problems->addRow(form, tr("Recorded by:"), m_by, QStringLiteral("recordedBy"));
    form->addRow(tr("Evidence files:"), files);
    auto *hint = new QLabel(tr("Drop files here to attach them (at most %1 each).")
                                .arg(dj::sizeText(dj::AttachmentStore::MaxBytes)), this);
    hint->setStyleSheet(QStringLiteral("color: #666;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DutyRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(evidence);
    layout->addLayout(form, 1);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fillFiles();
}

void DutyRecordDialog::fillFiles()
{
    m_files->clear();
    for (const dj::Attachment &a : std::as_const(m_stored)) {
        if (!m_removed.contains(a.id))
            m_files->addItem(QStringLiteral("%1  (%2)").arg(a.name, dj::sizeText(a.size)));
    }
    for (const QString &p : std::as_const(m_pending))
        m_files->addItem(tr("%1  (%2, to be added)").arg(QFileInfo(p).fileName(), dj::sizeText(QFileInfo(p).size())));
    m_remove->setEnabled(false);
    m_open->setEnabled(false);
    m_saveAs->setEnabled(false);
}

int DutyRecordDialog::currentStored() const
{
    int row = m_files->currentRow();
    for (int i = 0; i < m_stored.size() && row >= 0; ++i) {
        if (m_removed.contains(m_stored.at(i).id))
            continue;
        if (row-- == 0)
            return i;
    }
    return -1;
}

int DutyRecordDialog::currentPending() const
{
    const int shown = int(m_stored.size() - m_removed.size());
    const int i = m_files->currentRow() - shown;
    return i >= 0 && i < m_pending.size() ? i : -1;
}

void DutyRecordDialog::addFiles(const QStringList &paths)
{
    QStringList refused;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (!info.isFile())
            refused << tr("%1 is not a file.").arg(info.fileName());
        else if (info.size() > dj::AttachmentStore::MaxBytes)
            refused << tr("%1 is %2; evidence files may be at most %3.")
                           .arg(info.fileName(), dj::sizeText(info.size()),
                                dj::sizeText(dj::AttachmentStore::MaxBytes));
        else if (!m_pending.contains(info.absoluteFilePath()))
            m_pending << info.absoluteFilePath();
    }
    fillFiles();
    showError(refused.join(QLatin1Char('\n')));
}

void DutyRecordDialog::removeFile()
{
    if (const int s = currentStored(); s >= 0)
        m_removed << m_stored.at(s).id;
    else if (const int p = currentPending(); p >= 0)
        m_pending.removeAt(p);
    fillFiles();
}

void DutyRecordDialog::openFile()
{
    if (const int p = currentPending(); p >= 0) {
        // Not stored yet, but the desktop opens documents and pictures only, as for stored ones.
        const QString name = QFileInfo(m_pending.at(p)).fileName();
        if (!dj::EvidenceName::canOpen(name))
            showError(tr("%1 is not a document or picture, so it is not opened here.").arg(dj::EvidenceName::clean(name)));
        else if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_pending.at(p))))
            showError(tr("No program is set up to open %1.").arg(name));
    } else if (const int s = currentStored(); s >= 0) {
        QString error;
        if (!evidence::open(this, m_session.db(), m_stored.at(s), &error))
            showError(error);
    }
}

void DutyRecordDialog::saveFileAs()
{
    const int s = currentStored();
    if (s < 0)
        return;
    QString error;
    if (!evidence::saveAs(this, m_session.db(), m_stored.at(s), &error))
        showError(error);
}

void DutyRecordDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DutyRecordDialog::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    addFiles(paths);
    event->acceptProposedAction();
}

void DutyRecordDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DutyRecordDialog::accept()
{
    dj::DutyRecord updated = m_record;
    updated.doneOn = m_date->date();
    updated.text = m_text->toPlainText();
    updated.recordedBy = m_by->text();
    // All of the form's problems at once, each beside its field.
    QList<dj::FieldProblem> problems;
    if (!m_date->isValid())
        problems.append({QStringLiteral("doneOn"), m_date->problem()});
    try {
        for (const dj::FieldProblem &f : dj::DutyRecordRepository(m_session.db()).problems(updated))
            if (f.field != QLatin1String("doneOn") || m_date->isValid())
                problems.append(f);
    } catch (const dj::Error &e) {
        problems.append({QString(), e.message()});
    }
    if (m_problems->show(problems))
        return;
    const bool isNew = m_record.id.isEmpty();
    if (isNew)
        updated.id = dj::newRowId();
    struct State
    {
        bool first = true;
        QStringList added; // attachment ids made on the first run
    };
    auto state = std::make_shared<State>();
    Session &session = m_session;
    const dj::DutyRecord before = m_record;
    const QStringList pending = m_pending;
    const QStringList removed = m_removed;
    auto apply = [&session, state, updated, pending, removed, isNew] {
        dj::Transaction tx(session.db());
        dj::DutyRecordRepository records(session.db());
        dj::AttachmentStore store(session.db());
        if (isNew && state->first)
            records.add(updated);
        else if (isNew)
            records.restore(updated.id);
        else
            records.update(updated);
        if (state->first) {
            for (const QString &p : pending)
                state->added << store.addFile(kTable, updated.id, p);
        } else if (!isNew) { // undoing an edit took the added files away
            for (const QString &id : std::as_const(state->added))
                store.restore(id);
        }
        for (const QString &id : removed)
            store.remove(id);
        tx.commit();
        state->first = false;
    };
    auto revert = [&session, state, before, removed, isNew, id = updated.id] {
        dj::Transaction tx(session.db());
        dj::DutyRecordRepository records(session.db());
        dj::AttachmentStore store(session.db());
        if (isNew) {
            records.remove(id);
        } else {
            records.update(before);
            for (const QString &a : std::as_const(state->added))
                store.remove(a);
        }
        for (const QString &a : removed)
            store.restore(a);
        tx.commit();
    };
    auto *cmd = new FunctionCommand(session, isNew ? tr("Record work on %1").arg(m_item.title) : tr("Edit record of %1").arg(m_item.title),
                                    apply, revert);
    cmd->setTouchesDuty();
    QString error;
    if (!session.run(cmd, &error)) {
        showError(error);
        return;
    }
    QSettings().setValue(kRecorderKey, updated.recordedBy.trimmed());
    QDialog::accept();
}
