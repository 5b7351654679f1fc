#pragma once

// Writes small .xlsx (zip) files at test time with the system minizip, for inputs too large
// or too hostile to commit: zip bombs, huge cells, many rows.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <minizip/zip.h>

namespace ziptest {

using Entries = QList<QPair<QByteArray, QByteArray>>; // name, content

inline bool writeZip(const QString &path, const Entries &entries)
{
    zipFile z = zipOpen64(path.toLocal8Bit().constData(), APPEND_STATUS_CREATE);
    if (!z)
        return false;
    for (const auto &e : entries) {
        zip_fileinfo info{};
        if (zipOpenNewFileInZip64(z, e.first.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                  Z_DEFLATED, 9, 1) != ZIP_OK)
            return false;
        constexpr int chunk = 1 << 20;
        for (qsizetype off = 0; off < e.second.size(); off += chunk)
            zipWriteInFileInZip(z, e.second.constData() + off,
                                unsigned(qMin<qsizetype>(chunk, e.second.size() - off)));
        zipCloseFileInZip(z);
    }
    return zipClose(z, nullptr) == ZIP_OK;
}

inline const char *kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// A minimal workbook around one worksheet's XML (the part inside <sheetData>).
inline Entries workbook(const QByteArray &sheetData, const QByteArray &sharedStrings = {})
{
    const QByteArray ns = kMainNs;
    Entries e{
        {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships "
                        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId1\" "
                        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        "relationships/officeDocument\" "
                        "Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml",
         "<?xml version=\"1.0\"?><workbook xmlns=\"" + ns +
             "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
             "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
         "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + ns +
                                         "\"><sheetData>" + sheetData + "</sheetData></worksheet>"},
    };
    if (!sharedStrings.isEmpty())
        e.append({"xl/sharedStrings.xml",
                  "<?xml version=\"1.0\"?><sst xmlns=\"" + ns + "\">" + sharedStrings + "</sst>"});
    return e;
}

inline QByteArray inlineCell(const QByteArray &text)
{
    return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

} // namespace ziptest
