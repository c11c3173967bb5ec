// SPDX-License-Identifier: GPL-3.0-or-later
#include "yousaidwedid.h"

#include "core/meetinglist.h"
#include "core/wordrepository.h"

#include "credits.h"
#include "easywords.h"
#include "html.h"
#include "symbols.h"

#include "core/database.h"
#include "core/meetingrepository.h"
#include "core/seriesrepository.h"
#include "core/vocabulary.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// The actions of a meeting that answer contribution `ref`.
QList<Action> answers(const Meeting &m, const QString &ref)
{
    QList<Action> found;
    for (const Activity &a : m.activities)
        for (const Action &x : a.actions)
            if (!ref.isEmpty() && x.respondsTo == ref)
                found << x;
    return found;
}

} // namespace

std::optional<YouSaidWeDid> YouSaidWeDid::load(Database &database, const QString &series)
{
    const std::optional<qint64> seriesId = SeriesRepository(database).find(series);
    if (!seriesId)
        return std::nullopt;
    YouSaidWeDid report;
    report.m_series = series;
    report.m_words = WordRepository(database).dictionary();
    const QList<qint64> ids = MeetingList(database).inSeries(*seriesId);
    MeetingRepository meetings(database);
    for (qint64 id : std::as_const(ids))
        if (std::optional<Meeting> m = meetings.load(id))
            report.m_meetings << *m;
    return report;
}

QList<Attendee> YouSaidWeDid::people() const
{
    QList<Attendee> all;
    for (const Meeting &m : m_meetings)
        all += m.attendees;
    Credits::mostPrivateFirst(all);
    return all;
}

Document YouSaidWeDid::document(const ReportOptions &options, bool easyRead) const
{
    return easyRead ? easy(options) : formal(options);
}

Document YouSaidWeDid::formal(const ReportOptions &options) const
{
    const Credits credits(people(), options.redact);
    Document d;
    d.title = tr("You said, we did: %1").arg(m_series);
    d.pageSize = QPageSize(options.a5 ? QPageSize::A5 : QPageSize::A4);
    d.pointSize = options.largePrint ? 16 : 11;
    QString body = Html::heading(1, d.title);
    int said = 0, answered = 0;
    QStringList statuses;
    QString meetingsHtml;
    for (const Meeting &m : m_meetings) {
        QList<QStringList> rows;
        for (const Activity &a : m.activities)
            for (const Contribution &c : a.contributions) {
                ++said;
                const QString by = credits.by(c.by);
                const QString text
                    = by.isEmpty() ? credits.text(c.text) : tr("%1 (%2)").arg(credits.text(c.text), by);
                const QList<Action> done = answers(m, c.ref);
                answered += !done.isEmpty();
                if (done.isEmpty())
                    rows.append({ text, tr("No action yet"), QString(), QString() });
                for (const Action &x : done) {
                    statuses << x.status;
                    QString status = Vocabulary::statusLabel(x.status);
                    if (x.status == u"cannot-do" && !x.reason.isEmpty())
                        status = tr("%1: %2").arg(status, credits.text(x.reason));
                    QString who = credits.by(x.owner);
                    if (x.due.isValid())
                        who = who.isEmpty() ? Html::date(x.due) : tr("%1, by %2").arg(who, Html::date(x.due));
                    rows.append({ text, credits.text(x.text), who, status });
                }
            }
        if (rows.isEmpty())
            continue;
        meetingsHtml += Html::heading(2, tr("%1: %2").arg(Html::longDate(m.date), credits.text(m.title)));
        meetingsHtml += Html::table({ tr("You said"), tr("We did"), tr("Who, by when"), tr("Status") }, rows);
    }
    if (m_meetings.isEmpty()) {
        body += Html::paragraph(tr("This series has no meetings yet."));
    } else {
        // One meeting has a date, several a span: two sentences, the second a plural (for languages with
        // more than one).
        body += Html::paragraph(
            m_meetings.size() == 1
                ? tr("Every point made at the meeting of %1 on %2, and the actions that answered it, with "
                     "their status today.")
                      .arg(m_series, Html::longDate(m_meetings.first().date))
                : tr("Every point made at the %n meetings of %1 from %2 to %3, and the actions that answered "
                     "it, with their status today.",
                     nullptr, int(m_meetings.size()))
                      .arg(m_series, Html::longDate(m_meetings.first().date),
                           Html::longDate(m_meetings.last().date)));
        body += Html::definitions(
            { { tr("Points made"), QString::number(said) },
              { tr("Answered by an action"), QString::number(answered) },
              { tr("Actions done"), QString::number(statuses.count(u"done"_s)) },
              { tr("Actions that cannot be done"), QString::number(statuses.count(u"cannot-do"_s)) } });
    }
    d.body = body + meetingsHtml;
    return d;
}

