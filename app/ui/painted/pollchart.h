// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ladder.h"

#include <QWidget>

namespace Coproduce {

// The room's poll drawn for the projector: a bar for each rung (highest first, in the ladder's groups),
// split by role in the ladder's colours, every part labelled with its number so colour is never the only
// clue, and the total at the end of each bar.
class PollChart final : public QWidget
{
    Q_OBJECT

public:
    explicit PollChart(QWidget *parent = nullptr);

    void setPoll(const LadderPoll &poll);
    LadderPoll poll() const { return m_poll; }
    // "12 people answered. Most chose Consultation (5)." — for the editor, the chart and screen readers.
    static QString summary(const LadderPoll &poll);
    static int total(const LadderPoll &poll, const QString &rung = QString());

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList rolesShown() const;
    int lineHeight() const;

    LadderPoll m_poll;
};

} // namespace Coproduce
