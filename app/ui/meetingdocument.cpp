// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingdocument.h"

#include "changevaluecommand.h"
#include "chartercheckcommand.h"
#include "moverowcommand.h"
#include "pollcommand.h"
#include "ratingcommand.h"
#include "rowcommand.h"
#include "statuscommand.h"

#include "core/actionrepository.h"
#include "core/database.h"
#include "core/vocabulary.h"

#include <QSqlQuery>

namespace Coproduce {

MeetingDocument::MeetingDocument(Database &database, qint64 meetingId, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_edits(database)
    , m_meetingId(meetingId)
{
}

bool MeetingDocument::report(MeetingEdits::Result result, const QString &error)
{
    return report(result == MeetingEdits::Result::Done, error);
}

bool MeetingDocument::report(bool ok, const QString &error)
{
    if (ok)
        Q_EMIT changed();
    else
        Q_EMIT problem(error);
    return ok;
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
            m_undoStack.beginMacro(tr("Change role"));
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
    QString error;
    const MeetingEdits::Result result = m_edits.setValue(field, rowId, old, value, &error);
    if (!what.isEmpty() && result != MeetingEdits::Result::Done)
        error = tr("%1: %2").arg(what, error);
    if (!report(result, error))
        return false;
    m_undoStack.push(new ChangeValueCommand(this, field, rowId, old, value));
    return true;
}

std::optional<qint64> MeetingDocument::addRow(RowKind kind, qint64 parentId, int position,
                                              const QVariantMap &values)
{
    QString error;
    const std::optional<qint64> id = m_edits.addRow(kind, parentId, position, values, &error);
    if (!report(id.has_value(), error))
        return std::nullopt;
    m_undoStack.push(RowCommand::added(this, kind, *id));
    return id;
}

bool MeetingDocument::removeRow(RowKind kind, qint64 id)
{
    QString error;
    std::optional<RowSnapshot> snapshot = m_edits.removeRow(kind, id, &error);
    if (!report(snapshot.has_value(), error))
        return false;
    m_undoStack.push(RowCommand::removed(this, std::move(*snapshot)));
    return true;
}

bool MeetingDocument::moveRow(RowKind kind, qint64 id, int position)
{
    const int from = int(m_edits.rowIds(kind, m_edits.parentOf(kind, id)).indexOf(id));
    if (from == position)
        return true;
    QString error;
    if (!report(m_edits.moveRow(kind, id, position, &error), error))
        return false;
    m_undoStack.push(new MoveRowCommand(this, kind, id, from, position));
    return true;
}

bool MeetingDocument::setRating(qint64 activityId, const QString &perspective, const QString &rung)
{
    const QString old = m_edits.rating(activityId, perspective);
    if (old == rung)
        return true;
    QString error;
    if (!report(m_edits.setRating(activityId, perspective, old, rung, &error), error))
        return false;
    m_undoStack.push(new RatingCommand(this, activityId, perspective, old, rung));
    return true;
}

bool MeetingDocument::setVotes(qint64 activityId, const QString &role, const QString &rung, int count)
{
    const int old = m_edits.votes(activityId, role, rung);
    if (old == count)
        return true;
    QString error;
    if (!report(m_edits.setVotes(activityId, role, rung, old, count, &error), error))
        return false;
    m_undoStack.push(new PollCommand(this, activityId, role, rung, old, count));
    return true;
}

bool MeetingDocument::setCharterCheck(const QString &principle, const QString &score, const QString &note)
{
    const QPair<QString, QString> old = m_edits.charterCheck(m_meetingId, principle);
    const QPair<QString, QString> check { score, score.isEmpty() ? QString() : note };
    if (old == check)
        return true;
    QString error;
    if (!report(m_edits.setCharterCheck(m_meetingId, principle, old, check, &error), error))
        return false;
    m_undoStack.push(new CharterCheckCommand(this, principle, old, check));
    return true;
}

bool MeetingDocument::setStatus(qint64 actionId, const QString &status, const QString &note)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT status, reason FROM actions WHERE id = ?"));
    q.addBindValue(actionId);
    if (!q.exec() || !q.next())
        return report(false, tr("This action is no longer there."));
    const StatusCommand::Change change { actionId, q.value(0).toString(), q.value(1).toString(), status,
                                         note,     QDate::currentDate() };
    auto command = std::make_unique<StatusCommand>(
        m_database, change, [this](bool ok, const QString &error) { return report(ok, error); });
    if (!command->done())
        return false;
    m_undoStack.push(command.release());
    return true;
}

} // namespace Coproduce
