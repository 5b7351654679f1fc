#pragma once

#include <QWizardPage>

namespace dj {
class Database;
class PackageImport;
}
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// The import wizard's second step: who sent the package and what it holds, read from its
// header before anything else in it is looked at. An office not yet trusted must have its
// fingerprint compared (the checkbox is required); a revoked key, another key than the one
// trusted, or a package made for another office stop here.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(QWidget *parent = nullptr);

    // Shows the package for the open file `db`.
    void setPackage(const dj::PackageImport &import, dj::Database &db);
    // The sender is unknown and the user confirmed comparing the fingerprint and chose what
    // it speaks for: it is trusted with the import (not before).
    bool trustConfirmed() const;
    // What the unknown sender speaks for (empty: the whole department).
    QString speaksForOrgId() const;
    QByteArray passphrase() const;
    // Why the import cannot go on; empty when it can.
    QString blocker() const { return m_blocker; }

    bool isComplete() const override;

private:
    void addRow(const QString &label, QWidget *field);
    QLabel *value(const char *name);

    QFormLayout *m_form;
    QLabel *m_senderName;
    QLabel *m_status;
    QLabel *m_fingerprint;
    QLabel *m_for;
    QLabel *m_created;
    QLabel *m_scope;
    QLabel *m_sequence;
    QLabel *m_encryption;
    QLineEdit *m_passphrase;
    QLabel *m_warning;
    QCheckBox *m_confirm;
    QComboBox *m_speaksFor;
    QFormLayout *m_speaksRow;
    bool m_unknownSender = false;
    bool m_needsPassphrase = false;
    QString m_blocker;
};
