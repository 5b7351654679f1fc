#pragma once

#include "duty/DutyList.h"
#include "duty/DutyRecord.h"
#include "storage/Attachment.h"

#include <QDialog>

class DateField;
class FieldProblems;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class Session;

// 履责纪实: records work done on an item (date, what was done, who records it) with its
// evidence files — added with a button or dropped onto the dialog, opened or saved from the
// record. Saving is one undoable step: the record and all its files, or nothing.
class DutyRecordDialog : public QDialog
{
    Q_OBJECT
public:
    // A new record on `item`.
    DutyRecordDialog(Session &session, const dj::DutyItem &item, QWidget *parent = nullptr);
    // Editing `record`.
    DutyRecordDialog(Session &session, const dj::DutyItem &item, const dj::DutyRecord &record,
                     QWidget *parent = nullptr);

    // Adds files to the record (as a drop does); refuses those over the limit with a message.
    void addFiles(const QStringList &paths);
    void accept() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void build();
    void fillFiles();
    void removeFile();
    void openFile();
    void saveFileAs();
    void showError(const QString &message);
    int currentStored() const; // index into m_stored, or -1
    int currentPending() const; // index into m_pending, or -1

    Session &m_session;
    dj::DutyItem m_item;
    dj::DutyRecord m_record; // id empty when new
    QList<dj::Attachment> m_stored;
    QStringList m_removed; // stored attachments to remove on save
    QStringList m_pending; // paths to add on save

    DateField *m_date = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_by = nullptr;
    QListWidget *m_files = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_saveAs = nullptr;
    QLabel *m_error = nullptr; // files refused, and problems of no one field
    FieldProblems *m_problems = nullptr;
};
