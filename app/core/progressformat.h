// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Coproduce {

// The progress numbers for a council's own dashboards (docs/formats.md, coproduce-progress/1): as one JSON
// object, or as rows of period, measure, group and value that any spreadsheet or BI tool can pivot.
class ProgressFormat final
{
public:
    static QByteArray json(const ProgressNumbers &numbers);
    // The header first.
    static QList<QStringList> rows(const ProgressNumbers &numbers);
};

} // namespace Coproduce
