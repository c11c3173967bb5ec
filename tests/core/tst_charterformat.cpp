// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/builtincharters.h"
#include "core/charterformat.h"

#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestCharterFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadWriteIsIdentical()
    {
        for (const Charter &charter : BuiltInCharters::all()) {
            const QByteArray first = CharterFormat::write(charter);
            QStringList errors;
            const std::optional<Charter> again = CharterFormat::read(first, u"x.json"_s, &errors);
            QVERIFY2(again, qPrintable(errors.join(u'\n')));
            QCOMPARE(CharterFormat::write(*again), first);
            QCOMPARE(again->principles.size(), charter.principles.size());
        }
    }

    void readsAMinimalCharter()
    {
        QStringList errors;
        const auto charter = CharterFormat::read(
            R"({"format": "coproduce-charter/1", "id": "york", "name": "York charter",
                "principles": [{"id": "listen", "title": "We listen", "commitments": ["Ask first"]}]})",
            u"york.json"_s, &errors);
        QVERIFY2(charter, qPrintable(errors.join(u'\n')));
        QCOMPARE(charter->principles.first().commitments, QStringList { u"Ask first"_s });
        QVERIFY(!charter->builtIn);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"("format": "coproduce-charter/1", "id": "york", "name": "York")";
        QTest::newRow("not json") << QByteArray("{\"format\": ")
                                  << u"bad.json: line 1, column 12: not valid JSON"_s;
        QTest::newRow("a list") << QByteArray("[]") << u"expected a JSON object at the top level"_s;
        QTest::newRow("wrong format") << QByteArray(R"({"format": "coproduce-meeting/1"})")
                                      << u"format: expected \"coproduce-charter/1\""_s;
        QTest::newRow("newer format") << QByteArray(R"({"format": "coproduce-charter/2"})")
                                      << u"format: \"coproduce-charter/2\" is a newer or unknown version"_s;
        QTest::newRow("bad id") << QByteArray(
            R"({"format": "coproduce-charter/1", "id": "York Charter", "name": "x", "principles": [{"id": "a", "title": "A"}]})")
                                << u"id: \"York Charter\" is not a valid id"_s;
        QTest::newRow("no principles")
            << ("{" + head + R"(, "principles": []})") << u"principles: is empty"_s;
        QTest::newRow("duplicate principle")
            << ("{" + head + R"(, "principles": [{"id": "a", "title": "A"}, {"id": "a", "title": "B"}]})")
            << u"principles[1].id: \"a\" is used by another principle already"_s;
        QTest::newRow("missing title") << ("{" + head + R"(, "principles": [{"id": "a"}]})")
                                       << u"principles[0].title: is missing (expected text)"_s;
        QTest::newRow("bad colour") << ("{" + head
                                        + R"(, "principles": [{"id": "a", "title": "A", "colour": "blue"}]})")
                                    << u"principles[0].colour: \"blue\" is not a colour"_s;
        QTest::newRow("commitment not text")
            << ("{" + head + R"(, "principles": [{"id": "a", "title": "A", "commitments": ["ok", 3]}]})")
            << u"principles[0].commitments[1]: expected the text of a commitment, found the number 3"_s;
        QTest::newRow("typo field") << ("{" + head
                                        + R"(, "principles": [{"id": "a", "title": "A", "comitments": []}]})")
                                    << u"principles[0].comitments: is not a field here"_s;
    }

    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QStringList errors;
        QVERIFY(!CharterFormat::read(json, u"bad.json"_s, &errors));
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(expected), qPrintable(all));
        for (const QString &line : errors)
            QVERIFY2(line.startsWith(u"bad.json: "_s), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestCharterFormat)
#include "tst_charterformat.moc"
