// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/importer.h"
#include "reports/documentwriter.h"
#include "reports/yousaidwedid.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

// A later meeting of the transport series: a point nobody has answered yet, one that was answered and
// done, and Jo Turner asking this time to be shown by role only.
const QByteArray later = R"({
  "format": "coproduce-meeting/1",
  "title": "Transport review, part 2",
  "series": "Home to school transport",
  "date": "2027-01-15",
  "attendees": [
    { "name": "Jo Turner", "role": "parent-carer", "credit": "role-only" },
    { "name": "Priya Shah", "role": "facilitator" }
  ],
  "activities": [ {
    "title": "The winter timetable",
    "contributions": [
      { "id": "c1", "by": "Jo Turner", "text": "The new bus stop has no shelter." },
      { "id": "c2", "by": "parent-carer", "text": "Drivers do not know which children need help to get on." }
    ],
    "actions": [ { "text": "Ask the council to put up a shelter.", "easy_read": "Priya will ask for a shelter.",
                   "owner": "Priya Shah", "due": "2027-02-01", "status": "done", "responds_to": "c1" } ]
  } ]
})";

} // namespace

class TestYouSaidWeDid : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString write(const QString &name, bool easyRead, bool redact = false)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        ReportOptions options;
        options.redact = redact;
        const auto format = DocumentWriter::formatFor(path, QString(), &error);
        const std::optional<YouSaidWeDid> report = YouSaidWeDid::load(*m_db, u"Home to school transport"_s);
        if (!format || !report
            || !DocumentWriter::write(report->document(options, easyRead), *format, path, !redact, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db, m_dir.filePath(u"ysw.sqlite"_s)));
        QStringList errors;
        Importer importer(*m_db);
        QVERIFY(importer.importMeeting(Test::readFile(Test::dataPath(u"meetings/names.json"_s)),
                                       u"names.json"_s, &errors));
        QVERIFY(importer.importMeeting(later, u"later.json"_s, &errors));
        QVERIFY(importer.importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)),
                                       u"example.json"_s, &errors));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void everyPointAndItsAnswerInOrder()
    {
        // Table cells wrap across each other in a PDF's text: read the order from the HTML.
        QString text = QString::fromUtf8(Test::readFile(write(u"formal.html"_s, false)));
        text.remove(
            QRegularExpression(u"<style>.*</style>"_s, QRegularExpression::DotMatchesEverythingOption));
        text = text.replace(QRegularExpression(u"<[^>]*>"_s), u" "_s).simplified();
        const QStringList parts {
            u"You said, we did: Home to school transport"_s,
            u"Wednesday 18 November 2026: Home to school transport: co-production workshop"_s,
            u"We never know who to ring when the taxi does not come."_s,
            u"Set up a joint drafting group."_s,
            u"Friday 20 November 2026: Transport review with a parent carer"_s, // the title names Jo Turner
            u"Send a parent carer the complaints route."_s,
            u"Friday 15 January 2027: Transport review, part 2"_s,
            u"The new bus stop has no shelter."_s,
            u"Ask the council to put up a shelter."_s,
            u"Done"_s,
            u"Drivers do not know which children need help to get on."_s,
            u"No action yet"_s,
        };
        qsizetype at = 0;
        for (const QString &part : parts) {
            const qsizetype found = text.indexOf(part, at);
            QVERIFY2(found >= 0, qPrintable(u"\"%1\" missing or out of order in:\n%2"_s.arg(part, text)));
            at = found + part.size();
        }
        // Only this series.
        QVERIFY(!text.contains(u"Annual SEND"_s));
        // Points made and answered, counted.
        QVERIFY2(text.contains(u"Points made 5"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Answered by an action 3"_s), qPrintable(text));
        const QString pdf = Test::pdfText(write(u"formal.pdf"_s, false));
        QVERIFY(pdf.contains(u"No action yet"_s) && pdf.contains(u"Page 1 of "_s));
    }

    void theEasyReadVersionFollowsTheRules()
    {
        const QString pdf = write(u"easy.pdf"_s, true);
        const QString text = Test::pdfText(pdf).simplified();
        for (const QString &part :
             { u"We met 3 times."_s, u"You told us 5 things."_s,
               u"We agreed to do something about 3 of them."_s, u"Our meeting on 15 January 2027"_s,
               u"You said: The new bus stop has no shelter."_s, u"We did: Priya will ask for a shelter."_s,
               u"Done."_s, u"We have not done anything about this yet."_s })
            QVERIFY2(text.contains(part), qPrintable(part + u"\n"_s + text));
        const QString bbox = Test::run(u"pdftotext"_s, { u"-bbox"_s, pdf, u"-"_s });
        static const QRegularExpression word(u"yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\""_s);
        int words = 0;
        for (auto it = word.globalMatch(bbox); it.hasNext(); ++words) {
            const QRegularExpressionMatch m = it.next();
            QVERIFY((m.captured(2).toDouble() - m.captured(1).toDouble()) / 1.16 >= 16 * 0.99);
        }
        QVERIFY(words > 50);
    }

    void theStrictestWishAboutANameWins_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("easyRead");
        QTest::addColumn<bool>("redact");
        for (const QString &format : { u"pdf"_s, u"html"_s, u"odt"_s })
            for (bool easyRead : { false, true })
                for (bool redact : { false, true })
                    QTest::addRow("%s%s%s", qPrintable(format), easyRead ? " easy" : "",
                                  redact ? " published" : "")
                        << u"names-%1-%2.%3"_s.arg(easyRead).arg(redact).arg(format) << easyRead << redact;
    }

    void theStrictestWishAboutANameWins()
    {
        QFETCH(QString, file);
        QFETCH(bool, easyRead);
        QFETCH(bool, redact);
        const QString all = Test::everythingIn(write(file, easyRead, redact));
        // Jo Turner was named at the first meeting but asked for role only at the second; Kim Lee asked
        // for nothing at all; Alex Morgan for role only.
        QStringList hidden { u"Jo"_s, u"Turner"_s, u"Kim"_s, u"Lee"_s, u"Alex"_s, u"Morgan"_s };
        if (redact)
            hidden << u"Sam"_s << u"Rivers"_s;
        for (const QString &name : std::as_const(hidden))
            QVERIFY2(!all.contains(QRegularExpression(u"\\b"_s + name + u"\\b"_s)),
                     qPrintable(u"%1 is in %2"_s.arg(name, file)));
        QVERIFY(all.contains(u"a parent carer"_s) || easyRead);
    }

    void theCommandLineWritesItOrSaysWhy()
    {
        const auto coproduce = [&](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(COPRODUCE_BINARY), QStringList { u"--database"_s, m_db->path() } + args);
            p.waitForFinished(60000);
            return qMakePair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        const QString out = m_dir.filePath(u"cli.html"_s);
        auto [code, err] = coproduce(
            { u"you-said-we-did"_s, u"Home to school transport"_s, u"--easy-read"_s, u"--output"_s, out });
        QCOMPARE(code, 0);
        QVERIFY(Test::readFile(out).contains("You said:"));
        const QString none = m_dir.filePath(u"none.pdf"_s);
        std::tie(code, err) = coproduce({ u"you-said-we-did"_s, u"No such series"_s, u"--output"_s, none });
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(u"there is no series \"No such series\""_s), qPrintable(err));
        QVERIFY(!QFileInfo::exists(none));
        std::tie(code, err) = coproduce({ u"you-said-we-did"_s, u"Home to school transport"_s });
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(u"needs --output FILE"_s), qPrintable(err));
    }
};

QTEST_MAIN(TestYouSaidWeDid)
#include "tst_yousaidwedid.moc"
