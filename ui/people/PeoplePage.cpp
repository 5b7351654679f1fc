#include "PeoplePage.h"

#include "PersonDialog.h"
#include "PersonTableModel.h"
#include "PostDialog.h"
#include "RemovePersonCommand.h"
#include "TransferDialog.h"
#include "access/Masking.h"
#include "app/Session.h"
#include "common/Error.h"
#include "common/OrgComboBox.h"
#include "common/PageToolBar.h"
#include "common/UiText.h"
#include "common/ViewFit.h"
#include "org/PersonRepository.h"
#include "org/PostRepository.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QTableWidget *smallTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}
} // namespace

PeoplePage::PeoplePage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new PersonTableModel(session.db(), this))
{
    setObjectName(QStringLiteral("peoplePage"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    // Whoever sees the numbers masked searches names only (core/access/Masking.h).
    m_search->setPlaceholderText(dj::SensitiveView(session.db()).seesNone() ? tr("Name")
                                                                            : tr("Name, phone or ID number"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150); // search as the user types, once they pause

    m_orgFilter = new OrgComboBox(this);
    m_orgFilter->setObjectName(QStringLiteral("peopleOrgFilter"));
    m_orgFilter->setNoneText(tr("All organisations"));
    m_orgFilter->setToolTip(tr("Show the members of an organisation and of everything below it"));
    m_orgFilter->reload(session.db());

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("peopleCount"));

    auto *actions = new PageToolBar(QStringLiteral("peopleToolbar"), this);
    m_add = actions->addButton(QStringLiteral("add"), tr("&Add…"), QStringLiteral("addPerson"));
    m_edit = actions->addButton(QStringLiteral("edit"), tr("&Edit…"), QStringLiteral("editPerson"));
    m_transfer = actions->addButton(QStringLiteral("transfer"), tr("&Transfer…"), QStringLiteral("transferPerson"));
    m_remove = actions->addButton(QStringLiteral("delete"), tr("&Remove"), QStringLiteral("removePerson"));
    actions->addSeparator();
    m_addPost = actions->addButton(QStringLiteral("post-add"), tr("Add &post…"), QStringLiteral("addPost"));
    m_endPost = actions->addButton(QStringLiteral("post-end"), tr("E&nd post…"), QStringLiteral("endPost"));
    actions->addSeparator();
    m_duty = actions->addButton(QStringLiteral("page-duty"), tr("Responsibility lists"), QStringLiteral("showPersonDuty"));
    actions->addStretch();
    connect(m_duty, &QToolButton::clicked, this, [this] { emit showDutyRequested(currentPersonId()); });
    m_transfer->setToolTip(tr("Move the person to another branch (transfer of membership)"));
    m_endPost->setToolTip(tr("End the post selected in the person's post list"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_orgFilter, 1);
    filters->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false); // the list is read in pages, sorted by name in core
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Whole branch names while they fit; cut short (full name in the tooltip) when they do not.
    viewfit::fitColumns(m_table);

    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("personDetails"));
    buildDetails(m_details);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("peopleSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({680, 400}); // proportions: the list gets most of the width
    splitter->setChildrenCollapsible(false);

    auto *top = new QVBoxLayout(this);
    top->addLayout(filters);
    top->addWidget(actions);
    top->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &PeoplePage::applyFilter);
    connect(m_orgFilter, &QComboBox::currentIndexChanged, this, &PeoplePage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_table, &QTableView::doubleClicked, this, &PeoplePage::editPerson);
    connect(m_posts, &QTableWidget::itemSelectionChanged, this, &PeoplePage::updateButtons);
    using Slot = void (PeoplePage::*)();
    for (const auto &[b, slot] : {std::pair<QToolButton *, Slot>{m_add, &PeoplePage::addPerson},
                                  {m_edit, &PeoplePage::editPerson},
                                  {m_transfer, &PeoplePage::transferPerson},
                                  {m_remove, &PeoplePage::removePerson},
                                  {m_addPost, &PeoplePage::addPost},
                                  {m_endPost, &PeoplePage::endPost}})
        connect(b, &QToolButton::clicked, this, slot);
    connect(m_model, &PersonTableModel::loadFailed, &m_session, &Session::errorOccurred);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PeoplePage::updateCount);
    connect(&m_session, &Session::peopleChanged, this, &PeoplePage::reloadPeople);
    connect(&m_session, &Session::organizationsChanged, this, &PeoplePage::reloadOrganizations);

    updateCount();
    showDetails();
    updateButtons();
}

