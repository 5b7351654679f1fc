#pragma once

#include <QLocale>
#include <QString>

namespace dj {

// A file's size as officers read it (KB, MB — as WPS and Windows say it), never "MiB".
inline QString sizeText(qint64 bytes) { return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat); }

} // namespace dj
