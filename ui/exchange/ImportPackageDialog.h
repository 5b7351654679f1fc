#pragma once

#include <QWizard>
#include <memory>

namespace dj {
class PackageImport;
struct ImportOutcome;
} // namespace dj
class ImportCheckPage;
class ImportPreviewPage;
class QLabel;
class QLineEdit;
class QPushButton;
class Session;

// 导入交换包: choose the file → check who sent it (compare the fingerprint of an office not
// yet trusted) → preview what it would change (a dry run) → import it. The dry run and the
// import run on a worker thread with their own connection; afterwards every page refreshes
// and the undo history is cleared (it no longer matches the file).
class ImportPackageDialog : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, CheckPage, PreviewPage, ResultPage };

    explicit ImportPackageDialog(Session &session, QWidget *parent = nullptr);
    ~ImportPackageDialog() override;

    // Opens the wizard over `parent`; with a path it starts at the check of that file.
    static void run(Session &session, QWidget *parent, const QString &path = QString());

    void setPackagePath(const QString &path);
    ImportCheckPage *checkPage() const { return m_check; }
    ImportPreviewPage *previewPage() const { return m_preview; }
    // What the import did; null before it ran.
    const dj::ImportOutcome *result() const { return m_result.get(); }

    bool validateCurrentPage() override;

private:
    QWizardPage *buildFilePage();
    QWizardPage *buildResultPage();
    void browse();
    bool openPackage();
    bool runPreview();
    bool runImport();
    // Runs the package through the import on a worker thread; null when cancelled or refused
    // (the reason is shown).
    std::unique_ptr<dj::ImportOutcome> runWorker(bool dryRun, const QString &label);
    void showResult();

    Session &m_session;
    QString m_path;
    std::unique_ptr<dj::PackageImport> m_import;
    QLineEdit *m_file = nullptr;
    QLabel *m_fileError = nullptr;
    ImportCheckPage *m_check;
    ImportPreviewPage *m_preview;
    QLabel *m_resultText = nullptr;
    QPushButton *m_openConflicts = nullptr;
    std::unique_ptr<dj::ImportOutcome> m_result;
    QByteArray m_passphrase;
};
