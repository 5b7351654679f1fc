#include "DailyScoreTab.h"

#include "AreaGridModel.h"
#include "DailyScoreModel.h"
#include "app/FunctionCommand.h"
#include "app/Session.h"
#include "access/Permission.h"
#include "assess/AssessmentRepository.h"
#include "assess/IndicatorRules.h"
#include "assess/SchemeRepository.h"
#include "assess/ScoreRepository.h"
#include "common/Error.h"
#include "evidence/EvidenceFile.h"
#include "common/FieldLimits.h"
#include "common/PageToolBar.h"
#include "common/TextLimits.h"
#include "storage/AttachmentStore.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace dj;

DailyScoreTab::DailyScoreTab(Session &session, std::function<QString()> enteredBy, QWidget *parent)
    : QWidget(parent), m_session(session), m_enteredBy(std::move(enteredBy))
{
    m_org = new QComboBox(this);
    m_org->setObjectName(QStringLiteral("dailyOrg"));
    m_org->setMinimumContentsLength(24);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("dailyTotal"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("dailyMode"));
    m_mode->addItem(tr("One organisation's form"));
    m_mode->addItem(tr("One area, all organisations"));
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("dailyArea"));
    auto *top = new PageToolBar(QStringLiteral("dailyToolbar"), this);
    top->addWidget(m_mode);
    top->addWidget(m_org);
    top->addWidget(m_area);
    top->addWidget(m_total, 1);
    auto *add = top->addButton(QStringLiteral("attach"), tr("Add &evidence…"), QStringLiteral("addEvidence"));
    auto *open = top->addButton(QStringLiteral("folder-open"), tr("&Open evidence"), QStringLiteral("openEvidence"));

    m_model = new DailyScoreModel(this);
    m_model->setStore([this](const ScoreInput &in, QString *error) { return store(in, error); });
    m_mayReview = allowed(session.db().user(), Permission::ReviewAssessment); // core refuses the rest anyway
    m_model->setMayReview(m_mayReview);
    connect(m_model, &DailyScoreModel::refused, this, &DailyScoreTab::errorOccurred);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dailyTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new textlimits::LimitedDelegate(dj::limits::NumberTextMax, m_view));
    for (int note : {DailyScoreModel::SelfNote, DailyScoreModel::ReviewNote})
        m_view->setItemDelegateForColumn(note, new textlimits::LimitedDelegate(dj::limits::NoteMax, m_view));
    m_view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                            QAbstractItemView::EditKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DailyScoreModel::Name, QHeaderView::Stretch);
    // The two notes side by side at a readable width; a long note shows whole in its tip.
    for (int note : {DailyScoreModel::SelfNote, DailyScoreModel::ReviewNote}) {
        m_view->horizontalHeader()->setSectionResizeMode(note, QHeaderView::Interactive);
        m_view->horizontalHeader()->resizeSection(note, 150);
    }
    m_view->setWordWrap(false);
    moveDownAfterEnter(m_view);

    m_grid = new AreaGridModel(this);
    m_grid->setStore([this](const ScoreInput &in, QString *error) { return store(in, error); });
    connect(m_grid, &AreaGridModel::refused, this, &DailyScoreTab::errorOccurred);
    m_gridView = new QTableView(this);
    m_gridView->setObjectName(QStringLiteral("areaGrid"));
    m_gridView->setModel(m_grid);
    m_gridView->setItemDelegate(new textlimits::LimitedDelegate(dj::limits::NumberTextMax, m_gridView));
    m_gridView->setEditTriggers(m_view->editTriggers());
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    // The row header keeps the ballot's row number of each branch (AreaGridModel).
    // The indicators share the width, their names wrapped in the header.
    QHeaderView *gridHeader = m_gridView->horizontalHeader();
    gridHeader->setSectionResizeMode(QHeaderView::Stretch);
    gridHeader->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap)); // a text flag the header honours
    gridHeader->setTextElideMode(Qt::ElideNone);
    connect(gridHeader, &QHeaderView::sectionResized, this, &DailyScoreTab::fitGridHeader, Qt::QueuedConnection);
    moveDownAfterEnter(m_gridView);
    // The selected indicator's rule and maximum, below the grid.
    m_areaIndicator = new QLabel(this);
    m_areaIndicator->setObjectName(QStringLiteral("areaIndicator"));
    m_areaIndicator->setWordWrap(true);
    m_areaIndicator->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_gridView->selectionModel(), &QItemSelectionModel::currentChanged, this, &DailyScoreTab::showAreaIndicator);
    auto *gridPage = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPage);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_gridView, 1);
    gridLayout->addWidget(m_areaIndicator);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_view);
    m_pages->addWidget(gridPage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top);
    layout->addWidget(m_pages, 1);
    connect(m_org, &QComboBox::currentIndexChanged, this, &DailyScoreTab::reload);
    connect(m_area, &QComboBox::currentIndexChanged, this, &DailyScoreTab::reload);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this, add, open](int mode) {
        m_pages->setCurrentIndex(mode);
        m_org->setVisible(mode == 0);
        m_area->setVisible(mode == 1);
        add->setEnabled(mode == 0);
        open->setEnabled(mode == 0);
        reload();
    });
    m_area->hide();
    connect(add, &QToolButton::clicked, this, &DailyScoreTab::addEvidence);
    connect(open, &QToolButton::clicked, this, &DailyScoreTab::openEvidence);
}

