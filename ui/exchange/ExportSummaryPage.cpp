#include "ExportSummaryPage.h"

#include "exchange/TableLabels.h"
#include "ExchangeUi.h"
#include "exchange/BusinessTables.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ExportSummaryPage::ExportSummaryPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("exportSummaryPage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rows = new QTableWidget(0, 2, this);
    m_rows->setObjectName(QStringLiteral("exportRows"));
    m_rows->setHorizontalHeaderLabels({tr("Table"), tr("Rows")});
    m_rows->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rows->verticalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("exportClose"));
    connect(close, &QPushButton::clicked, this, &ExportSummaryPage::closeRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
    layout->addLayout(buttons);
}

void ExportSummaryPage::setOutcome(const dj::ExportOutcome &o, const QString &path)
{
    const dj::PackageHeader &h = o.header;
    QString protection = tr("not encrypted");
    if (h.encryption == dj::PackageHeader::Encryption::Recipient)
        protection = tr("encrypted for %1").arg(h.recipientOfficeName);
    else if (h.encryption == dj::PackageHeader::Encryption::Passphrase)
        protection = tr("encrypted with a passphrase (tell it to the other office separately, not "
                        "on the stick)");
    QStringList lines;
    lines << tr("<b>The package was written:</b> %1")
                 .arg(QDir::toNativeSeparators(path).toHtmlEscaped());
    lines << tr("%n row(s) of %1.", nullptr, int(o.totalRows))
                 .arg(exchangeui::scopeText(h.scope).toHtmlEscaped());
    lines << tr("For %1; package number %2 to it; %3.")
                 .arg((h.forAnyOffice() ? tr("any office") : h.recipientOfficeName).toHtmlEscaped())
                 .arg(h.sequence)
                 .arg(protection.toHtmlEscaped());
    if (h.incremental)
        lines << tr("Only the changes since %1.").arg(exchangeui::localTime(h.since));
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_rows->setRowCount(0);
    for (const QString &table : dj::businessTables()) {
        const qint64 n = o.rows.value(table);
        if (n == 0)
            continue;
        const int r = m_rows->rowCount();
        m_rows->insertRow(r);
        m_rows->setItem(r, 0, new QTableWidgetItem(dj::TableLabels::table(table)));
        auto *count = new QTableWidgetItem(QString::number(n));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rows->setItem(r, 1, count);
    }
}
