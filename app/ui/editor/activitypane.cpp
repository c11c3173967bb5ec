// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/activitypane.h"
#include "ui_activitypane.h"

#include "ui/autosave.h"
#include "ui/displayformat.h"
#include "ui/editor/fieldbinding.h"
#include "ui/editor/ladderpane.h"
#include "ui/editor/meetingdocument.h"
#include "ui/editor/rowtable.h"
#include "ui/editor/tabfold.h"
#include "ui/plainenglishassist.h"

#include "core/vocabulary.h"

#include <QEvent>
#include <QTabBar>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QString shortened(const QString &text, int words)
{
    const QStringList all = text.simplified().split(u' ');
    return all.size() <= words ? all.join(u' ') : all.mid(0, words).join(u' ') + u"…"_s;
}

} // namespace

ActivityPane::ActivityPane(QWidget *parent)
    : EditorPane(parent)
    , m_ui(std::make_unique<Ui::ActivityPane>())
{
    m_ui->setupUi(this);
    m_ui->activitySplitter->setStretchFactor(0, 1);
    m_ui->activitySplitter->setStretchFactor(1, 4);
    m_ui->activitySplitter->setSizes({ 260, 1000 });
    // Who said it is read before Enter is pressed: the choice keeps its whole width.
    m_ui->contributionBy->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    // The ladder and the poll sit beside the activity when there is room for both, and become tabs of
    // it when there is not (a projector's 1024 pixels, or large text).
    m_fold = new TabFold(
        m_ui->activityPane, m_ui->itemTabs, m_ui->ladderPane->tabs(),
        [this] { return widthForLadderBeside(); }, m_ui->ladderPane);
    m_ui->raisedByCombo->addItem(tr("Nobody in particular"), QString());
    for (const QString &role : Vocabulary::roles())
        m_ui->raisedByCombo->addItem(Vocabulary::roleLabel(role), role);

    PlainEnglishAssist::attach(m_ui->notesEdit, TextCheck::Mode::Formal, m_ui->notesBadge);
    for (QLineEdit *entry :
         { m_ui->contributionEntry, m_ui->decisionEntry, m_ui->commitmentEntry, m_ui->actionEntry })
        PlainEnglishAssist::attach(entry, TextCheck::Mode::Formal);

    // Bound once: they read the open document and the chosen activity when they save.
    const FieldBinding activity { [this] { return m_document; }, [this] { return m_activityId; },
                                  [this](const QString &message) { Q_EMIT problem(message); } };
    m_fields << activity.bind(m_ui->activityTitleEdit, Field::ActivityTitle, tr("Activity title"));
    m_fields << new AutoSave(
        m_ui->notesEdit,
        [this](const QString &before, const QString &text) {
            return !m_document || m_activityId == 0
                || m_document->changeValue(Field::ActivityNotes, m_activityId, before, text, tr("Notes"));
        },
        [this] {
            return m_document && m_activityId
                ? m_document->edits().value(Field::ActivityNotes, m_activityId).toString()
                : QString();
        });

    connect(m_ui->raisedByCombo, &QComboBox::activated, this, [this] {
        if (m_document && m_activityId)
            m_document->setValue(Field::ActivityRaisedBy, m_activityId,
                                 m_ui->raisedByCombo->currentData().toString(), tr("Raised by"));
    });
    connect(m_ui->activityTable, &RowTable::currentIdChanged, this, &ActivityPane::selectActivity);
    connect(m_ui->actionTable, &RowTable::statusRequested, this, &ActivityPane::statusRequested);
    connect(m_ui->actionStatusButton, &QPushButton::clicked, this,
            [this] { Q_EMIT statusRequested(m_ui->actionTable->currentId()); });
    connect(m_ui->ladderPane, &EditorPane::problem, this, &EditorPane::problem);
}

ActivityPane::~ActivityPane()
{
    // Gone before the fields are: a field losing focus while QWidget tears it down would otherwise save
    // through a pane that has stopped being one.
    qDeleteAll(m_fields);
}

LadderPane *ActivityPane::ladderPane() const
{
    return m_ui->ladderPane;
}

bool ActivityPane::folded() const
{
    return m_fold->folded();
}

QWidget *ActivityPane::activityEntry() const
{
    return m_ui->activityEntry;
}

QWidget *ActivityPane::notes() const
{
    return m_ui->notesEdit;
}

QWidget *ActivityPane::contributionEntry() const
{
    return m_ui->contributionEntry;
}

QWidget *ActivityPane::decisionEntry() const
{
    return m_ui->decisionEntry;
}

QWidget *ActivityPane::commitmentEntry() const
{
    return m_ui->commitmentEntry;
}

QWidget *ActivityPane::actionEntry() const
{
    return m_ui->actionEntry;
}

void ActivityPane::setDocument(MeetingDocument *document)
{
    for (AutoSave *save : std::as_const(m_fields))
        save->flush(); // to the meeting they were typed for
    EditorPane::setDocument(document);
    m_ui->ladderPane->setDocument(document);
    m_activityId = 0;
    m_ui->ladderPane->setActivity(0);
    if (document)
        setUpTables();
}

void ActivityPane::selectFirst()
{
    m_ui->activityTable->setCurrentId(m_ui->activityTable->idAt(0));
    selectActivity(m_ui->activityTable->currentId());
}

void ActivityPane::reload()
{
    if (!m_document)
        return;
    reloadPeopleChoices();
    const qint64 activity = m_activityId;
    m_ui->activityTable->reload();
    if (m_ui->activityTable->currentId() != activity)
        selectActivity(m_ui->activityTable->currentId());
    else
        reloadActivity();
}

void ActivityPane::flush()
{
    for (AutoSave *save : std::as_const(m_fields))
        save->flush();
}

void ActivityPane::changeEvent(QEvent *event)
{
    EditorPane::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitToFont(); // the zoom setting changed the text size
}

void ActivityPane::fitToFont()
{
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

int ActivityPane::widthForLadderBeside() const
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

void ActivityPane::setUpTables()
{
    MeetingDocument *doc = m_document;
    using E = RowColumn::Editor;
    // Quiet while the tables are made: an activity is chosen once they all are (selectFirst()).
    const QSignalBlocker quiet(m_ui->activityTable);
    m_ui->activityTable->setup(
        doc, RowKind::Activity,
        { { Field::ActivityTitle, tr("Activity"), E::Text, {}, tr("The activity's title") } });
    m_ui->activityTable->setEntry(m_ui->activityEntry);
    m_ui->activityTable->setParentId(m_document->meetingId());

    // Words, not a dash, for "none": on Linux a screen reader announces a choice box by what it shows.
    QList<QPair<QVariant, QString>> roleOrNobody { { QString(), tr("no role") } };
    roleOrNobody += RowColumn::choicesOf(Vocabulary::roles(), &Vocabulary::roleLabel);
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
                                   RowColumn::choicesOf(Vocabulary::decisionMade(), &Vocabulary::madeLabel),
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

    fitToFont();
}

void ActivityPane::reloadPeopleChoices()
{
    const auto people = m_document->edits().rows(RowKind::Attendee, m_document->meetingId(),
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

void ActivityPane::selectActivity(qint64 activityId)
{
    if (activityId == m_activityId)
        return;
    for (AutoSave *save : std::as_const(m_fields))
        save->flush(); // to the activity they were typed for
    m_activityId = activityId;
    reloadActivity();
}

void ActivityPane::reloadActivity()
{
    const bool has = m_activityId != 0;
    m_ui->activityPane->setEnabled(has);
    for (AutoSave *save : std::as_const(m_fields))
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

} // namespace Coproduce
