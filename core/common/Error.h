#pragma once

#include <QString>
#include <exception>

namespace dj {

// A failure a user can read. Core throws it; the GUI shows it in a dialog and the CLI prints
// it as one line. `kind` lets callers choose an exit code or an icon without parsing text.
class Error : public std::exception
{
public:
    enum class Kind {
        Invalid,      // bad input: the message says which field and why
        NotFound,     // a file or row that is not there
        NotOurFile,   // not a Dangjian Desk data file
        TooNew,       // written by a newer version of the program
        Corrupt,      // damaged file
        Conflict,     // violates a rule about existing data (dissolve with members, two 书记)
        Storage,      // SQLite or file system failure
        SignInRequired, // the file has accounts and nobody has signed in for it
        Denied,       // a wrong password, or the account's role may not do this
    };

    Error(Kind kind, QString message) : m_kind(kind), m_message(std::move(message))
    {
        m_utf8 = m_message.toUtf8();
    }
    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace dj
