#pragma once

#include <QTranslator>

class QCoreApplication;

namespace dj {

// What the program writes for other people — printed forms, exported sheets, the labels in
// JSON output — is read by officers and filed; it is Chinese whatever language the
// interface speaks. This translator answers only for the contexts whose text ends up in
// such files (the sheet export, the vocabulary of organisations, posts, lists and
// assessments) and stays silent for the rest, which the interface's translator answers.
class DocumentTranslator : public QTranslator
{
    Q_OBJECT
public:
    explicit DocumentTranslator(QObject *parent = nullptr);
    bool isEmpty() const override;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;

    static bool isDocumentContext(const char *context);
    // Installs one, after (so asked before) any interface translator: install it last.
    static void install(QCoreApplication &app);

private:
    QTranslator m_chinese;
};

} // namespace dj