void DailyScoreTab::moveDownAfterEnter(QTableView *view)
{
    // Enter stores the cell and moves down, so a paper form is typed in one column at a time.
    connect(view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [view](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                if (hint != QAbstractItemDelegate::SubmitModelCache)
                    return;
                const QModelIndex cur = view->currentIndex();
                const QModelIndex next = view->model()->index(cur.row() + 1, cur.column());
                if (next.isValid())
                    view->setCurrentIndex(next);
            });
}

void DailyScoreTab::showAreaIndicator()
{
    const dj::Indicator *i = m_grid->indicator(m_gridView->currentIndex().column());
    m_areaIndicator->setText(i ? AreaGridModel::describe(*i) : tr("Select a cell to see its indicator's rule and maximum."));
}

void DailyScoreTab::fitGridHeader()
{
    // QHeaderView sizes a section's height for one line; make room for the wrapped names.
    QHeaderView *header = m_gridView->horizontalHeader();
    const QFontMetrics fm(header->font());
    int height = fm.lineSpacing() * 2;
    for (int c = 0; c < m_grid->columnCount(); ++c) {
        const QString text = m_grid->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        const QRect r(0, 0, std::max(20, header->sectionSize(c) - 8), 10000);
        height = std::max(height, fm.boundingRect(r, Qt::AlignCenter | Qt::TextWordWrap, text).height());
    }
    height += 10; // the frame and padding of the section
    if (header->minimumHeight() != height)
        header->setMinimumHeight(height);
}

QString DailyScoreTab::currentOrgId() const { return m_org->currentData().toString(); }

void DailyScoreTab::selectOrg(const QString &orgId)
{
    const int i = m_org->findData(orgId);
    if (i >= 0)
        m_org->setCurrentIndex(i);
}

void DailyScoreTab::setAssessment(const Assessment &a)
{
    const QString keep = currentOrgId();
    m_assessment = a;
    const QSignalBlocker block(m_org);
    m_org->clear();
    // Numbered as the rows of the printed ballot and forms (序号).
    for (const AssessedOrg &o : AssessmentRepository(m_session.db()).orgs(a.id))
        m_org->addItem(QStringLiteral("%1. %2  %3").arg(m_org->count() + 1).arg(o.code, o.name), o.orgId);
    selectOrg(keep);
    const QString keepArea = m_area->currentText();
    const QSignalBlocker blockArea(m_area);
    m_area->clear();
    if (!a.id.isEmpty())
        m_area->addItems(SchemeRepository(m_session.db()).get(a.schemeId).areas());
    m_area->setCurrentIndex(std::max(0, m_area->findText(keepArea)));
    reload();
}

