// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/readonlyview.h"

#include "ui/painted/ladderwidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>
#include <QVariant>

namespace Coproduce {

namespace {

// What a widget was before, so that leaving read-only puts back exactly that (a button disabled for its
// own reasons stays disabled).
constexpr char WasEnabled[] = "readOnlyViewWasEnabled";
constexpr char WasTriggers[] = "readOnlyViewWasTriggers";

void setDisabled(QWidget *w, bool readOnly)
{
    if (readOnly) {
        if (!w->property(WasEnabled).isValid())
            w->setProperty(WasEnabled, w->isEnabled());
        w->setEnabled(false);
    } else if (w->property(WasEnabled).isValid()) {
        w->setEnabled(w->property(WasEnabled).toBool());
        w->setProperty(WasEnabled, QVariant());
    }
}

} // namespace

void ReadOnlyView::disable(QWidget *widget, bool readOnly)
{
    setDisabled(widget, readOnly);
}

void ReadOnlyView::apply(QWidget *root, bool readOnly)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->property("viewOnly").toBool())
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            // A spin box's or combo box's own line edit goes with its owner.
            if (!qobject_cast<QAbstractSpinBox *>(w->parent()) && !qobject_cast<QComboBox *>(w->parent()))
                line->setReadOnly(readOnly);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            plain->setReadOnly(readOnly);
        } else if (auto *rich = qobject_cast<QTextEdit *>(w)) {
            rich->setReadOnly(readOnly);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            if (readOnly) {
                if (!view->property(WasTriggers).isValid())
                    view->setProperty(WasTriggers, int(view->editTriggers()));
                view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            } else if (view->property(WasTriggers).isValid()) {
                view->setEditTriggers(QAbstractItemView::EditTriggers(view->property(WasTriggers).toInt()));
                view->setProperty(WasTriggers, QVariant());
            }
        } else if (qobject_cast<QAbstractButton *>(w) && !qobject_cast<QTabBar *>(w->parent())) {
            setDisabled(w, readOnly);
        } else if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                   || qobject_cast<LadderWidget *>(w)) {
            setDisabled(w, readOnly);
        }
    }
}

} // namespace Coproduce
