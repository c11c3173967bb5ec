// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "minutes.h"

#include "core/progressseries.h"

#include <QCoreApplication>

namespace Coproduce {

// The progress report for a partnership board (issue 21): every chart, drawn as shapes, with its table
// and its sentence; or the easy-read version for families (../shared/design/easy-read-and-plain-english.md):
// a picture left of each idea, short sentences, numbers as digits, the step of the ladder reached as a
// picture and no chart to explain. People are counted, never named.
class ProgressReport final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReport)

public:
    explicit ProgressReport(const ProgressNumbers &numbers);

    Document document(const ReportOptions &options, bool easyRead) const;
    // "Progress across the area", or "Progress: SEND partnership board".
    QString title() const;

private:
    Document formal(const ReportOptions &options) const;
    Document easy(const ReportOptions &options) const;
    // The chart drawn into `d` (once), as an <img> whose alt text is `alt`.
    QString chart(Document &d, const QString &name, const QList<ProgressSeries> &series,
                  const QString &alt) const;

    ProgressNumbers m_numbers;
};

} // namespace Coproduce
