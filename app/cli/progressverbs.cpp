// SPDX-License-Identifier: GPL-3.0-or-later
// `coproduce progress`: how well the area is co-producing over time (issue 21), as a table for a person,
// or as JSON or CSV for a council's own dashboards (docs/formats.md, coproduce-progress/1).
#include "commandline.h"

#include "core/isodate.h"
#include "core/ladder.h"
#include "core/progressformat.h"
#include "core/progressrepository.h"
#include "core/progresssentences.h"
#include "reports/documentwriter.h"
#include "reports/fontwarmup.h"
#include "reports/progressreport.h"
#include "texttable.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QString ratio(int part, int whole)
{
    return whole == 0 ? u"-"_s : u"%1/%2"_s.arg(part).arg(whole);
}

} // namespace

int CommandLine::progress(const QStringList &)
{
    if (isSet(u"json"_s) && isSet(u"csv"_s))
        return usageError(tr("--json and --csv do not go together"));
    if (isSet(u"no-bom"_s) && !isSet(u"csv"_s))
        return usageError(tr("--no-bom goes with --csv"));
    const QString output = value(u"output"_s);
    if (!output.isEmpty() && (isSet(u"json"_s) || isSet(u"csv"_s)))
        return usageError(tr("--output writes the report: it does not go with --json or --csv"));
    for (const QString &option : { u"format"_s, u"easy-read"_s, u"large-print"_s, u"a5"_s })
        if (output.isEmpty() && isSet(option))
            return usageError(tr("--%1 goes with --output FILE").arg(option));
    std::optional<DocumentWriter::Format> format;
    if (!output.isEmpty()) {
        QString error;
        format = DocumentWriter::formatFor(output, value(u"format"_s), &error);
        if (!format)
            return usageError(error);
    }
    ProgressRequest request;
    request.series = value(u"series"_s);
    // The last 12 months unless told otherwise.
    request.to = request.today;
    if (isSet(u"to"_s)) {
        request.to = IsoDate::parse(value(u"to"_s));
        if (!request.to.isValid())
            return usageError(tr("--to needs a date such as 2026-03-31, not \"%1\"").arg(value(u"to"_s)));
    }
    const QString by = value(u"by"_s);
    if (by == u"month")
        request.step = ProgressRequest::Step::Month;
    else if (by == u"year")
        request.step = ProgressRequest::Step::Year;
    else if (!by.isEmpty() && by != u"quarter")
        return usageError(tr("--by takes month, quarter or year, not \"%1\"").arg(by));
    request.from = ProgressRequest::lastTwelveMonths(request.to, request.step);
    if (isSet(u"from"_s)) {
        request.from = IsoDate::parse(value(u"from"_s));
        if (!request.from.isValid())
            return usageError(tr("--from needs a date such as 2026-04-01, not \"%1\"").arg(value(u"from"_s)));
    }
    if (request.to < request.from)
        return usageError(tr("--from (%1) comes after --to (%2)")
                              .arg(IsoDate::format(request.from), IsoDate::format(request.to)));
    if (!openDatabase())
        return 1;
    QString error;
    const std::optional<ProgressNumbers> numbers = ProgressRepository(m_database).numbers(request, &error);
    if (!numbers)
        return fail(error);
    if (format) {
        const FontWarmUp fonts;
        ReportOptions options;
        options.largePrint = isSet(u"large-print"_s);
        options.a5 = isSet(u"a5"_s);
        QStringList warnings;
        // Nobody is named in it: a file others may read.
        if (!DocumentWriter::write(ProgressReport(*numbers).document(options, isSet(u"easy-read"_s)), *format,
                                   output, false, &error, &warnings))
            return fail(error);
        warn(warnings);
        return 0;
    }
    if (isSet(u"json"_s)) {
        // Like every JSON the verbs print, it ends its line (a shell prompt after it starts on its own).
        const QString json = QString::fromUtf8(ProgressFormat::json(*numbers));
        m_out << json << (json.endsWith(u'\n') ? u""_s : u"\n"_s);
        return 0;
    }
    if (isSet(u"csv"_s)) {
        const QList<QStringList> rows = ProgressFormat::rows(*numbers);
        TextTable table(rows.first());
        for (qsizetype i = 1; i < rows.size(); ++i)
            table.addRow(rows.at(i));
        // UTF-8's byte-order mark first, as `actions list --csv` does, for Excel.
        if (!isSet(u"no-bom"_s))
            m_out << QChar(QChar::ByteOrderMark);
        m_out << table.toCsv();
        return 0;
    }
    const QList<LadderGroup> &groups = Ladder::builtIn().groups();
    TextTable table({ tr("PERIOD"), tr("MEETINGS"), groups.value(0).name.toUpper(),
                      groups.value(1).name.toUpper(), groups.value(2).name.toUpper(), tr("ACTIONS DONE"),
                      tr("SAID, ACTED ON"), tr("PEOPLE THERE"), tr("HEARD") });
    const auto add = [&](const QString &period, const ProgressCounts &c) {
        table.addRow({ period, QString::number(c.meetings), QString::number(c.ladder.groups.at(0)),
                       QString::number(c.ladder.groups.at(1)), QString::number(c.ladder.groups.at(2)),
                       ratio(c.done, c.actions), ratio(c.saidWithAction, c.said),
                       QString::number(c.presentTotal()), ratio(c.heard.yes, c.heard.total()) });
    };
    for (qsizetype i = 0; i < numbers->periods.size(); ++i)
        add(numbers->periods.at(i).label(), numbers->counts.at(i));
    add(tr("All"), numbers->whole);
    m_out << table.toText() << u'\n';
    for (const QString &sentence :
         { ProgressSentences::ladder(*numbers), ProgressSentences::apart(*numbers),
           ProgressSentences::actions(*numbers), ProgressSentences::daysToDone(*numbers),
           ProgressSentences::said(*numbers), ProgressSentences::attendance(*numbers),
           ProgressSentences::charterCheck(*numbers), ProgressSentences::heard(*numbers) })
        m_out << sentence << u'\n';
    return 0;
}

} // namespace Coproduce
