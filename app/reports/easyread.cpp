// SPDX-License-Identifier: GPL-3.0-or-later
#include "easyread.h"

#include "credits.h"
#include "easywords.h"
#include "html.h"
#include "symbols.h"

#include "core/ladder.h"
#include "core/plainwords.h"
#include "core/vocabulary.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// Short names for the shared easy-read pieces.
QString para(const QString &html)
{
    return EasyWords::para(html);
}

QString sentence(const QString &text)
{
    return EasyWords::sentence(text);
}

QString easy(const QString &easyRead, const QString &text)
{
    return EasyWords::easy(easyRead, text);
}

QString firstSentence(const QString &text)
{
    static const QRegularExpression end(u"(?<=[.!?])\\s+(?=[A-Z0-9\"“‘'(])"_s);
    const QString s = text.simplified();
    const qsizetype at = s.indexOf(end);
    return at < 0 ? s : s.left(at);
}

QString clock(const QTime &time)
{
    // "9:30 am", "4 pm": the way people say it.
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(time, time.minute() == 0 ? u"h ap"_s : u"h:mm ap"_s)
        .toLower();
}

} // namespace

EasyRead::EasyRead(const Minutes &minutes)
    : m_minutes(minutes)
{
}

Document EasyRead::document(const ReportOptions &options) const
{
    // Every telling goes in; the writer prints the longest that fits on 24 pages.
    const Credits credits(m_minutes.people(), options.redact);
    Document d = telling(credits, options, Detail::Full);
    d.maximumPages = MaximumPages;
    for (Detail detail : { Detail::Compact, Detail::Brief, Detail::Shortest, Detail::Fewest }) {
        const Document shorter = telling(credits, options, detail);
        d.shorterBodies << shorter.body;
        for (const DocumentImage &image : shorter.images)
            if (std::none_of(d.images.cbegin(), d.images.cend(),
                             [&](const DocumentImage &i) { return i.name == image.name; }))
                d.images << image;
    }
    return d;
}

Document EasyRead::document(const ReportOptions &options, Detail detail) const
{
    return telling(Credits(m_minutes.people(), options.redact), options, detail);
}

Document EasyRead::telling(const Credits &credits, const ReportOptions &options, Detail detail) const
{
    const Meeting &m = m_minutes.meeting();
    Document d;
    d.title = credits.text(m.title);
    d.pageSize = QPageSize(options.a5 ? QPageSize::A5 : QPageSize::A4);
    d.pointSize = options.largePrint ? 20 : 16;
    d.furniturePointSize = d.pointSize; // nothing on the page is smaller than the body
    d.lineHeight = 150;
    // A little air between the picture and the words; the words column keeps lines near 60 characters.
    // Paragraphs are short, so a small gap between them; the line spacing gives the air.
    d.styleSheet = u"p { margin-top: 0; margin-bottom: 6pt; } ul { margin-top: 0; margin-bottom: 6pt; }\n"
                   "h1, h2 { margin-top: 14pt; margin-bottom: 8pt; }\n"
                   "body { line-height: 150%; text-align: left; }\n"_s;

    QString body = Html::heading(1, d.title);
    body += para(tr("This is an easy read summary of our meeting."));
    body += about(credits, d, detail);
    body += talked(credits, d, detail);
    body += decided(credits, d, detail);
    body += next(credits, d, detail);
    body += together(credits, d, detail);
    body += heard(d, detail);
    if (detail != Detail::Full)
        body += para(tr("This is a short summary of a long meeting.") + u' '
                     + tr("The minutes of the meeting have everything."));
    body += wordsToKnow(body, d, detail);
    d.body = body;
    return d;
}

