#include "OrgPage.h"

#include "AddOrgCommand.h"
#include "DissolveOrgCommand.h"
#include "DissolveOrgDialog.h"
#include "EditOrgCommand.h"
#include "OrgDialog.h"
#include "OrgTreeModel.h"
#include "ReactivateOrgCommand.h"
#include "app/Session.h"
#include "common/Clock.h"
#include "common/PageToolBar.h"
#include "common/UiText.h"
#include "common/ViewFit.h"
#include "org/PersonRepository.h"
#include "org/PostRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
enum Field { FName, FShort, FCode, FType, FKind, FEstablished, FTerm, FStatus, FContact, FMembers, FieldCount };
} // namespace

OrgPage::OrgPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session), m_model(new OrgTreeModel(this))
{
    setObjectName(QStringLiteral("orgPage"));
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("orgTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::Name, QHeaderView::Stretch);
    viewfit::tipElided(m_tree); // a deep branch's long name, whole in its tooltip
    m_showDissolved = new QCheckBox(tr("Show dissolved"));
    m_showDissolved->setObjectName(QStringLiteral("showDissolved"));

    auto *bar = new PageToolBar(QStringLiteral("orgToolbar"));
    m_add = bar->addButton(QStringLiteral("add"), tr("Add sub-organisation…"), QStringLiteral("addOrg"));
    m_edit = bar->addButton(QStringLiteral("edit"), tr("Edit / move…"), QStringLiteral("editOrg"));
    m_dissolve = bar->addButton(QStringLiteral("archive"), tr("Dissolve…"), QStringLiteral("dissolveOrg"));
    m_reactivate = bar->addButton(QStringLiteral("restore"), tr("Reactivate"), QStringLiteral("reactivateOrg"));
    bar->addSeparator();
    m_members = bar->addButton(QStringLiteral("page-people"), tr("Show members"), QStringLiteral("showMembers"));
    m_duty = bar->addButton(QStringLiteral("page-duty"), tr("Responsibility lists"), QStringLiteral("showDuty"));
    bar->addStretch();
    bar->addWidget(m_showDissolved);

    auto *detail = new QWidget;
    auto *dv = new QVBoxLayout(detail);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("orgTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size:14pt;font-weight:bold;color:#8b1a1a"));
    m_title->setWordWrap(true);
    m_form = new QFormLayout;
    const QStringList captions = {tr("Name"), tr("Short name"), tr("Code"), tr("Type"), tr("Unit kind"),
                                  tr("Established"), tr("Term"), tr("Status"), tr("Contact leader"), tr("Members")};
    for (int i = 0; i < FieldCount; ++i) {
        auto *l = new QLabel;
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        m_fields << l;
        m_form->addRow(captions[i], l);
    }
    m_posts = new QTableWidget(0, 3);
    m_posts->setObjectName(QStringLiteral("orgPosts"));
    m_posts->setHorizontalHeaderLabels({tr("Post"), tr("Held by"), tr("Since")});
    m_posts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_posts->verticalHeader()->hide();
    m_posts->horizontalHeader()->setStretchLastSection(true);
    m_posts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_posts->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_posts->setWordWrap(false);
    dv->addWidget(m_title);
    dv->addLayout(m_form);
    dv->addWidget(new QLabel(tr("Committee and posts held now")));
    dv->addWidget(m_posts, 1);

    auto *split = new QSplitter;
    split->setObjectName(QStringLiteral("orgSplitter"));
    split->addWidget(m_tree);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(split, 1);

    connect(m_add, &QToolButton::clicked, this, &OrgPage::addChild);
    connect(m_edit, &QToolButton::clicked, this, &OrgPage::editCurrent);
    connect(m_dissolve, &QToolButton::clicked, this, &OrgPage::dissolveCurrent);
    connect(m_reactivate, &QToolButton::clicked, this, &OrgPage::reactivateCurrent);
    connect(m_members, &QToolButton::clicked, this, [this] { emit showMembersRequested(currentOrgId()); });
    connect(m_duty, &QToolButton::clicked, this, [this] { emit showDutyRequested(currentOrgId()); });
    connect(m_tree, &QTreeView::doubleClicked, this, &OrgPage::editCurrent);
    connect(m_showDissolved, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowDissolved(on);
        reload();
    });
    connect(&m_session, &Session::organizationsChanged, this, &OrgPage::reload);
    connect(&m_session, &Session::peopleChanged, this, &OrgPage::showDetails);
    reload();
}

void OrgPage::reload()
{
    const QString keep = currentOrgId();
    m_model->reload(m_session.db(), dj::Clock::today());
    // Open the upper levels; branches stay closed so a city's tree is not one long list.
    m_tree->expandToDepth(1);
    m_tree->resizeColumnToContents(OrgTreeModel::Type);
    m_tree->resizeColumnToContents(OrgTreeModel::Head);
    m_tree->resizeColumnToContents(OrgTreeModel::TermEnd);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &OrgPage::showDetails,
            Qt::UniqueConnection);
    if (!keep.isEmpty() && m_model->indexOf(keep).isValid())
        selectOrganization(keep);
    else if (m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    showDetails();
}

