// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "minutes.h"

#include <QCoreApplication>

namespace Coproduce {

class Credits;

// The easy-read summary of a meeting, for families and young people, following
// ../shared/design/easy-read-and-plain-english.md: 16 pt sans-serif (20 pt large print), 1.5 line spacing,
// left aligned, a picture on the left of each idea and words on the right, short sentences from the
// easy-read fields (else the plain text), numbers as digits, "Words to know" at the end, and at most 24
// pages: a long meeting is told more briefly, and says that the minutes have the rest.
class EasyRead final
{
    Q_DECLARE_TR_FUNCTIONS(EasyRead)

public:
    // How much of a long meeting to tell; the first that fits in 24 pages is used. Fewest counts what the
    // others list (what we talked about, the ladder), for a long meeting in large print on A5.
    enum class Detail { Full, Compact, Brief, Shortest, Fewest };
    static constexpr int MaximumPages = 24;

    explicit EasyRead(const Minutes &minutes);

    // Told in full, with the shorter tellings for paged output (see Document::shorterBodies).
    Document document(const ReportOptions &options) const;
    Document document(const ReportOptions &options, Detail detail) const;

private:
    Document telling(const Credits &credits, const ReportOptions &options, Detail detail) const;
    QString about(const Credits &credits, Document &d, Detail detail) const;
    QString talked(const Credits &credits, Document &d, Detail detail) const;
    QString decided(const Credits &credits, Document &d, Detail detail) const;
    QString next(const Credits &credits, Document &d, Detail detail) const;
    QString together(const Credits &credits, Document &d, Detail detail) const;
    QString heard(Document &d, Detail detail) const;
    QString wordsToKnow(const QString &bodyHtml, Document &d, Detail detail) const;

    const Minutes &m_minutes;
};

} // namespace Coproduce
