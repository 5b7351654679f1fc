#pragma once

#include "duty/DutyList.h"
#include "duty/DutyRecord.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTabWidget;
class BackgroundRead;
class QTableView;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;
class DutyChartsPanel;
class DutyItemModel;
class Session;
namespace dj {
class DutyProgress;
}

// 责任清单: the year's responsibility lists, grouped by level and post with their completion;
// the selected list's items with status colours; the selected item's records (履责纪实). A
// second tab charts completion by level, post and category; clicking a bar shows its lists.
// Every edit goes through the undo stack.
class DutyPage : public QWidget
{
    Q_OBJECT
public:
    explicit DutyPage(Session &session, QWidget *parent = nullptr);
    ~DutyPage() override;

    int year() const;
    void setYear(int year);
    // Shows only the lists of one level ("level", org type code), post ("post", subject
    // code), organisation ("org", id: its level list and its post holders' lists), person
    // ("person", id) or with items of one category ("category"); empty kind shows all.
    void setFocus(const QString &kind, const QString &key);
    bool selectList(const QString &listId);
    bool selectItem(const QString &itemId);
    QString currentListId() const;
    QString currentOrgId() const; // the selected list's organisation; empty when none
    const dj::DutyItem *currentItem() const;
    DutyItemModel *itemModel() const { return m_model; }
    QTableView *itemTable() const { return m_items; }
    bool busy() const; // a large year is being read in the background
    // Years with more items than this are read on a worker thread (tests lower it).
    static void setReadInlineLimit(int items) { s_readInline = items; }

public slots:
    void reload();
    void generate();
    void addItem();
    void editItem();
    void retireItem();
    void recordWork();
    void editRecord();
    void removeRecord();
    void exportRecords(); // 履责纪实 of the selected list's organisation or person, to PDF

protected:
    // The page reads a year's progress only when shown: opening a city file stays quick.
    void showEvent(QShowEvent *event) override;

private:
    void reloadIfShown();
    void present(const QString &listId, const QString &itemId); // the progress just read
    QWidget *buildListsTab();
    void fillYears();
    void fillTree();
    void showList();
    void showRecords();
    void updateButtons();
    QString periodText() const;

    Session &m_session;
    std::unique_ptr<dj::DutyProgress> m_progress;
    QList<dj::DutyList> m_lists;
    QList<dj::DutyRecord> m_records;
    QHash<QString, QString> m_orgType; // organisation id → type code, for the level focus
    QString m_focusKind, m_focusKey;
    bool m_stale = true;
    static int s_readInline;
    BackgroundRead *m_reader = nullptr; // reading a large year in the background
    bool m_readAgain = false;

    QComboBox *m_year;
    QComboBox *m_quarter;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QToolButton *m_showAll;
    QTabWidget *m_tabs;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_listTitle = nullptr;
    QTableView *m_items = nullptr;
    DutyItemModel *m_model = nullptr;
    QTableWidget *m_recordTable = nullptr;
    QToolButton *m_addItem = nullptr, *m_editItem = nullptr, *m_retire = nullptr;
    QToolButton *m_record = nullptr, *m_editRecord = nullptr, *m_removeRecord = nullptr;
    DutyChartsPanel *m_charts = nullptr;
};