void DailyScoreTab::reload()
{
    if (m_mode->currentIndex() == 1) {
        const QModelIndex cur = m_gridView->currentIndex();
        if (m_assessment.id.isEmpty()) {
            m_grid->load({}, {}, {}, {}, false);
            return;
        }
        Database &db = m_session.db();
        m_grid->load(SchemeRepository(db).get(m_assessment.schemeId), m_area->currentText(),
                     AssessmentRepository(db).orgs(m_assessment.id), ScoreRepository(db).entries(m_assessment.id),
                     !m_assessment.sealed && m_mayReview);
        m_total->setText(m_mayReview ? tr("Reviewed values (审核) of every organisation; points show in each cell's tip.")
                                     : tr("Reviewed values (审核) of every organisation, entered by the organ party "
                                          "committee: your account reads them and enters its self-assessment (自评) in "
                                          "the form."));
        m_gridView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        m_gridView->setCurrentIndex(cur.isValid() ? m_grid->index(cur.row(), cur.column()) : m_grid->index(0, 1));
        showAreaIndicator();
        fitGridHeader();
        return;
    }
    const QModelIndex cur = m_view->currentIndex();
    const QString org = currentOrgId();
    if (m_assessment.id.isEmpty() || org.isEmpty()) {
        m_model->load({}, {}, {}, {}, false);
        m_total->clear();
        return;
    }
    Database &db = m_session.db();
    const Scheme scheme = SchemeRepository(db).get(m_assessment.schemeId);
    const QList<ScoreEntry> entries = ScoreRepository(db).entries(m_assessment.id, org);
    QHash<QString, int> evidence;
    AttachmentStore files(db);
    for (const ScoreEntry &e : entries)
        evidence[e.indicatorId] += int(files.list(QStringLiteral("assess_score"), e.id).size());
    m_model->load(scheme, org, entries, evidence, !m_assessment.sealed);
    const double max = scheme.maxTotal();
    m_total->setText(tr("Daily score: %1 of %2 points = %3 on 100%4")
                         .arg(QString::number(m_model->pointsTotal(), 'f', 2), indicatorrules::number(max),
                              QString::number(max > 0 ? m_model->pointsTotal() / max * 100 : 0, 'f', 2),
                              m_assessment.sealed ? tr(" (sealed)") : QString()));
    if (cur.isValid())
        m_view->setCurrentIndex(m_model->index(cur.row(), cur.column()));
    else
        m_view->setCurrentIndex(m_model->index(0, DailyScoreModel::Review));
}

bool DailyScoreTab::store(const ScoreInput &input, QString *error)
{
    // The entry as it was, so undo puts it back (or removes it).
    ScoreInput old = input;
    old.value.reset();
    old.note.clear();
    for (const ScoreEntry &e : ScoreRepository(m_session.db()).entries(m_assessment.id, input.orgId))
        if (e.indicatorId == input.indicatorId && e.stage == input.stage) {
            old.value = e.value;
            old.note = e.note;
        }
    const QString id = m_assessment.id, by = m_enteredBy();
    if (by.isEmpty()) { // no 录入人 given: nothing is stored
        if (error)
            error->clear();
        return false;
    }
    auto *cmd = new FunctionCommand(
        m_session, tr("Enter a score"),
        // The session, not the tab: the command outlives the widget on the undo stack.
        [s = &m_session, id, input, by] { ScoreRepository(s->db()).set(id, {input}, by); },
        [s = &m_session, id, old, by] { ScoreRepository(s->db()).set(id, {old}, by); });
    cmd->setTouchesAssess();
    return m_session.run(cmd, error);
}

QString DailyScoreTab::currentEntryId() const
{
    const int row = m_view->currentIndex().row();
    const auto review = m_model->entry(row, ScoreStage::Review);
    const auto self = m_model->entry(row, ScoreStage::Self);
    return review ? review->id : self ? self->id : QString();
}

void DailyScoreTab::addEvidence()
{
    const QString entry = currentEntryId();
    if (entry.isEmpty()) {
        emit errorOccurred(tr("Enter the indicator's value first; the evidence proves that value."));
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Evidence files"), QDir::homePath());
    for (const QString &path : paths) {
        auto added = std::make_shared<QString>();
        auto *cmd = new FunctionCommand(
            m_session, tr("Add evidence"),
            [s = &m_session, entry, path, added] {
                if (added->isEmpty())
                    *added = AttachmentStore(s->db()).addFile(QStringLiteral("assess_score"), entry, path);
                else
                    AttachmentStore(s->db()).restore(*added);
            },
            [s = &m_session, added] { AttachmentStore(s->db()).remove(*added); });
        cmd->setTouchesAssess();
        QString error;
        if (!m_session.run(cmd, &error)) {
            emit errorOccurred(error);
            return;
        }
    }
}

void DailyScoreTab::openEvidence()
{
    const int row = m_view->currentIndex().row();
    QList<Attachment> files;
    AttachmentStore store(m_session.db());
    for (ScoreStage s : {ScoreStage::Review, ScoreStage::Self})
        if (const auto e = m_model->entry(row, s))
            files << store.list(QStringLiteral("assess_score"), e->id);
    if (files.isEmpty()) {
        emit errorOccurred(tr("The selected indicator has no evidence files."));
        return;
    }
    QMenu menu(this);
    for (const Attachment &a : files)
        menu.addAction(a.name, this, [this, a] {
            QString error;
            if (!evidence::open(this, m_session.db(), a, &error))
                emit errorOccurred(error);
        });
    menu.exec(QCursor::pos());
}
