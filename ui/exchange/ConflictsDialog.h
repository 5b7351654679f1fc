#pragma once

#include "exchange/ConflictRepository.h"

#include <QDialog>
#include <functional>

class ConflictFieldsModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class Session;

// 冲突处理: rows changed both here and at another office. The list of open conflicts (or all,
// with the settled ones); the selected one side by side, field by field; and three ways to
// settle it: keep this office's version, take the other office's, or take theirs only in the
// ticked fields. The decision is written as a new version that wins everywhere it travels.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictsDialog(Session &session, QWidget *parent = nullptr);
    static void run(Session &session, QWidget *parent);

    ConflictFieldsModel *fieldsModel() const { return m_fieldsModel; }
    bool selectConflict(qint64 id);
    qint64 currentConflictId() const;
    // The buttons: settle the selected conflict; false (and the reason shown) when refused.
    bool keepMine();
    bool takeTheirs();
    bool mergeFields();

public slots:
    void reload();

private:
    void showConflict();
    bool settle(const std::function<void(dj::ConflictRepository &, qint64)> &how);
    QString officeName(const QString &officeId) const;
    QString rowLabel(const dj::SyncConflict &c) const;
    QString referenceName(const QString &column, const QString &value) const;

    Session &m_session;
    QList<dj::SyncConflict> m_conflicts;
    QTableWidget *m_list;
    QCheckBox *m_showSettled;
    QLabel *m_heading;
    QTableView *m_fields;
    ConflictFieldsModel *m_fieldsModel;
    QPushButton *m_mine;
    QPushButton *m_theirs;
    QPushButton *m_merge;
};
