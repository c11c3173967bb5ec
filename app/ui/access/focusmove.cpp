// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/access/focusmove.h"

#include <QTabWidget>

namespace Coproduce {

void FocusMove::to(QWidget *target, Qt::FocusReason reason)
{
    if (!target)
        return;
    target->setFocus(reason);
    // Every tab the target sits in, innermost first (a tab's page sits in the tab widget's stack).
    for (QWidget *w = target; w && !w->isWindow(); w = w->parentWidget()) {
        QWidget *stack = w->parentWidget();
        if (auto *tabs = qobject_cast<QTabWidget *>(stack ? stack->parentWidget() : nullptr))
            if (tabs->indexOf(w) >= 0)
                tabs->setCurrentWidget(w);
    }
    // Qt keeps the focus on a hidden control only while its window is active; otherwise it is given now.
    if (!target->hasFocus())
        target->setFocus(reason);
}

bool FocusMove::canTake(const QWidget *w, const QWidget *root)
{
    return root->isAncestorOf(w) && w->isVisibleTo(root) && w->isEnabled()
        && (w->focusPolicy() & Qt::TabFocus);
}

} // namespace Coproduce
