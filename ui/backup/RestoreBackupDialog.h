#pragma once

#include <QDialog>

class QTableWidget;
class QPushButton;

namespace dj {
class Database;
}

// Lists the backups of the open file (newest first, with why each was made) and returns the
// one chosen, or another copy picked from disk (a USB stick). Restoring is the caller's.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreBackupDialog(const dj::Database &db, QWidget *parent = nullptr);
    QString chosenPath() const { return m_chosen; }

    // Asks which backup, then confirms; returns the path to restore from, or empty.
    static QString ask(const dj::Database &db, QWidget *parent);

private:
    void chooseOther();
    QTableWidget *m_table;
    QPushButton *m_restore;
    QString m_chosen;
};
