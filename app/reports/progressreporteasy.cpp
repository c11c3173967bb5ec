// SPDX-License-Identifier: GPL-3.0-or-later
// The easy-read progress report: a picture left of each idea, short sentences, numbers as digits, the step
// of the ladder reached as a picture.
#include "progressreport.h"

#include "easywords.h"
#include "html.h"
#include "symbols.h"

#include "core/ladder.h"
#include "core/plainwords.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QString para(const QString &text)
{
    return EasyWords::para(Html::escape(text));
}

// "In March 2026 …" at the start of a sentence.
QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// The last period whose ratings give a middle rung, and the first; -1 if none.
QPair<int, int> ratedPeriods(const ProgressNumbers &n)
{
    int first = -1, last = -1;
    for (qsizetype i = 0; i < n.counts.size(); ++i)
        if (n.counts.at(i).ladder.median >= 0) {
            if (first < 0)
                first = int(i);
            last = int(i);
        }
    return { first, last };
}

} // namespace

Document ProgressReport::easy(const ReportOptions &options) const
{
    const ProgressNumbers &n = m_numbers;
    const ProgressCounts &w = n.whole;
    Document d;
    d.title = n.request.series.isEmpty() ? tr("How we are doing")
                                         : tr("How we are doing: %1").arg(n.request.series);
    d.pageSize = QPageSize(options.a5 ? QPageSize::A5 : QPageSize::A4);
    d.pointSize = options.largePrint ? 20 : 16;
    d.furniturePointSize = d.pointSize;
    d.lineHeight = 150;
    d.styleSheet = u"p { margin-top: 0; margin-bottom: 6pt; }\n"
                   "h1, h2 { margin-top: 14pt; margin-bottom: 8pt; }\n"
                   "body { line-height: 150%; text-align: left; }\n"_s;
    const int width = EasyWords::pictureWidth(d, false);
    QString body = Html::heading(1, d.title);
    body += para(tr("This is about our meetings from %1 to %2.")
                     .arg(EasyWords::dayDate(n.request.from), EasyWords::dayDate(n.request.to)));
    body += para(tr("We had %n meetings.", nullptr, w.meetings));

    // The ladder: the step reached, as its picture.
    const auto [first, last] = ratedPeriods(n);
    if (last >= 0) {
        const QList<LadderRung> &rungs = Ladder::builtIn().rungs();
        const int step = n.counts.at(last).ladder.median;
        QString words = para(tr("We use a ladder to check how well we work with you."));
        words += para(tr("It has 7 steps. Step 7 is the best."));
        if (first != last) {
            const int before = n.counts.at(first).ladder.median;
            words += para(capitalised(
                tr("%1 we were on step %2: %3.")
                    .arg(n.periods.at(first).during(), QString::number(before + 1), rungs.at(before).name)));
            // A hard word is explained in the next sentence (and again in "Words to know").
            if (before != step)
                words += para(rungs.at(before).description);
        }
        words += para(capitalised(
            tr("%1 we were on step %2: %3.")
                .arg(n.periods.at(last).during(), QString::number(step + 1), rungs.at(step).name)));
        words += para(rungs.at(step).description);
        body += Html::heading(2, tr("Working together"))
            + Html::ideas({ Html::idea(Symbols::image(d, Symbols::forRung(rungs.at(step).id), width), width,
                                       words) });
    }

    // What we agreed to do, and what you told us.
    QStringList ideas;
    if (w.actions > 0) {
        QString words = para(tr("We agreed %n things to do.", nullptr, w.actions));
        if (w.done > 0)
            words += para(tr("%n are done.", nullptr, w.done));
        if (w.inProgress > 0)
            words += para(tr("%n are being done.", nullptr, w.inProgress));
        if (w.open > 0)
            words += para(tr("%n are not started yet.", nullptr, w.open));
        if (w.cannotDo > 0)
            words += para(tr("%n cannot be done.", nullptr, w.cannotDo));
        ideas << Html::idea(Symbols::image(d, u"action"_s, width), width, words);
    }
    if (w.said > 0) {
        QString words = para(tr("You told us %n things.", nullptr, w.said));
        words += para(tr("We did something about %1 of them.").arg(w.saidWithAction));
        ideas << Html::idea(Symbols::image(d, u"talked"_s, width), width, words);
    }
    if (!ideas.isEmpty())
        body += Html::heading(2, tr("You said, we did")) + Html::ideas(ideas);

    // Who came, and whether they were heard.
    ideas.clear();
    if (w.presentTotal() > 0) {
        QString words = para(tr("People came to our meetings %1 times.").arg(w.presentTotal()));
        const int young = w.present.value(u"young-person"_s);
        if (young > 0)
            words += para(tr("Young people came %n times.", nullptr, young));
        if (w.firstTime > 0)
            words += para(tr("%n people came for the first time.", nullptr, w.firstTime));
        ideas << Html::idea(Symbols::image(d, u"people"_s, width), width, words);
    }
    if (w.heard.total() > 0) {
        QString words = para(tr("We asked: were you heard?"));
        words += para(tr("%1 of %2 people said yes.").arg(w.heard.yes).arg(w.heard.total()));
        ideas << Html::idea(Symbols::image(d, u"heard"_s, width), width, words);
    }
    // The principle marked "not yet" most often: what to do better.
    const ProgressPrinciple *weakest = nullptr;
    for (const ProgressPrinciple &p : n.principles)
        if (w.principles.value(p.key).notYet > 0
            && (!weakest || w.principles.value(p.key).notYet > w.principles.value(weakest->key).notYet))
            weakest = &p;
    if (weakest)
        ideas << Html::idea(
            Symbols::image(d, Symbols::forPrinciple(weakest->key.section(u'/', 1), weakest->title), width),
            width, para(tr("We need to do better at this: %1.").arg(weakest->title)));
    if (!ideas.isEmpty())
        body += Html::heading(2, tr("Our meetings")) + Html::ideas(ideas);
    body += EasyWords::wordsToKnow(body, d, width, PlainWords::builtIn());
    d.body = body;
    return d;
}

} // namespace Coproduce