void PeoplePage::buildDetails(QWidget *panel)
{
    m_detailTitle = new QLabel(panel);
    m_detailTitle->setObjectName(QStringLiteral("personTitle"));
    QFont big = m_detailTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_detailTitle->setFont(big);

    m_detailBody = new QWidget(panel);
    // Two short label/value pairs a line.
    // clang-format off
    const QStringList labels = {
        tr("Gender:"), tr("Ethnicity:"), tr("Born:"), tr("Phone:"), tr("ID number:"),
        tr("Standing:"), tr("Party-affairs cadre:"), tr("Joined the Party:"),
        tr("Full member since:"), tr("Education:"), tr("Work unit:"), tr("Department:"),
        tr("Position:"), tr("Branch:"), tr("Note:")};
    // clang-format on
    const QList<int> wideFields = {3, 4, 9, 10, 11, 12, 13, 14}; // long text: a whole line each
    auto *grid = new QGridLayout(m_detailBody);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0, col = 0;
    for (int i = 0; i < labels.size(); ++i) {
        const bool wide = wideFields.contains(i);
        if (wide && col != 0) {
            ++row;
            col = 0;
        }
        auto *label = new QLabel(labels.at(i), m_detailBody);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        auto *value = new QLabel(m_detailBody);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_values.append(value);
        grid->addWidget(label, row, col * 2);
        grid->addWidget(value, row, col * 2 + 1, 1, wide ? 3 : 1);
        if (wide || col == 1) {
            ++row;
            col = 0;
        } else {
            col = 1;
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_history = smallTable(QStringLiteral("membershipHistory"),
                           {tr("Branch"), tr("From"), tr("To"), tr("Reason")}, panel);
    m_posts = smallTable(QStringLiteral("personPosts"),
                         {tr("Post"), tr("Organisation"), tr("From"), tr("To")}, panel);

    auto *box = new QVBoxLayout(panel);
    box->setContentsMargins(8, 0, 0, 0);
    box->addWidget(m_detailTitle);
    box->addWidget(m_detailBody);
    for (const auto &[title, table] :
         {qMakePair(tr("Membership history"), m_history), qMakePair(tr("Posts"), m_posts)}) {
        auto *heading = new QLabel(title, panel);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        box->addSpacing(6);
        box->addWidget(heading);
        box->addWidget(table, 1);
    }
}

void PeoplePage::setOrgFilter(const QString &orgId)
{
    {
        const QSignalBlocker quiet(m_orgFilter); // one reload below, not two
        if (!m_orgFilter->setCurrentOrgId(orgId)) {
            m_orgFilter->reload(m_session.db()); // the organisation may be new
            if (!m_orgFilter->setCurrentOrgId(orgId))
                return;
        }
    }
    m_search->clear(); // all the members, not those matching an earlier search
    applyFilter();
}

void PeoplePage::applyFilter()
{
    m_searchTimer->stop();
    const dj::PersonFilter f{m_search->text().trimmed(), m_orgFilter->currentOrgId()};
    const QString keep = currentPersonId();
    m_model->setFilter(f);
    reselect(keep);
}

void PeoplePage::reloadPeople()
{
    const QString keep = currentPersonId();
    m_model->refresh();
    reselect(keep);
}

void PeoplePage::reselect(const QString &personId)
{
    selectPerson(personId); // a reset drops the selection without signals
    updateCount();
    showDetails();
    updateButtons();
}

void PeoplePage::reloadOrganizations()
{
    const QString before = m_orgFilter->currentOrgId();
    m_orgFilter->reload(m_session.db()); // silent; falls back to "All" when the org is gone
    if (m_orgFilter->currentOrgId() != before)
        applyFilter();
    else
        reloadPeople(); // branch names may have changed
}

QString PeoplePage::currentPersonId() const
{
    const QModelIndex i = m_table->selectionModel()->currentIndex();
    return i.isValid() && m_table->selectionModel()->isRowSelected(i.row(), {})
               ? m_model->personId(i.row())
               : QString();
}

bool PeoplePage::selectPerson(const QString &personId)
{
    const int row = m_model->rowOf(personId);
    if (row < 0)
        return false;
    const QModelIndex i = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    m_table->scrollTo(i);
    return true;
}

void PeoplePage::updateCount()
{
    m_count->setText(tr("%n person(s)", nullptr, m_model->totalCount()));
}

void PeoplePage::showDetails()
{
    const QString id = currentPersonId();
    dj::Person p;
    QList<dj::Membership> history;
    m_postRows.clear();
    if (!id.isEmpty()) {
        try {
            p = dj::PersonRepository(m_session.db()).get(id);
            history = dj::PersonRepository(m_session.db()).history(id);
            m_postRows = dj::PostRepository(m_session.db()).forPerson(id);
        } catch (const dj::Error &) {
            p = dj::Person(); // removed meanwhile: show nothing
            history.clear();
            m_postRows.clear();
        }
    }
    const bool shown = !p.id.isEmpty();
    m_detailTitle->setText(shown ? p.name : tr("No person selected"));
    m_detailBody->setVisible(shown);
    // Nobody selected: the empty panel gives its width to the list. A hidden splitter child
    // keeps its size in the splitter (and in its saved state), so it comes back as wide as the
    // user left it.
    m_details->setVisible(shown);

    QString branch;
    for (const dj::Membership &m : std::as_const(history)) {
        if (!m.to.isValid())
            branch = m.orgName;
    }
    const QString cadre = p.cadre == dj::CadreKind::FullTime   ? tr("Full-time")
                          : p.cadre == dj::CadreKind::PartTime ? tr("Part-time")
                                                               : tr("No");
    // clang-format off
    const QStringList values = {
        PersonTableModel::genderText(p.gender), p.ethnicity, uitext::date(p.birthDate), p.phone,
        p.idNumber, PersonTableModel::standingText(p.standing), cadre, uitext::date(p.joinedOn),
        uitext::date(p.fullMemberOn), p.education, p.workUnit, p.department, p.position, branch,
        p.note};
    // clang-format on
    for (int i = 0; i < m_values.size() && i < values.size(); ++i)
        m_values.at(i)->setText(shown ? values.at(i) : QString());

    m_history->setRowCount(int(history.size()));
    for (int r = 0; r < history.size(); ++r) {
        const dj::Membership &m = history.at(r);
        setRow(m_history, r,
               {m.orgName, uitext::date(m.from), m.to.isValid() ? uitext::date(m.to) : tr("now"),
                m.reason});
    }
    m_posts->setRowCount(int(m_postRows.size()));
    for (int r = 0; r < m_postRows.size(); ++r) {
        const dj::PostView &v = m_postRows.at(r);
        setRow(m_posts, r,
               {dj::vocab::label(v.post.type), v.orgName, uitext::date(v.post.from),
                v.post.to.isValid() ? uitext::date(v.post.to) : tr("now")});
    }
    // Preselect the only post still held, so ending it is one click.
    int held = -1, heldCount = 0;
    for (int r = 0; r < m_postRows.size(); ++r) {
        if (!m_postRows.at(r).post.to.isValid()) {
            held = r;
            ++heldCount;
        }
    }
    if (heldCount == 1)
        m_posts->selectRow(held);
}

const dj::PostView *PeoplePage::currentPost() const
{
    const QList<QTableWidgetItem *> sel = m_posts->selectedItems();
    if (sel.isEmpty())
        return nullptr;
    const int row = sel.first()->row();
    return row >= 0 && row < m_postRows.size() ? &m_postRows.at(row) : nullptr;
}

void PeoplePage::updateButtons()
{
    const bool person = !currentPersonId().isEmpty();
    for (QToolButton *b : {m_edit, m_transfer, m_remove, m_addPost, m_duty})
        b->setEnabled(person);
    const dj::PostView *post = currentPost();
    m_endPost->setEnabled(person && post && !post->post.to.isValid());
}

void PeoplePage::addPerson()
{
    PersonDialog dialog(m_session, {}, this);
    const QString org = m_orgFilter->currentOrgId();
    if (!org.isEmpty())
        dialog.setBranch(org); // ignored unless the filter is a branch
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (selectPerson(dialog.personId()))
        return;
    // Not among the loaded rows (far down a long list, or filtered out): search for them.
    try {
        m_search->setText(dj::PersonRepository(m_session.db()).get(dialog.personId()).name);
    } catch (const dj::Error &) {
        return;
    }
    const QSignalBlocker quiet(m_orgFilter);
    m_orgFilter->setCurrentIndex(0);
    applyFilter();
    selectPerson(dialog.personId());
}

void PeoplePage::editPerson()
{
    const QString id = currentPersonId();
    if (id.isEmpty())
        return;
    dj::Person p;
    try {
        p = dj::PersonRepository(m_session.db()).get(id);
    } catch (const dj::Error &e) {
        emit m_session.errorOccurred(e.message());
        return;
    }
    PersonDialog dialog(m_session, p, this);
    dialog.exec();
}

void PeoplePage::transferPerson()
{
    const QString id = currentPersonId();
    if (id.isEmpty())
        return;
    try {
        TransferDialog dialog(m_session, dj::PersonRepository(m_session.db()).get(id), this);
        dialog.exec();
    } catch (const dj::Error &e) {
        emit m_session.errorOccurred(e.message());
    }
}

void PeoplePage::removePerson()
{
    const QString id = currentPersonId();
    if (id.isEmpty())
        return;
    const QString name =
        m_model->data(m_model->index(m_model->rowOf(id), PersonTableModel::Name)).toString();
    const auto answer =
        QMessageBox::question(this, tr("Remove Person"),
                              tr("Remove %1 together with their membership history and posts?\n\n"
                                 "Use Undo to bring them back.")
                                  .arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_session.run(new RemovePersonCommand(m_session, id, name));
}

void PeoplePage::addPost()
{
    const QString id = currentPersonId();
    if (id.isEmpty())
        return;
    try {
        PostDialog dialog(m_session, dj::PersonRepository(m_session.db()).get(id), this);
        dialog.exec();
    } catch (const dj::Error &e) {
        emit m_session.errorOccurred(e.message());
    }
}

void PeoplePage::endPost()
{
    const dj::PostView *post = currentPost();
    if (!post || post->post.to.isValid())
        return;
    const dj::PostView copy = *post; // the list is rebuilt when the post ends
    PostDialog dialog(m_session, copy, this);
    dialog.exec();
}
