#pragma once

#include "common/Error.h"

namespace dj {

// Thrown when a file with accounts is opened before anyone signed in for it; carries the
// file, so the window or the command line can ask for a name and password and try again.
class SignInRequired : public Error
{
public:
    SignInRequired(QString path, QString message) : Error(Kind::SignInRequired, std::move(message)), m_path(std::move(path))
    {
    }
    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace dj