QString EasyRead::about(const Credits &credits, Document &d, Detail detail) const
{
    const Meeting &m = m_minutes.meeting();
    const int w = EasyWords::pictureWidth(d, detail != Detail::Full);
    QStringList rows;

    QString when;
    if (m.date.isValid())
        when += para(tr("We met on %1.").arg(Html::escape(Html::longDate(m.date))));
    if (m.start.isValid() && m.end.isValid())
        when += para(tr("We met from %1 to %2.").arg(clock(m.start), clock(m.end)));
    if (!m.location.trimmed().isEmpty())
        when += para(tr("We met at %1.").arg(Html::escape(credits.text(m.location.trimmed()))));
    if (!when.isEmpty())
        rows << Html::idea(Symbols::image(d, u"meeting"_s, w), w, when);

    // Who came, as numbers by role: an easy-read summary names nobody.
    QString who;
    int present = 0, apologies = 0;
    for (const Attendee &a : m.attendees) {
        if (a.attendance == u"present")
            ++present;
        else if (a.attendance == u"apologies")
            ++apologies;
    }
    if (present > 0) {
        who += para(tr("%n people came.", nullptr, present));
        QStringList counts;
        for (const QString &role : Vocabulary::roles()) {
            const auto n = std::count_if(m.attendees.cbegin(), m.attendees.cend(), [&](const Attendee &a) {
                return a.role == role && a.attendance == u"present";
            });
            if (n == 0)
                continue;
            if (role == u"facilitator")
                counts << (tr("%n facilitators", nullptr, n));
            else if (role == u"parent-carer")
                counts << (tr("%n parent carers", nullptr, n));
            else if (role == u"young-person")
                counts << (tr("%n young people", nullptr, n));
            else if (role == u"professional")
                counts << (tr("%n professionals", nullptr, n));
            else if (role == u"partner")
                counts << (tr("%n partners", nullptr, n));
            else
                counts << (tr("%n other people", nullptr, n));
        }
        QStringList items;
        for (const QString &c : std::as_const(counts))
            items << Html::escape(c);
        who += Html::list(items);
    }
    if (apologies > 0)
        who += para(tr("%n people could not come.", nullptr, apologies));
    if (!who.isEmpty())
        rows << Html::idea(Symbols::image(d, u"people"_s, w), w, who);

    const Charter &charter = m_minutes.charter();
    if (!charter.name.isEmpty())
        rows << Html::idea(Symbols::image(d, u"charter"_s, w), w,
                           para(tr("We followed our charter: %1.").arg(Html::escape(charter.name))));
    return Html::ideas(rows);
}

QString EasyRead::talked(const Credits &credits, Document &d, Detail detail) const
{
    const Meeting &m = m_minutes.meeting();
    if (m.activities.isEmpty())
        return QString();
    const int w = EasyWords::pictureWidth(d, detail != Detail::Full);
    QString html = Html::heading(2, tr("What we talked about"));
    QStringList rows;
    if (detail == Detail::Fewest) {
        rows << Html::idea(Symbols::image(d, u"talked"_s, w), w,
                           para(tr("We talked about %1 things.").arg(m.activities.size()))
                               + para(tr("The minutes list them all.")));
        return html + Html::ideas(rows);
    }
    if (detail >= Detail::Brief) {
        // Numbered by the list itself (a bullet and a number read "• 1. Peer support groups").
        QStringList items;
        for (int i = 0; i < m.activities.size(); ++i)
            items << Html::escape(credits.text(m.activities.at(i).title));
        rows << Html::idea(Symbols::image(d, u"talked"_s, w), w,
                           para(tr("We talked about %1 things:").arg(m.activities.size()))
                               + Html::numberedList(items));
        return html + Html::ideas(rows);
    }
    for (int i = 0; i < m.activities.size(); ++i) {
        const Activity &a = m.activities.at(i);
        QString words = para(Html::bold(tr("%1. %2").arg(i + 1).arg(credits.text(a.title))));
        if (detail == Detail::Full && !a.notes.trimmed().isEmpty())
            words += para(Html::escape(sentence(firstSentence(credits.text(a.notes)))));
        rows << Html::idea(Symbols::image(d, u"talked"_s, w), w, words);
    }
    return html + Html::ideas(rows);
}

