// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingeditor.h"

#include "ui_meetingeditor.h"

#include "accessiblenames.h"
#include "autosave.h"
#include "columnshares.h"
#include "displayformat.h"
#include "faceicon.h"
#include "focusmove.h"
#include "meetingdocument.h"
#include "plainenglishassist.h"
#include "pollchart.h"
#include "readonlyview.h"
#include "statusdialog.h"
#include "tabfold.h"
#include "theme.h"

#include "core/actionrepository.h"
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
#include <QToolButton>

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
    m_ui->problem->setStyleSheet(u"QLabel { background: #fde7e5; color: #000000; border: 2px solid #a4000f; "
                                 "padding: 6px; }"_s);
    m_ui->divergence->setStyleSheet(u"QLabel { background: #fff3bf; color: #000000; border: 2px solid "
                                    "#7a5a00; padding: 6px; font-weight: bold; }"_s);
    m_ui->ladder->setShowsDivergence(false); // the label under it says it, wrapped and in bold
    m_ui->pollKey->setText(tr("Rungs: %1").arg(PollTable::key()));
    m_ui->activitySplitter->setStretchFactor(0, 1);
    m_ui->activitySplitter->setStretchFactor(1, 4);
    m_ui->activitySplitter->setSizes({ 260, 1000 });
    // The ladder and the poll sit beside the activity when there is room for both, and become tabs of
    // it when there is not (a projector's 1024 pixels, or large text).
    // Who said it is read before Enter is pressed: the choice keeps its whole width.
    m_ui->contributionBy->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_fold = new TabFold(m_ui->activityPane, m_ui->itemTabs, m_ui->ladderTabs,
                         [this] { return widthForLadderBeside(); });
    for (const QString &role : Vocabulary::roles())
        m_ui->attendeeRole->addItem(Vocabulary::roleLabel(role), role);
    m_ui->attendeeRole->setCurrentIndex(int(Vocabulary::roles().indexOf(u"parent-carer"_s)));
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
    // through this editor after it has stopped being one.
    qDeleteAll(m_meetingFields);
    qDeleteAll(m_activityFields);
    for (const CheckRow &row : std::as_const(m_checkRows))
        delete row.save;
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
    qDeleteAll(m_meetingFields);
    m_meetingFields.clear();
    qDeleteAll(m_activityFields);
    m_activityFields.clear();
    m_document = std::make_unique<MeetingDocument>(m_database, meetingId);
    connect(m_document.get(), &MeetingDocument::changed, this, [this] {
        m_ui->problem->hide();
        scheduleReload();
        m_plainTimer.start();
    });
    connect(m_document.get(), &MeetingDocument::problem, this, &MeetingEditor::showProblem);
    m_activityId = 0;
    setUpTables();
    setUpFields();
    setUpCharterCheck();
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
    m_ui->titleEdit->setFocus(Qt::OtherFocusReason);
}

void MeetingEditor::close()
{
    flush();
    qDeleteAll(m_meetingFields);
    m_meetingFields.clear();
    qDeleteAll(m_activityFields);
    m_activityFields.clear();
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
}

void MeetingEditor::styleCharterCheck()
{
    // One style sheet for the whole check (one per face cost 13 MB on the ten-year demo). A style sheet fixes
    // the font it was polished with: it says the size, so the check follows the zoom (its names and faces
    // stayed at 100 % while all round them grew).
    const QString size
        = font().pointSizeF() > 0 ? u"%1pt"_s.arg(font().pointSizeF()) : u"%1px"_s.arg(font().pixelSize());
    // The chosen face must be unmistakable from across the room, not a subtle sunken frame.
    QString css
        = u"QToolButton { padding: 4px 10px; border: 1px solid #6b6b6b; border-radius: 4px; font-size: %1; } "
          "QToolButton:checked { background: #1d3557; color: #ffffff; border: 3px solid #000000; "
          "font-weight: bold; } QLabel { padding-left: 6px; font-size: %1; }"_s.arg(size);
    for (QLabel *title : m_ui->checkRows->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly))
        if (const QColor colour(title->property("colour").toString()); colour.isValid())
            css += u" QLabel#%1 { border-left: 8px solid %2; }"_s.arg(title->objectName(), colour.name());
    if (m_ui->checkRows->styleSheet() != css)
        m_ui->checkRows->setStyleSheet(css);
    // 28 px at the normal size, and more with a larger text size or a larger system font.
    const int icon = qMax(28 * Theme::zoom() / 100, fontMetrics().height() * 7 / 4);
    for (const CheckRow &row : std::as_const(m_checkRows))
        for (QToolButton *face : row.faces)
            face->setIconSize(QSize(icon, icon));
}

