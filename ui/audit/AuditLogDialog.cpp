#include "AuditLogDialog.h"

#include "AuditLogModel.h"
#include "access/Permission.h"
#include "access/Role.h"
#include "app/Session.h"
#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/DateField.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace {

QComboBox *combo(const char *name)
{
    auto *c = new QComboBox;
    c->setObjectName(QString::fromLatin1(name));
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

QLabel *statusLabel(const char *name)
{
    auto *l = new QLabel;
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->hide();
    return l;
}

void setStatus(QLabel *label, const QString &text, bool problem)
{
    label->setStyleSheet(problem ? QStringLiteral("QLabel{color:#b01c1c}")
                                 : QStringLiteral("QLabel{color:#1b6e20}"));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// A count for tr()'s %n, which takes an int.
int counted(qint64 n)
{
    return int(qMin<qint64>(n, std::numeric_limits<int>::max()));
}

} // namespace

AuditLogDialog::AuditLogDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    //: 审计日志
    setWindowTitle(tr("Audit log"));
    resize(1100, 640);

    m_user = combo("auditUser");
    m_table = combo("auditTable");
    m_op = combo("auditOp");
    m_from = new DateField;
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to = new DateField;
    m_to->setObjectName(QStringLiteral("auditTo"));
    for (DateField *d : {m_from, m_to})
        //: an empty date in the search: 不限
        d->setEmptyText(tr("Any"));
    m_row = new QLineEdit;
    m_row->setObjectName(QStringLiteral("auditRow"));
    m_row->setClearButtonEnabled(true);
    //: 行号（记录的 id）
    m_row->setPlaceholderText(tr("Row id"));
    m_search = new QPushButton(tr("Search"));
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setDefault(true);
    connect(m_search, &QPushButton::clicked, this, &AuditLogDialog::search);
    connect(m_row, &QLineEdit::returnPressed, this, &AuditLogDialog::search);

    auto *filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("User")), 0, 0);
    filters->addWidget(m_user, 0, 1);
    filters->addWidget(new QLabel(tr("Table")), 0, 2);
    filters->addWidget(m_table, 0, 3);
    filters->addWidget(new QLabel(tr("Change")), 0, 4);
    filters->addWidget(m_op, 0, 5);
    filters->addWidget(new QLabel(tr("From")), 1, 0);
    filters->addWidget(m_from, 1, 1);
    //: the last day searched, included: 至
    filters->addWidget(new QLabel(tr("To")), 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->addWidget(new QLabel(tr("Row")), 1, 4);
    filters->addWidget(m_row, 1, 5);
    filters->addWidget(m_search, 1, 6);
    filters->setColumnStretch(7, 1);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_count->setWordWrap(true);
    m_model = new AuditLogModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("auditLogTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Compact rows: a search lists up to PageLimit entries.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Column widths from the first rows only, so thousands of entries cost nothing.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);

    m_verdict = statusLabel("auditVerdict");
    m_message = statusLabel("auditMessage");
    //: 校验日志链
    m_verify = new QPushButton(tr("Verify the chain"));
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verify->setToolTip(
        tr("Checks every entry of the log against the one before it, so that entries changed or "
           "removed with another program are found."));
    connect(m_verify, &QPushButton::clicked, this, &AuditLogDialog::verify);
    m_export = new QPushButton(tr("Export…"));
    m_export->setObjectName(QStringLiteral("auditExport"));
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::chooseExportFile);
    auto *close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("auditClose"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    const QString denied = deniedText(session);
    if (!denied.isEmpty()) {
        // Made directly for someone who may not read the log: nothing of it is shown.
        for (QWidget *w : std::initializer_list<QWidget *>{m_user, m_table, m_op, m_from, m_to,
                                                           m_row, m_search, m_verify, m_export})
            w->setEnabled(false);
        m_export->setToolTip(denied);
        showMessage(denied, true);
        return;
    }
    m_export->setToolTip(
        tr("Writes every entry the search finds to a CSV file, not only those listed."));
    fillFilters();
    search();
}

QString AuditLogDialog::deniedText(Session &session)
{
    const dj::UserSession &user = session.db().user();
    if (!dj::allowed(user, dj::Permission::ReadAuditLog))
        return tr("Only an administrator or the organ party committee may read the audit log; "
                  "you are signed in as %1 (%2).")
            .arg(user.user, dj::roleName(user.role));
    if (!dj::AuditLog::present(session.db()))
        return tr("This data file has no audit log.");
    return {};
}

void AuditLogDialog::run(Session &session, QWidget *parent)
{
    const QString denied = deniedText(session);
    if (!denied.isEmpty()) {
        QMessageBox::information(parent, tr("Audit log"), denied);
        return;
    }
    AuditLogDialog dialog(session, parent);
    dialog.exec();
}

void AuditLogDialog::fillFilters()
{
    const dj::AuditLog log(m_session.db());
    //: 全部用户
    m_user->addItem(tr("All users"), QString());
    //: 全部表
    m_table->addItem(tr("All tables"), QString());
    //: 全部操作
    m_op->addItem(tr("All changes"), QString());
    try {
        for (const QString &u : log.users())
            m_user->addItem(u, u);
        for (const QString &t : log.tables())
            m_table->addItem(AuditLogModel::tableName(t), t);
    } catch (const dj::Error &e) {
        showMessage(e.message(), true);
    }
    for (const char *op : {"insert", "update", "delete", "event", "baseline"})
        m_op->addItem(AuditLogModel::opName(QLatin1String(op)), QString::fromLatin1(op));
}

dj::AuditFilter AuditLogDialog::currentFilter() const
{
    dj::AuditFilter f;
    f.user = m_user->currentData().toString();
    f.table = m_table->currentData().toString();
    f.op = m_op->currentData().toString();
    f.rowId = m_row->text().trimmed();
    // Whole local days: from the start of the first to the end of the last.
    if (m_from->date().isValid())
        f.from = m_from->date().startOfDay();
    if (m_to->date().isValid())
        f.to = m_to->date().addDays(1).startOfDay();
    return f;
}

void AuditLogDialog::search()
{
    if (!deniedText(m_session).isEmpty())
        return;
    // A date that is not one is said under its field; searching without it would mislead.
    bool datesOk = true;
    for (DateField *d : {m_from, m_to}) {
        d->showProblem({});
        datesOk = datesOk && d->isValid();
    }
    if (!datesOk)
        return;
    showMessage({}, false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const dj::AuditLog log(m_session.db());
        dj::AuditFilter f = currentFilter();
        m_total = log.count(f);
        f.limit = PageLimit;
        m_model->setEntries(log.entries(f));
    } catch (const dj::Error &e) {
        m_total = 0;
        m_model->setEntries({});
        showMessage(e.message(), true);
    }
    QApplication::restoreOverrideCursor();
    m_count->setText(
        m_total > m_model->rowCount()
            //: 共 %Ln 条，仅列出最新的 %1 条……
            ? tr("%Ln entry(s) found; the newest %1 are listed. Narrow the search to see older "
                 "ones.",
                 nullptr, counted(m_total))
                  .arg(QLocale().toString(m_model->rowCount()))
            //: 共 %Ln 条
            : tr("%Ln entry(s) found.", nullptr, counted(m_total)));
    // The row ids (long uuids) take what is left.
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(AuditLogModel::RowCol, QHeaderView::Stretch);
}

bool AuditLogDialog::verify()
{
    const QString path = m_session.db().path();
    dj::AuditVerdict verdict;
    try {
        const bool finished = BackgroundTask::run(
            this, tr("Checking the audit log…"), [&](const BackgroundTask::Progress &progress) {
                const auto db = dj::Database::openReadOnly(path);
                verdict = dj::AuditLog(*db).verify(progress);
            });
        if (!finished) {
            setStatus(m_verdict, tr("The check was cancelled."), true);
            return false;
        }
    } catch (const dj::Error &e) {
        setStatus(m_verdict, e.message(), true);
        return true;
    }
    if (verdict.ok) {
        setStatus(m_verdict,
                  tr("The audit log is intact: %Ln entry(s) checked, none changed or missing. "
                     "Its head is %1 — note it down to compare with later.",
                     nullptr, counted(verdict.entries))
                      .arg(QString::fromLatin1(verdict.head.toHex())),
                  false);
    } else {
        setStatus(m_verdict, tr("The audit log does not pass the check: %1").arg(verdict.problem),
                  true);
        selectEntry(verdict.firstBadSeq);
    }
    return true;
}

void AuditLogDialog::selectEntry(qint64 seq)
{
    // The entry the check stopped at, when the list holds it: the auditor looks there first.
    for (int r = 0; seq > 0 && r < m_model->rowCount(); ++r)
        if (m_model->entryAt(r).seq == seq) {
            m_view->selectRow(r);
            m_view->scrollTo(m_model->index(r, 0));
            return;
        }
}

void AuditLogDialog::chooseExportFile()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: file name suggested for the export: 审计日志-20261124.csv
    const QString name =
        tr("audit-log-%1.csv").arg(dj::Clock::today().toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit log"),
        QDir(docs.isEmpty() ? QDir::homePath() : docs).filePath(name), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AuditLogDialog::exportTo(const QString &path)
{
    search(); // what is exported is what the count says
    const dj::AuditFilter filter = currentFilter();
    const QString dataPath = m_session.db().path();
    bool written = false;
    try {
        const bool finished = BackgroundTask::run(
            this, tr("Exporting the audit log…"), [&](const BackgroundTask::Progress &progress) {
                const auto db = dj::Database::openReadOnly(dataPath);
                written = dj::AuditLog(*db).exportCsv(path, filter, progress);
            });
        if (!finished || !written) {
            showMessage(tr("The export was cancelled; nothing was written."), true);
            return false;
        }
    } catch (const dj::Error &e) {
        showMessage(e.message(), true);
        return false;
    }
    showMessage(tr("%Ln entry(s) written to %1.", nullptr, counted(m_total))
                    .arg(QDir::toNativeSeparators(path)),
                false);
    return true;
}

void AuditLogDialog::showMessage(const QString &text, bool problem)
{
    setStatus(m_message, text, problem);
}