QString EasyRead::decided(const Credits &credits, Document &d, Detail detail) const
{
    const Meeting &m = m_minutes.meeting();
    const int w = EasyWords::pictureWidth(d, detail != Detail::Full);
    QStringList rows;
    if (detail >= Detail::Shortest) {
        int n = 0;
        for (const Activity &a : m.activities)
            n += a.decisions.size();
        if (n > 0)
            rows << Html::idea(Symbols::image(d, u"decision"_s, w), w,
                               para(tr("We made %n decisions.", nullptr, n))
                                   + para(tr("The minutes list them all.")));
    }
    for (int i = 0; i < m.activities.size() && detail < Detail::Shortest; ++i) {
        const Activity &a = m.activities.at(i);
        if (a.decisions.isEmpty())
            continue;
        QString words = para(Html::bold(tr("%1. %2").arg(i + 1).arg(credits.text(a.title))));
        const int shown = detail == Detail::Brief ? 1 : a.decisions.size();
        for (int j = 0; j < shown; ++j) {
            const Decision &x = a.decisions.at(j);
            QString text = Html::escape(credits.text(easy(x.easyRead, x.text)));
            if (x.made == u"elsewhere")
                text += u' ' + Html::escape(tr("This was decided at another meeting."));
            words += para(text);
        }
        if (const int more = a.decisions.size() - shown; more > 0)
            words += para(tr("We made %n more decisions.", nullptr, more));
        rows << Html::idea(Symbols::image(d, u"decision"_s, w), w, words);
    }
    if (rows.isEmpty())
        return QString();
    return Html::heading(2, tr("What we decided")) + Html::ideas(rows);
}

QString EasyRead::next(const Credits &credits, Document &d, Detail detail) const
{
    const Meeting &m = m_minutes.meeting();
    const int w = EasyWords::pictureWidth(d, detail != Detail::Full);

    const auto status = [&](const QString &status, const QString &reason) {
        return EasyWords::status(d, status, credits.text(reason));
    };
    const auto whoWhen = [&](const QString &owner, const QDate &due) {
        return EasyWords::whoWhen(owner.trimmed().isEmpty() ? QString() : credits.by(owner), due);
    };
    const auto counts = [](const QStringList &statuses) { return EasyWords::counts(statuses); };

    QString html;
    // What was promised last time, and what happened.
    const QList<ActionRow> &last = m_minutes.lastTime();
    if (!last.isEmpty()) {
        QStringList rows;
        if (detail >= Detail::Brief) {
            QStringList statuses;
            for (const ActionRow &a : last)
                statuses << a.status;
            rows << Html::idea(Symbols::image(d, u"action"_s, w), w,
                               para(tr("Last time we said we would do %n things.", nullptr, last.size()))
                                   + para(Html::escape(counts(statuses))));
        } else {
            for (const ActionRow &a : last)
                rows << Html::idea(Symbols::image(d, Symbols::forStatus(a.status), w), w,
                                   para(Html::escape(sentence(credits.text(a.text))))
                                       + para(whoWhen(a.owner, a.due)) + para(status(a.status, a.reason)));
        }
        html += Html::heading(2, tr("What we said we would do last time")) + Html::ideas(rows);
    }

    QStringList rows;
    if (detail >= Detail::Shortest) {
        QStringList statuses;
        for (const Activity &a : m.activities)
            for (const Action &x : a.actions)
                statuses << x.status;
        if (!statuses.isEmpty())
            rows << Html::idea(Symbols::image(d, u"who-when"_s, w), w,
                               para(Html::escape(tr("We agreed %n things to do.", nullptr, statuses.size())))
                                   + para(Html::escape(counts(statuses)))
                                   + para(tr("The minutes say who will do each one, and by when.")));
    }
    for (int i = 0; i < m.activities.size() && detail < Detail::Shortest; ++i) {
        const Activity &a = m.activities.at(i);
        if (a.actions.isEmpty())
            continue;
        const QString title = Html::bold(tr("%1. %2").arg(i + 1).arg(credits.text(a.title)));
        if (detail == Detail::Full) {
            for (const Action &x : a.actions)
                rows << Html::idea(Symbols::image(d, u"who-when"_s, w), w,
                                   para(Html::escape(credits.text(easy(x.easyRead, x.text))))
                                       + para(whoWhen(x.owner, x.due)) + para(status(x.status, x.reason)));
        } else if (detail == Detail::Compact) {
            QString words = para(title);
            for (const Action &x : a.actions)
                words += para(Html::escape(credits.text(easy(x.easyRead, x.text))) + u' '
                              + whoWhen(x.owner, x.due) + u' ' + status(x.status, x.reason));
            rows << Html::idea(Symbols::image(d, u"who-when"_s, w), w, words);
        } else {
            QStringList statuses;
            for (const Action &x : a.actions)
                statuses << x.status;
            rows << Html::idea(Symbols::image(d, u"who-when"_s, w), w,
                               para(title)
                                   + para(Html::escape(tr("%n things to do.", nullptr, a.actions.size()))
                                          + u' ' + Html::escape(counts(statuses))));
        }
    }
    if (!rows.isEmpty())
        html += Html::heading(2, tr("What happens next")) + Html::ideas(rows);
    return html;
}

