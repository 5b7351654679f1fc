#pragma once

#include <QString>

// Exchange at city scale (issue 6): export all, import into an empty file, import again.
void benchExchange(const QString &cityFile);
