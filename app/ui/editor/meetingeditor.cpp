// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/meetingeditor.h"

#include "ui_meetingeditor.h"

#include "ui/access/accessiblenames.h"
#include "ui/access/focusmove.h"
#include "ui/access/theme.h"
#include "ui/dialogs/statusdialog.h"
#include "ui/displayformat.h"
#include "ui/editor/activitypane.h"
#include "ui/editor/chartercheckpane.h"
#include "ui/editor/detailspane.h"
#include "ui/editor/ladderpane.h"
#include "ui/editor/lasttimepane.h"
#include "ui/editor/meetingdocument.h"
#include "ui/editor/polltable.h"
#include "ui/editor/readonlyview.h"
#include "ui/painted/ladderwidget.h"
#include "ui/plainenglishassist.h"

#include "core/actionrepository.h"
#include "core/changewatcher.h"
#include "core/charterrepository.h"
#include "core/database.h"
#include "core/meetinglist.h"
#include "core/offline.h"
#include "core/teamrepository.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTimer>

namespace Coproduce {

using namespace Qt::StringLiterals;

MeetingEditor::MeetingEditor(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingEditor>())
    , m_database(database)
{
    m_ui->setupUi(this);
    AccessibleNames::nameInnerFields(this);
    m_ui->problem->setStyleSheet(Theme::problemStyle());
    fitToFont(); // the heading's size follows the text's

    m_watcher = new ChangeWatcher(database, 1000, this);
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this, &MeetingEditor::scheduleReload);
    setUpEntryActions();
    setUpControls();
    // The whole meeting's score, after a pause in changes: it reads every row.
    m_plainTimer.setSingleShot(true);
    m_plainTimer.setInterval(400);
    connect(&m_plainTimer, &QTimer::timeout, this, &MeetingEditor::updatePlainBadge);
    setEnabled(false);
}

QString MeetingEditor::meetingText() const
{
    if (!m_document)
        return {};
    const MeetingEdits &edits = m_document->edits();
    QStringList parts;
    for (const auto &activity :
         edits.rows(RowKind::Activity, meetingId(), { Field::ActivityTitle, Field::ActivityNotes })) {
        parts << activity.second.value(1).toString();
        const struct
        {
            RowKind kind;
            Field field;
        } prose[] = { { RowKind::Contribution, Field::ContributionText },
                      { RowKind::Decision, Field::DecisionText },
                      { RowKind::Commitment, Field::CommitmentText },
                      { RowKind::Action, Field::ActionText } };
        for (const auto &p : prose)
            for (const auto &row : edits.rows(p.kind, activity.first, { p.field }))
                parts << row.second.value(0).toString();
    }
    return parts.join(u'\n');
}

void MeetingEditor::updatePlainBadge()
{
    const QString text = meetingText();
    m_ui->plainBadge->setText(
        tr("This meeting's words: %1").arg(PlainEnglishAssist::badgeFor(text, TextCheck::Mode::Formal)));
    m_ui->plainBadge->setToolTip(PlainEnglishAssist::longestFor(text));
}

MeetingEditor::~MeetingEditor()
{
    flush();
    // Gone before the fields are: a field losing focus while QWidget tears it down would otherwise save
    // through this editor after it has stopped being one. The panes outlive the document (QWidget deletes
    // them after the members are gone): they are told it has gone.
    for (EditorPane *pane : panes())
        pane->setDocument(nullptr);
}

qint64 MeetingEditor::activityId() const
{
    return m_ui->activitiesTab->activityId();
}

qint64 MeetingEditor::meetingId() const
{
    return m_document ? m_document->meetingId() : 0;
}

QUndoStack *MeetingEditor::undoStack() const
{
    return m_document ? m_document->undoStack() : nullptr;
}

