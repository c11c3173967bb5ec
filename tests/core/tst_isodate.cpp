// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/isodate.h"

#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestIsoDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatQtReads_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text :
             { u"2026-11-23"_s, u"2024-02-29"_s, u"0001-01-01"_s, u"9999-12-31"_s, u"2026-02-30"_s,
               u"2025-02-29"_s, u"2026-13-01"_s, u"2026-00-10"_s, u"2026-1-10"_s, u"2026/11/23"_s,
               u"26-11-23"_s, u""_s, u"2026-11-23x"_s, u"x026-11-23"_s, u"2026-11-2x"_s, u"０２６-11-23"_s })
            QTest::newRow(qPrintable(text.isEmpty() ? u"(empty)"_s : text)) << text;
    }

    void readsWhatQtReads()
    {
        QFETCH(QString, text);
        QCOMPARE(IsoDate::parse(text), QDate::fromString(text, Qt::ISODate));
    }

    void writesWhatQtWrites()
    {
        for (const QDate &date : { QDate(2026, 11, 23), QDate(2024, 2, 29), QDate(1, 1, 1),
                                   QDate(9999, 12, 31), QDate(987, 6, 5), QDate() })
            QCOMPARE(IsoDate::format(date), date.toString(Qt::ISODate));
        // Every day of ten years there and back.
        for (QDate day(2020, 1, 1); day.year() < 2030; day = day.addDays(1))
            QCOMPARE(IsoDate::parse(IsoDate::format(day)), day);
    }
};

QTEST_GUILESS_MAIN(TestIsoDate)
#include "tst_isodate.moc"
