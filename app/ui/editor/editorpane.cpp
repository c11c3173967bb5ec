// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/editorpane.h"

#include "ui/editor/readonlyview.h"

namespace Coproduce {

void EditorPane::setReadOnly(bool readOnly)
{
    ReadOnlyView::apply(this, readOnly);
}

} // namespace Coproduce