Document YouSaidWeDid::easy(const ReportOptions &options) const
{
    const Credits credits(people(), options.redact);
    Document d;
    d.title = tr("You said, we did: %1").arg(m_series);
    d.pageSize = QPageSize(options.a5 ? QPageSize::A5 : QPageSize::A4);
    d.pointSize = options.largePrint ? 20 : 16;
    d.furniturePointSize = d.pointSize;
    d.lineHeight = 150;
    d.styleSheet
        = u"p { margin-top: 0; margin-bottom: 6pt; }\nh1, h2 { margin-top: 14pt; margin-bottom: 8pt; }\n"_s;
    d.body = easyBody(credits, d, false);
    d.shorterBodies << easyBody(credits, d, true);
    d.maximumPages = 24;
    return d;
}

QString YouSaidWeDid::easyBody(const Credits &credits, Document &d, bool brief) const
{
    const int w = EasyWords::pictureWidth(d, brief);
    QString body = Html::heading(1, tr("You said, we did"));
    body += EasyWords::para(Html::escape(tr("This is about the meetings of %1.").arg(m_series)));
    int said = 0, answered = 0;
    for (const Meeting &m : m_meetings)
        for (const Activity &a : m.activities)
            for (const Contribution &c : a.contributions) {
                ++said;
                answered += !answers(m, c.ref).isEmpty();
            }
    QString intro = EasyWords::para(tr("We met %n times.", nullptr, m_meetings.size()));
    intro += EasyWords::para(tr("You told us %n things.", nullptr, said));
    intro += EasyWords::para(tr("We agreed to do something about %1 of them.").arg(answered));
    body += Html::ideas({ Html::idea(Symbols::image(d, u"people"_s, w), w, intro) });

    for (const Meeting &m : m_meetings) {
        QStringList rows;
        QStringList statuses;
        int meetingSaid = 0, meetingAnswered = 0;
        for (const Activity &a : m.activities)
            for (const Contribution &c : a.contributions) {
                const QList<Action> done = answers(m, c.ref);
                ++meetingSaid;
                meetingAnswered += !done.isEmpty();
                for (const Action &x : done)
                    statuses << x.status;
                if (brief)
                    continue;
                QString words = EasyWords::para(Html::bold(tr("You said:")) + u' '
                                                + Html::escape(EasyWords::sentence(credits.text(c.text))));
                if (done.isEmpty())
                    words += EasyWords::para(Html::escape(tr("We have not done anything about this yet.")));
                // "We did" only for what is done: the rest was agreed, and its status says how far it got.
                for (const Action &x : done)
                    words += EasyWords::para(
                                 Html::bold(x.status == u"done" ? tr("We did:") : tr("We agreed:")) + u' '
                                 + Html::escape(credits.text(EasyWords::easy(x.easyRead, x.text))))
                        + EasyWords::para(EasyWords::status(d, x.status, credits.text(x.reason)));
                rows << Html::idea(Symbols::image(d, u"talked"_s, w), w, words);
            }
        if (meetingSaid == 0)
            continue;
        body += Html::heading(2, tr("Our meeting on %1").arg(EasyWords::dayDate(m.date)));
        if (brief) {
            QString words = EasyWords::para(tr("You told us %n things.", nullptr, meetingSaid));
            words += EasyWords::para(tr("We agreed to do something about %1 of them.").arg(meetingAnswered));
            // The statuses are of the things to do, which can be more than the things said: each count has
            // its own sentence to say which it counts ("8 are done" of 12 things to do, not of 8 things
            // said).
            if (!statuses.isEmpty()) {
                const QString agreed = tr("We agreed %n things to do about them.", nullptr, statuses.size());
                words += EasyWords::para(Html::escape(agreed + u' ' + EasyWords::counts(statuses)));
            }
            rows << Html::idea(Symbols::image(d, u"talked"_s, w), w, words);
        }
        body += Html::ideas(rows);
    }
    if (brief)
        body += EasyWords::para(tr("This is a short version.") + u' '
                                + tr("The full version lists everything you said."));
    return body + EasyWords::wordsToKnow(body, d, w, m_words);
}

} // namespace Coproduce
