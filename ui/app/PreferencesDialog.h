#pragma once

#include <QDialog>

class QComboBox;

// Preferences: the interface language (follow the system / 简体中文 / English), applied at the
// next start because every window's text is made when the window is; the order of names
// (拼音 or 姓氏笔画), applied at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    // Shows the dialog; saves and says "applies at restart" when the language changed.
    // True when the order of names changed (lists on screen should be read again).
    static bool run(QWidget *parent);

private:
    void save();

    QComboBox *m_language = nullptr;
    QComboBox *m_nameOrder = nullptr;
    bool m_nameOrderChanged = false;
};