int MeetingEditor::widthForLadderBeside() const
{
    const int em = fontMetrics().averageCharWidth();
    // The activity's column: the widest of its tables' headings, its own tabs' names and an entry line
    // with its "said by" choice; the ladder's column: its rung names with room for a chip.
    int tabs = 0;
    for (int i = 0; i < m_ui->itemTabs->count() && m_ui->itemTabs->widget(i) != m_ui->ratingsTab; ++i)
        tabs += m_ui->itemTabs->tabBar()->tabRect(i).width();
    int activity = qMax(tabs + 2 * em, 48 * em);
    for (const RowTable *table :
         { m_ui->contributionTable, m_ui->decisionTable, m_ui->commitmentTable, m_ui->actionTable })
        activity = qMax(activity, table->leastWidth() + 4 * em);
    // Beside the activity the ladder is as tall as the pane: it needs the width to say each rung's
    // meaning in a line or two, else it is better as a tab of its own under the notes.
    const int ladder = m_ui->ladderTabs->minimumWidth();
    return activity + ladder + m_ui->activityPaneLayout->spacing();
}

void MeetingEditor::fitToFont()
{
    styleCharterCheck();
    QFont heading = font();
    if (heading.pointSizeF() > 0)
        heading.setPointSizeF(heading.pointSizeF() * 1.4);
    else
        heading.setPixelSize(heading.pixelSize() * 7 / 5);
    heading.setBold(true);
    m_ui->heading->setFont(heading);
    // A style sheet fixes the font it was polished with: say the size, so the box follows the zoom.
    const QString size
        = font().pointSizeF() > 0 ? u"%1pt"_s.arg(font().pointSizeF()) : u"%1px"_s.arg(font().pixelSize());
    m_ui->accessNeedsBox->setStyleSheet(
        u"QGroupBox { font-weight: bold; font-size: %1; background: #fff3bf; color: #000000; "
        "border: 2px solid #7a5a00; margin-top: 1.4em; padding: 6px; } "
        "QGroupBox::title { subcontrol-origin: margin; left: 8px; } "
        "QLabel { font-weight: normal; font-size: %1; color: #000000; }"_s.arg(size));
    // Column widths in characters, so they grow with the text.
    const int em = fontMetrics().averageCharWidth();
    // The row tables share their width in these proportions and wrap their words, rather than scroll
    // sideways and hide Status, Answers and Easy read on a small screen.
    m_ui->activityTable->setColumnShares({ 30 });
    m_ui->attendeeTable->setColumnShares({ 22, 14, 16, 18, 26, 22 });
    m_ui->contributionTable->setColumnShares({ 44, 16 });
    m_ui->decisionTable->setColumnShares({ 44, 16, 30 });
    m_ui->commitmentTable->setColumnShares({ 40, 16, 20 });
    m_ui->actionTable->setColumnShares({ 34, 14, 12, 12, 20, 30 });
    m_ui->ladderTabs->setMinimumWidth(64 * em);
    if (m_fold)
        m_fold->refit();
}

void MeetingEditor::setUpTables()
{
    MeetingDocument *doc = m_document.get();
    using E = RowColumn::Editor;
    m_ui->attendeeTable->setup(
        doc, RowKind::Attendee,
        { { Field::AttendeeName, tr("Name"), E::Text, {}, tr("The person's name") },
          { Field::AttendeeRole, tr("Role"), E::Choice,
            choicesOf(Vocabulary::roles(), &Vocabulary::roleLabel), tr("Why they are here") },
          { Field::AttendeeAttendance, tr("Came?"), E::Choice,
            choicesOf(Vocabulary::attendances(), &Vocabulary::attendanceLabel),
            tr("Came, sent apologies or did not come") },
          { Field::AttendeeCredit, tr("In the minutes"), E::Choice,
            choicesOf(Vocabulary::credits(), &Vocabulary::creditLabel),
            tr("How the person wants to be credited in anything published") },
          { Field::AttendeeAccessNeeds, tr("Access needs"), E::Text, {}, tr("What they need to take part") },
          { Field::AttendeeOrganisation,
            tr("Organisation"),
            E::Text,
            {},
            tr("Where they work, if anywhere") } });
    m_ui->attendeeTable->setEntry(m_ui->attendeeEntry);
    m_ui->attendeeTable->setDefaults([this] {
        const QString role = m_ui->attendeeRole->currentData().toString();
        return QVariantMap { { u"role"_s, role }, { u"credit"_s, Vocabulary::defaultCredit(role) } };
    });
    m_ui->attendeeTable->setParentId(meetingId());

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

    m_ui->lastTimeTable->setColumnCount(5);
    m_ui->lastTimeTable->setHorizontalHeaderLabels(
        { tr("Action"), tr("Who"), tr("By when"), tr("Status"), tr("From the meeting on") });
    m_ui->lastTimeTable->verticalHeader()->hide();
    // One line a row, cut with "…" and whole in the tooltip: the list can be long.
    new ColumnShares(m_ui->lastTimeTable, { 44, 16, 12, 14, 18 }, false);
}