bool MeetingEditor::open(qint64 meetingId)
{
    flush();
    const std::optional<MeetingSummary> meeting = MeetingList(m_database).summary(meetingId);
    if (!meeting)
        return false;
    m_charter = CharterRepository(m_database).find(meeting->charter).value_or(Charter());

    // The panes' tables are rebuilt around the new document.
    m_ui->activitiesTab->setCharter(m_charter);
    m_ui->checkTab->setCharter(m_charter);
    m_document = std::make_unique<MeetingDocument>(m_database, meetingId);
    for (EditorPane *pane : panes())
        pane->setDocument(m_document.get()); // before anything below reloads them
    connect(m_document.get(), &MeetingDocument::changed, this, [this] {
        m_ui->problem->hide();
        scheduleReload();
        m_plainTimer.start();
    });
    connect(m_document.get(), &MeetingDocument::problem, this, &MeetingEditor::showProblem);
    m_ui->sections->show();
    m_ui->plainBadge->show();
    setEnabled(true);
    m_ui->problem->hide();
    reload();
    m_ui->activitiesTab->selectFirst();
    updatePlainBadge();
    return true;
}

void MeetingEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyReadOnly();
}

void MeetingEditor::showWhoMayChange()
{
    // On the area's server, another team's meeting, or one taken offline, opens to read: refused after
    // typing would lose what was typed. One whose offline copy came back beside it says so.
    QString notice = TeamRepository(m_database).readOnlyNotice(meetingId());
    m_heldBack = !notice.isEmpty();
    if (notice.isEmpty()) {
        const std::optional<TakenMeeting> taken = Offline::taken(m_database, meetingId());
        notice = taken ? Offline::notice(m_database, *taken) : QString();
        m_heldBack = taken && taken->copyId == 0;
    }
    if (notice.isEmpty()) // on the laptop: where a meeting taken offline goes back to
        notice = Offline::laptopNotice(m_database, meetingId());
    if (notice == m_ui->teamNotice->text())
        return;
    m_ui->teamNotice->setText(notice);
    m_ui->teamNotice->setAccessibleDescription(notice);
    m_ui->teamNotice->setVisible(!notice.isEmpty());
    askForRoom();
    if (!notice.isEmpty())
        Q_EMIT announce(notice);
}

void MeetingEditor::applyReadOnly()
{
    const bool readOnly = m_readOnly || m_heldBack;
    // Fields a reload just made, and buttons it enabled; back to editable only when it was read-only (a
    // pane's own reasons for a disabled button stay).
    if (readOnly || m_appliedReadOnly)
        ReadOnlyView::apply(m_ui->sections, readOnly);
    m_appliedReadOnly = readOnly;
}

void MeetingEditor::focusDetails()
{
    m_ui->sections->setCurrentWidget(m_ui->detailsTab);
    m_ui->detailsTab->firstField()->setFocus(Qt::OtherFocusReason);
}

void MeetingEditor::close()
{
    flush();
    for (EditorPane *pane : panes())
        pane->setDocument(nullptr);
    m_document.reset();
    // What is in them, and what is said about it, belonged to the meeting that is gone.
    m_ui->sections->hide();
    m_ui->problem->hide();
    m_ui->plainBadge->hide();
    m_ui->teamNotice->clear();
    m_ui->teamNotice->hide();
    m_ui->heading->setText(tr("No meeting is open. Make one with New meeting (Ctrl+N)."));
}

void MeetingEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitToFont(); // the zoom setting changed the text size
    if (event->type() == QEvent::PaletteChange)
        m_ui->problem->setStyleSheet(Theme::problemStyle()); // the theme changed
}

void MeetingEditor::fitToFont()
{
    QFont heading = font();
    if (heading.pointSizeF() > 0)
        heading.setPointSizeF(heading.pointSizeF() * 1.4);
    else
        heading.setPixelSize(heading.pixelSize() * 7 / 5);
    heading.setBold(true);
    m_ui->heading->setFont(heading);
}

