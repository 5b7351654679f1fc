#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

// The first start, when there is no data file to open: create this department's file (its
// name, the organisation the office speaks for, the built-in scheme and templates to start
// from), open an existing file, or explore the demo department. After creating, it shows the
// office key's fingerprint and where to find it again.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, Created, Open, Demo };

    explicit WelcomeDialog(QWidget *parent = nullptr);

    // Starts at the form for a new department file (File → New).
    void showNewDepartmentPage();

    Choice choice() const { return m_choice; }
    // The file to open (Created, Open).
    QString path() const { return m_path; }

private:
    QWidget *buildChoosePage();
    QWidget *buildNewPage();
    QWidget *buildDonePage();
    void openExisting();
    void browse();
    void create();
    void departmentEdited();

    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_code = nullptr;
    QComboBox *m_speaksFor = nullptr;
    QLineEdit *m_file = nullptr;
    QCheckBox *m_scheme = nullptr;
    QCheckBox *m_templates = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_doneText = nullptr;
    QLabel *m_fingerprint = nullptr;
    bool m_fileEdited = false; // the user chose the file name: do not follow the department's
    Choice m_choice = Choice::None;
    QString m_path;
};
