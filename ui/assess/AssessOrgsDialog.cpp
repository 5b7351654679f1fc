#include "AssessOrgsDialog.h"

#include "app/Session.h"
#include "assess/AssessmentRepository.h"
#include "storage/Query.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

using namespace dj;

AssessOrgsDialog::AssessOrgsDialog(Session &session, const QString &assessmentId, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Organisations assessed"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("assessOrgList"));
    AssessmentRepository repo(session.db());
    QSet<QString> assessed;
    for (const AssessedOrg &o : repo.orgs(assessmentId))
        assessed.insert(o.orgId);
    Query q(session.db(), QStringLiteral("SELECT id, code, name, org_type FROM organization WHERE deleted = 0 AND "
                                         "status = 'active' AND org_type IN ('branch', 'general_branch') "
                                         "ORDER BY sort_order, code"));
    q.exec();
    while (q.next()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2%3").arg(q.text(1), q.text(2),
                                                                        q.text(3) == QLatin1String("general_branch")
                                                                            ? tr(" (general branch)")
                                                                            : QString()),
                                         m_list);
        item->setData(Qt::UserRole, q.text(0));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(assessed.contains(q.text(0)) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the organisations assessed this year. What was entered for one taken out is "
                                    "kept and counts again when it is ticked back."),
                                 this));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 600);
}

QStringList AssessOrgsDialog::chosen() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}
