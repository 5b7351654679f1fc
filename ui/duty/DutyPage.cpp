#include "DutyPage.h"

#include "DutyChartsPanel.h"
#include "DutyEdits.h"
#include "DutyItemModel.h"
#include "DutyRecordDialog.h"
#include "GenerateListsDialog.h"
#include "TemplatesDialog.h"
#include "app/ReportActions.h"
#include "app/Session.h"
#include "common/BackgroundRead.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/PageToolBar.h"
#include "common/ViewFit.h"
#include "duty/DutyProgress.h"
#include "duty/DutyRecordRepository.h"
#include "duty/DutyRepository.h"
#include "org/OrganizationRepository.h"
#include "report/DutyRecordsReport.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kListRole = Qt::UserRole + 1;
}

// Up to this many items a year is read at once (a department: a few thousand, under 0.1 s).
int DutyPage::s_readInline = 20000;

namespace {

QString rateText(int done, int expected)
{
    return expected > 0 ? QStringLiteral("%1%").arg(100.0 * done / expected, 0, 'f', 1) : QStringLiteral("—");
}
} // namespace

DutyPage::DutyPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("dutyPage"));
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("dutyYear"));
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("dutyQuarter"));
    m_quarter->addItem(tr("Whole year"), 0);
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(tr("Quarter %1").arg(q), q);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("dutyFilter"));
    m_filter->setPlaceholderText(tr("Filter lists by organisation or name"));
    m_filter->setClearButtonEnabled(true);
    auto *bar = new PageToolBar(QStringLiteral("dutyToolbar"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dutySummary"));
    m_summary->setWordWrap(true);
    bar->addWidget(new QLabel(tr("Year:"), this));
    bar->addWidget(m_year);
    bar->addWidget(m_quarter);
    bar->addWidget(m_filter, 1);
    m_showAll = bar->addButton(QStringLiteral("list"), tr("Show all lists"), QStringLiteral("dutyShowAll"));
    m_showAll->hide();
    connect(m_showAll, &QToolButton::clicked, this, [this] { setFocus({}, {}); });
    auto *templates = bar->addButton(QStringLiteral("templates"), tr("&Templates…"), QStringLiteral("dutyTemplates"));
    connect(templates, &QToolButton::clicked, this, [this] { TemplatesDialog(m_session, this).exec(); });
    auto *generate =
        bar->addButton(QStringLiteral("generate"), tr("&Generate the year's lists…"), QStringLiteral("dutyGenerate"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dutyTabs"));
    m_tabs->addTab(buildListsTab(), tr("Lists and records"));
    m_charts = new DutyChartsPanel(this);
    m_charts->setObjectName(QStringLiteral("dutyCharts"));
    m_tabs->addTab(m_charts, PageToolBar::icon(QStringLiteral("chart")), tr("Completion"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(generate, &QToolButton::clicked, this, &DutyPage::generate);
    connect(m_year, &QComboBox::activated, this, &DutyPage::reload);
    connect(m_quarter, &QComboBox::activated, this, &DutyPage::reload);
    connect(m_filter, &QLineEdit::textChanged, this, &DutyPage::fillTree);
    connect(m_charts, &DutyChartsPanel::drillDown, this, [this](const QString &kind, const QString &key) {
        setFocus(kind, key);
        m_tabs->setCurrentIndex(0);
    });
    connect(&m_session, &Session::dutyChanged, this, &DutyPage::reloadIfShown);
    connect(&m_session, &Session::organizationsChanged, this, &DutyPage::reloadIfShown);
    fillYears();
}

void DutyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DutyPage::reloadIfShown()
{
    m_stale = true;
    if (isVisible())
        reload();
}

DutyPage::~DutyPage()
{
    delete m_reader; // stops a read in progress before the widgets it would fill go
}

QWidget *DutyPage::buildListsTab()
{
    auto *tab = new QWidget(this);
    m_tree = new QTreeWidget(tab);
    m_tree->setObjectName(QStringLiteral("dutyLists"));
    m_tree->setHeaderLabels({tr("List"), tr("Done"), tr("Late")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    viewfit::tipElided(m_tree); // "name（branch）" of a post list is often longer than the column
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DutyPage::showList);

    m_listTitle = new QLabel(tab);
    m_listTitle->setObjectName(QStringLiteral("dutyListTitle"));
    m_listTitle->setWordWrap(true);
    m_listTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_model = new DutyItemModel(this);
    m_items = new QTableView(tab);
    m_items->setObjectName(QStringLiteral("dutyItems"));
    m_items->setModel(m_model);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setSectionResizeMode(DutyItemModel::Title, QHeaderView::Stretch);
    connect(m_items->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DutyPage::showRecords);
    connect(m_items, &QTableView::doubleClicked, this, &DutyPage::recordWork);
    auto *itemButtons = new PageToolBar(QStringLiteral("dutyItemToolbar"), tab);
    m_addItem = itemButtons->addButton(QStringLiteral("add"), tr("Add item…"), QStringLiteral("dutyAddItem"));
    m_editItem = itemButtons->addButton(QStringLiteral("edit"), tr("Edit item…"), QStringLiteral("dutyEditItem"));
    m_retire = itemButtons->addButton(QStringLiteral("archive"), tr("Retire"), QStringLiteral("dutyRetireItem"));
    itemButtons->addStretch();
    connect(m_addItem, &QToolButton::clicked, this, &DutyPage::addItem);
    connect(m_editItem, &QToolButton::clicked, this, &DutyPage::editItem);
    connect(m_retire, &QToolButton::clicked, this, &DutyPage::retireItem);

    m_recordTable = new QTableWidget(0, 4, tab);
    m_recordTable->setObjectName(QStringLiteral("dutyRecords"));
    m_recordTable->setHorizontalHeaderLabels({tr("Date"), tr("What was done"), tr("Recorded by"), tr("Evidence")});
    m_recordTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_recordTable->verticalHeader()->hide();
    m_recordTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recordTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recordTable->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_recordTable, &QTableWidget::itemSelectionChanged, this, &DutyPage::updateButtons);
    connect(m_recordTable, &QTableWidget::cellDoubleClicked, this, &DutyPage::editRecord);
    auto *recordButtons = new PageToolBar(QStringLiteral("dutyRecordToolbar"), tab);
    m_record = recordButtons->addButton(QStringLiteral("record"), tr("&Record work…"), QStringLiteral("dutyRecord"));
    m_editRecord = recordButtons->addButton(QStringLiteral("edit"), tr("Edit record…"), QStringLiteral("dutyEditRecord"));
    m_removeRecord =
        recordButtons->addButton(QStringLiteral("delete"), tr("Remove record"), QStringLiteral("dutyRemoveRecord"));
    recordButtons->addStretch();
    auto *recordsPdf =
        recordButtons->addButton(QStringLiteral("document"), tr("Record of duties as PDF…"), QStringLiteral("dutyRecordsPdf"));
    recordsPdf->setToolTip(tr("履责纪实 of the selected list's organisation, or of its person for a post list"));
    connect(recordsPdf, &QToolButton::clicked, this, &DutyPage::exportRecords);
    connect(m_record, &QToolButton::clicked, this, &DutyPage::recordWork);
    connect(m_editRecord, &QToolButton::clicked, this, &DutyPage::editRecord);
    connect(m_removeRecord, &QToolButton::clicked, this, &DutyPage::removeRecord);
    auto *right = new QWidget(tab);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_listTitle);
    rightLayout->addWidget(m_items, 3);
    rightLayout->addWidget(itemButtons);
    rightLayout->addWidget(new QLabel(tr("Work recorded on the selected item (履责纪实):"), right));
    rightLayout->addWidget(m_recordTable, 2);
    rightLayout->addWidget(recordButtons);
    auto *split = new QSplitter(tab);
    split->setObjectName(QStringLiteral("dutySplitter"));
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({360, 720});
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    return tab;
}

int DutyPage::year() const { return m_year->currentData().toInt(); }

void DutyPage::setYear(int year)
{
    const int i = m_year->findData(year);
    if (i < 0)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(m_year->findData(year));
    reload();
}

void DutyPage::fillYears()
{
    QList<int> years = dj::DutyRepository(m_session.db()).years();
    const int now = dj::Clock::today().year();
    if (!years.contains(now))
        years.prepend(now);
    std::sort(years.begin(), years.end(), std::greater<int>());
    m_year->clear();
    for (int y : std::as_const(years))
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(m_year->findData(now));
}

QString DutyPage::periodText() const
{
    const int q = m_quarter->currentData().toInt();
    return q == 0 ? tr("%1").arg(year()) : tr("%1 Q%2").arg(year()).arg(q);
}

void DutyPage::reload()
{
    m_stale = false;
    const int y = year();
    const int quarter = m_quarter->currentData().toInt();
    const QDate today = dj::Clock::today();
    try {
        const int items = dj::Query(m_session.db(), QStringLiteral("SELECT count(*) FROM duty_item i JOIN duty_list l ON "
                                                                   "l.id = i.list_id WHERE l.year = :y AND l.deleted = 0"))
                              .bind(QStringLiteral(":y"), y)
                              .scalar()
                              .toInt();
        if (items <= s_readInline) {
            m_progress = std::make_unique<dj::DutyProgress>(m_session.db(), y, today, quarter);
            m_lists = dj::DutyRepository(m_session.db()).lists(y);
            present(currentListId(), currentItem() ? currentItem()->id : QString());
            return;
        }
    } catch (const dj::Error &e) {
        emit m_session.errorOccurred(e.message());
        return;
    }
    // A city's year takes seconds: read it on a worker thread through its own connection.
    if (busy()) {
        m_readAgain = true;
        return;
    }
    delete m_reader;
    m_summary->setText(tr("Reading the lists of %1…").arg(y));
    m_reader = new BackgroundRead(m_session.db().path(), [this, y, today, quarter](dj::Database &db) -> BackgroundRead::Deliver {
        auto progress = std::make_shared<dj::DutyProgress>(db, y, today, quarter);
        const QList<dj::DutyList> lists = dj::DutyRepository(db).lists(y);
        return [this, progress, lists, y] {
            if (y != year())
                return;
            m_progress = std::make_unique<dj::DutyProgress>(*progress);
            m_lists = lists;
            present(currentListId(), currentItem() ? currentItem()->id : QString());
        };
    });
    connect(m_reader, &BackgroundRead::finished, this, [this] {
        if (m_readAgain) {
            m_readAgain = false;
            reload();
        }
    });
}

bool DutyPage::busy() const { return m_reader && m_reader->running(); }

void DutyPage::present(const QString &listId, const QString &itemId)
{
    // Read once per reload, not on every keystroke in the filter box.
    m_orgType.clear();
    for (const dj::Organization &o : dj::OrganizationRepository(m_session.db()).all())
        m_orgType.insert(o.id, dj::vocab::code(o.type));
    const dj::CompletionRate total = m_progress->total();
    m_summary->setText(m_lists.isEmpty()
                           ? tr("There are no responsibility lists for %1 yet. Generate them from the "
                                "templates: one per organisation of each level and one per holder of the five posts.")
                                 .arg(year())
                           : tr("%1: %2 lists. Done %3 of %4 times due so far (%5); %6 periods late.")
                                 .arg(periodText())
                                 .arg(m_lists.size())
                                 .arg(total.done)
                                 .arg(total.expected)
                                 .arg(rateText(total.done, total.expected))
                                 .arg(total.overdue));
    m_charts->setProgress(*m_progress, periodText());
    fillTree();
    if (!selectList(listId) && m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
    if (!itemId.isEmpty())
        selectItem(itemId);
}

void DutyPage::setFocus(const QString &kind, const QString &key)
{
    m_focusKind = kind;
    m_focusKey = key;
    m_showAll->setVisible(!kind.isEmpty());
    if (!m_progress)
        return reload();
    fillTree();
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
}

void DutyPage::fillTree()
{
    if (!m_progress)
        return;
    const QString keep = currentListId();
    m_tree->clear();
    const QString text = m_filter->text().trimmed();
    QMap<int, QTreeWidgetItem *> groups;
    QMap<int, std::array<int, 3>> sums; // done, expected, late per group
    for (const dj::DutyList &l : std::as_const(m_lists)) {
        const QList<dj::ItemProgress> items = m_progress->items(l.id);
        if (m_focusKind == QLatin1String("level") && (l.isPostList() || m_orgType.value(l.orgId) != m_focusKey))
            continue;
        if (m_focusKind == QLatin1String("post") && dj::vocab::code(l.subject) != m_focusKey)
            continue;
        if (m_focusKind == QLatin1String("org") && l.orgId != m_focusKey)
            continue;
        if (m_focusKind == QLatin1String("person") && l.personId != m_focusKey)
            continue;
        if (m_focusKind == QLatin1String("category") &&
            std::none_of(items.begin(), items.end(), [&](const dj::ItemProgress &p) { return p.item.category == m_focusKey; }))
            continue;
        const QString name = l.isPostList() ? QStringLiteral("%1（%2）").arg(l.personName, l.orgName) : l.orgName;
        if (!text.isEmpty() && !name.contains(text, Qt::CaseInsensitive))
            continue;
        int done = 0, expected = 0, late = 0;
        for (const dj::ItemProgress &p : items) {
            done += p.dueDone;
            expected += p.dueExpected;
            late += p.overduePeriods;
        }
        const int g = int(l.subject);
        if (!groups.contains(g))
            groups.insert(g, new QTreeWidgetItem(m_tree, {dj::vocab::label(l.subject)}));
        auto *row = new QTreeWidgetItem(groups.value(g), {name, rateText(done, expected), QString::number(late)});
        row->setData(0, kListRole, l.id);
        row->setToolTip(0, l.title);
        if (late > 0)
            row->setForeground(2, QColor(0xc0, 0x39, 0x2b));
        auto &s = sums[g];
        s[0] += done;
        s[1] += expected;
        s[2] += late;
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const auto &s = sums.value(it.key());
        it.value()->setText(1, rateText(s[0], s[1]));
        it.value()->setText(2, QString::number(s[2]));
        QFont f = it.value()->font(0);
        f.setBold(true);
        it.value()->setFont(0, f);
        it.value()->setExpanded(true);
    }
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    selectList(keep);
    showList();
}

bool DutyPage::selectList(const QString &listId)
{
    if (listId.isEmpty())
        return false;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            if (group->child(c)->data(0, kListRole).toString() == listId) {
                m_tree->setCurrentItem(group->child(c));
                return true;
            }
        }
    }
    return false;
}

QString DutyPage::currentListId() const
{
    return m_tree && m_tree->currentItem() ? m_tree->currentItem()->data(0, kListRole).toString() : QString();
}

QString DutyPage::currentOrgId() const
{
    const QString id = currentListId();
    for (const dj::DutyList &l : m_lists)
        if (l.id == id)
            return l.orgId;
    return {};
}

const dj::DutyItem *DutyPage::currentItem() const
{
    return m_items ? m_model->item(m_items->currentIndex().row()) : nullptr;
}

bool DutyPage::selectItem(const QString &itemId)
{
    const int row = m_model->rowOf(itemId);
    if (row < 0)
        return false;
    m_items->setCurrentIndex(m_model->index(row, DutyItemModel::Title));
    return true;
}

void DutyPage::showList()
{
    const QString id = currentListId();
    QList<dj::DutyItem> retired;
    QList<dj::ItemProgress> live;
    if (!id.isEmpty() && m_progress) {
        live = m_progress->items(id);
        for (const dj::DutyItem &i : dj::DutyRepository(m_session.db()).items(id))
            if (i.isRetired())
                retired << i;
    }
    m_model->setItems(live, retired);
    m_items->resizeColumnToContents(DutyItemModel::Number);
    m_items->resizeColumnToContents(DutyItemModel::Category);
    m_items->resizeColumnToContents(DutyItemModel::Schedule);
    QString title;
    for (const dj::DutyList &l : std::as_const(m_lists))
        if (l.id == id)
            title = l.title;
    if (!title.isEmpty())
        m_listTitle->setText(title);
    else if (m_tree->topLevelItemCount() == 0)
        m_listTitle->setText(tr("No lists of %1 match; \"Show all lists\" shows them all.").arg(year()));
    else
        m_listTitle->setText(tr("Choose a list on the left."));
    if (m_model->rowCount() > 0)
        m_items->setCurrentIndex(m_model->index(0, DutyItemModel::Title));
    showRecords();
}

void DutyPage::showRecords()
{
    const dj::DutyItem *item = currentItem();
    m_records = item ? dj::DutyRecordRepository(m_session.db()).forItem(item->id) : QList<dj::DutyRecord>();
    m_recordTable->setRowCount(0);
    m_recordTable->setRowCount(int(m_records.size()));
    dj::AttachmentStore store(m_session.db());
    for (int r = 0; r < m_records.size(); ++r) {
        const dj::DutyRecord &rec = m_records.at(r);
        QStringList files;
        if (rec.attachments > 0)
            for (const dj::Attachment &a : store.list(QStringLiteral("duty_record"), rec.id))
                files << a.name;
        m_recordTable->setItem(r, 0, new QTableWidgetItem(rec.doneOn.toString(Qt::ISODate)));
        m_recordTable->setItem(r, 1, new QTableWidgetItem(rec.text));
        m_recordTable->setItem(r, 2, new QTableWidgetItem(rec.recordedBy));
        m_recordTable->setItem(r, 3, new QTableWidgetItem(files.join(QStringLiteral("、"))));
    }
    m_recordTable->resizeColumnToContents(0);
    updateButtons();
}

void DutyPage::updateButtons()
{
    const dj::DutyItem *item = currentItem();
    const bool record = item && m_recordTable->currentRow() >= 0;
    m_addItem->setEnabled(!currentListId().isEmpty());
    m_editItem->setEnabled(item);
    m_retire->setEnabled(item);
    m_retire->setText(item && item->isRetired() ? tr("Reinstate") : tr("Retire"));
    m_retire->setIcon(PageToolBar::icon(item && item->isRetired() ? QStringLiteral("restore") : QStringLiteral("archive")));
    m_record->setEnabled(item && !item->isRetired());
    m_editRecord->setEnabled(record);
    m_removeRecord->setEnabled(record);
}

void DutyPage::generate()
{
    const int y = year();
    const auto result = GenerateListsDialog::run(m_session, y, this);
    if (!result)
        return;
    fillYears();
    setYear(y);
    GenerateListsDialog::tell(*result, y, this);
}

void DutyPage::addItem()
{
    if (!currentListId().isEmpty())
        dutyedits::addItem(m_session, currentListId(), this);
}

void DutyPage::editItem()
{
    if (const dj::DutyItem *item = currentItem())
        dutyedits::editItem(m_session, *item, this);
}

void DutyPage::retireItem()
{
    if (const dj::DutyItem *item = currentItem())
        dutyedits::toggleRetired(m_session, *item);
}

void DutyPage::recordWork()
{
    const dj::DutyItem *item = currentItem();
    if (!item)
        return;
    if (item->isRetired()) {
        emit m_session.errorOccurred(tr("\"%1\" is retired; reinstate it before recording work on it.").arg(item->title));
        return;
    }
    DutyRecordDialog(m_session, *item, this).exec();
}

void DutyPage::editRecord()
{
    const dj::DutyItem *item = currentItem();
    const int r = m_recordTable->currentRow();
    if (item && r >= 0 && r < m_records.size())
        DutyRecordDialog(m_session, *item, m_records.at(r), this).exec();
}

void DutyPage::removeRecord()
{
    const int r = m_recordTable->currentRow();
    if (r >= 0 && r < m_records.size())
        dutyedits::removeRecord(m_session, m_records.at(r), this);
}

void DutyPage::exportRecords()
{
    const QString id = currentListId();
    for (const dj::DutyList &l : std::as_const(m_lists)) {
        if (l.id != id)
            continue;
        try {
            const dj::report::Report r = dj::report::DutyRecordsReport::build(
                m_session.db(), l.year, l.isPostList() ? QString() : l.orgId, l.personId, dj::Clock::today());
            reportactions::exportPdf({r}, r.title, this);
        } catch (const dj::Error &e) {
            emit m_session.errorOccurred(e.message());
        }
        return;
    }
    emit m_session.errorOccurred(tr("Choose a list on the left."));
}
