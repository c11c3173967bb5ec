// SPDX-License-Identifier: GPL-3.0-or-later
// The verbs that write documents (minutes, easy read, you said we did) and check plain English.
#include "commandline.h"

#include "texttable.h"

#include "core/meetingrepository.h"
#include "core/readability.h"
#include "core/spelling.h"
#include "core/textcheck.h"
#include "core/wordrepository.h"
#include "reports/documentwriter.h"
#include "reports/easyread.h"
#include "reports/fontwarmup.h"
#include "reports/minutes.h"
#include "reports/yousaidwedid.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QString number(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

// 1-based line and column of a position, as editors count them.
QPair<int, int> lineColumn(const QString &text, qsizetype position)
{
    // lastIndexOf treats -1 as "from the end": the first line needs no search.
    const qsizetype lineStart = position == 0 ? 0 : text.lastIndexOf(u'\n', position - 1) + 1;
    return { int(text.left(position).count(u'\n')) + 1, int(position - lineStart) + 1 };
}

} // namespace

int CommandLine::minutes(const QStringList &args)
{
    const std::optional<qint64> id = meetingId(args.at(0));
    if (!id)
        return 2;
    const QString output = value(u"output"_s);
    if (output.isEmpty())
        return usageError(tr("\"minutes\" needs --output FILE"));
    QString error;
    const std::optional<DocumentWriter::Format> format
        = DocumentWriter::formatFor(output, value(u"format"_s), &error);
    if (!format)
        return usageError(error);
    const FontWarmUp fonts; // read while the meeting loads
    if (!openDatabase())
        return 1;
    const std::optional<Minutes> minutes = Minutes::load(m_database, *id);
    if (!minutes)
        return fail(tr("there is no meeting %1 (see `coproduce meetings list`)").arg(*id));
    ReportOptions options;
    options.redact = isSet(u"redact"_s);
    options.largePrint = isSet(u"large-print"_s);
    options.a5 = isSet(u"a5"_s);
    const Document document
        = isSet(u"easy-read"_s) ? EasyRead(*minutes).document(options) : minutes->document(options);
    QStringList warnings;
    if (!DocumentWriter::write(document, *format, output, !options.redact, &error, &warnings))
        return fail(error);
    warn(warnings);
    return 0;
}

int CommandLine::youSaidWeDid(const QStringList &args)
{
    const QString output = value(u"output"_s);
    if (output.isEmpty())
        return usageError(tr("\"you-said-we-did\" needs --output FILE"));
    QString error;
    const std::optional<DocumentWriter::Format> format
        = DocumentWriter::formatFor(output, value(u"format"_s), &error);
    if (!format)
        return usageError(error);
    const FontWarmUp fonts; // read while the series loads
    if (!openDatabase())
        return 1;
    const std::optional<YouSaidWeDid> report = YouSaidWeDid::load(m_database, args.at(0));
    if (!report)
        return fail(tr("there is no series \"%1\" (see `coproduce meetings list`)").arg(args.at(0)));
    ReportOptions options;
    options.redact = isSet(u"redact"_s);
    options.largePrint = isSet(u"large-print"_s);
    options.a5 = isSet(u"a5"_s);
    QStringList warnings;
    if (!DocumentWriter::write(report->document(options, isSet(u"easy-read"_s)), *format, output,
                               !options.redact, &error, &warnings))
        return fail(error);
    warn(warnings);
    return 0;
}

