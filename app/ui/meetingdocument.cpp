// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingdocument.h"

#include "changevaluecommand.h"
#include "moverowcommand.h"
#include "ratingcommand.h"
#include "rowcommand.h"

namespace Coproduce {

MeetingDocument::MeetingDocument(Database &database, qint64 meetingId, QObject *parent)
    : QObject(parent)
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

bool MeetingDocument::setValue(Field field, qint64 rowId, const QVariant &value)
{
    const QVariant old = m_edits.value(field, rowId);
    if (old == value)
        return true;
    QString error;
    if (!report(m_edits.setValue(field, rowId, old, value, &error), error))
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

} // namespace Coproduce
