// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

QString SqlDialect::begin()
{
    return u"BEGIN IMMEDIATE"_s;
}

QString SqlDialect::containsText(const QString &expression)
{
    return u"instr(lower(%1), lower(?)) > 0"_s.arg(expression);
}

QString SqlDialect::meetingsWithWords()
{
    return u"SELECT meeting_id FROM search_index WHERE search_index MATCH ?"_s;
}

QString SqlDialect::searchTerms(const QStringList &words)
{
    // Each word quoted (a quote inside doubled), then * for "or the start of one".
    QStringList terms;
    for (QString word : words)
        terms << u"\""_s + word.replace(u"\""_s, u"\"\""_s) + u"\"*"_s;
    return terms.join(u' ');
}

} // namespace Coproduce
