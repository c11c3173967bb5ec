// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/access/focusring.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFocusFrame>

namespace Coproduce {

FocusRing::FocusRing(QObject *parent)
    : QObject(parent)
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
    follow(QApplication::focusWidget());
}

QWidget *FocusRing::target() const
{
    return m_frame ? m_frame->widget() : nullptr;
}

void FocusRing::follow(QWidget *now)
{
    // The text field inside a spin box or an editable combo box has the focus: the ring goes round the box.
    QWidget *target = now;
    if (QWidget *outer = target ? target->parentWidget() : nullptr)
        if (qobject_cast<QAbstractSpinBox *>(outer) || qobject_cast<QComboBox *>(outer))
            target = outer;
    if (!target || target->isWindow()) {
        if (m_frame)
            m_frame->setWidget(nullptr);
        return;
    }
    // The frame lives among the control's siblings, so it goes when their window goes; then a new one.
    if (!m_frame)
        m_frame = new QFocusFrame(target);
    m_frame->setWidget(target);
    // A button chosen or unchosen may want a ring of another colour (TargetStyle).
    disconnect(m_toggled);
    if (auto *button = qobject_cast<QAbstractButton *>(target))
        m_toggled = connect(button, &QAbstractButton::toggled, m_frame.data(), qOverload<>(&QWidget::update));
}

} // namespace Coproduce