QString EasyRead::together(const Credits &credits, Document &d, Detail detail) const
{
    const Meeting &m = m_minutes.meeting();
    const Ladder &ladder = Ladder::builtIn();
    const int w = EasyWords::pictureWidth(d, detail != Detail::Full);
    QStringList rows;
    QStringList brief; // the shortest telling: one line an activity
    QMap<int, int> briefSteps; // how often each step was the one most groups chose
    int disagreed = 0; // activities whose points of view were two steps or more apart
    const auto step = [&](const QString &rungId) {
        const LadderRung *rung = ladder.rung(rungId);
        return rung ? tr("step %1, %2").arg(ladder.level(rungId) + 1).arg(rung->name) : rungId;
    };
    for (int i = 0; i < m.activities.size(); ++i) {
        const Activity &a = m.activities.at(i);
        QMap<QString, QString> rated;
        for (auto it = a.ladder.cbegin(); it != a.ladder.cend(); ++it)
            if (ladder.level(it.value()) >= 0)
                rated.insert(it.key(), it.value());
        if (rated.isEmpty())
            continue;
        // The picture shows the step most points of view chose (the lower one on a tie).
        QMap<int, int> votes;
        int lowest = 7, highest = -1;
        for (const QString &rung : std::as_const(rated)) {
            const int level = ladder.level(rung);
            ++votes[level];
            lowest = qMin(lowest, level);
            highest = qMax(highest, level);
        }
        int picked = votes.firstKey();
        for (auto it = votes.cbegin(); it != votes.cend(); ++it)
            if (it.value() > votes.value(picked))
                picked = it.key();
        if (detail >= Detail::Shortest) {
            disagreed += highest - lowest >= 2;
            brief << Html::escape(tr("%1. %2: %3.")
                                      .arg(i + 1)
                                      .arg(credits.text(a.title), step(ladder.rungs().at(picked).id)))
                    + (highest - lowest >= 2 ? u' ' + Html::bold(tr("Not everyone agreed.")) : QString());
            ++briefSteps[picked];
            continue;
        }
        QString words = para(Html::bold(tr("%1. %2").arg(i + 1).arg(credits.text(a.title))));
        if (detail == Detail::Brief && lowest != highest) {
            words += para(
                Html::escape(tr("Most groups said %1.").arg(step(ladder.rungs().at(picked).id)))
                + (highest - lowest >= 2 ? u' ' + Html::bold(tr("Not everyone agreed.")) : QString()));
        } else if (lowest == highest) {
            words += para(Html::escape(
                rated.size() == 1
                    ? tr("%1 said %2.")
                          .arg(Vocabulary::perspectiveLabel(rated.firstKey()), step(rated.first()))
                    : tr("Everyone said %1.").arg(step(rated.first()))));
        } else {
            QStringList said;
            if (highest - lowest >= 2)
                said << Html::bold(tr("Not everyone agreed."));
            for (const QString &role : Vocabulary::roles())
                if (rated.contains(role))
                    said << Html::escape(
                        tr("%1 said %2.").arg(Vocabulary::perspectiveLabel(role), step(rated.value(role))));
            for (auto it = rated.cbegin(); it != rated.cend(); ++it)
                if (!Vocabulary::roles().contains(it.key()))
                    said << Html::escape(tr("%1 said %2.").arg(it.key(), step(it.value())));
            words += detail == Detail::Full ? [&] {
                QString ps;
                for (const QString &s : std::as_const(said))
                    ps += para(s);
                return ps;
            }()
                                            : para(said.join(u' '));
        }
        rows << Html::idea(Symbols::image(d, Symbols::forRung(ladder.rungs().at(picked).id), w), w, words);
    }

    QStringList checks;
    const Charter &charter = m_minutes.charter();
    for (const CharterCheck &c : m.charterCheck) {
        const Principle *p = charter.principle(c.principle);
        const QString title = p ? p->title : c.principle;
        QString words = para(Html::bold(title));
        if (p && !p->easyRead.isEmpty() && detail < Detail::Brief)
            words += para(Html::escape(sentence(p->easyRead)));
        const QString score = c.score == u"yes" ? tr("We did this.")
            : c.score == u"partly"              ? tr("We did some of this.")
                                                : tr("We have not done this yet.");
        words += para(
            Html::escape(score)
            + (c.note.trimmed().isEmpty() ? QString() : u' ' + Html::escape(sentence(credits.text(c.note)))));
        checks << Html::idea(Symbols::image(d, Symbols::forPrinciple(c.principle, title), w), w, words);
    }
    if (!brief.isEmpty()) {
        int common = briefSteps.firstKey();
        for (auto it = briefSteps.cbegin(); it != briefSteps.cend(); ++it)
            if (it.value() > briefSteps.value(common))
                common = it.key();
        QString words;
        if (detail == Detail::Fewest) {
            words = para(tr("We put %1 things on the ladder.").arg(brief.size()))
                + para(Html::escape(tr("For %1 of them, most groups said %2.")
                                        .arg(briefSteps.value(common))
                                        .arg(step(ladder.rungs().at(common).id))));
            if (disagreed > 0)
                words += para(Html::bold(tr("Not everyone agreed about %1 of them.").arg(disagreed)));
        } else {
            // A line each, with the activity's own number (unrated ones are left out, so a list's numbers
            // would not match), and no bullet in front of the number.
            words = para(tr("These are the steps most groups chose."));
            for (const QString &line : std::as_const(brief))
                words += para(line);
        }
        rows << Html::idea(Symbols::image(d, Symbols::forRung(ladder.rungs().at(common).id), w), w, words);
    }
    if (rows.isEmpty() && checks.isEmpty())
        return QString();

    QString html = Html::heading(2, tr("How we worked together"));
    if (!rows.isEmpty()) {
        const QString intro = para(tr("The ladder shows how we work together."))
            + para(tr("Step 1 is the bottom."))
            + para(tr("Step 7 is the top: everyone works together as equals."));
        html += Html::ideas(QStringList { Html::idea(Symbols::image(d, u"rung-7"_s, w), w, intro) } + rows);
    }
    if (!checks.isEmpty()) {
        QString intro = para(tr("At the end we checked our charter."));
        intro += para(tr("Did we keep our promises?"));
        html
            += Html::ideas(QStringList { Html::idea(Symbols::image(d, u"charter"_s, w), w, intro) } + checks);
    }
    return html;
}

QString EasyRead::heard(Document &d, Detail detail) const
{
    const std::optional<HeardCounts> &h = m_minutes.meeting().heard;
    if (!h || h->yes + h->partly + h->no == 0)
        return QString();
    const int w = EasyWords::pictureWidth(d, detail != Detail::Full);
    QString words = para(tr("We asked: were you heard?"));
    if (h->yes)
        words += para(tr("%n people said yes.", nullptr, h->yes));
    if (h->partly)
        words += para(tr("%n people said partly.", nullptr, h->partly));
    if (h->no)
        words += para(tr("%n people said no.", nullptr, h->no));
    return Html::heading(2, tr("Were you heard?"))
        + Html::ideas({ Html::idea(Symbols::image(d, u"heard"_s, w), w, words) });
}

QString EasyRead::wordsToKnow(const QString &bodyHtml, Document &d, Detail detail) const
{
    return EasyWords::wordsToKnow(bodyHtml, d, EasyWords::pictureWidth(d, detail != Detail::Full),
                                  m_minutes.words());
}

} // namespace Coproduce
