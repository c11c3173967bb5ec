// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database.h"
#include "core/progress.h"

namespace Coproduce::Test {

// Five meetings whose progress numbers tst_progress works out by hand: one in November 2025, three from
// January to June 2026 (two in the series "Board", one in "Forum"), one in July 2026.
void addProgressFixture(Database &database);
// 1 January to 30 June 2026 by quarter, "today" 1 May 2026; of one series if named.
ProgressRequest progressFixtureRequest(const QString &series = QString());

} // namespace Coproduce::Test
