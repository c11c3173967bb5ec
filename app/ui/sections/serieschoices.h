// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QComboBox;

namespace Coproduce {

class Database;

// The "which series" list that filters the meetings list and the actions board: "Every series", then each
// series by name. Refilling keeps the chosen series chosen and does not signal a change of choice.
class SeriesChoices final
{
public:
    static void fill(QComboBox *combo, Database &database);
};

} // namespace Coproduce
