// SPDX-License-Identifier: GPL-3.0-or-later
// Plain English timings on a 5,000-word note (issue 5's targets): checking it all under 20 ms, and a key
// typed into it re-checking only its paragraph, so typing never stalls. Then the same with spelling on as
// well (issue 23: a key typed with both on under 20 ms), with a few misspellings in the note.
// Prints one line per measurement: "name median_ms worst_ms" (fractions of a millisecond).

#include "core/readability.h"
#include "core/spelling.h"
#include "core/textcheck.h"
#include "ui/plainenglishassist.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTextBlock>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

void report(const char *name, QList<double> times)
{
    std::sort(times.begin(), times.end());
    std::printf("%s %.2f %.2f\n", name, times.at(times.size() / 2), times.last());
}

// A facilitator's running notes: plain sentences, long ones, SEND acronyms and office words, lists.
QString note(int words)
{
    const QStringList paragraphs {
        u"Parents said the EHCP took too long. The LA agreed to utilise the new tracker in order to "
        u"facilitate "
        "earlier reviews, and the SENCO from each school will share dates with families before the end of "
        "term."_s,
        u"- Young people want the Local Offer written in plain words.\n- The PCF will test the new pages."_s,
        u"We talked about CAMHS waiting times. Some families have waited 18 months. Dr. Patel said the ICB "
        "will look at this again in May, e.g. by adding a drop-in clinic at the SEMH base."_s,
        u"Everyone agreed the meeting worked well. We will meet again on 12 March at the libary, and Aisha "
        "will recieve the notes."_s,
    };
    QStringList out;
    int count = 0;
    for (int i = 0; count < words; ++i) {
        const QString p = paragraphs.at(i % paragraphs.size());
        out << p;
        count += int(p.split(u' ', Qt::SkipEmptyParts).size());
    }
    return out.join(u'\n');
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 20;
    const QString text = note(5000);
    const TextCheck check;

    QList<double> whole, score, field, key, bare;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QList<Finding> found = check.check(text, TextCheck::Mode::Formal);
        whole << timer.nsecsElapsed() / 1e6;
        if (found.isEmpty())
            return 1;

        timer.restart();
        const Readability r = Readability::of(text);
        score << timer.nsecsElapsed() / 1e6;
        if (r.words() < 4500)
            return 1;

        // The whole note pasted into a notes field: every paragraph is checked and marked.
        QPlainTextEdit edit;
        PlainEnglishAssist::attach(&edit, TextCheck::Mode::Formal);
        timer.restart();
        edit.setPlainText(text);
        field << timer.nsecsElapsed() / 1e6;

        // One key typed in the middle: only that paragraph is checked again.
        QTextCursor cursor(edit.document()->findBlockByNumber(edit.document()->blockCount() / 2));
        cursor.movePosition(QTextCursor::EndOfWord);
        timer.restart();
        cursor.insertText(u"s"_s);
        key << timer.nsecsElapsed() / 1e6;

        // The same key in the same field without the checks: what Qt itself takes.
        QPlainTextEdit plain;
        plain.setPlainText(text);
        QTextCursor same(plain.document()->findBlockByNumber(plain.document()->blockCount() / 2));
        same.movePosition(QTextCursor::EndOfWord);
        timer.restart();
        same.insertText(u"s"_s);
        bare << timer.nsecsElapsed() / 1e6;
    }

    // Spelling on as well: the British English dictionary, with the meeting's names known.
    auto speller = std::make_unique<Spelling>();
    if (!speller->isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(speller->errorString()));
        return 1;
    }
    speller->setKnown(u"names"_s, { u"Aisha Khan"_s, u"Dr. Patel"_s });
    PlainEnglishAssist::setSpelling(std::move(speller));
    const TextCheck both = PlainEnglishAssist::checker();
    QList<double> wholeSpelt, fieldSpelt, keySpelt;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QList<Finding> found = both.check(text, TextCheck::Mode::Formal);
        wholeSpelt << timer.nsecsElapsed() / 1e6;
        if (std::none_of(found.cbegin(), found.cend(),
                         [](const Finding &f) { return f.kind == Finding::Kind::Spelling; }))
            return 1;

        QPlainTextEdit edit;
        PlainEnglishAssist::attach(&edit, TextCheck::Mode::Formal);
        timer.restart();
        edit.setPlainText(text);
        fieldSpelt << timer.nsecsElapsed() / 1e6;

        QTextCursor cursor(edit.document()->findBlockByNumber(edit.document()->blockCount() / 2));
        cursor.movePosition(QTextCursor::EndOfWord);
        timer.restart();
        cursor.insertText(u"s"_s);
        keySpelt << timer.nsecsElapsed() / 1e6;
    }

    report("check-5000-words", whole);
    report("readability-5000-words", score);
    report("paste-5000-words-into-a-field", field);
    report("type-a-key-in-that-field", key);
    report("type-a-key-without-checks", bare);
    report("check-5000-words-with-spelling", wholeSpelt);
    report("paste-5000-words-with-spelling", fieldSpelt);
    report("type-a-key-with-spelling", keySpelt);
    return 0;
}
