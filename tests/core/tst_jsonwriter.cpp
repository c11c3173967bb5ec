// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsKeyOrderAndIndents()
    {
        JsonWriter w;
        w.beginObject();
        w.field(u"zebra"_s, u"z"_s);
        w.field(u"apple"_s, 3);
        w.key(u"list"_s);
        w.beginArray();
        w.value(u"one"_s);
        w.endArray();
        w.key(u"empty"_s);
        w.beginArray();
        w.endArray();
        w.endObject();
        QCOMPARE(w.data(),
                 QByteArray("{\n  \"zebra\": \"z\",\n  \"apple\": 3,\n  \"list\": [\n    \"one\"\n  ],\n"
                            "  \"empty\": []\n}\n"));
    }

    void optionalFieldsAreLeftOut()
    {
        JsonWriter w;
        w.beginObject();
        w.optionalField(u"a"_s, QString());
        w.optionalField(u"b"_s, u"x"_s);
        w.endObject();
        QCOMPARE(w.data(), QByteArray("{\n  \"b\": \"x\"\n}\n"));
    }

    void escapesWhatJsonNeedsAndKeepsUnicode()
    {
        const QString text = u"quote \" backslash \\ newline \n tab \t bell \x07 Zoë 李梅 🙂"_s;
        JsonWriter w;
        w.beginArray();
        w.value(text);
        w.endArray();
        QVERIFY(w.data().contains("\\u0007"));
        QVERIFY(w.data().contains("Zoë 李梅 🙂"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(w.data(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().at(0).toString(), text);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
