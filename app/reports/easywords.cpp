// SPDX-License-Identifier: GPL-3.0-or-later
#include "easywords.h"

#include "html.h"
#include "symbols.h"

#include "core/ladder.h"
#include "core/plainwords.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Coproduce {

using namespace Qt::StringLiterals;

int EasyWords::pictureWidth(const Document &d, bool shorter)
{
    // An inch beside 16 pt words on A4 (three quarters of one on A5), growing with the words. A shorter
    // telling of a long meeting in normal print trades some picture for words (three quarters); large print
    // never does, so its pictures are always larger than normal print's (they were smaller: large print
    // needs a shorter telling sooner).
    const qreal full = (d.pageSize.id() == QPageSize::A5 ? 72 : 96) * d.pointSize / 16;
    return qRound(shorter && d.pointSize <= 16 ? full * 3 / 4 : full);
}

QString EasyWords::sentence(const QString &text)
{
    QString s = text.simplified();
    if (!s.isEmpty() && !QStringLiteral(".!?:").contains(s.back()))
        s += u'.';
    return s;
}

QString EasyWords::easy(const QString &easyRead, const QString &text)
{
    return sentence(easyRead.trimmed().isEmpty() ? text : easyRead);
}

QString EasyWords::para(const QString &html)
{
    return u"<p>"_s + html + u"</p>\n"_s;
}

QString EasyWords::dayDate(const QDate &date)
{
    return Html::ukDate(date, Html::DateStyle::Long);
}

QString EasyWords::status(Document &d, const QString &status, const QString &reason)
{
    QString words;
    if (status == u"done")
        words = tr("Done.");
    else if (status == u"in-progress")
        words = tr("Being done now.");
    else if (status == u"cannot-do")
        words = tr("This cannot be done.");
    else
        words = tr("Not started yet.");
    // No taller than the words' own line, or the 1.5 line spacing grows with it and the next line drifts
    // away.
    QString html = Symbols::image(d, Symbols::forStatus(status), qRound(d.pointSize * 1.15), true) + u' '
        + Html::bold(words);
    if (status == u"cannot-do" && !reason.trimmed().isEmpty())
        html += u' ' + Html::escape(tr("Why: %1").arg(sentence(reason)));
    return html;
}

QString EasyWords::whoWhen(const QString &owner, const QDate &due)
{
    QString s = owner.trimmed().isEmpty() ? tr("Who: not decided yet.") : tr("Who: %1.").arg(owner.trimmed());
    if (due.isValid())
        s += u' ' + tr("By when: %1.").arg(dayDate(due));
    return Html::escape(s);
}

QString EasyWords::counts(const QStringList &statuses)
{
    QStringList parts;
    const auto n = [&](const char *s) { return int(statuses.count(QLatin1String(s))); };
    if (n("done"))
        parts << (tr("%n are done.", nullptr, n("done")));
    if (n("in-progress"))
        parts << (tr("%n are being done now.", nullptr, n("in-progress")));
    if (n("cannot-do"))
        parts << (tr("%n cannot be done.", nullptr, n("cannot-do")));
    if (n("open"))
        parts << (tr("%n are not started yet.", nullptr, n("open")));
    return parts.join(u' ');
}

QString EasyWords::wordsToKnow(const QString &bodyHtml, Document &d, int pictureWidth,
                               const PlainWords &words)
{
    const QString text = Html::plainText(bodyHtml);
    const Ladder &ladder = Ladder::builtIn();
    // Compiled once: the ladder is built in.
    static const QList<QRegularExpression> rungPatterns = [&ladder] {
        QList<QRegularExpression> patterns;
        for (const LadderRung &rung : ladder.rungs())
            patterns << QRegularExpression(u"(?<![\\w-])"_s + QRegularExpression::escape(rung.name)
                                               + u"(?![\\w-])"_s,
                                           QRegularExpression::CaseInsensitiveOption);
        return patterns;
    }();
    QStringList entries;
    QSet<QString> rungNames;
    // The ladder's steps that the document names, lowest first.
    for (qsizetype r = 0; r < ladder.rungs().size(); ++r) {
        const LadderRung &rung = ladder.rungs().at(r);
        rungNames.insert(rung.name.toLower());
        if (text.contains(rungPatterns.at(r)))
            entries << para(
                Html::bold(rung.name) + u' '
                + Html::escape(tr("is step %1 of 7 on the ladder.").arg(ladder.level(rung.id) + 1)) + u' '
                + Html::escape(rung.description));
    }
    QSet<int> seen;
    for (const WordMatch &match : words.find(text)) {
        const PlainWord &w = words.words().at(match.word);
        if (seen.contains(match.word) || rungNames.contains(w.term.toLower()))
            continue;
        seen.insert(match.word);
        QString term = w.term;
        term[0] = term.at(0).toUpper(); // it starts the sentence
        QString entry = Html::bold(term) + u' ' + Html::escape(tr("means %1.").arg(w.plain));
        if (!w.explain.isEmpty() && w.explain.compare(sentence(w.plain), Qt::CaseInsensitive) != 0)
            entry += u' ' + Html::escape(w.explain);
        entries << para(entry);
    }
    if (entries.isEmpty())
        return QString();
    const QString intro = para(tr("Some words here are hard.")) + para(tr("This is what they mean."));
    return Html::heading(2, tr("Words to know"))
        + Html::ideas({ Html::idea(Symbols::image(d, u"words"_s, pictureWidth), pictureWidth,
                                   intro + entries.join(QString())) });
}

} // namespace Coproduce