AutoSave *MeetingEditor::bind(QLineEdit *field, int fieldId, bool activityField, const QString &what)
{
    const Field f = Field(fieldId);
    const bool isDate = f == Field::MeetingDate;
    auto *save = new AutoSave(
        field,
        [this, f, activityField, isDate, what](const QString &before, const QString &text) {
            const qint64 row = activityField ? m_activityId : meetingId();
            if (row == 0)
                return true;
            QString value = text.trimmed();
            QString expected = before.trimmed();
            if (isDate) {
                const QDate date = DisplayFormat::parseDate(value);
                if (!date.isValid()) {
                    showProblem(tr("%1: \"%2\" is not a date. Write it as %3.")
                                    .arg(what, value, DisplayFormat::dateHint()));
                    return false;
                }
                value = date.toString(Qt::ISODate);
                expected = DisplayFormat::parseDate(expected).toString(Qt::ISODate);
            }
            return m_document->changeValue(f, row, expected, value, what);
        },
        [this, f, activityField, isDate] {
            const qint64 row = activityField ? m_activityId : meetingId();
            const QString stored = row ? m_document->edits().value(f, row).toString() : QString();
            return isDate ? DisplayFormat::date(stored) : stored;
        });
    (activityField ? m_activityFields : m_meetingFields) << save;
    return save;
}

