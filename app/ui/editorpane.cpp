// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorpane.h"

#include "readonlyview.h"

namespace Coproduce {

void EditorPane::setReadOnly(bool readOnly)
{
    ReadOnlyView::apply(this, readOnly);
}

} // namespace Coproduce
