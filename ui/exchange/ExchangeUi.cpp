#include "ExchangeUi.h"

#include "app/Session.h"
#include "common/Error.h"
#include "exchange/ExchangeScope.h"
#include "org/OrganizationRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QUndoStack>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(exchangeui)
};
} // namespace

namespace exchangeui {

QString who()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return QDir::home().dirName();
}

QString localTime(const QString &isoUtc)
{
    if (isoUtc.isEmpty())
        return QStringLiteral("—");
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoUtc;
}

QString scopeText(const QString &scope)
{
    try {
        return dj::ExchangeScope::parse(scope).describe();
    } catch (const dj::Error &) {
        return scope;
    }
}

QLabel *fingerprintLabel(const QString &fingerprint, QWidget *parent)
{
    auto *l = new QLabel(fingerprint, parent);
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(qMax<qreal>(15, f.pointSizeF() * 1.5));
    f.setBold(true);
    l->setFont(f);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // as wide as the digits, never cut
    l->setMinimumWidth(l->fontMetrics().horizontalAdvance(
                           QStringLiteral("0000 0000 0000 0000 0000 0000 0000 0000")) +
                       24);
    l->setStyleSheet(
        QStringLiteral("QLabel{padding:6px 10px;background:#fdf6e3;border:1px solid #e0d6b8;}"));
    return l;
}

void fillSpeaksFor(QComboBox *combo, dj::Database &db)
{
    combo->clear();
    combo->addItem(Tr::tr("Choose what this office speaks for…"));
    combo->addItem(Tr::tr("The whole department (机关党委 or 党组 office)"), QString(QLatin1String("")));
    for (const dj::Organization &o : dj::OrganizationRepository(db).all())
        combo->addItem(Tr::tr("%1 %2 and below").arg(o.code, o.name), o.id);
    combo->setCurrentIndex(0);
}

QString speaksForChoice(const QComboBox *combo, bool *chosen)
{
    const QVariant v = combo->currentData();
    if (chosen)
        *chosen = v.isValid();
    return v.toString();
}

void dataReplaced(Session &session)
{
    session.undoStack()->clear();
    session.notify(true, true);
    session.notifyDuty();
    session.notifyAssess();
}

void showError(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("Exchange"), message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("exchangeError"));
    box.exec();
}

} // namespace exchangeui
