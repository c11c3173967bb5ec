// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling (issue 23) against Debian's British English dictionary (hunspell-en-gb): what is marked, what is
// never marked (names, the area's words, the charter's words, acronyms, addresses), the area's own
// spellings kept in the database, and `coproduce check-text` reporting spelling.
#include "testsupport.h"

#include "core/spelling.h"
#include "core/textcheck.h"
#include "core/wordrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

QStringList marked(const Spelling &spelling, const QString &text)
{
    QStringList words;
    for (const TextSpan &s : spelling.misspelt(text))
        words << text.mid(s.start, s.length);
    return words;
}

} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_runs = 0;

private Q_SLOTS:
    void britishEnglishByDefault()
    {
        QVERIFY2(Spelling::installed().contains(u"en_GB"_s), qPrintable(Spelling::installed().join(u' ')));
        Spelling spelling;
        QVERIFY2(spelling.isValid(), qPrintable(spelling.errorString()));
        QCOMPARE(spelling.language(), u"en_GB"_s);
        QCOMPARE(marked(spelling, u"We will recieve teh organisation's colour charts; definately."_s),
                 (QStringList { u"recieve"_s, u"teh"_s, u"definately"_s }));
        // British spellings are right, American ones are not.
        QCOMPARE(marked(spelling, u"The organisation changed colour."_s), QStringList());
        QCOMPARE(marked(spelling, u"The organisation changed color."_s), QStringList { u"color"_s });
        QVERIFY(spelling.suggestions(u"recieve"_s).contains(u"receive"_s));
        QCOMPARE(Spelling::languageName(u"en_GB"_s), u"English (United Kingdom)"_s);
    }

    void leavesAloneWhatItCannotKnow()
    {
        Spelling spelling;
        QVERIFY(spelling.isValid());
        // Acronyms, words joined to digits, addresses, single letters, curly apostrophes.
        QCOMPARE(marked(spelling,
                        u"The SENDIASS and EHCP on the 2nd of May, see www.derbyparentforum.org.uk "
                        "or email hello@dpcf.org.uk or https://example.org/zzqx. It’s fine, isn’t it? x"_s),
                 QStringList());
        const QString text = u"Amira Okonkwo-Reyes met Brackenwick Academy about co-production."_s;
        QCOMPARE(marked(spelling, text), (QStringList { u"Amira"_s, u"Okonkwo-Reyes"_s, u"Brackenwick"_s }));
        spelling.setKnown(u"names"_s, { u"Amira Okonkwo-Reyes"_s });
        spelling.setKnown(u"spellings"_s, { u"Brackenwick"_s });
        QCOMPARE(marked(spelling, text), QStringList());
        QCOMPARE(marked(spelling, u"Okonkwo-Reyes's plan"_s), QStringList());
        // A source set again replaces its words.
        spelling.setKnown(u"names"_s, {});
        QCOMPARE(marked(spelling, text), (QStringList { u"Amira"_s, u"Okonkwo-Reyes"_s }));
    }

    void aMissingDictionarySaysSo()
    {
        const Spelling spelling(u"xx_XX"_s);
        QVERIFY(!spelling.isValid());
        QVERIFY(spelling.errorString().contains(u"no spelling dictionary"_s));
        QCOMPARE(spelling.misspelt(u"anything at al"_s), QList<TextSpan>());
        QVERIFY(spelling.isCorrect(u"zzqx"_s)); // nothing to say: nothing is marked
    }

    void textCheckMarksSpellingOnceAndAfterHardWords()
    {
        Spelling spelling;
        TextCheck check;
        check.setSpelling(&spelling);
        const QList<Finding> found
            = check.check(u"We will utilise the SENCO's recieved plan."_s, TextCheck::Mode::Formal);
        QStringList kinds;
        for (const Finding &f : found)
            kinds << TextCheck::kindId(f.kind) + u':' + f.text;
        QCOMPARE(kinds,
                 (QStringList { u"office-word:utilise"_s, u"hard-word:SENCO's"_s, u"spelling:recieved"_s }));
        Finding f = found.at(2);
        f.suggestion = u"received"_s;
        QCOMPARE(TextCheck::message(f, TextCheck::Mode::Formal),
                 u"“recieved” may be misspelt: did you mean “received”?"_s);
    }

    // The area's own spellings, shared by every facilitator (on the server too), with the charter's and
    // hard words' own words.
    void theAreasWordsAreKeptAndTaught()
    {
        Database db;
        QVERIFY(Test::openWithCharters(db, m_dir.filePath(u"area%1.sqlite"_s.arg(++m_runs))));
        WordRepository words(db);
        QString error;
        QVERIFY2(words.addSpelling(u" Brackenwick "_s, &error), qPrintable(error));
        QVERIFY2(words.addSpelling(u"Brackenwick"_s, &error), qPrintable(error)); // there already: no change
        QVERIFY2(words.addSpelling(u"Thornleigh"_s, &error), qPrintable(error));
        QCOMPARE(words.spellings(), (QStringList { u"Brackenwick"_s, u"Thornleigh"_s }));
        const auto counts = Test::tableCounts(db);
        QVERIFY(!words.addSpelling(u"two words"_s, &error));
        QVERIFY2(error.contains(u"one word"_s), qPrintable(error));
        QVERIFY(!words.addSpelling(u"   "_s, &error));
        QCOMPARE(Test::tableCounts(db), counts);
        QSqlQuery audit(db.connection());
        QVERIFY(audit.exec(u"SELECT count(*) FROM audit_log WHERE entity = 'spelling_words'"_s)
                && audit.next());
        QCOMPARE(audit.value(0).toInt(), 2);

        Spelling spelling;
        const QString text = u"Thornleigh and Brackenwick co-produce with SENDIASS; Doncaster's charter."_s;
        QVERIFY(!marked(spelling, text).isEmpty());
        words.teach(spelling);
        QCOMPARE(marked(spelling, text), QStringList());
        QVERIFY2(words.removeSpelling(u"Thornleigh"_s, &error), qPrintable(error));
        words.teach(spelling);
        QCOMPARE(marked(spelling, text), QStringList { u"Thornleigh"_s });
    }

    void checkTextReportsSpelling()
    {
        const QString db = m_dir.filePath(u"cli.sqlite"_s);
        const QString file = m_dir.filePath(u"note.txt"_s);
        Test::writeFile(file, "The forum will recieve the plan from Brackenwick.\n");
        Test::Run run = Test::coproduce({ u"--database"_s, db, u"check-text"_s, file, u"--json"_s });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray findings
            = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"findings"_s).toArray();
        QStringList seen;
        for (const QJsonValue &v : findings) {
            const QJsonObject o = v.toObject();
            seen << o.value(u"kind"_s).toString() + u':' + o.value(u"text"_s).toString() + u':'
                    + o.value(u"suggestion"_s).toString() + u'@'
                    + QString::number(o.value(u"column"_s).toInt());
        }
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0), u"spelling:recieve:receive@16"_s);
        QVERIFY2(seen.at(1).startsWith(u"spelling:Brackenwick:"_s), qPrintable(seen.at(1)));
        // The area's word, once added, is right.
        Database database;
        QVERIFY(database.open(db));
        QString error;
        QVERIFY2(WordRepository(database).addSpelling(u"Brackenwick"_s, &error), qPrintable(error));
        database.close();
        run = Test::coproduce({ u"--database"_s, db, u"check-text"_s, file });
        QVERIFY2(
            run.out.contains(u"spelling  \"recieve\"  “recieve” may be misspelt: did you mean “receive”?"_s),
            qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"Brackenwick\""_s), qPrintable(run.out));
        run = Test::coproduce({ u"--database"_s, db, u"check-text"_s, file, u"--no-spelling"_s });
        QVERIFY2(!run.out.contains(u"spelling"_s), qPrintable(run.out));
        run = Test::coproduce({ u"--database"_s, db, u"check-text"_s, file, u"--dictionary"_s, u"xx_XX"_s });
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"no spelling dictionary"_s) && run.err.contains(u"en_GB"_s),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestSpelling)
#include "tst_spelling.moc"
