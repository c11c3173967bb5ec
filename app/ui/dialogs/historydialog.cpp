// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/historydialog.h"
#include "ui_historydialog.h"

#include "ui/columnshares.h"
#include "ui/dialogs/dialogsize.h"

#include "core/auditlog.h"

#include <QHeaderView>
#include <QLocale>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// Long notes would make every row tall; the full text is under the table and in the tooltip.
QString shortened(const QString &text)
{
    const QString flat = QString(text).replace(u'\n', u' ');
    return flat.size() > 80 ? flat.left(79) + u'…' : flat;
}

} // namespace

HistoryDialog::HistoryDialog(Database &database, qint64 meetingId, qint64 actionId, const QString &what,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
{
    m_ui->setupUi(this);
    DialogSize::fit(this, 150, 30);
    setWindowTitle(tr("History of %1").arg(what));
    const QList<AuditEntry> entries
        = AuditLog(database).entries(actionId > 0 ? 0 : meetingId, actionId, 2000);
    m_ui->heading->setText(
        entries.isEmpty() ? tr("No changes to %1 have been recorded.").arg(what)
                          : tr("%n changes to %1, newest first.", nullptr, int(entries.size())).arg(what));
    m_ui->table->setColumnCount(5);
    m_ui->table->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After") });
    m_ui->table->setRowCount(int(entries.size()));
    const QLocale locale;
    for (int r = 0; r < entries.size(); ++r) {
        const AuditEntry &e = entries.at(r);
        const QString erased = tr("(erased)");
        const QStringList cells { locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.who,
                                  AuditLog::describe(e), e.forgotten ? erased : e.oldValue,
                                  e.forgotten ? erased : e.newValue };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(c >= 3 ? shortened(cells.at(c)) : cells.at(c));
            item->setData(Qt::UserRole, cells.at(c));
            if (!cells.at(c).isEmpty())
                item->setToolTip(cells.at(c)); // the whole of it, where the column cuts it
            m_ui->table->setItem(r, c, item);
        }
    }
    m_ui->table->verticalHeader()->hide();
    // The columns share the dialog's width rather than scroll sideways; the chosen entry is whole below.
    const auto *shares = new ColumnShares(m_ui->table, { 16, 14, 30, 16, 16 }, false);
    m_ui->table->setMinimumWidth(shares->leastWidth());
    m_ui->trust->setText(
        tr("This history cannot be changed from Coproduce. Each entry is chained to the one before, "
           "so a change made to it outside the app shows up in \"coproduce check\". Where a "
           "person's name was erased, the values say \"(erased)\"."));
    connect(m_ui->table, &QTableWidget::currentCellChanged, this, &HistoryDialog::showDetail);
    if (!entries.isEmpty())
        m_ui->table->setCurrentCell(0, 0);
    else
        m_ui->detail->hide();
    m_ui->table->setFocus();
}

HistoryDialog::~HistoryDialog() = default;

int HistoryDialog::rowCount() const
{
    return m_ui->table->rowCount();
}

QStringList HistoryDialog::row(int index) const
{
    QStringList out;
    for (int c = 0; c < m_ui->table->columnCount(); ++c)
        out << m_ui->table->item(index, c)->data(Qt::UserRole).toString();
    return out;
}

void HistoryDialog::showDetail()
{
    const int r = m_ui->table->currentRow();
    if (r < 0)
        return;
    const QStringList cells = row(r);
    QString text = tr("%1, %2: %3.").arg(cells.at(0), cells.at(1), cells.at(2));
    if (!cells.at(3).isEmpty())
        text += u'\n' + tr("Before: %1").arg(cells.at(3));
    if (!cells.at(4).isEmpty())
        text += u'\n' + tr("After: %1").arg(cells.at(4));
    m_ui->detail->setText(text);
    m_ui->detail->show();
}

} // namespace Coproduce
