// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML a council puts on its website, judged by the W3C's own checker (vnu.jar): the easy-read summary
// of the demo's longest meeting, its minutes, and the series' "you said, we did". Each picture travels in
// the page once, however often it is shown, and each place it is shown still says what it shows.
#include "testsupport.h"

#include "core/builtincharters.h"
#include "core/demogenerator.h"
#include "core/meetinglist.h"
#include "core/progressrepository.h"
#include "reports/documentwriter.h"
#include "reports/easyread.h"
#include "reports/minutes.h"
#include "reports/progressreport.h"
#include "reports/yousaidwedid.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestHtmlPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    QString m_easyRead, m_minutes, m_youSaid; // the files written
    QStringList m_progress; // the progress report and its easy-read version

    static QByteArray easyRead(const Minutes &minutes)
    {
        return DocumentWriter::html(EasyRead(minutes).document({}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        ONLY_ON_A_FILE("the documents are the same from the server (tst_minutes_pg)");
        QVERIFY(Test::openWithCharters(m_db, m_dir.filePath(u"demo.sqlite"_s)));
        QString error;
        QVERIFY2(DemoGenerator(m_db).generate(1, QDate(2026, 11, 18), &error), qPrintable(error));
        // The longest easy-read summary: the latest meeting of each series carries the most actions from
        // earlier meetings.
        QHash<QString, MeetingSummary> latest;
        for (const MeetingSummary &m : MeetingList(m_db).find(QString(), QString()))
            if (!latest.contains(m.series) || latest.value(m.series).date < m.date)
                latest.insert(m.series, m);
        QByteArray longest;
        qint64 longestId = 0;
        for (const MeetingSummary &m : std::as_const(latest)) {
            const qint64 id = m.id;
            const QByteArray html = easyRead(*Minutes::load(m_db, id));
            if (html.size() > longest.size()) {
                longest = html;
                longestId = id;
            }
        }
        m_easyRead = m_dir.filePath(u"easy-read.html"_s);
        Test::writeFile(m_easyRead, longest);
        const Minutes minutes = *Minutes::load(m_db, longestId);
        m_minutes = m_dir.filePath(u"minutes.html"_s);
        Test::writeFile(m_minutes, DocumentWriter::html(minutes.document({})));
        m_youSaid = m_dir.filePath(u"you-said-we-did.html"_s);
        Test::writeFile(
            m_youSaid,
            DocumentWriter::html(YouSaidWeDid::load(m_db, minutes.meeting().series)->document({}, true)));
        const std::optional<ProgressNumbers> progress
            = ProgressRepository(m_db).numbers(Test::demoYear(QDate(2026, 11, 18)), &error);
        QVERIFY2(progress, qPrintable(error));
        for (const bool easy : { false, true }) {
            const QString path = m_dir.filePath(easy ? u"progress-easy.html"_s : u"progress.html"_s);
            Test::writeFile(path, DocumentWriter::html(ProgressReport(*progress).document({}, easy)));
            m_progress << path;
        }
    }

    // Before: 2.2 MB, each of its pictures embedded up to 217 times.
    void eachPictureTravelsOnce()
    {
        const QByteArray html = Test::readFile(m_easyRead);
        QVERIFY2(html.size() < 300 * 1024, qPrintable(QString::number(html.size())));
        qInfo("the easy-read HTML of the demo's longest meeting: %lld bytes", qint64(html.size()));
        QXmlStreamReader xml(html);
        QSet<QString> symbols;
        QSet<QString> used;
        int uses = 0;
        QString inUse; // the picture being read, for its <title>
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto a = xml.attributes();
            if (xml.name() == u"symbol") {
                QVERIFY2(!symbols.contains(a.value(u"id"_s).toString()), "a picture defined twice");
                symbols.insert(a.value(u"id"_s).toString());
            }
            QVERIFY2(xml.name() != u"img", "a picture not from the page's own symbols");
            if (xml.name() == u"svg" && a.value(u"class"_s) == u"picture") {
                ++uses;
                // A screen reader hears what each use shows.
                QCOMPARE(a.value(u"role"_s), u"img"_s);
                inUse = a.value(u"aria-label"_s).toString();
                QVERIFY(inUse.size() > 3);
            }
            if (xml.name() == u"title" && !inUse.isEmpty()) {
                QCOMPARE(xml.readElementText(), inUse);
                inUse.clear();
            }
            if (xml.name() == u"use")
                used.insert(a.value(u"href"_s).toString().mid(1));
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(uses > 3 * symbols.size(), qPrintable(u"%1 uses of %2"_s.arg(uses).arg(symbols.size())));
        QCOMPARE(used, symbols); // every one defined is shown, and every one shown is defined
    }

    // The W3C's checker, as a council's web team would run it: no errors and no warnings (before: 318
    // warnings about the pictures' cells' width attribute).
    void theW3cCheckerPassesThem()
    {
        const QStringList problems
            = Test::htmlProblems(QStringList { m_easyRead, m_minutes, m_youSaid } + m_progress);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestHtmlPage)
#include "tst_htmlpage.moc"