int CommandLine::checkText(const QStringList &args)
{
    QByteArray bytes;
    if (!readInput(args.value(0, u"-"_s), &bytes))
        return 1;
    // The area's own words count too, from --database or the usual database if there is one; without
    // either, the built-in words.
    const bool useDatabase = isSet(u"database"_s) || QFileInfo::exists(Database::defaultPath());
    if (useDatabase && !openDatabase())
        return 1;
    const PlainWords dictionary
        = useDatabase ? WordRepository(m_database).dictionary() : PlainWords::builtIn();
    TextCheck check(dictionary);
    // Spelling, unless left out: the area's words (or, with no database, the built-in hard words) are right.
    std::unique_ptr<Spelling> spelling;
    if (!isSet(u"no-spelling"_s)) {
        spelling = std::make_unique<Spelling>(isSet(u"dictionary"_s) ? value(u"dictionary"_s)
                                                                     : Spelling::defaultLanguage());
        if (!spelling->isValid()) {
            if (isSet(u"dictionary"_s))
                return fail(spelling->errorString() + u' '
                            + tr("Installed: %1.").arg(Spelling::installed().join(u", "_s)));
            warn({ spelling->errorString() });
        } else if (useDatabase) {
            WordRepository(m_database).teach(*spelling);
        } else {
            QStringList words;
            for (const PlainWord &w : dictionary.words())
                words << w.term << w.also;
            spelling->setKnown(u"hard words"_s, words);
        }
        if (spelling->isValid())
            check.setSpelling(spelling.get());
    }
    const TextCheck::Mode mode = isSet(u"easy-read"_s) ? TextCheck::Mode::EasyRead : TextCheck::Mode::Formal;
    const QString text = QString::fromUtf8(bytes);
    const Readability score = Readability::of(text);
    QList<Finding> findings = check.check(text, mode);
    for (Finding &f : findings)
        if (f.kind == Finding::Kind::Spelling)
            f.suggestion = spelling->suggestions(f.text, 1).value(0);
    const QList<Readability::Sentence> longest = score.longest(3);

    if (isSet(u"json"_s)) {
        QJsonArray sentences, found;
        for (const Readability::Sentence &s : longest) {
            const auto [line, column] = lineColumn(text, s.span.start);
            sentences.append(QJsonObject { { u"line"_s, line },
                                           { u"column"_s, column },
                                           { u"words"_s, s.words },
                                           { u"text"_s, text.mid(s.span.start, s.span.length) } });
        }
        for (const Finding &f : findings) {
            const auto [line, column] = lineColumn(text, f.span.start);
            QJsonObject o { { u"kind"_s, TextCheck::kindId(f.kind) },
                            { u"line"_s, line },
                            { u"column"_s, column },
                            { u"text"_s, f.text },
                            { u"message"_s, TextCheck::message(f, mode) } };
            if (!f.suggestion.isEmpty())
                o.insert(u"suggestion"_s, f.suggestion);
            if (!f.explanation.isEmpty())
                o.insert(u"explanation"_s, f.explanation);
            if (f.words > 0)
                o.insert(u"words"_s, f.words);
            found.append(o);
        }
        const auto rounded = [](double value) { return std::round(value * 10) / 10; };
        const QJsonObject root { { u"format"_s, u"coproduce-check/1"_s },
                                 { u"easyRead"_s, mode == TextCheck::Mode::EasyRead },
                                 { u"sentenceLimit"_s, TextCheck::sentenceLimit(mode) },
                                 { u"words"_s, score.words() },
                                 { u"sentences"_s, score.sentences() },
                                 { u"syllables"_s, score.syllables() },
                                 { u"readingEase"_s,
                                   score.isEmpty() ? QJsonValue() : rounded(score.readingEase()) },
                                 { u"grade"_s, score.isEmpty() ? QJsonValue() : rounded(score.grade()) },
                                 { u"label"_s, score.label() },
                                 { u"longestSentences"_s, sentences },
                                 { u"findings"_s, found } };
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    m_out << (mode == TextCheck::Mode::EasyRead ? tr("Easy-read text: sentences of up to %1 words.")
                                                : tr("Formal text: sentences of up to %1 words."))
                 .arg(TextCheck::sentenceLimit(mode))
          << u'\n' << score.summary() << u'\n';
    if (!score.isEmpty())
        m_out << tr("Words: %1. Sentences: %2. Syllables: %3. Flesch–Kincaid grade: %4.")
                     .arg(number(score.words()), number(score.sentences()), number(score.syllables()))
                     .arg(qMax(0.0, score.grade()), 0, 'f', 1)
              << u'\n';
    if (!longest.isEmpty()) {
        m_out << u'\n' << tr("Longest sentences:") << u'\n';
        for (const Readability::Sentence &s : longest) {
            const auto [line, column] = lineColumn(text, s.span.start);
            m_out << u"  %1:%2  "_s.arg(line).arg(column) << (tr("%n words", nullptr, s.words)) << u"  "_s
                  << TextTable::shortened(text.mid(s.span.start, s.span.length), 70) << u'\n';
        }
    }
    m_out << u'\n';
    if (findings.isEmpty()) {
        m_out << tr("Nothing to change: no hard words or long sentences.") << u'\n';
        return 0;
    }
    m_out << tr("Findings (%1):").arg(findings.size()) << u'\n';
    for (const Finding &f : findings) {
        const auto [line, column] = lineColumn(text, f.span.start);
        m_out << u"  %1:%2  "_s.arg(line).arg(column) << TextCheck::kindId(f.kind) << u"  "_s;
        if (f.kind != Finding::Kind::LongSentence)
            m_out << u'"' << f.text << u"\"  "_s;
        else
            m_out << u'"' << TextTable::shortened(f.text, 50) << u"\"  "_s;
        m_out << TextCheck::message(f, mode) << u'\n';
    }
    return 0;
}

} // namespace Coproduce