void MeetingEditor::setUpControls()
{
    // Wired once, in the constructor: the panes read the open document when they fire.
    for (EditorPane *pane : panes())
        connect(pane, &EditorPane::problem, this, &MeetingEditor::showProblem);
    connect(m_ui->activitiesTab->ladderPane(), &LadderPane::presentRequested, this,
            [this](bool poll) { Q_EMIT presentLadder(activityId(), poll); });
    connect(m_ui->activitiesTab, &ActivityPane::statusRequested, this, &MeetingEditor::changeStatus);
    connect(m_ui->lastTimeTab, &LastTimePane::statusRequested, this, &MeetingEditor::changeStatus);
    connect(m_ui->lastTimeTab, &LastTimePane::countChanged, this, [this](int count) {
        m_ui->sections->setTabText(m_ui->sections->indexOf(m_ui->lastTimeTab),
                                   count == 0 ? tr("Actions from &last time")
                                              : tr("Actions from &last time (%1)").arg(count));
    });
}

QAction *MeetingEditor::addEntryAction(const QString &text, const QKeySequence &key,
                                       const QString &description, QWidget *target)
{
    return addEntryAction(text, key, description, [target] { return target; });
}

QAction *MeetingEditor::addEntryAction(const QString &text, const QKeySequence &key,
                                       const QString &description, std::function<QWidget *()> targetOf)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    // Anywhere in the window, as docs/desktop.md promises: from the meetings list or another section too (the
    // keyboard is taken to the meeting, and the section brought forward).
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(description);
    action->setStatusTip(description);
    addAction(action);
    connect(action, &QAction::triggered, this, [this, targetOf] {
        QWidget *target = targetOf();
        if (!isEnabled() || !target)
            return;
        FocusMove::to(target);
    });
    m_entryActions << action;
    return action;
}

QList<EditorPane *> MeetingEditor::panes() const
{
    return { m_ui->detailsTab, m_ui->activitiesTab, m_ui->lastTimeTab, m_ui->checkTab };
}

void MeetingEditor::present()
{
    if (activityId())
        Q_EMIT presentLadder(activityId(), m_ui->activitiesTab->ladderPane()->pollShown());
}

void MeetingEditor::setUpEntryActions()
{
    addEntryAction(tr("Add a &person"), QKeySequence(u"Ctrl+Shift+P"_s), tr("Type a name and press Enter"),
                   m_ui->detailsTab->personEntry());
    addEntryAction(tr("Add an acti&vity"), QKeySequence(u"Ctrl+Shift+N"_s),
                   tr("Type the activity's title and press Enter"), m_ui->activitiesTab->activityEntry());
    addEntryAction(tr("&Notes"), QKeySequence(u"Ctrl+Shift+O"_s), tr("Write notes for the chosen activity"),
                   m_ui->activitiesTab->notes());
    addEntryAction(tr("Add what someone &said"), QKeySequence(u"Ctrl+Shift+C"_s),
                   tr("Type what someone said and press Enter"), m_ui->activitiesTab->contributionEntry());
    addEntryAction(tr("Add a &decision"), QKeySequence(u"Ctrl+Shift+D"_s),
                   tr("Type the decision and press Enter"), m_ui->activitiesTab->decisionEntry());
    addEntryAction(tr("Add a &commitment"), QKeySequence(u"Ctrl+Shift+K"_s),
                   tr("Type the commitment and press Enter"), m_ui->activitiesTab->commitmentEntry());
    addEntryAction(tr("Add an &action"), QKeySequence(u"Ctrl+Shift+A"_s),
                   tr("Type the action and press Enter"), m_ui->activitiesTab->actionEntry());
    addEntryAction(tr("Rate on the &ladder"), QKeySequence(u"Ctrl+Shift+L"_s),
                   tr("Up and Down choose a rung, Left and Right change whose view"),
                   m_ui->activitiesTab->ladderPane()->ladder());
    addEntryAction(tr("Count the &room poll"), QKeySequence(u"Ctrl+Shift+R"_s),
                   tr("How many people put the activity on each rung: type a number, or + and -"),
                   m_ui->activitiesTab->ladderPane()->pollTable());
    addEntryAction(tr("Actions from last &time"), QKeySequence(u"Ctrl+Shift+B"_s),
                   tr("What happened to the actions from earlier meetings"), m_ui->lastTimeTab->table());
    // The first face itself (the rows are made when a meeting opens): Space chooses it at once.
    addEntryAction(tr("C&harter check"), QKeySequence(u"Ctrl+Shift+H"_s),
                   tr("How did we do against the charter?"),
                   [this]() -> QWidget * { return m_ui->checkTab->firstFace(); });
}

