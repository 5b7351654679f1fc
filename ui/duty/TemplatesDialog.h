#pragma once

#include "duty/DutyTemplate.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class Session;

// 清单模板: the templates the year's lists are made from, one per level or post and year.
// Items are added, edited and removed, a template is copied to a new year or renamed — each
// an undoable step; templates are saved to and loaded from .djtpl files so the 机关党委 can
// hand them to its branches (loading over an existing year asks before replacing).
class TemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplatesDialog(Session &session, QWidget *parent = nullptr);

    bool selectTemplate(const QString &id);
    QString currentTemplateId() const;

    // The steps behind the buttons, file names given (for tests and the file dialogs).
    bool saveTo(const QString &path);
    bool loadFrom(const QString &path, int year, bool replace);
    bool copyTo(int year);

public slots:
    void reload();
    void addItem();
    void editItem();
    void removeItem();
    void removeTemplate();

private:
    void showTemplate();
    void rename();
    void saveFile();
    void loadFile();
    void copyToYear();
    void installBuiltins();
    void showError(const QString &message);
    QList<QPair<QString, QString>> carriesOutChoices(const dj::DutyTemplate &t) const;
    const dj::DutyTemplate *current() const;

    Session &m_session;
    QList<dj::DutyTemplate> m_templates;
    QListWidget *m_list;
    QLineEdit *m_name;
    QTableWidget *m_items;
    QLabel *m_error;
    QPushButton *m_builtins;
};
