#pragma once

#include "exchange/PackageExport.h"

#include <QDialog>
#include <optional>

class ExportSummaryPage;
class OrgComboBox;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class Session;

// 导出交换包: what to send (all rows, an organisation and below, one year, the schemes and
// templates), for whom (any office, a trusted office, the office of a key file), only the
// changes since the last package to it, how to protect it, and where to write it. The package
// is written on a worker thread with its own connection; then a summary says what went out.
class ExportPackageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportPackageDialog(Session &session, QWidget *parent = nullptr);
    static void run(Session &session, QWidget *parent);

    // The destination, as if chosen in the file dialog (tests, and "Browse…").
    void setDestination(const QString &path);
    QString destination() const;
    // The request the form describes; nothing and the reason in `error` when incomplete.
    std::optional<dj::ExportRequest> request(QString *error) const;
    // Writes the package (the Export button). False when the form is incomplete, core refused
    // (shown in a message box) or the user cancelled; the summary page shows on success.
    bool exportPackage();
    const std::optional<dj::ExportOutcome> &outcome() const { return m_outcome; }

private:
    QWidget *buildForm();
    void updateEnabled();
    void updateDefaultDestination();
    void browseDestination();
    void browseKeyFile();
    std::optional<dj::OfficeKey> recipient(QString *error) const;

    Session &m_session;
    QStackedWidget *m_pages;
    QButtonGroup *m_scope;
    OrgComboBox *m_org;
    QSpinBox *m_year;
    QButtonGroup *m_to;
    QComboBox *m_peer;
    QLineEdit *m_keyFile;
    QLabel *m_recipientInfo;
    QCheckBox *m_sinceLast;
    QButtonGroup *m_protect;
    QRadioButton *m_forRecipient;
    QLineEdit *m_pass1;
    QLineEdit *m_pass2;
    QLineEdit *m_dest;
    QLabel *m_message;
    ExportSummaryPage *m_summary;
    bool m_destChosen = false;
    std::optional<dj::ExportOutcome> m_outcome;
};
