#pragma once

#include <QDialog>

class QListWidget;
class QTableWidget;
class QLabel;
class QPushButton;
class Session;

// 指标体系: the schemes of the file with their indicators; a scheme imported from or exported
// to a sheet (一级指标, 指标编号, 考核指标, 分值, 评分方式, 每次分值, 目标值, 评分标准), the built-in
// example installed, indicators added, edited and removed (undoable) while the scheme is
// not locked, a locked scheme copied as a new revision to change it.
class SchemesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SchemesDialog(Session &session, QWidget *parent = nullptr);

private:
    void reload(const QString &select = {});
    void showScheme();
    void importSheet();
    void exportSheet();
    void copyRevision();
    void installBuiltin();
    void editIndicator(bool adding);
    void removeIndicator();
    QString currentId() const;
    void showError(const QString &message);

    Session &m_session;
    QListWidget *m_list;
    QTableWidget *m_indicators;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};
