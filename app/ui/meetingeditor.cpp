// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingeditor.h"

#include "ui_meetingeditor.h"

#include "accessiblenames.h"
#include "autosave.h"
#include "chartercheckpane.h"
#include "columnshares.h"
#include "detailspane.h"
#include "displayformat.h"
#include "fieldbinding.h"
#include "focusmove.h"
#include "ladderpane.h"
#include "ladderwidget.h"
#include "lasttimepane.h"
#include "meetingdocument.h"
#include "plainenglishassist.h"
#include "polltable.h"
#include "readonlyview.h"
#include "statusdialog.h"
#include "tabfold.h"
#include "theme.h"

#include "core/changewatcher.h"
#include "core/charterrepository.h"
#include "core/database.h"
#include "core/vocabulary.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QSqlQuery>
#include <QStyle>
#include <QTabBar>
#include <QTimer>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QList<QPair<QVariant, QString>> choicesOf(const QStringList &ids, QString (*label)(const QString &))
{
    QList<QPair<QVariant, QString>> choices;
    for (const QString &id : ids)
        choices.append({ id, label(id) });
    return choices;
}

QString shortened(const QString &text, int words)
{
    const QStringList all = text.simplified().split(u' ');
    return all.size() <= words ? all.join(u' ') : all.mid(0, words).join(u' ') + u"…"_s;
}

} // namespace

MeetingEditor::MeetingEditor(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingEditor>())
    , m_database(database)
{
    m_ui->setupUi(this);
    AccessibleNames::nameInnerFields(this);
    m_ui->problem->setStyleSheet(Theme::problemStyle());
    m_ui->activitySplitter->setStretchFactor(0, 1);
    m_ui->activitySplitter->setStretchFactor(1, 4);
    m_ui->activitySplitter->setSizes({ 260, 1000 });
    // The ladder and the poll sit beside the activity when there is room for both, and become tabs of
    // it when there is not (a projector's 1024 pixels, or large text).
    // Who said it is read before Enter is pressed: the choice keeps its whole width.
    m_ui->contributionBy->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_fold = new TabFold(
        m_ui->activityPane, m_ui->itemTabs, m_ui->ladderPane->tabs(),
        [this] { return widthForLadderBeside(); }, m_ui->ladderPane);
    m_ui->raisedByCombo->addItem(tr("Nobody in particular"), QString());
    for (const QString &role : Vocabulary::roles())
        m_ui->raisedByCombo->addItem(Vocabulary::roleLabel(role), role);

    m_watcher = new ChangeWatcher(database, 1000, this);
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this, &MeetingEditor::scheduleReload);
    setUpEntryActions();
    setUpControls();
    setUpPlainEnglish();
    setEnabled(false);
}

void MeetingEditor::setUpPlainEnglish()
{
    PlainEnglishAssist::attach(m_ui->notesEdit, TextCheck::Mode::Formal, m_ui->notesBadge);
    for (QLineEdit *entry :
         { m_ui->contributionEntry, m_ui->decisionEntry, m_ui->commitmentEntry, m_ui->actionEntry })
        PlainEnglishAssist::attach(entry, TextCheck::Mode::Formal);
    // The whole meeting's score, after a pause in changes: it reads every row.
    m_plainTimer.setSingleShot(true);
    m_plainTimer.setInterval(400);
    connect(&m_plainTimer, &QTimer::timeout, this, &MeetingEditor::updatePlainBadge);
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
    qDeleteAll(m_activityFields);
    for (EditorPane *pane : panes())
        pane->setDocument(nullptr);
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
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT charter_id FROM meetings WHERE id = ?"_s);
    q.addBindValue(meetingId);
    if (!q.exec() || !q.next())
        return false;
    m_charter = CharterRepository(m_database).find(q.value(0).toString()).value_or(Charter());

    // The old document's fields and tables are rebuilt around the new one.
    qDeleteAll(m_activityFields);
    m_activityFields.clear();
    m_document = std::make_unique<MeetingDocument>(m_database, meetingId);
    for (EditorPane *pane : panes())
        pane->setDocument(m_document.get()); // before anything below reloads them
    connect(m_document.get(), &MeetingDocument::changed, this, [this] {
        m_ui->problem->hide();
        scheduleReload();
        m_plainTimer.start();
    });
    connect(m_document.get(), &MeetingDocument::problem, this, &MeetingEditor::showProblem);
    m_activityId = 0;
    setUpTables();
    setUpFields();
    m_ui->checkTab->setCharter(m_charter);
    m_ui->sections->show();
    setEnabled(true);
    m_ui->problem->hide();
    reload();
    m_ui->activityTable->setCurrentId(m_ui->activityTable->idAt(0));
    selectActivity(m_ui->activityTable->currentId());
    updatePlainBadge();
    return true;
}

void MeetingEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    ReadOnlyView::apply(m_ui->sections, readOnly);
}

void MeetingEditor::focusDetails()
{
    m_ui->sections->setCurrentWidget(m_ui->detailsTab);
    m_ui->detailsTab->firstField()->setFocus(Qt::OtherFocusReason);
}

void MeetingEditor::close()
{
    flush();
    qDeleteAll(m_activityFields);
    m_activityFields.clear();
    for (EditorPane *pane : panes())
        pane->setDocument(nullptr);
    m_document.reset();
    m_activityId = 0;
    m_ui->sections->hide(); // what is in them belonged to the meeting that is gone
    m_ui->problem->hide();
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

int MeetingEditor::widthForLadderBeside() const
{
    const int em = fontMetrics().averageCharWidth();
    // The activity's column: the widest of its tables' headings, its own tabs' names and an entry line
    // with its "said by" choice; the ladder's column: its rung names with room for a chip.
    int tabs = 0;
    for (int i = 0; i <= m_ui->itemTabs->indexOf(m_ui->actionsTab); ++i)
        tabs += m_ui->itemTabs->tabBar()->tabRect(i).width();
    int activity = qMax(tabs + 2 * em, 48 * em);
    for (const RowTable *table :
         { m_ui->contributionTable, m_ui->decisionTable, m_ui->commitmentTable, m_ui->actionTable })
        activity = qMax(activity, table->leastWidth() + 4 * em);
    // Beside the activity the ladder is as tall as the pane: it needs the width to say each rung's
    // meaning in a line or two, else it is better as a tab of its own under the notes.
    const int ladder = m_ui->ladderPane->minimumWidth();
    return activity + ladder + m_ui->activityPaneLayout->spacing();
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
    // The row tables share their width in these proportions and wrap their words, rather than scroll
    // sideways and hide Status, Answers and Easy read on a small screen.
    m_ui->activityTable->setColumnShares({ 30 });
    m_ui->contributionTable->setColumnShares({ 44, 16 });
    m_ui->decisionTable->setColumnShares({ 44, 16, 30 });
    m_ui->commitmentTable->setColumnShares({ 40, 16, 20 });
    m_ui->actionTable->setColumnShares({ 34, 14, 12, 12, 20, 30 });
    if (m_fold)
        m_fold->refit();
}

void MeetingEditor::setUpTables()
{
    MeetingDocument *doc = m_document.get();
    using E = RowColumn::Editor;
    m_ui->activityTable->setup(
        doc, RowKind::Activity,
        { { Field::ActivityTitle, tr("Activity"), E::Text, {}, tr("The activity's title") } });
    m_ui->activityTable->setEntry(m_ui->activityEntry);
    m_ui->activityTable->setParentId(meetingId());
    connect(m_ui->activityTable, &RowTable::currentIdChanged, this, &MeetingEditor::selectActivity,
            Qt::UniqueConnection);

    // Words, not a dash, for "none": on Linux a screen reader announces a choice box by what it shows.
    QList<QPair<QVariant, QString>> roleOrNobody { { QString(), tr("no role") } };
    roleOrNobody += choicesOf(Vocabulary::roles(), &Vocabulary::roleLabel);
    m_ui->contributionTable->setup(
        doc, RowKind::Contribution,
        { { Field::ContributionText, tr("What was said"), E::Text, {}, tr("In their words") },
          { Field::ContributionAttendee, tr("Who"), E::Choice, {}, tr("The person who said it") },
          { Field::ContributionRole, tr("Or a role"), E::Choice, roleOrNobody,
            tr("When nobody is named: which group said it") } });
    m_ui->contributionTable->setEntry(m_ui->contributionEntry);
    m_ui->contributionTable->setCheck(0, RowColumn::Check::Formal);
    m_ui->contributionTable->setDefaults([this] {
        const QString by = m_ui->contributionBy->currentData().toString();
        if (by.startsWith(u"a:"))
            return QVariantMap { { u"attendee_id"_s, by.mid(2).toLongLong() } };
        return QVariantMap { { u"by_role"_s, by.mid(2) } };
    });

    m_ui->decisionTable->setup(doc, RowKind::Decision,
                               { { Field::DecisionText, tr("Decision"), E::Text, {}, tr("What was decided") },
                                 { Field::DecisionMade, tr("Where"), E::Choice,
                                   choicesOf(Vocabulary::decisionMade(), &Vocabulary::madeLabel),
                                   tr("Made in this meeting, or made elsewhere and only reported here") },
                                 { Field::DecisionEasyRead,
                                   tr("Easy read"),
                                   E::Text,
                                   {},
                                   tr("The decision in short, plain words") } });
    m_ui->decisionTable->setEntry(m_ui->decisionEntry);
    m_ui->decisionTable->setCheck(0, RowColumn::Check::Formal);
    m_ui->decisionTable->setCheck(2, RowColumn::Check::EasyRead, 0);

    QList<QPair<QVariant, QString>> principles { { QString(), tr("no principle") } };
    for (const Principle &p : std::as_const(m_charter.principles))
        principles.append({ p.id, p.title });
    m_ui->commitmentTable->setup(
        doc, RowKind::Commitment,
        { { Field::CommitmentText, tr("Commitment"), E::Text, {}, tr("What will be done") },
          { Field::CommitmentBy, tr("By whom"), E::Text, {}, tr("The group or person committing") },
          { Field::CommitmentPrinciple, tr("Principle"), E::Choice, principles,
            tr("The charter principle this commitment serves") } });
    m_ui->commitmentTable->setEntry(m_ui->commitmentEntry);
    m_ui->commitmentTable->setCheck(0, RowColumn::Check::Formal);

    m_ui->actionTable->setup(
        doc, RowKind::Action,
        { { Field::ActionText, tr("Action"), E::Text, {}, tr("What will be done") },
          { Field::ActionOwner, tr("Who"), E::Text, {}, tr("Who will do it") },
          { Field::ActionDue, tr("By when"), E::Date, {}, DisplayFormat::dateHint() },
          { Field::ActionStatus, tr("Status"), E::Status, {}, tr("Press Enter to change the status") },
          { Field::ActionRespondsTo,
            tr("Answers"),
            E::Choice,
            {},
            tr("What someone said that this action answers") },
          { Field::ActionEasyRead, tr("Easy read"), E::Text, {}, tr("The action in short, plain words") } });
    m_ui->actionTable->setEntry(m_ui->actionEntry);
    m_ui->actionTable->setCheck(0, RowColumn::Check::Formal);
    m_ui->actionTable->setCheck(5, RowColumn::Check::EasyRead, 0);
    connect(m_ui->actionTable, &RowTable::statusRequested, this, &MeetingEditor::changeStatus,
            Qt::UniqueConnection);

    fitToFont();
}

void MeetingEditor::setUpFields()
{
    const FieldBinding activity { [this] { return m_document.get(); }, [this] { return m_activityId; },
                                  [this](const QString &message) { showProblem(message); } };
    m_activityFields << activity.bind(m_ui->activityTitleEdit, Field::ActivityTitle, tr("Activity title"));
    m_activityFields << new AutoSave(
        m_ui->notesEdit,
        [this](const QString &before, const QString &text) {
            return m_activityId == 0
                || m_document->changeValue(Field::ActivityNotes, m_activityId, before, text, tr("Notes"));
        },
        [this] {
            return m_activityId ? m_document->edits().value(Field::ActivityNotes, m_activityId).toString()
                                : QString();
        });
}

void MeetingEditor::setUpControls()
{
    // Wired once, in the constructor: these read the open document when they fire.
    connect(m_ui->raisedByCombo, &QComboBox::activated, this, [this] {
        if (m_activityId)
            m_document->setValue(Field::ActivityRaisedBy, m_activityId,
                                 m_ui->raisedByCombo->currentData().toString(), tr("Raised by"));
    });
    connect(m_ui->ladderPane, &LadderPane::presentRequested, this,
            [this](bool poll) { Q_EMIT presentLadder(m_activityId, poll); });
    connect(m_ui->ladderPane, &EditorPane::problem, this, &MeetingEditor::showProblem);
    connect(m_ui->actionStatusButton, &QPushButton::clicked, this,
            [this] { changeStatus(m_ui->actionTable->currentId()); });
    // The panes with their own forms.
    connect(m_ui->lastTimeTab, &LastTimePane::statusRequested, this, &MeetingEditor::changeStatus);
    connect(m_ui->lastTimeTab, &LastTimePane::countChanged, this, [this](int count) {
        m_ui->sections->setTabText(m_ui->sections->indexOf(m_ui->lastTimeTab),
                                   count == 0 ? tr("Actions from &last time")
                                              : tr("Actions from &last time (%1)").arg(count));
    });
    connect(m_ui->checkTab, &EditorPane::problem, this, &MeetingEditor::showProblem);
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
    return { m_ui->detailsTab, m_ui->ladderPane, m_ui->lastTimeTab, m_ui->checkTab };
}

void MeetingEditor::present()
{
    if (m_activityId)
        Q_EMIT presentLadder(m_activityId, m_ui->ladderPane->pollShown());
}

void MeetingEditor::setUpEntryActions()
{
    addEntryAction(tr("Add a &person"), QKeySequence(u"Ctrl+Shift+P"_s), tr("Type a name and press Enter"),
                   m_ui->detailsTab->personEntry());
    addEntryAction(tr("Add an acti&vity"), QKeySequence(u"Ctrl+Shift+N"_s),
                   tr("Type the activity's title and press Enter"), m_ui->activityEntry);
    addEntryAction(tr("&Notes"), QKeySequence(u"Ctrl+Shift+O"_s), tr("Write notes for the chosen activity"),
                   m_ui->notesEdit);
    addEntryAction(tr("Add what someone &said"), QKeySequence(u"Ctrl+Shift+C"_s),
                   tr("Type what someone said and press Enter"), m_ui->contributionEntry);
    addEntryAction(tr("Add a &decision"), QKeySequence(u"Ctrl+Shift+D"_s),
                   tr("Type the decision and press Enter"), m_ui->decisionEntry);
    addEntryAction(tr("Add a &commitment"), QKeySequence(u"Ctrl+Shift+K"_s),
                   tr("Type the commitment and press Enter"), m_ui->commitmentEntry);
    addEntryAction(tr("Add an &action"), QKeySequence(u"Ctrl+Shift+A"_s),
                   tr("Type the action and press Enter"), m_ui->actionEntry);
    addEntryAction(tr("Rate on the &ladder"), QKeySequence(u"Ctrl+Shift+L"_s),
                   tr("Up and Down choose a rung, Left and Right change whose view"),
                   m_ui->ladderPane->ladder());
    addEntryAction(tr("Count the &room poll"), QKeySequence(u"Ctrl+Shift+R"_s),
                   tr("How many people put the activity on each rung: type a number, or + and -"),
                   m_ui->ladderPane->pollTable());
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
        if (!typed.trimmed().isEmpty() && message.contains(tr("somewhere else"))) {
            QApplication::clipboard()->setText(typed);
            text += u" "_s + tr("What you typed is on the clipboard: paste it back with Ctrl+V.");
        }
    }
    m_ui->problem->setText(text);
    m_ui->problem->show();
    Q_EMIT problem(text);
}

