// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QFocusFrame;
class QWidget;

namespace Coproduce {

// A ring round whichever control has the keyboard, in every window of the app, however the focus got there
// (Qt's own marks are faint — a 1.09:1 tab, a 2.35:1 field border — and some show only after Tab is
// pressed). TargetStyle draws it.
class FocusRing final : public QObject
{
    Q_OBJECT

public:
    explicit FocusRing(QObject *parent = nullptr);
    // The control the ring is round now (none when the focus is nowhere, or on a window itself).
    QWidget *target() const;

private:
    void follow(QWidget *now);

    QPointer<QFocusFrame> m_frame;
    QMetaObject::Connection m_toggled;
};

} // namespace Coproduce
