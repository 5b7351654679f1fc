#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class Session;

// Who is assessed in a year: the active 党支部 and 党总支 with a tick each. Taking an
// organisation out keeps what was entered for it (it counts again if ticked back).
class AssessOrgsDialog : public QDialog
{
    Q_OBJECT
public:
    AssessOrgsDialog(Session &session, const QString &assessmentId, QWidget *parent = nullptr);
    QStringList chosen() const;

private:
    QListWidget *m_list;
};
