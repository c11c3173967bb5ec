// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress.h"

#include <QCoreApplication>
#include <QString>

namespace Coproduce {

// One sentence in plain English for each of the progress charts, saying what changed: the first period
// with something to count beside the last. Numbers as digits; no sentence over the plain-English limit
// (tst_progress checks them with TextCheck).
class ProgressSentences final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressSentences)

public:
    // "Doing with was 2 of 10 ratings in January to March 2026 and 6 of 11 in October to December 2026."
    // (A period the dates cut short is "from 1 October to 22 November 2026".)
    static QString ladder(const ProgressNumbers &numbers);
    // "The points of view were 2 or more steps apart on 3 of 12 activities."
    static QString apart(const ProgressNumbers &numbers);
    // "40 actions were agreed: 25 done, 5 being done, 2 that cannot be done and 8 not started yet. 4 are
    // late."
    static QString actions(const ProgressNumbers &numbers);
    // "Half of the done actions were done in 21 days or less."
    static QString daysToDone(const ProgressNumbers &numbers);
    // "18 of 24 things people said got an action."
    static QString said(const ProgressNumbers &numbers);
    // "Young people came 3 times in … and 9 times in …."
    static QString attendance(const ProgressNumbers &numbers);
    // "“Listen” was marked “not yet” most often: 4 times."
    static QString charterCheck(const ProgressNumbers &numbers);
    // "12 of 15 people said they were heard in … and 20 of 22 in …."
    static QString heard(const ProgressNumbers &numbers);
};

} // namespace Coproduce
