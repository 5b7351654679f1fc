#pragma once

#include "exchange/OfficeIdentity.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

// Before an office's key is trusted: its name and fingerprint, large, and a box to tick once
// the fingerprint was compared with that office by phone or on paper. A key file on a stick
// could have been swapped on the way; the fingerprint read aloud cannot.
class TrustKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrustKeyDialog(const dj::OfficeKey &key, QWidget *parent = nullptr);
    // Asks; true when the user ticked the box and chose Trust.
    static bool confirm(const dj::OfficeKey &key, QWidget *parent);

private:
    QCheckBox *m_compared;
    QPushButton *m_trust;
};
