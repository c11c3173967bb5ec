// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include "core/plainwords.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace Coproduce {

// The building blocks every easy-read document shares: sentences, the words and picture for an action's
// status, "who and by when", and the "Words to know" list at the end.
class EasyWords final
{
    Q_DECLARE_TR_FUNCTIONS(EasyWords)

public:
    // Picture width in CSS pixels: in proportion to the words beside it, for the page's size; a little
    // smaller in a shorter telling in normal print.
    static int pictureWidth(const Document &document, bool shorter);
    // A typed line ended as a sentence, so that the reader sees where it stops.
    static QString sentence(const QString &text);
    // The easy-read version if there is one, else the plain text.
    static QString easy(const QString &easyRead, const QString &text);
    // A paragraph of HTML.
    static QString para(const QString &html);
    // "16 December 2026".
    static QString dayDate(const QDate &date);
    // The status symbol and words ("Done."), and why it cannot be done. `reason` is shown as given.
    static QString status(Document &document, const QString &status, const QString &reason);
    // "Who: Jo Turner. By when: 1 December 2026." (HTML); an empty owner is "not decided yet".
    static QString whoWhen(const QString &owner, const QDate &due);
    // "1 is done. 2 are not started yet."
    static QString counts(const QStringList &statuses);
    // The "Words to know" section for the hard words left in `bodyHtml`: the ladder's steps it names and
    // every word of the dictionary it uses, each once, in the order they come.
    static QString wordsToKnow(const QString &bodyHtml, Document &document, int pictureWidth,
                               const PlainWords &words);
};

} // namespace Coproduce
