// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/lasttimepane.h"
#include "ui_lasttimepane.h"

#include "ui/columnshares.h"
#include "ui/displayformat.h"
#include "ui/editor/meetingdocument.h"

#include "core/actionrepository.h"
#include "core/vocabulary.h"

#include <QHeaderView>

namespace Coproduce {

LastTimePane::LastTimePane(QWidget *parent)
    : EditorPane(parent)
    , m_ui(std::make_unique<Ui::LastTimePane>())
{
    m_ui->setupUi(this);
    m_ui->lastTimeTable->setColumnCount(5);
    m_ui->lastTimeTable->setHorizontalHeaderLabels(
        { tr("Action"), tr("Who"), tr("By when"), tr("Status"), tr("From the meeting on") });
    m_ui->lastTimeTable->verticalHeader()->hide();
    // One line a row, cut with "…" and whole in the tooltip: the list can be long.
    new ColumnShares(m_ui->lastTimeTable, { 44, 16, 12, 14, 18 }, false);
    const auto requestFor = [this](int row) {
        if (const QTableWidgetItem *item = m_ui->lastTimeTable->item(row, 0))
            Q_EMIT statusRequested(item->data(Qt::UserRole).toLongLong());
    };
    connect(m_ui->lastTimeStatusButton, &QPushButton::clicked, this,
            [this, requestFor] { requestFor(m_ui->lastTimeTable->currentRow()); });
    connect(m_ui->lastTimeTable, &QTableWidget::cellActivated, this, requestFor);
}

LastTimePane::~LastTimePane() = default;

QTableWidget *LastTimePane::table() const
{
    return m_ui->lastTimeTable;
}

int LastTimePane::count() const
{
    return m_ui->lastTimeTable->rowCount();
}

void LastTimePane::reload()
{
    const QList<ActionRow> rows = m_document
        ? ActionRepository(m_document->database()).fromLastTime(m_document->meetingId())
        : QList<ActionRow>();
    const int current = m_ui->lastTimeTable->currentRow();
    m_ui->lastTimeTable->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ActionRow &a = rows.at(r);
        QString status = Vocabulary::statusLabel(a.status);
        if (a.status == u"cannot-do" && !a.reason.isEmpty())
            status = tr("%1: %2").arg(status, a.reason);
        const QStringList cells { a.text, a.owner, DisplayFormat::date(a.due), status,
                                  tr("%1 (%2)").arg(DisplayFormat::date(a.meetingDate), a.meetingTitle) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, a.id);
            item->setToolTip(cells.at(c));
            m_ui->lastTimeTable->setItem(r, c, item);
        }
    }
    if (rows.size() > 0)
        m_ui->lastTimeTable->setCurrentCell(qBound(0, current, int(rows.size()) - 1), 0);
    m_ui->lastTimeStatusButton->setEnabled(!rows.isEmpty());
    Q_EMIT countChanged(int(rows.size()));
}

} // namespace Coproduce