void MeetingEditor::flush()
{
    for (AutoSave *save : std::as_const(m_activityFields))
        save->flush();
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
    reloadPeopleChoices();
    const qint64 activity = m_activityId;
    m_ui->activityTable->reload();
    if (m_ui->activityTable->currentId() != activity)
        selectActivity(m_ui->activityTable->currentId());
    else
        reloadActivity();
    for (EditorPane *pane : panes())
        pane->reload();
    if (m_readOnly)
        ReadOnlyView::apply(m_ui->sections, true); // fields just made, and buttons a reload enabled
}

void MeetingEditor::reloadDetails()
{
    const qint64 id = meetingId();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT m.title, m.date, s.name FROM meetings m "
              "LEFT JOIN series s ON s.id = m.series_id WHERE m.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_ui->heading->setText(tr("This meeting was deleted somewhere else."));
        setEnabled(false);
        return;
    }
    const QString series = q.value(2).toString();
    m_ui->heading->setText(
        series.isEmpty()
            ? tr("%1 — %2").arg(q.value(0).toString(), DisplayFormat::date(q.value(1).toString()))
            : tr("%1 — %2 — %3")
                  .arg(q.value(0).toString(), DisplayFormat::date(q.value(1).toString()), series));
}

void MeetingEditor::reloadPeopleChoices()
{
    const auto people = m_document->edits().rows(RowKind::Attendee, meetingId(),
                                                 { Field::AttendeeName, Field::AttendeeRole });
    QList<QPair<QVariant, QString>> attendees { { QVariant(), tr("nobody named") } };
    const QString chosen = m_ui->contributionBy->currentData().toString();
    const QSignalBlocker blocker(m_ui->contributionBy);
    m_ui->contributionBy->clear();
    for (const auto &person : people) {
        attendees.append({ person.first, person.second.at(0).toString() });
        m_ui->contributionBy->addItem(
            tr("%1 (%2)").arg(person.second.at(0).toString(),
                              Vocabulary::roleLabel(person.second.at(1).toString())),
            QString(u"a:"_s + QString::number(person.first)));
    }
    // "a parent carer", "the facilitator", "someone": each role's own phrase ("a other" once).
    for (const QString &role : Vocabulary::roles())
        m_ui->contributionBy->addItem(Vocabulary::rolePhrase(role), QString(u"r:"_s + role));
    m_ui->contributionBy->setCurrentIndex(
        qMax(0, m_ui->contributionBy->findData(chosen.isEmpty() ? u"r:parent-carer"_s : chosen)));
    m_ui->contributionTable->setChoices(1, attendees);
}

