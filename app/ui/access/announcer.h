// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Coproduce {

// Says something that happened away from the keyboard's focus: "Undid: added decision “…”". It shows in the
// status bar, and a screen reader hears it as a notification as it appears (Qt 6.4 has no announcement
// event; Orca speaks a notification when it is shown, so each message hides and shows the label again).
class Announcer final : public QLabel
{
    Q_OBJECT

public:
    explicit Announcer(QWidget *parent = nullptr);
    void announce(const QString &message);
};

} // namespace Coproduce
