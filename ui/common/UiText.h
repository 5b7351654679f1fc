#pragma once

#include <QDate>
#include <QString>

// Small formatting helpers shared by pages and dialogs.
namespace uitext {
// "2026-11-24", or "—" for no date.
QString date(const QDate &d);
// The CJK font families named explicitly, so Chinese never falls back to Japanese shapes.
QStringList cjkFamilies();
} // namespace uitext