void MeetingEditor::selectActivity(qint64 activityId)
{
    if (activityId == m_activityId)
        return;
    for (AutoSave *save : std::as_const(m_activityFields))
        save->flush(); // to the activity they were typed for
    m_activityId = activityId;
    reloadActivity();
}

void MeetingEditor::reloadActivity()
{
    const bool has = m_activityId != 0;
    m_ui->activityPane->setEnabled(has);
    for (AutoSave *save : std::as_const(m_activityFields))
        save->refresh();
    const QString raisedBy
        = has ? m_document->edits().value(Field::ActivityRaisedBy, m_activityId).toString() : QString();
    m_ui->raisedByCombo->setCurrentIndex(qMax(0, m_ui->raisedByCombo->findData(raisedBy)));

    // What the activity's actions can answer: what was said in it.
    QList<QPair<QVariant, QString>> said { { QVariant(), tr("nothing said") } };
    if (has)
        for (const auto &c :
             m_document->edits().rows(RowKind::Contribution, m_activityId, { Field::ContributionText }))
            said.append({ c.first, shortened(c.second.at(0).toString(), 8) });
    m_ui->actionTable->setChoices(4, said);
    for (RowTable *table :
         { m_ui->contributionTable, m_ui->decisionTable, m_ui->commitmentTable, m_ui->actionTable })
        table->setParentId(m_activityId);

    m_ui->ladderPane->setActivity(m_activityId);
}

void MeetingEditor::changeStatus(qint64 actionId)
{
    if (actionId == 0 || !m_document)
        return;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT text, status FROM actions WHERE id = ?"_s);
    q.addBindValue(actionId);
    if (!q.exec() || !q.next())
        return;
    StatusDialog dialog(q.value(0).toString(), q.value(1).toString(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setStatus(actionId, dialog.status(), dialog.note());
}

} // namespace Coproduce
