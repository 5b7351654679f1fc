#pragma once

#include "exchange/OfficeIdentity.h"
#include "exchange/PeerRepository.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QPushButton;
namespace dj {
class Database;
}

// Before an office's key is trusted: its name and fingerprint, large, a box to tick once the
// fingerprint was compared with that office by phone or on paper, and what the office speaks
// for (the whole department or one organisation and below). A key file on a stick could have
// been swapped on the way; the fingerprint read aloud cannot. A key that replaces the one
// trusted is shown beside the old one; a revoked office and a trusted office of the same name
// are warned about.
class TrustKeyDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString speaksForOrgId; // empty: the whole department
        dj::PeerRepository::Confirmed confirmed;
    };

    TrustKeyDialog(const dj::OfficeKey &key, dj::Database &db, QWidget *parent = nullptr);
    // Asks; the choice when the user ticked the box, chose what it speaks for and chose Trust.
    static std::optional<Choice> ask(const dj::OfficeKey &key, dj::Database &db, QWidget *parent);
    Choice choice() const;

private:
    void updateTrust();

    dj::PeerRepository::Change m_change;
    QCheckBox *m_compared;
    QComboBox *m_speaksFor;
    QPushButton *m_trust;
};
