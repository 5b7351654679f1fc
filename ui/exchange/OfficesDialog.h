#pragma once

#include "exchange/PeerRepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class Session;

// 单位与密钥: this office's name, id and key fingerprint, and its key file to hand to other
// offices; the offices this one takes packages from (trusted after comparing fingerprints),
// what each speaks for (changeable), when and by whom they were trusted, and revoking one.
class OfficesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OfficesDialog(Session &session, QWidget *parent = nullptr);
    static void run(Session &session, QWidget *parent);

    // The steps behind the buttons, with the file named (tests, and after the file dialogs).
    bool exportKeyTo(const QString &path);
    // Reads the key file, asks the user to confirm the fingerprint, then trusts it.
    bool trustKeyFile(const QString &path);
    // Asks, then revokes the office's key.
    bool revokeOffice(const QString &officeId);
    // Changes what a trusted office speaks for (empty: the whole department). Audited.
    bool setSpeaksFor(const QString &officeId, const QString &speaksForOrgId);
    bool selectOffice(const QString &officeId);
    // Asks, then makes a new key pair (office new-key); the old key signs the change notice.
    bool makeNewKey();
    // What the dialog says about where the secret key rests (without / with accounts).
    static QString plainKeyNotice();
    static QString lockedKeyNotice();

public slots:
    void reload();

private:
    void exportKey();
    void trustFile();
    void revokeSelected();
    void changeScope();
    void updateButtons();
    void showKeyState();
    QString currentOfficeId() const;

    Session &m_session;
    QList<dj::Peer> m_peers;
    QLabel *m_fingerprint;
    QLabel *m_keyNotice;
    QTableWidget *m_table;
    QPushButton *m_revoke;
    QPushButton *m_scope;
    QLabel *m_message;
};