void MeetingEditor::scheduleReload()
{
    // Coalesced and queued: a burst of changes reloads once, and never inside a cell editor's commit.
    if (m_reloadScheduled)
        return;
    m_reloadScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadScheduled = false;
        reload();
    });
}

void MeetingEditor::showProblem(const QString &message)
{
    QString text = message;
    // Nothing typed is lost: what could not be saved goes to the clipboard and the message says so.
    if (QWidget *focus = QApplication::focusWidget()) {
        QString typed;
        if (auto *line = qobject_cast<QLineEdit *>(focus))
            typed = line->text();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(focus))
            typed = plain->toPlainText();
        // A change refused because someone changed or deleted it meanwhile (MeetingEdits' conflict words).
        const bool conflict
            = message.contains(tr("since you last saw it")) || message.contains(tr("somewhere else"));
        if (!typed.trimmed().isEmpty() && conflict) {
            QApplication::clipboard()->setText(typed);
            text += u" "_s + tr("What you typed is on the clipboard: paste it back with Ctrl+V.");
        }
    }
    m_ui->problem->setText(text);
    m_ui->problem->show();
    askForRoom();
    Q_EMIT problem(text);
}

void MeetingEditor::askForRoom()
{
    // A message shown above the tabs needs more height. The splitter that holds the editor does not pass
    // that on by itself, so the page would squeeze the fields (at 200 % text, past readability) rather
    // than grow and scroll: tell it.
    if (QWidget *holder = parentWidget())
        holder->updateGeometry();
}

void MeetingEditor::tell(const QString &message)
{
    m_ui->problem->setText(message);
    m_ui->problem->show();
    askForRoom();
    Q_EMIT problem(message);
}

void MeetingEditor::flush()
{
    for (EditorPane *pane : panes())
        pane->flush();
    // A cell still being edited: its editor hands the text over as it loses focus.
    QWidget *focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus)) {
        const auto views = findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views)
            if (focus->parentWidget() == view->viewport())
                focus->clearFocus();
    }
}

void MeetingEditor::reload()
{
    if (!m_document)
        return;
    m_watcher->poll(); // our own reload has seen everything up to now
    reloadDetails();
    showWhoMayChange();
    for (EditorPane *pane : panes())
        pane->reload();
    applyReadOnly();
}

void MeetingEditor::reloadDetails()
{
    const qint64 id = meetingId();
    const std::optional<MeetingSummary> meeting = MeetingList(m_database).summary(id);
    if (!meeting) {
        // A server that does not answer has not deleted anything: the window's banner says it is away, and
        // what is shown stays until it answers.
        if (!m_database.ping())
            return;
        m_ui->heading->setText(tr("This meeting was deleted somewhere else."));
        setEnabled(false);
        return;
    }
    setEnabled(true); // there again (an undo put it back), or the server answers again
    // The people's names are right, whatever the spelling dictionary says.
    QStringList names { meeting->facilitator };
    for (const Attendee &a : MeetingList(m_database).people(id))
        names << a.name << a.organisation;
    PlainEnglishAssist::setMeetingNames(names);
    const QString date = DisplayFormat::date(meeting->date);
    m_ui->heading->setText(meeting->series.isEmpty()
                               ? tr("%1 — %2").arg(meeting->title, date)
                               : tr("%1 — %2 — %3").arg(meeting->title, date, meeting->series));
}

void MeetingEditor::changeStatus(qint64 actionId)
{
    if (actionId == 0 || !m_document)
        return;
    const std::optional<ActionRow> action = ActionRepository(m_database).find(actionId);
    if (!action)
        return;
    StatusDialog dialog(action->text, action->status, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setStatus(actionId, dialog.status(), dialog.note());
}

} // namespace Coproduce
