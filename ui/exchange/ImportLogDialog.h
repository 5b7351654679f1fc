#pragma once

#include "exchange/ImportLog.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class Session;

// 导入记录: every package imported into this file, newest first — when, from whom, its number
// (flagged when earlier ones had not arrived), what it carried and changed, who imported it,
// whether it was undone; and undoing the last import.
class ImportLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportLogDialog(Session &session, QWidget *parent = nullptr);
    static void run(Session &session, QWidget *parent);

    // Asks, then undoes the last import; false when the user said no or core refused.
    bool undoLast();

public slots:
    void reload();

private:
    Session &m_session;
    QList<dj::ImportLogEntry> m_entries;
    QTableWidget *m_table;
    QPushButton *m_undo;
    QLabel *m_message;
};
