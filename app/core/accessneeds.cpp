// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessneeds.h"

#include <QRegularExpression>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// Each arrangement and the words (whole words, or their start) that ask for it.
struct Arrangement
{
    const char *label;
    const char16_t *pattern;
};

const Arrangement Arrangements[] = {
    { QT_TRANSLATE_NOOP("AccessNeeds", "Step-free access"),
      u"\\b(wheelchair|step[- ]?free|no steps|stairs|lift|ramp|mobility|walking (frame|aid)|crutch)" },
    { QT_TRANSLATE_NOOP("AccessNeeds", "A hearing loop"),
      u"\\b(hearing loop|induction loop|loop|hearing aid)" },
    { QT_TRANSLATE_NOOP("AccessNeeds", "An interpreter"),
      u"\\b(interpret|bsl\\b|british sign|sign language|signer|makaton|translat|lip ?speaker|palantyp)" },
    { QT_TRANSLATE_NOOP("AccessNeeds", "Breaks"), u"\\b(breaks?\\b|rest\\b|step out|time out|pauses?\\b)" },
    { QT_TRANSLATE_NOOP("AccessNeeds", "Large print"), u"\\b(large print|big print|bigger print|braille)" },
    { QT_TRANSLATE_NOOP("AccessNeeds", "A quiet space"), u"\\b(quiet|sensory|calm room|low light|noise)" },
    { QT_TRANSLATE_NOOP("AccessNeeds", "Easy-read papers"), u"\\b(easy[- ]?read|pictures|symbols|widgit)" },
};

} // namespace

QStringList AccessNeeds::arrangements(const QString &needs)
{
    QStringList found;
    if (needs.trimmed().isEmpty())
        return found;
    for (const Arrangement &a : Arrangements) {
        const QRegularExpression words(QString::fromUtf16(a.pattern),
                                       QRegularExpression::CaseInsensitiveOption);
        if (words.match(needs).hasMatch())
            found << tr(a.label);
    }
    return found;
}

} // namespace Coproduce
