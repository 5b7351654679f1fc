#include "PreferencesDialog.h"

#include "Application.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include "common/InterfaceLanguage.h"
#include "common/NameOrder.h"

#include <QMessageBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    // Each language named in itself, so a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Application::languageSetting())));
    m_nameOrder = new QComboBox;
    m_nameOrder->setObjectName(QStringLiteral("nameOrderCombo"));
    m_nameOrder->addItem(tr("By pinyin"), int(dj::NameOrder::Mode::Pinyin));
    m_nameOrder->addItem(tr("By strokes of the surname"), int(dj::NameOrder::Mode::Strokes));
    m_nameOrder->setCurrentIndex(m_nameOrder->findData(int(dj::NameOrder::mode())));
    auto *form = new QFormLayout;
    form->addRow(tr("Interface language:"), m_language);
    form->addRow(tr("Order of names:"), m_nameOrder);
    auto *note = new QLabel(tr("A new language applies the next time the program starts."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(note);
    v->addStretch();
    v->addWidget(buttons);
}

void PreferencesDialog::save()
{
    const auto order = dj::NameOrder::Mode(m_nameOrder->currentData().toInt());
    m_nameOrderChanged = order != dj::NameOrder::mode();
    if (m_nameOrderChanged) { // at once: lists are sorted when they are read
        dj::NameOrder::setMode(order);
        dj::NameOrder::storeMode(order);
    }
    const QString chosen = m_language->currentData().toString();
    if (chosen != Application::languageSetting()) {
        dj::InterfaceLanguage::store(chosen);
        QMessageBox::information(this, tr("Preferences"),
                                 tr("The language will change the next time you start the program."));
    }
    accept();
}

bool PreferencesDialog::run(QWidget *parent)
{
    PreferencesDialog d(parent);
    return d.exec() == QDialog::Accepted && d.m_nameOrderChanged;
}
