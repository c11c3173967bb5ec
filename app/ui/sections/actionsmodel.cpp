// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sections/actionsmodel.h"

#include "ui/displayformat.h"

#include "core/database.h"
#include "core/vocabulary.h"

#include <QFont>
#include <QSqlQuery>

namespace Coproduce {

using namespace Qt::StringLiterals;

ActionsModel::ActionsModel(Database &database, QObject *parent)
    : QSqlQueryModel(parent)
    , m_database(database)
{
}

void ActionsModel::setFilter(const ActionFilter &filter)
{
    m_filter = filter;
    refresh();
}

void ActionsModel::refresh()
{
    const BoundQuery bound = ActionRepository::query(m_filter);
    QSqlQuery count(m_database.connection());
    count.prepare(bound.countSql);
    QSqlQuery rows(m_database.connection());
    rows.prepare(bound.sql);
    for (const QVariant &value : bound.values) {
        count.addBindValue(value);
        rows.addBindValue(value);
    }
    m_total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    rows.exec();
    setQuery(std::move(rows));
    const QStringList headers {
        tr("Id"),     tr("Action"),     tr("Who"),        tr("By when"), tr("Status"),
        tr("Reason"), tr("Meeting id"), tr("Meeting on"), tr("Meeting"), tr("Series")
    };
    for (int c = 0; c < headers.size(); ++c)
        setHeaderData(c, Qt::Horizontal, headers.at(c));
}

qint64 ActionsModel::actionId(int row) const
{
    return QSqlQueryModel::data(index(row, Id)).toLongLong();
}

qint64 ActionsModel::meetingId(int row) const
{
    return QSqlQueryModel::data(index(row, MeetingId)).toLongLong();
}

QStringList ActionsModel::possibleTexts(int column)
{
    QStringList texts;
    if (column == Due || column == MeetingDate) {
        for (int month = 1; month <= 12; ++month)
            texts << DisplayFormat::date(QDate(2000, month, 28));
        if (column == Due)
            texts << tr("no date");
    } else if (column == Status) {
        for (const QString &status : Vocabulary::actionStatuses())
            texts << Vocabulary::statusLabel(status)
                  << tr("%1 — overdue").arg(Vocabulary::statusLabel(status));
    }
    return texts;
}

QVariant ActionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto raw = [&](int column) { return QSqlQueryModel::data(this->index(index.row(), column)); };
    const QString status = raw(Status).toString();
    const QDate due = QDate::fromString(raw(Due).toString(), Qt::ISODate);
    const bool overdue = Vocabulary::isOpenStatus(status) && due.isValid() && due < m_today;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Due:
            return due.isValid() ? DisplayFormat::date(due) : tr("no date");
        case MeetingDate:
            return DisplayFormat::date(raw(MeetingDate).toString());
        case Status: {
            QString text = Vocabulary::statusLabel(status);
            if (overdue)
                text = tr("%1 — overdue").arg(text);
            if (status == u"cannot-do")
                text = tr("%1: %2").arg(text, raw(Reason).toString());
            return text;
        }
        default:
            break;
        }
    }
    // Overdue in words above, and in bold here: never by colour alone.
    if (role == Qt::FontRole && overdue) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QSqlQueryModel::data(index, role);
}

} // namespace Coproduce
