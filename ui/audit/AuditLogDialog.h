#pragma once

#include "audit/AuditLog.h"

#include <QDialog>

class AuditLogModel;
class DateField;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class Session;

// 审计日志 (issue 8): who changed which row of which table and when, newest first, searched by
// user, table, change, row and dates; the chain checked (校验) and the entries found exported
// to CSV. Administrators and the 机关党委 only. The log can hold millions of entries, so a
// search shows the newest PageLimit of those it finds and says how many there are; checking
// and exporting run on a worker thread with their own connection, with progress and Cancel.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PageLimit = 5000;

    explicit AuditLogDialog(Session &session, QWidget *parent = nullptr);
    // Opens the viewer, or says who may when the signed-in user may not.
    static void run(Session &session, QWidget *parent);
    // The sentence shown to a user who may not read the log; empty when they may.
    static QString deniedText(Session &session);

    const AuditLogModel *model() const { return m_model; }
    // The filter the search fields make now (without a limit).
    dj::AuditFilter currentFilter() const;

public slots:
    // Lists the newest entries the fields select and counts them all.
    void search();
    // Checks the whole chain; the verdict is shown under the table. False when cancelled.
    bool verify();
    // Writes every entry the fields select to `path` (not only those listed); false when it
    // failed, was refused or cancelled (the reason is shown).
    bool exportTo(const QString &path);

private:
    void chooseExportFile();
    void fillFilters();
    void selectEntry(qint64 seq);
    void showMessage(const QString &text, bool problem);

    Session &m_session;
    AuditLogModel *m_model;
    QComboBox *m_user, *m_table, *m_op;
    DateField *m_from, *m_to;
    QLineEdit *m_row;
    QPushButton *m_search, *m_verify, *m_export;
    QLabel *m_count, *m_verdict, *m_message;
    QTableView *m_view;
    qint64 m_total = 0;
};
