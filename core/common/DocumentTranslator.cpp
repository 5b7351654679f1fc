#include "DocumentTranslator.h"

#include <QCoreApplication>

namespace dj {

DocumentTranslator::DocumentTranslator(QObject *parent) : QTranslator(parent)
{
    (void)m_chinese.load(QStringLiteral(":/i18n/dangjian_zh_CN.qm"));
}

bool DocumentTranslator::isEmpty() const { return m_chinese.isEmpty(); }

bool DocumentTranslator::isDocumentContext(const char *context)
{
    if (!context)
        return false;
    const QLatin1String c(context);
    // The sheet export's headers and sheet names, and the words the forms, sheets and JSON
    // labels are made of. The forms themselves (core/report) are written in Chinese; what
    // they translate is messages to the user, which follow the interface.
    return c == QLatin1String("dj::TableExport") || c == QLatin1String("dj::vocab");
}

QString DocumentTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                      int n) const
{
    return isDocumentContext(context) ? m_chinese.translate(context, sourceText, disambiguation, n) : QString();
}

void DocumentTranslator::install(QCoreApplication &app)
{
    auto *t = new DocumentTranslator(&app);
    if (!t->isEmpty())
        QCoreApplication::installTranslator(t);
}

} // namespace dj
