#pragma once

#include "org/OrgVocabulary.h"

#include <QComboBox>
#include <functional>

namespace dj {
class Database;
}

// Picks an organisation from the tree, shown indented ("  第一党支部 (党支部)"), as wide as the
// longest name it offers.
// Only active organisations of the accepted types are offered; `noneText` adds a first
// entry meaning "no organisation" (e.g. "All organisations" in a filter).
class OrgComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit OrgComboBox(QWidget *parent = nullptr);

    void setAcceptedTypes(const QList<dj::OrgType> &types) { m_types = types; }
    void setNoneText(const QString &text) { m_noneText = text; }
    // Rebuilds the list from the data file, keeping the current choice when it still exists.
    void reload(dj::Database &db);

    QString currentOrgId() const;
    bool setCurrentOrgId(const QString &id);

    // Never narrower than the longest name (Qt's own minimum would cut it short).
    QSize minimumSizeHint() const override { return sizeHint(); }

private:
    QList<dj::OrgType> m_types;
    QString m_noneText;
};
