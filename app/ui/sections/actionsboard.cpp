// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sections/actionsboard.h"

#include "ui_actionsboard.h"

#include "ui/dialogs/historydialog.h"

#include "ui/columnshares.h"
#include "ui/commands/statuscommand.h"
#include "ui/dialogs/statusdialog.h"
#include "ui/sections/actionsmodel.h"
#include "ui/sections/serieschoices.h"

#include "core/vocabulary.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTimer>

namespace Coproduce {

using namespace Qt::StringLiterals;

ActionsBoard::ActionsBoard(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ActionsBoard>())
    , m_database(database)
    , m_model(new ActionsModel(database, this))
{
    m_ui->setupUi(this);
    m_ui->statusCombo->addItem(tr("Open or in progress"), u"*open"_s);
    m_ui->statusCombo->addItem(tr("Any status"), QString());
    for (const QString &status : Vocabulary::actionStatuses())
        m_ui->statusCombo->addItem(Vocabulary::statusLabel(status), status);
    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);

    // Typing in the name box filters after a short pause, not on every key.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &ActionsBoard::applyFilter);
    connect(m_ui->ownerEdit, &QLineEdit::textEdited, typing, qOverload<>(&QTimer::start));
    connect(m_ui->ownerEdit, &QLineEdit::returnPressed, this, &ActionsBoard::applyFilter);
    connect(m_ui->seriesCombo, &QComboBox::currentIndexChanged, this, &ActionsBoard::applyFilter);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &ActionsBoard::applyFilter);
    connect(m_ui->overdueCheck, &QCheckBox::toggled, this, &ActionsBoard::applyFilter);
    connect(m_ui->statusButton, &QPushButton::clicked, this, &ActionsBoard::changeStatus);
    connect(m_ui->table, &QTableView::activated, this, &ActionsBoard::changeStatus);
    connect(m_ui->openMeetingButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->table->currentIndex().row();
        if (row >= 0)
            Q_EMIT openMeeting(m_model->meetingId(row));
    });
    connect(m_ui->historyButton, &QPushButton::clicked, this, &ActionsBoard::showHistory);
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] { m_model->refresh(); });
    // No query yet: the board reads the database when it is first shown (see reload()), so a window that
    // opens on another section does not wait for every action.
}

HistoryDialog *ActionsBoard::showHistory()
{
    const int row = m_ui->table->currentIndex().row();
    if (row < 0)
        return nullptr;
    const QString what = m_model->index(row, ActionsModel::Text).data().toString();
    auto *dialog = new HistoryDialog(
        m_database, 0, m_model->actionId(row),
        tr("the action \"%1\"").arg(what.size() > 60 ? what.left(59) + u'…' : what), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ActionsBoard::~ActionsBoard()
{
    m_undoStack.disconnect(this); // clearing the stack on destruction must not reload a dying page
}

void ActionsBoard::setToday(const QDate &today)
{
    m_today = today;
    m_model->setToday(today);
    applyFilter();
}

void ActionsBoard::focusFilters()
{
    m_ui->ownerEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->ownerEdit->selectAll();
}

void ActionsBoard::reload()
{
    SeriesChoices::fill(m_ui->seriesCombo, m_database);
    applyFilter();
}

void ActionsBoard::applyFilter()
{
    ActionFilter filter;
    filter.series = m_ui->seriesCombo->currentData().toString();
    filter.owner = m_ui->ownerEdit->text().trimmed();
    const QString status = m_ui->statusCombo->currentData().toString();
    filter.openOnly = status == u"*open";
    filter.status = status.startsWith(u'*') ? QString() : status;
    if (m_ui->overdueCheck->isChecked())
        filter.overdueOn = m_today;
    const qint64 current
        = m_ui->table->currentIndex().isValid() ? m_model->actionId(m_ui->table->currentIndex().row()) : 0;
    m_model->setFilter(filter);
    for (const int hidden : { ActionsModel::Id, ActionsModel::Reason, ActionsModel::MeetingId })
        m_ui->table->setColumnHidden(hidden, true); // the columns exist once a query has run
    const int total = m_model->total();
    m_ui->count->setText(tr("%n actions", nullptr, total));
    // Keep the chosen action chosen if it is still shown among the rows fetched so far.
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->actionId(r) == current)
            row = r;
    if (m_model->rowCount() > 0)
        m_ui->table->setCurrentIndex(m_model->index(row, ActionsModel::Text));
    m_ui->statusButton->setEnabled(total > 0);
    m_ui->openMeetingButton->setEnabled(total > 0);
    m_ui->historyButton->setEnabled(total > 0);
    // The columns share the width (they exist once a query has run); long text is cut with "…" and
    // whole in its tooltip, so the rows stay one line each however many there are.
    if (!m_shares) {
        m_shares = new ColumnShares(m_ui->table, { 0, 46, 18, 16, 26, 0, 0, 16, 34, 24 }, false);
        for (const int column : { ActionsModel::Due, ActionsModel::Status, ActionsModel::MeetingDate })
            m_shares->setWhole(column, ActionsModel::possibleTexts(column));
    } else {
        m_shares->fit();
    }
}

void ActionsBoard::changeStatus()
{
    const QModelIndex index = m_ui->table->currentIndex();
    if (!index.isValid())
        return;
    const int row = index.row();
    const QString text = m_model->row(row).text;
    const QString status = m_model->row(row).status;
    const QString reason = m_model->row(row).reason;
    StatusDialog dialog(text, status, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StatusCommand::Change change { m_model->actionId(row), status,        reason,
                                         dialog.status(),        dialog.note(), m_today };
    // Pushed, its redo() writes; one that cannot be made is dropped and says why.
    m_undoStack.push(new StatusCommand(m_database, change, [this](bool ok, const QString &error) {
        if (!ok)
            Q_EMIT problem(error);
        return ok;
    }));
    m_model->refresh();
    m_ui->table->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), ActionsModel::Text));
}

} // namespace Coproduce