void MeetingEditor::setUpFields()
{
    m_ui->dateEdit->setPlaceholderText(DisplayFormat::dateHint());
    bind(m_ui->titleEdit, int(Field::MeetingTitle), false, tr("Title"));
    bind(m_ui->dateEdit, int(Field::MeetingDate), false, tr("Date"));
    bind(m_ui->startEdit, int(Field::MeetingStart), false, tr("Start time"));
    bind(m_ui->endEdit, int(Field::MeetingEnd), false, tr("End time"));
    bind(m_ui->locationEdit, int(Field::MeetingLocation), false, tr("Where"));
    bind(m_ui->facilitatorEdit, int(Field::MeetingFacilitator), false, tr("Facilitator"));
    bind(m_ui->activityTitleEdit, int(Field::ActivityTitle), true, tr("Activity title"));
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
    connect(m_ui->ladder, &LadderWidget::ratingRequested, this,
            [this](const QString &perspective, const QString &rung) {
                if (m_activityId)
                    m_document->setRating(m_activityId, perspective, rung);
            });
    connect(m_ui->pollTable, &PollTable::countRequested, this,
            [this](const QString &role, const QString &rung, int count) {
                if (m_activityId)
                    m_document->setVotes(m_activityId, role, rung, count);
            });
    connect(m_ui->pollTable, &PollTable::problem, this, &MeetingEditor::showProblem);
    connect(m_ui->presentLadderButton, &QPushButton::clicked, this,
            [this] { Q_EMIT presentLadder(m_activityId, false); });
    connect(m_ui->presentPollButton, &QPushButton::clicked, this,
            [this] { Q_EMIT presentLadder(m_activityId, true); });
    connect(m_ui->actionStatusButton, &QPushButton::clicked, this,
            [this] { changeStatus(m_ui->actionTable->currentId()); });
    connect(m_ui->lastTimeStatusButton, &QPushButton::clicked, this, [this] {
        const QTableWidgetItem *item = m_ui->lastTimeTable->item(m_ui->lastTimeTable->currentRow(), 0);
        if (item)
            changeStatus(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_ui->lastTimeTable, &QTableWidget::cellActivated, this, [this](int row) {
        if (const QTableWidgetItem *item = m_ui->lastTimeTable->item(row, 0))
            changeStatus(item->data(Qt::UserRole).toLongLong());
    });
    const QList<QPair<QSpinBox *, Field>> heard { { m_ui->heardYes, Field::MeetingHeardYes },
                                                  { m_ui->heardPartly, Field::MeetingHeardPartly },
                                                  { m_ui->heardNo, Field::MeetingHeardNo } };
    for (const auto &pair : heard) {
        QSpinBox *spin = pair.first;
        const Field field = pair.second;
        connect(spin, &QSpinBox::valueChanged, this, [this, field](int value) {
            if (m_document)
                m_document->setValue(field, meetingId(), value < 0 ? QVariant() : QVariant(value),
                                     tr("Were you heard?"));
        });
    }
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

void MeetingEditor::present()
{
    if (m_activityId)
        Q_EMIT presentLadder(m_activityId, m_ui->pollTab->isVisibleTo(m_ui->activitiesTab));
}

void MeetingEditor::setUpEntryActions()
{
    addEntryAction(tr("Add a &person"), QKeySequence(u"Ctrl+Shift+P"_s), tr("Type a name and press Enter"),
                   m_ui->attendeeEntry);
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
                   tr("Up and Down choose a rung, Left and Right change whose view"), m_ui->ladder);
    addEntryAction(tr("Count the &room poll"), QKeySequence(u"Ctrl+Shift+R"_s),
                   tr("How many people put the activity on each rung: type a number, or + and -"),
                   m_ui->pollTable);
    addEntryAction(tr("Actions from last &time"), QKeySequence(u"Ctrl+Shift+B"_s),
                   tr("What happened to the actions from earlier meetings"), m_ui->lastTimeTable);
    // The first face itself (the rows are made when a meeting opens): Space chooses it at once.
    addEntryAction(tr("C&harter check"), QKeySequence(u"Ctrl+Shift+H"_s),
                   tr("How did we do against the charter?"), [this]() -> QWidget * {
                       return m_checkRows.isEmpty() || m_checkRows.first().faces.isEmpty()
                           ? static_cast<QWidget *>(m_ui->checkScroll)
                           : m_checkRows.first().faces.first();
                   });
}

void MeetingEditor::setUpCharterCheck()
{
    for (const CheckRow &row : std::as_const(m_checkRows)) {
        delete row.save;
        for (QToolButton *face : row.faces)
            delete face;
        delete row.note;
    }
    m_checkRows.clear();
    qDeleteAll(m_ui->checkRows->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly));
    int r = 0;
    for (const Principle &principle : std::as_const(m_charter.principles)) {
        CheckRow row;
        row.principle = principle.id;
        auto *title = new QLabel(principle.title, m_ui->checkRows);
        title->setWordWrap(true);
        title->setTextFormat(Qt::PlainText);
        title->setMinimumWidth(220);
        title->setObjectName(u"principle%1"_s.arg(r));
        title->setProperty("colour", principle.colour); // for the check's style sheet (styleCharterCheck())
        m_ui->checkGrid->addWidget(title, r, 0);
        int column = 1;
        for (const QString &score : Vocabulary::checkScores()) {
            auto *face = new QToolButton(m_ui->checkRows);
            face->setObjectName(u"face-"_s + principle.id + u"-"_s + score);
            face->setText(Vocabulary::checkScoreLabel(score));
            face->setIcon(FaceIcon::make(score));
            face->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            face->setCheckable(true);
            face->setFocusPolicy(Qt::StrongFocus);
            face->setMinimumSize(44, 44);
            face->setProperty("darkWhenChecked", true); // its focus ring is yellow then (TargetStyle)
            face->setAccessibleName(tr("%1: %2").arg(principle.title, Vocabulary::checkScoreLabel(score)));
            face->setAccessibleDescription(tr("Choose again to clear"));
            const QString principleId = principle.id;
            connect(face, &QToolButton::clicked, this, [this, principleId, score, face] {
                const auto current = m_document->edits().charterCheck(meetingId(), principleId);
                // Choosing the chosen face again clears the check.
                const QString next = current.first == score ? QString() : score;
                m_document->setCharterCheck(principleId, next, current.second);
                face->setChecked(next == score);
            });
            m_ui->checkGrid->addWidget(face, r, column++);
            row.faces << face;
        }
        row.note = new QLineEdit(m_ui->checkRows);
        row.note->setPlaceholderText(tr("A note (choose a face first)"));
        row.note->setAccessibleName(tr("Note on %1").arg(principle.title));
        PlainEnglishAssist::attach(row.note, TextCheck::Mode::Formal);
        const QString principleId = principle.id;
        row.save = new AutoSave(
            row.note,
            [this, principleId](const QString &, const QString &text) {
                const auto current = m_document->edits().charterCheck(meetingId(), principleId);
                if (current.first.isEmpty()) {
                    showProblem(tr("Choose yes, partly or not yet before writing a note, so the note "
                                   "says what it is about."));
                    return false;
                }
                return m_document->setCharterCheck(principleId, current.first, text);
            },
            [this, principleId] {
                return m_document->edits().charterCheck(meetingId(), principleId).second;
            });
        m_ui->checkGrid->addWidget(row.note, r, column);
        m_checkRows << row;
        ++r;
    }
    styleCharterCheck();
    m_ui->checkGrid->setColumnStretch(4, 1);
    m_ui->checkGrid->setRowStretch(r, 1);
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
    for (AutoSave *save : std::as_const(m_meetingFields))
        save->flush();
    for (AutoSave *save : std::as_const(m_activityFields))
        save->flush();
    for (const CheckRow &row : std::as_const(m_checkRows))
        row.save->flush();
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
    m_ui->attendeeTable->reload();
    const qint64 activity = m_activityId;
    m_ui->activityTable->reload();
    if (m_ui->activityTable->currentId() != activity)
        selectActivity(m_ui->activityTable->currentId());
    else
        reloadActivity();
    reloadLastTime();
    reloadCharterCheck();
    if (m_readOnly)
        ReadOnlyView::apply(m_ui->sections, true); // fields just made, and buttons a reload enabled
}

void MeetingEditor::reloadDetails()
{
    const qint64 id = meetingId();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT m.title, m.date, s.name, m.heard_yes, m.heard_partly, m.heard_no FROM meetings m "
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
    m_ui->checkIntro->setText(
        tr("How did we do against the charter (%1)? For each principle: yes, partly or not yet, "
           "and a note.")
            .arg(m_charter.name.isEmpty() ? tr("none chosen") : m_charter.name));
    const QList<QSpinBox *> spins { m_ui->heardYes, m_ui->heardPartly, m_ui->heardNo };
    for (int i = 0; i < spins.size(); ++i) {
        const QSignalBlocker blocker(spins.at(i));
        spins.at(i)->setValue(q.value(3 + i).isNull() ? -1 : q.value(3 + i).toInt());
    }
    for (AutoSave *save : std::as_const(m_meetingFields))
        save->refresh();

    // Access needs, prominently: everyone coming who said what they need.
    QString needs;
    const auto people = m_document->edits().rows(
        RowKind::Attendee, id,
        { Field::AttendeeName, Field::AttendeeRole, Field::AttendeeAttendance, Field::AttendeeAccessNeeds });
    for (const auto &person : people) {
        const QVariantList &v = person.second;
        if (v.at(3).toString().trimmed().isEmpty() || v.at(2).toString() != u"present")
            continue;
        needs += u"<p><b>"_s + v.at(0).toString().toHtmlEscaped() + u"</b> ("_s
            + Vocabulary::roleLabel(v.at(1).toString()).toHtmlEscaped() + u"): "_s
            + v.at(3).toString().toHtmlEscaped() + u"</p>"_s;
    }
    m_ui->accessNeeds->setText(needs.isEmpty() ? tr("Nobody coming has told us of an access need.") : needs);
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

    m_ui->ladder->setRatings(has ? m_document->edits().ratings(m_activityId) : QMap<QString, QString>());
    const LadderPoll poll = has ? m_document->edits().poll(m_activityId) : LadderPoll();
    m_ui->pollTable->setPoll(poll);
    m_ui->pollChart->setPoll(poll);
    const QString divergence = m_ui->ladder->divergenceText();
    m_ui->divergence->setText(divergence);
    m_ui->divergence->setVisible(!divergence.isEmpty());
}

void MeetingEditor::reloadLastTime()
{
    const QList<ActionRow> rows = ActionRepository(m_database).fromLastTime(meetingId());
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
    m_ui->sections->setTabText(m_ui->sections->indexOf(m_ui->lastTimeTab),
                               rows.isEmpty() ? tr("Actions from &last time")
                                              : tr("Actions from &last time (%1)").arg(rows.size()));
    m_ui->lastTimeStatusButton->setEnabled(!rows.isEmpty());
}

void MeetingEditor::reloadCharterCheck()
{
    for (const CheckRow &row : std::as_const(m_checkRows)) {
        const auto check = m_document->edits().charterCheck(meetingId(), row.principle);
        for (int i = 0; i < row.faces.size(); ++i)
            row.faces.at(i)->setChecked(Vocabulary::checkScores().at(i) == check.first);
        row.save->refresh();
    }
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
