#include "OrgComboBox.h"

#include "org/OrganizationRepository.h"

#include <QHash>

OrgComboBox::OrgComboBox(QWidget *parent) : QComboBox(parent)
{
    // As wide as the longest name offered: a branch's name is never cut short ("市商务服务中心
    // 第二党…" could be either of two branches).
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(18);
    setMaxVisibleItems(20);
}

void OrgComboBox::reload(dj::Database &db)
{
    const QString keep = currentOrgId();
    const QSignalBlocker block(this);
    clear();
    if (!m_noneText.isEmpty())
        addItem(m_noneText, QString());
    QHash<QString, int> depth;
    for (const dj::Organization &o : dj::OrganizationRepository(db).all()) {
        const int d = o.parentId.isEmpty() ? 0 : depth.value(o.parentId) + 1;
        depth.insert(o.id, d);
        if (!o.isActive() || (!m_types.isEmpty() && !m_types.contains(o.type)))
            continue;
        addItem(QString(d * 2, QLatin1Char(' ')) + o.name, o.id);
        setItemData(count() - 1, dj::vocab::label(o.type), Qt::ToolTipRole);
    }
    if (!setCurrentOrgId(keep))
        setCurrentIndex(count() > 0 ? 0 : -1);
}

QString OrgComboBox::currentOrgId() const { return currentData().toString(); }

bool OrgComboBox::setCurrentOrgId(const QString &id)
{
    const int i = findData(id);
    if (i < 0)
        return false;
    setCurrentIndex(i);
    return true;
}
