#pragma once

#include <QDialog>

class QComboBox;

// Preferences: the interface language (follow the system / 简体中文 / English), applied at the
// next start because every window's text is made when the window is.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    // Shows the dialog; saves and says "applies at restart" when the language changed.
    static void run(QWidget *parent);

private:
    void save();

    QComboBox *m_language = nullptr;
};
