#include "SignInPrompt.h"

#include "access/Authenticator.h"
#include "access/SignInRequired.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

#ifdef Q_OS_WIN
#include <conio.h>
#include <io.h>
#define DJ_ISATTY _isatty
#define DJ_FILENO _fileno
#else
#include <termios.h>
#include <unistd.h>
#define DJ_ISATTY isatty
#define DJ_FILENO fileno
#endif

namespace cli {

namespace {

QString tr(const char *s) { return QCoreApplication::translate("cli", s); }

QString readLine(bool echo)
{
#ifndef Q_OS_WIN
    termios old{};
    const bool hide = !echo && tcgetattr(STDIN_FILENO, &old) == 0;
    if (hide) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#else
    const bool hide = false;
    Q_UNUSED(echo)
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
#ifndef Q_OS_WIN
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputc('\n', stderr);
    }
#endif
    return line;
}

void ask(const QString &prompt)
{
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

void signIn(const QString &path)
{
    const QString envUser = qEnvironmentVariable("DJ_USER");
    if (!envUser.isEmpty()) {
        dj::Authenticator::signIn(path, envUser, qEnvironmentVariable("DJ_PASSWORD"));
        return;
    }
    if (!DJ_ISATTY(DJ_FILENO(stdin)))
        throw dj::SignInRequired(path, tr("%1 asks for a user name and a password: set DJ_USER and DJ_PASSWORD, or "
                                          "run the command on a terminal.")
                                           .arg(QFileInfo(path).fileName()));
    ask(tr("%1 asks you to sign in.\n").arg(QFileInfo(path).fileName()));
    for (int attempt = 1;; ++attempt) {
        ask(tr("User name: "));
        const QString name = readLine(true);
        ask(tr("Password: "));
        const QString password = readLine(false);
        try {
            dj::Authenticator::signIn(path, name, password);
            return;
        } catch (const dj::Error &e) {
            if (attempt >= 3 || e.kind() != dj::Error::Kind::Denied)
                throw;
            ask(e.message() + QLatin1Char('\n'));
        }
    }
}

QString newPassword()
{
    if (qEnvironmentVariableIsSet("DJ_NEW_PASSWORD"))
        return qEnvironmentVariable("DJ_NEW_PASSWORD");
    if (!DJ_ISATTY(DJ_FILENO(stdin)))
        throw dj::Error(dj::Error::Kind::Invalid,
                        tr("A new password is needed: set DJ_NEW_PASSWORD, or run the command on a terminal."));
    ask(tr("New password: "));
    const QString first = readLine(false);
    ask(tr("The new password again: "));
    if (readLine(false) != first)
        throw dj::Error(dj::Error::Kind::Invalid, tr("The two passwords differ: nothing was changed."));
    return first;
}

} // namespace cli
