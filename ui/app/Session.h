#pragma once

#include <QObject>
#include <memory>

class QUndoStack;

namespace dj {
class Database;
}

class EditCommand;

// The open data file as the GUI sees it: the database, the undo stack, and signals that tell
// every page to refresh after an edit, an undo or a redo.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(std::unique_ptr<dj::Database> db, QObject *parent = nullptr);
    ~Session() override;

    dj::Database &db() { return *m_db; }
    QUndoStack *undoStack() const { return m_undo; }

    // Who enters data (录入人), recorded with every score, mark and ballot: the signed-in
    // account's name, else the name given once for this session (common/EnteredByDialog asks
    // it before the first entry); empty until then.
    QString person() const;
    // Whether the person is the signed-in account (then it cannot be changed).
    bool personIsAccount() const;
    void setPerson(const QString &name);

    // Applies `cmd`; when core refuses, emits errorOccurred with its message and returns
    // false, and nothing is pushed. On success the command lands on the undo stack.
    bool run(EditCommand *cmd);
    // The same, but a refusal is handed back in `error` (for a dialog to show under its
    // form) instead of being emitted.
    bool run(EditCommand *cmd, QString *error);

    // Called by commands after they changed data.
    void notify(bool organizations, bool people);
    void notifyDuty() { emit dutyChanged(); }
    void notifyAssess() { emit assessChanged(); }

signals:
    void organizationsChanged();
    void peopleChanged();
    void dutyChanged(); // responsibility lists, items, records
    void assessChanged(); // schemes, assessments and everything entered for them
    void errorOccurred(const QString &message);
    void personChanged();

private:
    std::unique_ptr<dj::Database> m_db;
    QUndoStack *m_undo;
    QString m_person;
};
