// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sections/meetingspage.h"

#include "ui_meetingspage.h"

#include "ui/access/focusmove.h"

#include "ui/commands/meetingcommand.h"
#include "ui/dialogs/newmeetingdialog.h"
#include "ui/editor/meetingeditor.h"
#include "ui/sections/meetinglistmodel.h"
#include "ui/sections/serieschoices.h"

#include "core/database.h"
#include "core/meetinglist.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

namespace Coproduce {

using namespace Qt::StringLiterals;

MeetingsPage::MeetingsPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingsPage>())
    , m_database(database)
    , m_editor(new MeetingEditor(database, this))
    , m_meetings(new MeetingListModel(this))
{
    m_ui->setupUi(this);
    m_ui->splitter->addWidget(m_editor);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 4);
    m_ui->splitter->setSizes({ fontMetrics().averageCharWidth() * 44, 1000 });
    m_ui->meetingTable->setModel(m_meetings);
    m_ui->meetingTable->verticalHeader()->hide();
    // The list never scrolls sideways: the title takes the width there is (refreshList()), cut with "…"
    // where it must be (the whole title is in the tooltip, and is what a screen reader reads).
    m_ui->meetingTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->meetingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->meetingTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->meetingTable->installEventFilter(this);
    connect(m_ui->newButton, &QPushButton::clicked, this, &MeetingsPage::newMeeting);
    connect(m_ui->seriesCombo, &QComboBox::currentIndexChanged, this, &MeetingsPage::refreshList);
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &MeetingsPage::refreshList);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_ui->meetingTable, &QTableView::activated, this,
            [this](const QModelIndex &index) { openMeeting(m_meetings->idAt(index.row())); });
    connect(m_ui->meetingTable, &QTableView::clicked, this,
            [this](const QModelIndex &index) { openMeeting(m_meetings->idAt(index.row())); });
    // Delete in the list deletes the chosen meeting; undo puts it back, so it does not ask first.
    auto *remove = new QAction(tr("Delete meeting"), m_ui->meetingTable);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_ui->meetingTable->addAction(remove);
    m_ui->meetingTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(remove, &QAction::triggered, this, [this] {
        const QModelIndex current = m_ui->meetingTable->currentIndex();
        if (current.isValid())
            deleteMeeting(m_meetings->idAt(current.row()));
    });
    reload();
}

MeetingsPage::~MeetingsPage()
{
    m_undoStack.disconnect(this);
    m_undoStack.clear(); // its commands call back into this page
}

void MeetingsPage::reload()
{
    SeriesChoices::fill(m_ui->seriesCombo, m_database);
    refreshList();
}

void MeetingsPage::refreshList()
{
    const QString series = m_ui->seriesCombo->currentData().toString();
    QString error;
    m_meetings->setMeetings(MeetingList(m_database).open(series, m_ui->searchEdit->text(), &error));
    if (!error.isEmpty())
        Q_EMIT problem(tr("The meetings could not be searched: %1").arg(error));
    m_ui->meetingTable->setColumnHidden(0, true);
    m_everySeries = series.isEmpty();
    m_ui->meetingTable->setColumnWidth(1, fontMetrics().horizontalAdvance(u"00/00/00000"_s));
    // Title and series share what the date leaves (once the model has its columns): nothing is pushed
    // out of sight past the edge.
    m_ui->meetingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->meetingTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    fitListColumns();
}

bool MeetingsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->meetingTable && event->type() == QEvent::Resize)
        fitListColumns();
    if (watched == m_ui->meetingTable && event->type() == QEvent::FontChange) {
        // The text size changed: the date stays whole and the rows as tall as the words.
        const QFontMetrics fm = m_ui->meetingTable->fontMetrics();
        m_ui->meetingTable->setColumnWidth(1, fm.horizontalAdvance(u"00/00/00000"_s));
        m_ui->meetingTable->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
        fitListColumns();
    }
    return QWidget::eventFilter(watched, event);
}

void MeetingsPage::fitListColumns()
{
    // At a large text size, or beside a wide meeting, the list is narrow: the title keeps the room.
    const int room = m_ui->meetingTable->width() - m_ui->meetingTable->columnWidth(1);
    m_ui->meetingTable->setColumnHidden(3, !m_everySeries || room < fontMetrics().averageCharWidth() * 36);
}

void MeetingsPage::setListShown(bool shown)
{
    if (!shown && m_ui->listPane->isAncestorOf(QApplication::focusWidget()))
        FocusMove::to(m_editor->findChild<QTabWidget *>()->tabBar());
    m_ui->listPane->setVisible(shown);
}

bool MeetingsPage::listShown() const
{
    return !m_ui->listPane->isHidden();
}

int MeetingsPage::listedMeetings() const
{
    return m_meetings->rowCount();
}

void MeetingsPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

bool MeetingsPage::openMeeting(qint64 meetingId)
{
    if (meetingId == m_editor->meetingId())
        return true;
    if (!m_editor->open(meetingId))
        return false;
    for (int r = 0; r < m_meetings->rowCount(); ++r)
        if (m_meetings->idAt(r) == meetingId)
            m_ui->meetingTable->setCurrentIndex(m_meetings->index(r, 1));
    Q_EMIT meetingOpened(meetingId);
    return true;
}

qint64 MeetingsPage::newMeeting()
{
    // The dialog stays open with the problem if the meeting cannot be made.
    NewMeetingDialog dialog(
        m_database, m_today,
        [this](const Meeting &meeting, QString *problem) -> qint64 {
            MeetingCommand *command = MeetingCommand::making(this, meeting);
            *problem = run(command); // made and opened, or dropped
            return problem->isEmpty() ? command->meetingId() : 0;
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    m_editor->focusDetails(); // the next thing to do is fill it in
    return dialog.meetingId();
}

bool MeetingsPage::deleteMeeting(qint64 meetingId)
{
    const std::optional<MeetingSummary> meeting = MeetingList(m_database).summary(meetingId);
    if (!meeting) {
        Q_EMIT problem(tr("That meeting is not there any more: it was deleted somewhere else."));
        reload();
        return false;
    }
    const QString title = meeting->title;
    if (!run(MeetingCommand::deleting(this, meetingId, title)).isEmpty())
        return false;
    Q_EMIT status(tr("Deleted “%1”. Undo (%2) puts it back.")
                      .arg(title, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    return true;
}

QString MeetingsPage::run(QUndoCommand *command)
{
    m_failure.clear();
    m_undoStack.push(command); // its redo() writes; a write that fails makes it obsolete, and it is dropped
    return m_failure;
}

void MeetingsPage::reportProblem(const QString &message)
{
    m_failure = message;
    Q_EMIT problem(message);
}

void MeetingsPage::aboutToRemove(qint64 meetingId)
{
    if (m_editor->meetingId() == meetingId)
        m_editor->flush();
}

void MeetingsPage::removed(qint64 meetingId)
{
    // The meeting below it in the list (or above, if it was the last) takes its place in the editor.
    int row = -1;
    for (int r = 0; r < m_meetings->rowCount(); ++r)
        if (m_meetings->idAt(r) == meetingId)
            row = r;
    reload();
    if (m_editor->meetingId() != meetingId)
        return;
    m_editor->close();
    if (m_meetings->rowCount() > 0)
        openMeeting(m_meetings->idAt(qBound(0, row, m_meetings->rowCount() - 1)));
    else
        Q_EMIT meetingClosed();
}

void MeetingsPage::restored(qint64 meetingId)
{
    reload();
    openMeeting(meetingId);
}

} // namespace Coproduce
