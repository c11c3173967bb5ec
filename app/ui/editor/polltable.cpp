// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/polltable.h"

#include "core/meetingedits.h"
#include "core/vocabulary.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

constexpr int Rungs = 7;

} // namespace

PollTable::PollTable(QWidget *parent)
    : FocusTruthful<QTableWidget>(int(roles().size()), Rungs, parent)
{
    setAccessibleName(tr("The room's poll"));
    setAccessibleDescription(tr("How many people in each role put the activity on each rung. Type a number, "
                                "or press plus and minus to count one at a time; Delete clears."));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                    | QAbstractItemView::EditKeyPressed);
    QStringList rows;
    for (const QString &role : roles())
        rows << Vocabulary::perspectiveLabel(role);
    setVerticalHeaderLabels(rows);
    for (int column = 0; column < Rungs; ++column) {
        const LadderRung *rung = Ladder::builtIn().rung(rungAt(column));
        auto *header = new QTableWidgetItem(QString::number(column + 1));
        header->setToolTip(u"%1  %2"_s.arg(column + 1).arg(rung->name));
        header->setData(Qt::AccessibleTextRole, rung->name);
        setHorizontalHeaderItem(column, header);
    }
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(u"0000"_s));
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // As tall as its rows and no taller: the chart below it gets the rest.
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < Rungs; ++column) {
            auto *cell = new QTableWidgetItem;
            cell->setTextAlignment(Qt::AlignCenter);
            setItem(row, column, cell);
            display(cell, 0);
        }
    }
    connect(this, &QTableWidget::itemChanged, this, &PollTable::cellEdited);
}

QStringList PollTable::roles()
{
    QStringList counted = Vocabulary::roles();
    counted.removeAll(u"facilitator"_s);
    return counted;
}

QString PollTable::key()
{
    QStringList parts;
    for (int column = 0; column < Rungs; ++column)
        parts << u"%1 %2"_s.arg(column + 1).arg(Ladder::builtIn().rung(rungAt(column))->name);
    return parts.join(u" · "_s);
}

QString PollTable::rungAt(int column)
{
    return Ladder::builtIn().rungIds().value(column);
}

int PollTable::rowOf(const QString &role)
{
    return int(roles().indexOf(role));
}

int PollTable::columnOf(const QString &rung)
{
    return Ladder::builtIn().level(rung);
}

int PollTable::countAt(int row, int column) const
{
    const QTableWidgetItem *cell = item(row, column);
    return cell ? cell->data(Qt::UserRole).toInt() : 0;
}

void PollTable::display(QTableWidgetItem *cell, int count)
{
    // Blank rather than 0, so the rungs people chose stand out; the stored count is kept beside it.
    const bool wasLoading = m_loading;
    m_loading = true;
    cell->setText(count > 0 ? QString::number(count) : QString());
    cell->setData(Qt::UserRole, count);
    const QString label = Vocabulary::perspectiveLabel(roles().at(cell->row()));
    const QString rung = Ladder::builtIn().rung(rungAt(cell->column()))->name;
    cell->setData(Qt::AccessibleTextRole, tr("%1 on %2: %n people", nullptr, count).arg(label, rung));
    m_loading = wasLoading;
}

void PollTable::setPoll(const LadderPoll &poll)
{
    for (int row = 0; row < rowCount(); ++row)
        for (int column = 0; column < Rungs; ++column)
            display(item(row, column), poll.value(roles().at(row)).value(rungAt(column)));
}

void PollTable::cellEdited(QTableWidgetItem *cell)
{
    if (m_loading)
        return;
    const int before = cell->data(Qt::UserRole).toInt();
    const QString typed = cell->text().trimmed();
    bool ok = true;
    const int count = typed.isEmpty() ? 0 : typed.toInt(&ok);
    if (!ok || count < 0 || count > MeetingEdits::MaxVotes) {
        display(cell, before);
        Q_EMIT problem(tr("\"%1\" is not a number of people: type a whole number from 0 to %2.")
                           .arg(typed)
                           .arg(MeetingEdits::MaxVotes));
        return;
    }
    display(cell, count);
    if (count != before)
        Q_EMIT countRequested(roles().at(cell->row()), rungAt(cell->column()), count);
}

void PollTable::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (current.isValid() && state() != QAbstractItemView::EditingState) {
        const int count = countAt(current.row(), current.column());
        int next = -1;
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
            next = qMin(count + 1, int(MeetingEdits::MaxVotes));
        else if (event->key() == Qt::Key_Minus)
            next = qMax(count - 1, 0);
        else if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
            next = 0;
        if (next >= 0) {
            if (next != count) {
                display(item(current.row(), current.column()), next);
                Q_EMIT countRequested(roles().at(current.row()), rungAt(current.column()), next);
            }
            event->accept();
            return;
        }
    }
    QTableWidget::keyPressEvent(event);
}

} // namespace Coproduce
