// SPDX-License-Identifier: GPL-3.0-or-later
#include "minutes.h"

#include "core/meetinglist.h"
#include "core/wordrepository.h"

#include "credits.h"
#include "html.h"
#include "ladderlabels.h"
#include "ladderpicture.h"

#include "core/charterrepository.h"
#include "core/database.h"
#include "core/ladder.h"
#include "core/meetingrepository.h"
#include "core/vocabulary.h"

#include <QSet>

namespace Coproduce {

using namespace Qt::StringLiterals;

std::optional<Minutes> Minutes::load(Database &database, qint64 meetingId)
{
    std::optional<Meeting> meeting = MeetingRepository(database).load(meetingId);
    if (!meeting)
        return std::nullopt;
    Minutes m;
    m.m_meeting = *meeting;
    m.m_charter = CharterRepository(database).find(meeting->charter).value_or(Charter());
    m.m_lastTime = ActionRepository(database).fromLastTime(meetingId);
    m.m_words = WordRepository(database).dictionary();
    // In meeting order, then the most private wish first: a person credited differently at two earlier
    // meetings (and not at this one) is named as the more private of the two, the same every time. (A set's
    // order changes from run to run, and the first listing of a name decides how it is shown.)
    QList<qint64> earlier;
    for (const ActionRow &row : std::as_const(m.m_lastTime))
        if (!earlier.contains(row.meetingId))
            earlier << row.meetingId;
    std::sort(earlier.begin(), earlier.end());
    const MeetingList meetings(database);
    for (qint64 id : std::as_const(earlier))
        m.m_earlierPeople += meetings.people(id);
    Credits::mostPrivateFirst(m.m_earlierPeople);
    return m;
}

QList<Attendee> Minutes::people() const
{
    return m_meeting.attendees + m_earlierPeople;
}

Document Minutes::document(const ReportOptions &options) const
{
    const Credits credits(people(), options.redact);
    // Shared by the document's ladders, and gone with the document.
    const auto labels = std::make_shared<LadderLabels>(LadderPicture::labelFont());
    Document d;
    d.title = credits.text(m_meeting.title);
    d.pageSize = QPageSize(options.a5 ? QPageSize::A5 : QPageSize::A4);
    d.pointSize = options.largePrint ? 16 : 11;
    QString body = Html::heading(1, tr("Minutes: %1").arg(d.title));
    body += details(credits);
    body += whoCame(credits);
    // Set column shares suit a wide page; in large print or on A5 Qt's own sharing breaks fewer words.
    const bool wide = !options.largePrint && !options.a5;
    body += lastTime(credits, wide);
    for (int i = 0; i < m_meeting.activities.size(); ++i)
        body += activity(i, credits, d, labels, wide);
    body += charterCheck(credits);
    body += heard();
    d.body = body;
    return d;
}

QString Minutes::details(const Credits &credits) const
{
    QList<QPair<QString, QString>> rows;
    if (!m_meeting.series.isEmpty())
        rows.append({ tr("Series"), m_meeting.series });
    rows.append({ tr("Date"), Html::longDate(m_meeting.date) });
    if (m_meeting.start.isValid())
        rows.append({ tr("Time"),
                      m_meeting.end.isValid()
                          ? tr("%1 to %2")
                                .arg(m_meeting.start.toString(u"HH:mm"_s), m_meeting.end.toString(u"HH:mm"_s))
                          : m_meeting.start.toString(u"HH:mm"_s) });
    if (!m_meeting.location.isEmpty())
        rows.append({ tr("Place"), credits.text(m_meeting.location) });
    if (!m_charter.name.isEmpty())
        rows.append({ tr("Charter"), m_charter.name });
    if (!m_meeting.facilitator.isEmpty())
        rows.append({ tr("Facilitator"), credits.by(m_meeting.facilitator) });
    return Html::definitions(rows);
}

QString Minutes::whoCame(const Credits &credits) const
{
    QString html = Html::heading(2, tr("Who came"));
    for (const QString &attendance : { u"present"_s, u"apologies"_s }) {
        QList<QStringList> rows;
        for (const QString &role : Vocabulary::roles()) {
            QStringList shown;
            int unnamed = 0;
            for (const Attendee &a : m_meeting.attendees) {
                if (a.role != role || a.attendance != attendance)
                    continue;
                const QString name = credits.shown(a);
                if (name.isEmpty() || name == Credits::rolePhrase(role))
                    ++unnamed;
                else
                    shown << (a.organisation.isEmpty() ? name : tr("%1 (%2)").arg(name, a.organisation));
            }
            if (unnamed > 0)
                shown << (tr("%n people not named", nullptr, unnamed));
            if (!shown.isEmpty())
                rows.append({ Vocabulary::perspectiveLabel(role), shown.join(u"; "_s) });
        }
        if (attendance == u"apologies") {
            if (rows.isEmpty())
                continue;
            html += Html::heading(3, tr("Apologies"));
        }
        html += Html::table({ tr("Role"), tr("People") }, rows);
    }
    return html;
}

QString Minutes::lastTime(const Credits &credits, bool wide) const
{
    if (m_lastTime.isEmpty())
        return QString();
    QList<QStringList> rows;
    for (const ActionRow &a : m_lastTime) {
        QString status = Vocabulary::statusLabel(a.status);
        if (a.status == u"cannot-do" && !a.reason.isEmpty())
            status = tr("%1: %2").arg(status, credits.text(a.reason));
        rows.append({ credits.text(a.text), credits.by(a.owner), Html::date(a.due), status,
                      tr("%1, %2").arg(credits.text(a.meetingTitle), Html::date(a.meetingDate)) });
    }
    return Html::heading(2, tr("Actions from last time"))
        + Html::table({ tr("What"), tr("Who"), tr("By when"), tr("Status"), tr("From") }, rows,
                      wide ? QList<int> { 26, 15, 18, 20, 21 } : QList<int>());
}

QString Minutes::activity(int index, const Credits &credits, Document &document,
                          const std::shared_ptr<LadderLabels> &labels, bool wide) const
{
    const Activity &a = m_meeting.activities.at(index);
    QString html = Html::heading(2, tr("%1. %2").arg(index + 1).arg(credits.text(a.title)));
    if (!a.raisedBy.isEmpty())
        html += Html::paragraph(tr("Raised by %1.").arg(Vocabulary::perspectiveLabel(a.raisedBy).toLower()));
    html += Html::paragraphs(credits.text(a.notes));

    html += Html::heading(3, tr("Where it sat on the ladder"));
    // Activities rated alike share one picture: drawn, compressed and embedded once.
    QStringList key;
    for (auto it = a.ladder.begin(); it != a.ladder.end(); ++it)
        key << it.key() + u'=' + it.value();
    const QString image = u"ladder-%1.png"_s.arg(key.isEmpty() ? u"none"_s : key.join(u'-'));
    const bool drawn = std::any_of(document.images.cbegin(), document.images.cend(),
                                   [&](const DocumentImage &i) { return i.name == image; });
    if (!drawn)
        document.images.append({ image, QImage(),
                                 [ratings = a.ladder, labels](QPainter *painter, const QRectF &target) {
                                     LadderPicture::paint(painter, target, ratings, 520, labels.get());
                                 },
                                 LadderPicture::size(520) });
    html += Html::image(image, LadderPicture::describe(a.ladder), 520);
    if (!a.poll.isEmpty()) {
        QList<QStringList> rows;
        const QStringList rungs = Ladder::builtIn().rungIds();
        for (auto rung = rungs.crbegin(); rung != rungs.crend(); ++rung) {
            QStringList who;
            int total = 0;
            for (const QString &role : Vocabulary::roles())
                if (const int n = a.poll.value(role).value(*rung)) {
                    who << u"%1 %2"_s.arg(Vocabulary::perspectiveLabel(role).toLower()).arg(n);
                    total += n;
                }
            if (total > 0)
                rows.append(
                    { Ladder::builtIn().rung(*rung)->name, QString::number(total), who.join(u", "_s) });
        }
        html += Html::paragraph(tr("The room's poll: how many people put it on each rung."));
        html += Html::table({ tr("Rung"), tr("People"), tr("Who") }, rows);
    }

    if (!a.contributions.isEmpty()) {
        QStringList items;
        for (const Contribution &c : a.contributions)
            items << (c.by.isEmpty() ? Html::escape(credits.text(c.text))
                                     : tr("%1 (%2)").arg(Html::escape(credits.text(c.text)),
                                                         Html::escape(credits.by(c.by))));
        html += Html::heading(3, tr("What people said")) + Html::list(items);
    }
    if (!a.decisions.isEmpty()) {
        QStringList items;
        for (const Decision &d : a.decisions)
            items
                << (d.made == u"elsewhere"
                        ? tr("%1 (made elsewhere and reported here)").arg(Html::escape(credits.text(d.text)))
                        : Html::escape(credits.text(d.text)));
        html += Html::heading(3, tr("Decisions")) + Html::list(items);
    }
    if (!a.commitments.isEmpty()) {
        QStringList items;
        for (const Commitment &c : a.commitments) {
            QString by = credits.by(c.by);
            if (!by.isEmpty())
                by[0] = by.at(0).toUpper(); // it opens the line: "A young person: …"
            items << (by.isEmpty() ? Html::escape(credits.text(c.text))
                                   : tr("%1: %2").arg(Html::escape(by), Html::escape(credits.text(c.text))));
        }
        html += Html::heading(3, tr("Commitments")) + Html::list(items);
    }
    if (!a.actions.isEmpty()) {
        QList<QStringList> rows;
        for (const Action &x : a.actions)
            rows.append({ credits.text(x.text), credits.by(x.owner), Html::date(x.due),
                          Vocabulary::statusLabel(x.status), credits.text(x.reason) });
        html += Html::heading(3, tr("Actions"))
            + Html::table({ tr("What"), tr("Who"), tr("By when"), tr("Status"), tr("Why it cannot be done") },
                          rows, wide ? QList<int> { 28, 15, 18, 15, 24 } : QList<int>());
    }
    return html;
}

QString Minutes::charterCheck(const Credits &credits) const
{
    if (m_meeting.charterCheck.isEmpty())
        return QString();
    QList<QStringList> rows;
    for (const CharterCheck &c : m_meeting.charterCheck) {
        const Principle *p = m_charter.principle(c.principle);
        rows.append(
            { p ? p->title : c.principle, Vocabulary::checkScoreLabel(c.score), credits.text(c.note) });
    }
    return Html::heading(2, tr("How we did against the charter"))
        + Html::table({ tr("Principle"), tr("How we did"), tr("Note") }, rows);
}

QString Minutes::heard() const
{
    if (!m_meeting.heard)
        return QString();
    const HeardCounts &h = *m_meeting.heard;
    return Html::heading(2, tr("Were you heard?"))
        + Html::paragraph(tr("Yes: %1. Partly: %2. No: %3.").arg(h.yes).arg(h.partly).arg(h.no));
}

} // namespace Coproduce
