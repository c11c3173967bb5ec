// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/access/focustruthful.h"

#include "core/ladder.h"

#include <QTableWidget>

namespace Coproduce {

// Where the room's show of hands is typed: a row for each role, a column for each rung (numbered 1 to 7,
// lowest first, so it fits beside the editor). Type a number, or press + and - to count hands one at a time;
// Delete clears a count. Like the ladder, the table only asks for changes (countRequested); the owner applies
// them through the undo stack and calls setPoll().
class PollTable final : public FocusTruthful<QTableWidget>
{
    Q_OBJECT

public:
    explicit PollTable(QWidget *parent = nullptr);

    void setPoll(const LadderPoll &poll);
    // The roles counted, in column order: everyone but the facilitator, who asks the question.
    static QStringList roles();
    static int rowOf(const QString &role);
    static int columnOf(const QString &rung);
    // "1 Coercion, 2 Education, …": what the numbered columns mean.
    static QString key();

Q_SIGNALS:
    void countRequested(const QString &role, const QString &rung, int count);
    void problem(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void cellEdited(QTableWidgetItem *item);
    void display(QTableWidgetItem *cell, int count);
    int countAt(int row, int column) const;
    static QString rungAt(int column);

    bool m_loading = false;
};

} // namespace Coproduce
