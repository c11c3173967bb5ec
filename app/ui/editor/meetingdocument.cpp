// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/meetingdocument.h"

#include "ui/commands/changevaluecommand.h"
#include "ui/commands/changewords.h"
#include "ui/commands/chartercheckcommand.h"
#include "ui/commands/moverowcommand.h"
#include "ui/commands/pollcommand.h"
#include "ui/commands/ratingcommand.h"
#include "ui/commands/rowcommand.h"
#include "ui/commands/statuscommand.h"

#include "core/actionrepository.h"
#include "core/database.h"
#include "core/keptedits.h"
#include "core/vocabulary.h"

namespace Coproduce {

MeetingDocument::MeetingDocument(Database &database, qint64 meetingId, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_edits(database)
    , m_meetingId(meetingId)
{
}

QString MeetingDocument::rowLabel(RowKind kind, qint64 id) const
{
    const QString text = m_edits.value(ChangeWords::labelField(kind), id).toString();
    return text.trimmed().isEmpty() ? ChangeWords::thing(kind)
                                    : tr("%1 %2").arg(ChangeWords::thing(kind), ChangeWords::quote(text));
}

void MeetingDocument::nameValueChange(QUndoCommand *command, Field field, qint64 rowId,
                                      const QVariant &value) const
{
    const std::optional<RowKind> kind = ChangeWords::rowOf(field);
    const QString name = ChangeWords::field(field);
    const QString now = ChangeWords::quote(value.toString());
    if (kind && field == ChangeWords::labelField(*kind)) // "change decision to “…”"
        ChangeWords::name(command, tr("change %1 to %2").arg(ChangeWords::thing(*kind), now),
                          tr("changed %1 to %2").arg(ChangeWords::thing(*kind), now));
    else if (kind) { // "change the owner of action “…”"
        const QString what = rowLabel(*kind, rowId);
        ChangeWords::name(command, tr("change the %1 of %2").arg(name, what),
                          tr("changed the %1 of %2").arg(name, what));
    } else if (ChangeWords::isText(field)) // "change the title to “…”"
        ChangeWords::name(command, tr("change the %1 to %2").arg(name, now),
                          tr("changed the %1 to %2").arg(name, now));
    else
        ChangeWords::name(command, tr("change the %1").arg(name), tr("changed the %1").arg(name));
}

bool MeetingDocument::report(MeetingEdits::Result result, const QString &error)
{
    return report(result == MeetingEdits::Result::Done, error);
}

QString MeetingDocument::named(const QString &what, MeetingEdits::Result result, const QString &error)
{
    return what.isEmpty() || result == MeetingEdits::Result::Done ? error : tr("%1: %2").arg(what, error);
}

bool MeetingDocument::run(QUndoCommand *command)
{
    m_failed = false;
    m_undoStack.push(command); // its redo() writes; a write that fails makes it obsolete, and it is dropped
    return !m_failed;
}

bool MeetingDocument::report(bool ok, const QString &error)
{
    m_failed = m_failed || !ok;
    if (ok)
        Q_EMIT changed();
    else
        Q_EMIT problem(error);
    return ok;
}

bool MeetingDocument::keepForLater(Field field, qint64 rowId, const QVariant &expected, const QVariant &value)
{
    if (!m_database.isServer() || m_database.ping())
        return false; // the server answered: the change was refused, and the refusal is reported
    QString error;
    if (!KeptEdits(KeptEdits::defaultFolder(), m_database.path())
             .keep(KeptEdit::typed(field, rowId, expected, value, QDateTime::currentDateTime()), &error)) {
        Q_EMIT problem(error);
        return false;
    }
    Q_EMIT problem(
        tr("The area's server is not answering. What you typed is kept on this laptop, and will be "
           "saved when the server answers again (even if you close Coproduce meanwhile)."));
    return true;
}

bool MeetingDocument::keepRowForLater(RowKind kind, qint64 parentId, const QVariantMap &values)
{
    if (!m_database.isServer() || m_database.ping())
        return false;
    QString error;
    if (!KeptEdits(KeptEdits::defaultFolder(), m_database.path()).keepRow(kind, parentId, values, &error)) {
        Q_EMIT problem(error);
        return false;
    }
    // No undo step: there is no row yet to take away. The command is dropped, and addRow() says why.
    m_failed = true;
    m_keptRow = true;
    Q_EMIT problem(tr("The area's server is not answering. What you typed is kept on this laptop, and will "
                      "be added when the server answers again (even if you close Coproduce meanwhile)."));
    return true;
}

bool MeetingDocument::forgetKept(Field field, qint64 rowId)
{
    if (!m_database.isServer()
        || !KeptEdits(KeptEdits::defaultFolder(), m_database.path()).forget(field, rowId))
        return false;
    Q_EMIT changed();
    return true;
}

void MeetingDocument::storeKept()
{
    const KeptEdits::Outcome outcome = KeptEdits::storeFor(m_database);
    if (!outcome.refused.isEmpty())
        Q_EMIT problem(outcome.refused.join(u'\n'));
}

bool MeetingDocument::setValue(Field field, qint64 rowId, const QVariant &value, const QString &what)
{
    return changeValue(field, rowId, m_edits.value(field, rowId), value, what);
}

bool MeetingDocument::changeValue(Field field, qint64 rowId, const QVariant &old, const QVariant &value,
                                  const QString &what)
{
    if (old == value && old.isNull() == value.isNull())
        return true;
    // A person whose credit is still their role's default gets the new role's default with the new role, in
    // one undo step, when that is more private: a "parent carer" corrected to "young person" is left out, not
    // shown as "a young person". Never less private: a default looks the same as a wish someone made.
    if (field == Field::AttendeeRole) {
        const QVariant credit = m_edits.value(Field::AttendeeCredit, rowId);
        const QString follows = Vocabulary::defaultCredit(value.toString());
        const QStringList privateLast = Vocabulary::credits(); // named, role-only, anonymous
        if (credit.toString() == Vocabulary::defaultCredit(old.toString())
            && privateLast.indexOf(follows) > privateLast.indexOf(credit.toString())) {
            const QString who = rowLabel(RowKind::Attendee, rowId);
            m_undoStack.beginMacro(tr("changed the role of %1").arg(who) + u'\n'
                                   + tr("change the role of %1").arg(who));
            const bool both = applyValue(field, rowId, old, value, what)
                && applyValue(Field::AttendeeCredit, rowId, credit, follows, what);
            m_undoStack.endMacro();
            if (!both)
                m_undoStack.undo(); // all or nothing: the role alone would keep the old role's credit
            return both;
        }
    }
    return applyValue(field, rowId, old, value, what);
}

bool MeetingDocument::applyValue(Field field, qint64 rowId, const QVariant &old, const QVariant &value,
                                 const QString &what)
{
    auto *command = new ChangeValueCommand(this, field, rowId, old, value, what);
    nameValueChange(command, field, rowId, value);
    return run(command);
}

std::optional<qint64> MeetingDocument::addRow(RowKind kind, qint64 parentId, int position,
                                              const QVariantMap &values)
{
    m_keptRow = false;
    RowCommand *command = RowCommand::adding(this, kind, parentId, position, values);
    if (!run(command))
        return m_keptRow ? std::optional<qint64>(KeptForLater) : std::nullopt;
    return command->rowId(); // on the stack: run() said it was kept
}

bool MeetingDocument::removeRow(RowKind kind, qint64 id)
{
    return run(RowCommand::removing(this, kind, id));
}

bool MeetingDocument::moveRow(RowKind kind, qint64 id, int position)
{
    const int from = int(m_edits.rowIds(kind, m_edits.parentOf(kind, id)).indexOf(id));
    if (from == position)
        return true;
    auto *command = new MoveRowCommand(this, kind, id, from, position);
    const QString what = rowLabel(kind, id);
    ChangeWords::name(command, tr("move %1").arg(what), tr("moved %1").arg(what));
    return run(command);
}

bool MeetingDocument::setRating(qint64 activityId, const QString &perspective, const QString &rung)
{
    const QString old = m_edits.rating(activityId, perspective);
    if (old == rung)
        return true;
    auto *command = new RatingCommand(this, activityId, perspective, old, rung);
    const QString what = rowLabel(RowKind::Activity, activityId);
    const QString whose = Vocabulary::perspectiveLabel(perspective);
    ChangeWords::name(command, tr("rate %1 for %2").arg(what, whose), tr("rated %1 for %2").arg(what, whose));
    return run(command);
}

bool MeetingDocument::setVotes(qint64 activityId, const QString &role, const QString &rung, int count)
{
    const int old = m_edits.votes(activityId, role, rung);
    if (old == count)
        return true;
    auto *command = new PollCommand(this, activityId, role, rung, old, count);
    const QString what = rowLabel(RowKind::Activity, activityId);
    ChangeWords::name(command, tr("count the room's poll on %1").arg(what),
                      tr("counted the room's poll on %1").arg(what));
    return run(command);
}

bool MeetingDocument::setCharterCheck(const QString &principle, const QString &score, const QString &note)
{
    const QPair<QString, QString> old = m_edits.charterCheck(m_meetingId, principle);
    const QPair<QString, QString> check { score, score.isEmpty() ? QString() : note };
    if (old == check)
        return true;
    auto *command = new CharterCheckCommand(this, principle, old, check);
    ChangeWords::name(command, tr("mark the charter check"), tr("marked the charter check"));
    return run(command);
}

bool MeetingDocument::setStatus(qint64 actionId, const QString &status, const QString &note)
{
    const std::optional<ActionRow> action = ActionRepository(m_database).find(actionId);
    if (!action)
        return report(false, tr("This action is no longer there."));
    const StatusCommand::Change change { actionId, action->status, action->reason,
                                         status,   note,           QDate::currentDate() };
    return run(new StatusCommand(m_database, change,
                                 [this](bool ok, const QString &error) { return report(ok, error); }));
}

} // namespace Coproduce
