// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/plainwords.h"
#include "core/readability.h"
#include "core/sentences.h"
#include "core/syllables.h"
#include "core/textcheck.h"

#include <QFile>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

QStringList sentencesOf(const QString &text)
{
    QStringList out;
    for (const TextSpan &s : Sentences::split(text))
        out << text.mid(s.start, s.length);
    return out;
}

QStringList kinds(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << TextCheck::kindId(f.kind) + u':' + f.text;
    return out;
}

} // namespace

class TestPlainEnglish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syllablesMatchKnownCounts()
    {
        QFile file(QStringLiteral(COPRODUCE_TEST_DATA "/plainenglish/syllables.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        int total = 0, right = 0;
        QStringList wrong;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList parts = line.split(u' ');
            QCOMPARE(parts.size(), 2);
            const int counted = Syllables::count(parts.at(0));
            ++total;
            if (counted == parts.at(1).toInt())
                ++right;
            else
                wrong << u"%1 (%2, counted %3)"_s.arg(parts.at(0), parts.at(1)).arg(counted);
        }
        QVERIFY(total >= 150);
        qInfo("%d of %d right; wrong: %s", right, total, qPrintable(wrong.join(u", "_s)));
        QVERIFY2(right * 100 >= total * 95, qPrintable(wrong.join(u", "_s)));
    }

    void syllablesOfNumbersAndOddInput()
    {
        QCOMPARE(Syllables::count(u"3"_s), 1);
        QCOMPARE(Syllables::count(u"15"_s), 2);
        QCOMPARE(Syllables::count(u"2026"_s), 4);
        QCOMPARE(Syllables::count(QString()), 0);
        QCOMPARE(Syllables::count(u"hmm"_s), 1); // never less than one
        QCOMPARE(Syllables::count(u"CHILDREN"_s), 2); // case does not matter
    }

    void sentencesSplit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");
        QTest::newRow("titles") << u"Dr. Patel met the group. We agreed the plan."_s
                                << QStringList { u"Dr. Patel met the group."_s, u"We agreed the plan."_s };
        QTest::newRow("e.g.") << u"Use plain words, e.g. Local Offer. Then check."_s
                              << QStringList { u"Use plain words, e.g. Local Offer."_s, u"Then check."_s };
        QTest::newRow("i.e. and Cllr.")
            << u"Ask the lead, i.e. Cllr. Jones. She knows."_s
            << QStringList { u"Ask the lead, i.e. Cllr. Jones."_s, u"She knows."_s };
        QTest::newRow("decimals") << u"The score went from 2.5 to 3.5 this year. Good news!"_s
                                  << QStringList { u"The score went from 2.5 to 3.5 this year."_s,
                                                   u"Good news!"_s };
        QTest::newRow("bullets") << u"- first point\n- second point\n* third\n• fourth"_s
                                 << QStringList { u"first point"_s, u"second point"_s, u"third"_s,
                                                  u"fourth"_s };
        QTest::newRow("numbered") << u"1. Book the room\n2) Send the invite\na) Print it"_s
                                  << QStringList { u"Book the room"_s, u"Send the invite"_s, u"Print it"_s };
        QTest::newRow("line breaks") << u"Line one\n\nLine two\r\nLine three"_s
                                     << QStringList { u"Line one"_s, u"Line two"_s, u"Line three"_s };
        QTest::newRow("initials") << u"J. Smith spoke. She asked why?"_s
                                  << QStringList { u"J. Smith spoke."_s, u"She asked why?"_s };
        QTest::newRow("small letter after")
            << u"We meet at 10 a.m. on Tuesday."_s << QStringList { u"We meet at 10 a.m. on Tuesday."_s };
        QTest::newRow("!? and quotes")
            << u"Is it ready?! Yes. He said \"stop.\" Then left."_s
            << QStringList { u"Is it ready?!"_s, u"Yes."_s, u"He said \"stop.\""_s, u"Then left."_s };
        QTest::newRow("web address") << u"See coproduce.org. It helps."_s
                                     << QStringList { u"See coproduce.org."_s, u"It helps."_s };
        QTest::newRow("No. 5") << u"No. 5 is the room. No. We said no."_s
                               << QStringList { u"No. 5 is the room."_s, u"No."_s, u"We said no."_s };
        QTest::newRow("ellipsis") << u"We waited... Nobody came."_s
                                  << QStringList { u"We waited..."_s, u"Nobody came."_s };
        QTest::newRow("empty") << u"  \n - \n"_s << QStringList {};
    }

    void sentencesSplit()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        QCOMPARE(sentencesOf(text), sentences);
    }

    void wordsKeepInnerMarks()
    {
        const QString text = u"Don't co-produce 2.5 plans, e.g. 1,000 times."_s;
        QStringList words;
        for (const TextSpan &w : Sentences::words(text, { 0, text.size() }))
            words << text.mid(w.start, w.length);
        QCOMPARE(words,
                 (QStringList { u"Don't"_s, u"co-produce"_s, u"2.5"_s, u"plans"_s, u"e.g"_s, u"1,000"_s,
                                u"times"_s }));
    }

    void formulasMatchHandWorkedExamples()
    {
        // 100 words, 5 sentences, 150 syllables: 206.835 - 1.015 x 20 - 84.6 x 1.5 = 59.635;
        // 0.39 x 20 + 11.8 x 1.5 - 15.59 = 9.91.
        QCOMPARE(qRound(Readability::readingEase(100, 5, 150) * 1000), 59635);
        QCOMPARE(qRound(Readability::grade(100, 5, 150) * 1000), 9910);
        // Worked by hand: 9 + 9 words, 2 sentences, 17 + 11 syllables.
        //   Par-ents asked for clear-er in-for-ma-tion a-bout the Lo-cal Of-fer.
        //   The coun-cil will pub-lish a plain guide in March.
        // Ease = 206.835 - 1.015 x 9 - 84.6 x 28/18 = 66.1; grade = 0.39 x 9 + 11.8 x 28/18 - 15.59 = 6.28.
        const Readability r = Readability::of(
            u"Parents asked for clearer information about the Local Offer. The council will publish a plain "
            "guide in March."_s);
        QCOMPARE(r.words(), 18);
        QCOMPARE(r.sentences(), 2);
        QCOMPARE(r.syllables(), 28);
        QCOMPARE(qRound(r.readingEase() * 10), 661);
        QCOMPARE(qRound(r.grade() * 100), 628);
        QCOMPARE(r.label(), u"Plain English"_s);
        // The cat sat on the mat. It was hap-py. 9 words, 2 sentences, 10 syllables: 108.3, grade -0.72.
        const Readability easy = Readability::of(u"The cat sat on the mat. It was happy."_s);
        QCOMPARE(qRound(easy.readingEase() * 10), 1083);
        QCOMPARE(qRound(easy.grade() * 100), -72);
        QCOMPARE(easy.label(), u"Very easy to read"_s);
        QVERIFY(easy.summary().startsWith(u"Very easy to read: reading ease 100"_s));
        QVERIFY(Readability::of(u" "_s).isEmpty());
        QCOMPARE(Readability::of(u" "_s).label(), u"Nothing to score yet"_s);
    }

    void longestSentencesComeFirst()
    {
        const QString text
            = u"Short one. This sentence is a good deal longer than the first. Middle one here."_s;
        const QList<Readability::Sentence> longest = Readability::of(text).longest(2);
        QCOMPARE(longest.size(), 2);
        QCOMPARE(longest.at(0).words, 10);
        QCOMPARE(text.mid(longest.at(0).span.start, longest.at(0).span.length),
                 u"This sentence is a good deal longer than the first."_s);
        QCOMPARE(longest.at(1).words, 3);
    }

    void dictionaryIsBigEnough()
    {
        int terms = 0, office = 0;
        for (const PlainWord &w : PlainWords::builtIn().words()) {
            (w.kind == PlainWord::Kind::Office ? office : terms)++;
            QVERIFY2(!w.plain.isEmpty(), qPrintable(w.term));
            if (w.kind == PlainWord::Kind::Term)
                QVERIFY2(Sentences::wordCount(w.explain, { 0, w.explain.size() }) <= 15, qPrintable(w.term));
        }
        QVERIFY2(terms >= 45, qPrintable(QString::number(terms)));
        QVERIFY2(office >= 40, qPrintable(QString::number(office)));
    }

    void jargonMatching_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("SEN, not sent") << u"We sent the SEN report."_s << QStringList { u"SEN"_s };
        QTest::newRow("LA, not la") << u"The LA sang la la la."_s << QStringList { u"LA"_s };
        QTest::newRow("plural") << u"Three EHCPs were late."_s << QStringList { u"EHCPs"_s };
        QTest::newRow("possessive") << u"The SENCO's view, and the SENCOs' too."_s
                                    << QStringList { u"SENCO's"_s, u"SENCOs"_s };
        QTest::newRow("spellings") << u"Ask the SENDCo about the EHC plan."_s
                                   << QStringList { u"SENDCo"_s, u"EHC plan"_s };
        QTest::newRow("web address") << u"See https://derby.gov.uk/SEND/EHCP or www.example.org/CAMHS."_s
                                     << QStringList {};
        QTest::newRow("e-mail") << u"Write to send.team@derby.gov.uk or SEND@doncaster.gov.uk."_s
                                << QStringList {};
        QTest::newRow("inside words") << u"Sender, descend, ehcpx, lass, CAMHSS"_s << QStringList {};
        QTest::newRow("office words") << u"We will utilise it in order to facilitate."_s
                                      << QStringList { u"utilise"_s, u"in order to"_s, u"facilitate"_s };
        QTest::newRow("any case for words") << u"Utilise it."_s << QStringList { u"Utilise"_s };
        // Every form of an office word: -s, past, -ing, British and American spellings.
        QTest::newRow("office words in every form")
            << u"She facilitated it, they are facilitating, he facilitates. We utilised, utilized and are "
               "utilising it. Prioritize what was prioritised; we endeavor; it was escalated. We touched base."_s
            << QStringList { u"facilitated"_s, u"facilitating"_s, u"facilitates"_s, u"utilised"_s,
                             u"utilized"_s,    u"utilising"_s,    u"Prioritize"_s,  u"prioritised"_s,
                             u"endeavor"_s,    u"escalated"_s,    u"touched base"_s };
        QTest::newRow("not every word that starts the same")
            << u"The facility, a utility and a chartered psychologist; the facilitator."_s << QStringList {};
        QTest::newRow("acronyms exact") << u"Ehcp and ehcp"_s << QStringList {};
    }

    void jargonMatching()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QStringList got;
        for (const WordMatch &m : PlainWords::builtIn().find(text))
            got << text.mid(m.start, m.length);
        QCOMPARE(got, found);
    }

    void localWordsJoinAndWin()
    {
        PlainWord pfa { u"PfA"_s, {}, u"Preparing for Adulthood"_s, u"Help to get ready for adult life."_s };
        PlainWord send { u"SEND"_s, {}, u"our own words"_s, QString() };
        PlainWord office { u"going forward"_s, {}, u"from now on"_s, QString(), PlainWord::Kind::Office };
        const PlainWords words = PlainWords::withLocal({ pfa, send, office });
        const QString text = u"PfA and SEND going forward"_s;
        const QList<WordMatch> found = words.find(text);
        QCOMPARE(found.size(), 3);
        QCOMPARE(words.words().at(found.at(0).word).plain, u"Preparing for Adulthood"_s);
        QCOMPARE(words.words().at(found.at(1).word).plain, u"our own words"_s);
        QCOMPARE(words.words().at(found.at(2).word).kind, PlainWord::Kind::Office);
        // An area's own office word is caught in its other forms too, and its listed ones.
        PlainWord touch {
            u"reach out"_s, { u"reached out"_s }, u"ask"_s, QString(), PlainWord::Kind::Office
        };
        PlainWord liaise { u"liaise"_s, {}, u"talk"_s, QString(), PlainWord::Kind::Office };
        const PlainWords local = PlainWords::withLocal({ touch, liaise });
        const QString typed = u"We reached out and liaised; liaising helps."_s;
        QStringList got;
        for (const WordMatch &m : local.find(typed))
            got << typed.mid(m.start, m.length) + u'=' + local.words().at(m.word).term;
        QCOMPARE(got,
                 (QStringList { u"reached out=reach out"_s, u"liaised=liaise"_s, u"liaising=liaise"_s }));
        // Through JSON and back.
        QString error;
        const auto read = PlainWords::fromJson(PlainWords::toJson({ pfa, office }), u"local.json"_s, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->words().size(), 2);
        QCOMPARE(read->words().at(0).explain, pfa.explain);
        QCOMPARE(read->words().at(1).plain, u"from now on"_s);
        const auto withAlso = PlainWords::fromJson(PlainWords::toJson({ touch }), u"local.json"_s, &error);
        QVERIFY2(withAlso, qPrintable(error));
        QCOMPARE(withAlso->words().at(0).also, QStringList { u"reached out"_s });
    }

    void badWordsFileSaysWhatIsWrong()
    {
        QString error;
        QVERIFY(!PlainWords::fromJson(R"({"format":"coproduce-words/1","terms":[{"term":"PfA"}]})",
                                      u"area.json"_s, &error));
        QVERIFY2(error.contains(u"area.json"_s) && error.contains(u"plain"_s), qPrintable(error));
        QVERIFY(!PlainWords::fromJson("{", u"area.json"_s, &error));
        QVERIFY2(error.contains(u"area.json"_s), qPrintable(error));
    }

    void longSentencesByMode()
    {
        const TextCheck check;
        const QString words15 = u"one two three four five six seven eight nine ten eleven twelve thirteen "
                                "fourteen fifteen."_s;
        const QString words16
            = u"We will ask every family what helped and what did not help at all this last year."_s;
        QCOMPARE(Sentences::wordCount(words16, { 0, words16.size() }), 17);
        QCOMPARE(kinds(check.check(words16, TextCheck::Mode::Formal)), QStringList {});
        QCOMPARE(kinds(check.check(words16, TextCheck::Mode::EasyRead)),
                 QStringList { u"long-sentence:"_s + words16 });
        QVERIFY(check.check(words15, TextCheck::Mode::EasyRead).size() > 0); // number words, not length
        for (const Finding &f : check.check(words15, TextCheck::Mode::EasyRead))
            QVERIFY(f.kind != Finding::Kind::LongSentence);
        QString words26 = u"word "_s.repeated(26).trimmed() + u'.';
        QCOMPARE(check.check(words26, TextCheck::Mode::Formal).size(), 1);
        QCOMPARE(check.check(words26, TextCheck::Mode::Formal).first().words, 26);
        QString words25 = u"word "_s.repeated(25).trimmed() + u'.';
        QCOMPARE(check.check(words25, TextCheck::Mode::Formal).size(), 0);
        QVERIFY(
            TextCheck::message(check.check(words26, TextCheck::Mode::Formal).first(), TextCheck::Mode::Formal)
                .contains(u"26 words"_s));
    }

    void plainTextComesBackClean()
    {
        const TextCheck check;
        for (const QString &text :
             { u"We will meet again in May to check the plan."_s,
               u"Parents said the bus was late 3 times. The council will fix it by June."_s })
            for (const auto mode : { TextCheck::Mode::Formal, TextCheck::Mode::EasyRead })
                QCOMPARE(kinds(check.check(text, mode)), QStringList {});
    }

    void easyReadRules()
    {
        const TextCheck check;
        const QString text = u"Three families came; 50% were VERY late. Call the NHS or the SENCO."_s;
        QCOMPARE(kinds(check.check(text, TextCheck::Mode::EasyRead)),
                 (QStringList { u"easy-read:Three"_s, u"easy-read:;"_s, u"easy-read:50%"_s,
                                u"easy-read:VERY"_s, u"hard-word:NHS"_s, u"hard-word:SENCO"_s }));
        // Formal minutes may say "three" and use semicolons.
        QCOMPARE(kinds(check.check(text, TextCheck::Mode::Formal)),
                 (QStringList { u"hard-word:NHS"_s, u"hard-word:SENCO"_s }));
        const QList<Finding> found = check.check(text, TextCheck::Mode::EasyRead);
        QCOMPARE(found.first().suggestion, u"3"_s);
        QCOMPARE(TextCheck::at(found, 1)->text, u"Three"_s);
        QCOMPARE(TextCheck::at(found, text.indexOf(u"SENCO"_s) + 2)->suggestion,
                 u"special educational needs co-ordinator"_s);
        QVERIFY(!TextCheck::at(found, text.indexOf(u"Call"_s)));
    }

    void suggestsAnEasyReadStartingPoint()
    {
        const TextCheck check;
        const QString suggestion = check.suggestEasyRead(
            u"The LA will review every EHCP (all 2,300 of them) by March, and the SENCO will utilise the "
            "results with families at the next forum meeting in the spring term. Then more."_s);
        QCOMPARE(suggestion, u"The council will review every Education, Health and Care Plan by March."_s);
        QVERIFY(Sentences::wordCount(suggestion, { 0, suggestion.size() }) <= 15);
        QCOMPARE(check.suggestEasyRead(u"we will utilise the room"_s), u"We will use the room."_s);
        QCOMPARE(check.suggestEasyRead(u"  "_s), QString());
        const QString unbroken = u"word "_s.repeated(30);
        QCOMPARE(Sentences::wordCount(check.suggestEasyRead(unbroken), { 0, 200 }), 15);
    }
};

QTEST_GUILESS_MAIN(TestPlainEnglish)
#include "tst_plainenglish.moc"
