// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/importer.h"
#include "core/meetingedits.h"
#include "reports/documentwriter.h"
#include "reports/minutes.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Coproduce;
using namespace Qt::StringLiterals;

using Test::everythingIn;
using Test::pdfText;
using Test::run;

class TestMinutes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_example = 0;
    qint64 m_names = 0;
    qint64 m_long = 0;

    QString write(qint64 meeting, const QString &name, const ReportOptions &options = {})
    {
        const QString path = m_dir.filePath(name);
        QString error;
        const auto format = DocumentWriter::formatFor(path, QString(), &error);
        if (!format
            || !DocumentWriter::write(Minutes::load(*m_db, meeting)->document(options), *format, path,
                                      !options.redact, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    // The example meeting with 29 more activities, each with notes and a decision: made once.
    qint64 longMeeting()
    {
        if (m_long)
            return m_long;
        QStringList errors;
        m_long = *Importer(*m_db).importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)),
                                                u"long.json"_s, &errors);
        MeetingEdits edits(*m_db);
        QString error;
        for (int i = 2; i <= 30; ++i) {
            const auto id = edits.addRow(
                RowKind::Activity, m_long, -1,
                { { u"title"_s, u"Topic number %1"_s.arg(i) },
                  { u"notes"_s, u"What the room said about topic %1. "_s.arg(i).repeated(12) } },
                &error);
            if (!id
                || !edits.addRow(RowKind::Decision, *id, -1,
                                 { { u"text"_s, u"Decision on topic %1."_s.arg(i) } }, &error))
                qFatal("%s", qPrintable(error));
        }
        return m_long;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db, m_dir.filePath(u"minutes.sqlite"_s)));
        QStringList errors;
        m_example = *Importer(*m_db).importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)),
                                                   u"example.json"_s, &errors);
        m_names = *Importer(*m_db).importMeeting(Test::readFile(Test::dataPath(u"meetings/names.json"_s)),
                                                 u"names.json"_s, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void thePdfHoldsEveryPartInOrder()
    {
        const QString pdf = write(m_names, u"order.pdf"_s);
        const QString text = pdfText(pdf).simplified();
        const QStringList parts {
            u"Minutes: Transport review"_s,
            u"Series Home to school transport"_s,
            u"Friday 20 November 2026"_s,
            u"18:00 to 19:30"_s,
            u"Who came"_s,
            u"Apologies"_s,
            u"1. What Jo Turner found out"_s,
            u"Where it sat on the ladder"_s,
            u"What people said"_s,
            u"Decisions"_s,
            u"The new timetable starts in January. (made elsewhere and reported here)"_s,
            u"Commitments"_s,
            u"Actions"_s,
            u"How we did against the charter"_s,
            u"Were you heard?"_s,
            u"Yes: 5. Partly: 1. No: 0."_s
        };
        qsizetype at = 0;
        for (const QString &part : parts) {
            const qsizetype found = text.indexOf(part, at);
            QVERIFY2(found >= 0, qPrintable(u"\"%1\" missing or out of order in:\n%2"_s.arg(part, text)));
            at = found + part.size();
        }
        QVERIFY2(text.contains(u"Cannot do"_s), qPrintable(text));
    }

    void theLadderIsDrawnNotPictured()
    {
        // Lines and text, not a compressed image: sharp when zoomed or printed, small, and its words are
        // real text in the PDF.
        const QString pdf = write(m_names, u"ladder.pdf"_s);
        const QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(u"Doing with"_s));
        QVERIFY(text.contains(u"7 Co-production"_s));
        const QStringList images = run(u"pdfimages"_s, { u"-list"_s, pdf }).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the two header lines of the listing, no image
    }

    void aLongMeetingComesOutWhole()
    {
        // Thirty activities, many pages: every one of them, and the end, must be in the PDF.
        const qint64 meeting = longMeeting();
        // Long enough to be laid out on two threads, so this and the tests below cover that too.
        QVERIFY(Minutes::load(*m_db, meeting)->document({}).body.size() > DocumentWriter::TwoThreadsAbove);
        const QString text = pdfText(write(meeting, u"long.pdf"_s)).simplified();
        for (int i = 2; i <= 30; ++i)
            QVERIFY2(text.contains(u"%1. Topic number %1"_s.arg(i))
                         && text.contains(u"Decision on topic %1."_s.arg(i)),
                     qPrintable(QString::number(i)));
        QVERIFY(text.contains(u"Were you heard? Yes: 7. Partly: 2. No: 0."_s));
    }

    void noPageEndsWithAHeading()
    {
        // A heading at the foot of a page, its words on the next, reads as a mistake: it goes with them.
        const QString pdf = write(longMeeting(), u"headings.pdf"_s);
        const QString info = run(u"pdfinfo"_s, { pdf });
        const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt();
        QVERIFY2(pages > 5, qPrintable(info));
        static const QRegularExpression heading(
            u"^(\\d+\\. .*|Who came|Apologies|Actions from last time|Where it sat on the ladder|"
            "What people said|Decisions|Commitments|Actions|How we did against the charter|Were you heard\\?)$"_s);
        int headings = 0;
        for (int page = 1; page <= pages; ++page) {
            const QStringList body = Test::pageBody(pdf, page);
            QVERIFY2(!body.isEmpty(), qPrintable(pdfText(pdf, page)));
            headings += int(std::count_if(body.cbegin(), body.cend(), [](const QString &line) {
                return heading.match(line).hasMatch();
            }));
            if (page < pages)
                QVERIFY2(!heading.match(body.last()).hasMatch(),
                         qPrintable(u"page %1 ends with \"%2\""_s.arg(page).arg(body.last())));
        }
        QVERIFY2(headings > 60, qPrintable(QString::number(headings))); // the pattern does find headings
    }

    void everyPageHasTheTitleAndItsNumber()
    {
        // Large print and A5 make several pages of the one-activity example.
        ReportOptions options;
        options.largePrint = true;
        options.a5 = true;
        const QString pdf = write(m_names, u"pages.pdf"_s, options);
        const QString info = run(u"pdfinfo"_s, { pdf });
        const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt();
        QVERIFY2(pages >= 3, qPrintable(info));
        QVERIFY(info.contains(u"(A5)"_s));
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(pdf, page);
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(text));
            QVERIFY2(text.contains(u"Transport review with Jo Turner"_s), qPrintable(text));
        }
        // PDF/A-1b, with the document title set.
        QVERIFY2(info.contains(u"Title:           Transport review with Jo Turner"_s), qPrintable(info));
        const QString xmp = run(u"pdfinfo"_s, { u"-meta"_s, pdf });
        QVERIFY2(xmp.contains(u"<pdfaid:part>1</pdfaid:part>"_s), qPrintable(xmp));
        QVERIFY2(xmp.contains(u"<pdfaid:conformance>B</pdfaid:conformance>"_s), qPrintable(xmp));
    }

    void namesAreCreditedAsEachPersonAsked()
    {
        const QString text = pdfText(write(m_names, u"credited.pdf"_s)).simplified();
        for (const QString &named :
             { u"Priya Shah"_s, u"Jo Turner"_s, u"Sam Rivers"_s, u"Dr Omar Hassan"_s, u"Beth Young"_s })
            QVERIFY2(text.contains(named), qPrintable(named));
        // Role only, and anonymous: not there, not even by first name.
        for (const QString &hidden : { u"Alex"_s, u"Morgan"_s, u"Kim"_s, u"Lee"_s })
            QVERIFY2(!text.contains(hidden), qPrintable(hidden + u" in:\n"_s + text));
        QVERIFY2(text.contains(u"Nobody told a parent carer about the change."_s), qPrintable(text));
        QVERIFY2(text.contains(u"Someone agreed with Sam."_s), qPrintable(text));
    }

    void publishingNamesNobodyButTheProfessionals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("pdf") << u"published.pdf"_s;
        QTest::newRow("html") << u"published.html"_s;
        QTest::newRow("odt") << u"published.odt"_s;
    }

    void publishingNamesNobodyButTheProfessionals()
    {
        QFETCH(QString, file);
        ReportOptions options;
        options.redact = true;
        const QString path = write(m_names, file, options);
        const QString all = everythingIn(path);
        for (const QString &hidden : { u"Jo"_s, u"Turner"_s, u"Alex"_s, u"Morgan"_s, u"Sam"_s, u"Rivers"_s,
                                       u"Kim"_s, u"Lee"_s, u"Beth"_s })
            QVERIFY2(!all.contains(QRegularExpression(u"\\b"_s + hidden + u"\\b"_s)),
                     qPrintable(u"%1 is in %2"_s.arg(hidden, file)));
        QVERIFY2(all.contains(u"Priya Shah"_s) && all.contains(u"Dr Omar Hassan"_s), qPrintable(file));
        QVERIFY2(all.contains(u"Transport review with a parent carer"_s), qPrintable(file));
        // Published documents may be shared; the private ones only their owner may read.
        QCOMPARE(QFileInfo(path).permissions() & QFileDevice::ReadOther, QFileDevice::ReadOther);
        const QString unpublished = write(m_names, u"private-"_s + file);
        QCOMPARE(QFileInfo(unpublished).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void theHtmlIsAccessible()
    {
        const QByteArray html = Test::readFile(write(m_names, u"accessible.html"_s));
        QXmlStreamReader xml(html);
        int lastLevel = 0;
        int images = 0;
        int tables = 0;
        int headerCells = 0;
        QString lang;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString name = xml.name().toString();
            if (name == u"html")
                lang = xml.attributes().value(u"lang"_s).toString();
            if (name.size() == 2 && name.startsWith(u'h') && name.at(1).isDigit()) {
                const int level = name.at(1).digitValue();
                QVERIFY2(level <= lastLevel + 1, qPrintable(u"h%1 after h%2"_s.arg(level).arg(lastLevel)));
                lastLevel = level;
            }
            QVERIFY(name != u"img"); // pictures are the page's own symbols (HtmlPage)
            if (name == u"svg" && xml.attributes().value(u"class"_s) == u"picture") {
                ++images;
                QCOMPARE(xml.attributes().value(u"role"_s), u"img"_s);
                QVERIFY(xml.attributes().value(u"aria-label"_s).size() > 20);
            }
            tables += name == u"table";
            headerCells += name == u"th";
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(lang, u"en-GB"_s);
        QCOMPARE(images, 1);
        QVERIFY(tables >= 4);
        QVERIFY(headerCells >= tables * 2);
        QVERIFY(html.contains("Facilitator: Co-design (rung 6 of 7); Parent carers: Consultation"));
    }

    void theOdtOpensInAWordProcessor()
    {
        const QString odt = write(m_example, u"minutes.odt"_s);
        QCOMPARE(run(u"unzip"_s, { u"-p"_s, odt, u"mimetype"_s }),
                 u"application/vnd.oasis.opendocument.text"_s);
        const QString content = run(u"unzip"_s, { u"-p"_s, odt, u"content.xml"_s });
        QXmlStreamReader xml(content);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(content.contains(u"Set up a joint drafting group."_s));
        QVERIFY(run(u"unzip"_s, { u"-l"_s, odt }).contains(u"Pictures/"_s)); // the ladder travels inside
    }

    void theCommandLineWritesWholeFilesOrNone()
    {
        const auto coproduce = [&](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(COPRODUCE_BINARY), QStringList { u"--database"_s, m_db->path() } + args);
            p.waitForFinished(60000);
            return qMakePair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        const QString out = m_dir.filePath(u"cli.html"_s);
        auto [code, err] = coproduce({ u"minutes"_s, QString::number(m_example), u"--output"_s, out });
        QCOMPARE(code, 0);
        QVERIFY(Test::readFile(out).startsWith("<!DOCTYPE html>"));
        // --format wins over the extension.
        const QString pdf = m_dir.filePath(u"cli.data"_s);
        std::tie(code, err) = coproduce(
            { u"minutes"_s, QString::number(m_example), u"--output"_s, pdf, u"--format"_s, u"pdf"_s });
        QCOMPARE(code, 0);
        QVERIFY(Test::readFile(pdf).startsWith("%PDF-1.4"));

        std::tie(code, err)
            = coproduce({ u"minutes"_s, u"999"_s, u"--output"_s, m_dir.filePath(u"none.pdf"_s) });
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(u"there is no meeting 999"_s), qPrintable(err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"none.pdf"_s)));

        const QString nowhere = m_dir.filePath(u"no-such-folder/minutes.pdf"_s);
        std::tie(code, err) = coproduce({ u"minutes"_s, QString::number(m_example), u"--output"_s, nowhere });
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(nowhere) && err.contains(u"cannot write"_s), qPrintable(err));

        std::tie(code, err) = coproduce(
            { u"minutes"_s, QString::number(m_example), u"--output"_s, m_dir.filePath(u"m.doc"_s) });
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(u"expected .pdf, .html or .odt"_s), qPrintable(err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"m.doc"_s)));
        const QStringList leftovers = QDir(m_dir.path()).entryList({ u"*.pdf.*"_s, u"*~"_s }, QDir::Files);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
    }
};

QTEST_MAIN(TestMinutes)
#include "tst_minutes.moc"
