// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressreport.h"

#include "barchartpicture.h"
#include "easywords.h"
#include "html.h"
#include "symbols.h"

#include "core/ladder.h"
#include "core/progresssentences.h"
#include "core/progressseries.h"
#include "core/progresstables.h"
#include "core/vocabulary.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

constexpr int ChartWidth = 620;

QString table(const ProgressTable &t)
{
    return Html::table(t.headers, t.rows);
}

} // namespace

ProgressReport::ProgressReport(const ProgressNumbers &numbers)
    : m_numbers(numbers)
{
}

QString ProgressReport::title() const
{
    return m_numbers.request.series.isEmpty() ? tr("Progress across the area")
                                              : tr("Progress: %1").arg(m_numbers.request.series);
}

Document ProgressReport::document(const ReportOptions &options, bool easyRead) const
{
    return easyRead ? easy(options) : formal(options);
}

QString ProgressReport::chart(Document &d, const QString &name, const QList<ProgressSeries> &series,
                              const QString &alt) const
{
    const BarChartPicture picture(ProgressSeriesOf::categories(m_numbers), series);
    d.images.append(
        { name, QImage(),
          [picture](QPainter *painter, const QRectF &target) { picture.paint(painter, target, ChartWidth); },
          BarChartPicture::size(ChartWidth) });
    return Html::image(name, alt, ChartWidth);
}

Document ProgressReport::formal(const ReportOptions &options) const
{
    const ProgressNumbers &n = m_numbers;
    const ProgressCounts &w = n.whole;
    Document d;
    d.title = title();
    d.pageSize = QPageSize(options.a5 ? QPageSize::A5 : QPageSize::A4);
    d.pointSize = options.largePrint ? 16 : 11;
    QString body = Html::heading(1, d.title);
    body += Html::paragraph((n.request.step == ProgressRequest::Step::Month
                                 ? tr("Meetings from %1 to %2, counted by month.")
                                 : n.request.step == ProgressRequest::Step::Year
                                 ? tr("Meetings from %1 to %2, counted by year.")
                                 : tr("Meetings from %1 to %2, counted by quarter."))
                                .arg(Html::ukDate(n.request.from, Html::DateStyle::Long),
                                     Html::ukDate(n.request.to, Html::DateStyle::Long))
                            + u' ' + tr("People are counted here, never named."));
    body += Html::definitions({ { tr("Meetings"), QString::number(w.meetings) },
                                { tr("Ratings on the ladder"), QString::number(w.ladder.total()) },
                                { tr("Actions agreed"), QString::number(w.actions) },
                                { tr("Things people said"), QString::number(w.said) },
                                { tr("People at meetings"), QString::number(w.presentTotal()) } });

    const QString ladder = ProgressSentences::ladder(n) + u' ' + ProgressSentences::apart(n);
    body += Html::heading(2, tr("The ladder over time")) + Html::paragraph(ladder)
        + chart(d, u"progress-ladder.png"_s, ProgressSeriesOf::ladder(n), ladder)
        + table(ProgressTableOf::ladder(n));
    // Each point of view's middle rung, period by period: where the views differ.
    QStringList views;
    for (const QString &role : Vocabulary::roles())
        if (w.perspectives.contains(role))
            views << role;
    if (views.size() > 1) {
        QStringList headers { tr("Period") };
        for (const QString &role : views)
            headers << Vocabulary::perspectiveLabel(role);
        QList<QStringList> rows;
        for (qsizetype i = 0; i <= n.periods.size(); ++i) {
            const ProgressCounts &c = i < n.periods.size() ? n.counts.at(i) : w;
            QStringList row { i < n.periods.size() ? n.periods.at(i).label() : tr("All") };
            for (const QString &role : views) {
                const int level = c.perspectives.value(role).median;
                row << (level < 0 ? u"\u2013"_s : Ladder::builtIn().rungs().at(level).name);
            }
            rows << row;
        }
        body += Html::heading(3, tr("The middle rung from each point of view")) + Html::table(headers, rows);
    }

    const QString actions = QStringList { ProgressSentences::actions(n), ProgressSentences::daysToDone(n),
                                          ProgressSentences::said(n) }
                                .join(u' ');
    body += Html::heading(2, tr("Actions")) + Html::paragraph(actions)
        + chart(d, u"progress-actions.png"_s, ProgressSeriesOf::actions(n), ProgressSentences::actions(n))
        + table(ProgressTableOf::actions(n));
    if (!n.cannotDoReasons.isEmpty())
        body += Html::heading(3, tr("Why some actions cannot be done")) + table(ProgressTableOf::reasons(n));

    const QString attendance = ProgressSentences::attendance(n);
    body += Html::heading(2, tr("Who comes")) + Html::paragraph(attendance)
        + chart(d, u"progress-attendance.png"_s, ProgressSeriesOf::attendance(n), attendance)
        + table(ProgressTableOf::attendance(n)) + table(ProgressTableOf::arrivals(n));

    const QString check = ProgressSentences::charterCheck(n);
    body += Html::heading(2, tr("The charter check")) + Html::paragraph(check);
    // Each principle for the whole time; period by period too when the periods fit across a page.
    if (!n.principles.isEmpty()) {
        body += chart(d, u"progress-check.png"_s, ProgressSeriesOf::charterCheck(n), check)
            + table(ProgressTableOf::principles(n));
        if (n.periods.size() <= 4)
            body
                += Html::heading(3, tr("Each principle over time")) + table(ProgressTableOf::charterCheck(n));
    }

    const QString heard = ProgressSentences::heard(n);
    body += Html::heading(2, tr("Were people heard?")) + Html::paragraph(heard)
        + chart(d, u"progress-heard.png"_s, ProgressSeriesOf::heard(n), heard)
        + table(ProgressTableOf::heard(n));
    d.body = body;
    return d;
}

} // namespace Coproduce
