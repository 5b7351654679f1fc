#pragma once

#include <QString>

namespace dj {

// The name an evidence file is written under, and whether the desktop may open it. Names come
// from imported packages as well as from this PC, so they are treated as hostile: a name is
// only ever a plain base name that is safe on Linux and on Windows.
class EvidenceName
{
public:
    static constexpr int MaxUnits = 100; // UTF-16 units: Windows paths stay short
    static constexpr int MaxBytes = 200; // UTF-8 bytes: Linux allows 255 per name

    // The base name with folders (either slash, drive letters, UNC) removed; control, format
    // and direction characters dropped; characters Windows forbids replaced by "_"; leading
    // dots and spaces, trailing dots and spaces removed; Windows device names (CON, NUL.txt …)
    // prefixed with "_"; shortened to the caps keeping a plain extension. Never empty: a name
    // with nothing left becomes "attachment" (translated). clean(clean(x)) == clean(x).
    static QString clean(const QString &name);
    // Cleaning would leave it exactly as it is (what a package's rows must satisfy).
    static bool isClean(const QString &name) { return !name.isEmpty() && clean(name) == name; }
    // The extension of a cleaned name, lower-case, without the dot; empty when it has none.
    static QString extension(const QString &name);
    // Documents and pictures only (PDF, OFD, Word/WPS, Excel/ET, PowerPoint/DPS, text, images):
    // the rest may run code when opened and is offered for saving only.
    static bool canOpen(const QString &name);
    // Text for a message: control, format and direction characters shown as <U+202E>, and at
    // most 80 characters, so a hostile name cannot disguise the message it appears in.
    static QString visible(const QString &text);
};

} // namespace dj