void OrgPage::selectOrganization(const QString &orgId)
{
    const QModelIndex i = m_model->indexOf(orgId);
    if (!i.isValid())
        return;
    m_tree->scrollTo(i);
    m_tree->setCurrentIndex(i);
}

const dj::Organization *OrgPage::current() const { return m_model->organization(m_tree->currentIndex().siblingAtColumn(0)); }

QString OrgPage::currentOrgId() const
{
    const dj::Organization *o = current();
    return o ? o->id : QString();
}

void OrgPage::showDetails()
{
    const dj::Organization *o = current();
    for (QToolButton *b : {m_edit, m_dissolve, m_members, m_duty})
        b->setEnabled(o && o->isActive());
    m_reactivate->setVisible(o && !o->isActive());
    m_add->setEnabled(!o || o->isActive());
    m_posts->setRowCount(0);
    if (!o) {
        m_title->setText(tr("No organisation yet: add the party leadership group first."));
        for (QLabel *l : std::as_const(m_fields))
            l->clear();
        return;
    }
    dj::Database &db = m_session.db();
    m_title->setText(o->name);
    m_fields[FName]->setText(o->name);
    m_fields[FShort]->setText(o->shortName);
    m_fields[FCode]->setText(o->code);
    m_fields[FType]->setText(dj::vocab::label(o->type));
    m_fields[FKind]->setText(o->unitKind == dj::UnitKind::None ? QString() : dj::vocab::label(o->unitKind));
    m_fields[FEstablished]->setText(uitext::date(o->establishedOn));
    const QDate end = o->termEnd();
    const QDate today = dj::Clock::today();
    QString term = o->termYears > 0 ? tr("%1 to %2 (%n year(s))", nullptr, o->termYears)
                                           .arg(uitext::date(o->termStart), uitext::date(end))
                                     : tr("no elected term");
    if (end.isValid() && end < today)
        term += tr(" — overdue for re-election");
    else if (end.isValid() && end <= today.addMonths(6))
        term += tr(" — re-election due soon");
    m_fields[FTerm]->setText(term);
    m_fields[FStatus]->setText(o->isActive() ? dj::vocab::label(o->status)
                                             : tr("Dissolved on %1").arg(uitext::date(o->dissolvedOn)));
    QString contact;
    if (!o->contactPersonId.isEmpty()) {
        try {
            contact = dj::PersonRepository(db).get(o->contactPersonId).name;
        } catch (const std::exception &) {
        }
    }
    m_fields[FContact]->setText(contact);
    // Everyone below, also for a branch account, whose lists of people hold only its own.
    m_fields[FMembers]->setText(QString::number(dj::PersonRepository(db).headcount(o->id)));
    const QList<dj::PostView> posts = dj::PostRepository(db).forOrg(o->id, true);
    m_posts->setRowCount(int(posts.size()));
    for (int r = 0; r < posts.size(); ++r) {
        m_posts->setItem(r, 0, new QTableWidgetItem(dj::vocab::label(posts[r].post.type)));
        m_posts->setItem(r, 1, new QTableWidgetItem(posts[r].personName));
        m_posts->setItem(r, 2, new QTableWidgetItem(uitext::date(posts[r].post.from)));
    }
}

void OrgPage::addChild()
{
    dj::Organization o;
    const dj::Organization *parent = current();
    if (parent) {
        o.parentId = parent->id;
        // Suggest the most common child of the selected organisation.
        for (dj::OrgType t : {dj::OrgType::Branch, dj::OrgType::Group, dj::OrgType::OrganCommittee})
            if (dj::vocab::allowedParents(t).contains(parent->type)) {
                o.type = t;
                break;
            }
        if (parent->type == dj::OrgType::Branch)
            o.type = dj::OrgType::Group;
        o.unitKind = parent->unitKind;
    } else {
        o.type = dj::OrgType::PartyGroup;
    }
    OrgDialog dlg(m_session.db(), o, true, [this](const dj::Organization &org, QString *error) {
        auto *cmd = new AddOrgCommand(m_session, org);
        if (!m_session.run(cmd, error))
            return false;
        selectOrganization(cmd->orgId()); // the stack owns cmd now; it is alive
        return true;
    }, this);
    dlg.exec();
}

void OrgPage::editCurrent()
{
    const dj::Organization *o = current();
    if (!o || !o->isActive())
        return;
    const dj::Organization before = *o;
    OrgDialog dlg(m_session.db(), before, false, [this, before](const dj::Organization &after, QString *error) {
        return m_session.run(new EditOrgCommand(m_session, before, after), error);
    }, this);
    dlg.exec();
}

void OrgPage::dissolveCurrent()
{
    const dj::Organization *o = current();
    if (!o)
        return;
    const QString id = o->id;
    const QString name = o->name;
    DissolveOrgDialog dialog(name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate on = dialog.date();
    m_session.run(new DissolveOrgCommand(m_session, id, name, on));
}

void OrgPage::reactivateCurrent()
{
    const dj::Organization *o = current();
    if (!o || o->isActive())
        return;
    m_session.run(new ReactivateOrgCommand(m_session, *o));
}
