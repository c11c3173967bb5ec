// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/painted/ladderlayout.h"
#include "ui/painted/ladderwidget.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestLadderWidget : public QObject
{
    Q_OBJECT

    // Applies what the widget asks for, as the editor's undo commands will.
    void connectApply(LadderWidget &ladder)
    {
        connect(&ladder, &LadderWidget::ratingRequested, &ladder,
                [&ladder](const QString &who, const QString &rung) {
                    QMap<QString, QString> ratings = ladder.ratings();
                    if (rung.isEmpty())
                        ratings.remove(who);
                    else
                        ratings.insert(who, rung);
                    ladder.setRatings(ratings);
                });
    }

private Q_SLOTS:
    void clickingARungRatesTheCurrentView()
    {
        LadderWidget ladder;
        ladder.resize(900, 520);
        ladder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ladder));
        ladder.setCurrentPerspective(u"parent-carer"_s);
        QSignalSpy spy(&ladder, &LadderWidget::ratingRequested);
        QTest::mouseClick(&ladder, Qt::LeftButton, {}, ladder.rungRect(2).center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"parent-carer"_s);
        QCOMPARE(spy.at(0).at(1).toString(), u"information"_s);
        QTest::mouseClick(&ladder, Qt::LeftButton, {}, ladder.rungRect(6).center());
        QCOMPARE(spy.at(1).at(1).toString(), u"co-production"_s);
    }

    void worksFromTheKeyboard()
    {
        LadderWidget ladder;
        connectApply(ladder);
        ladder.resize(900, 520);
        ladder.show();
        ladder.setFocus();
        QCOMPARE(ladder.currentPerspective(), u"facilitator"_s);
        QTest::keyClick(&ladder, Qt::Key_Up);
        QCOMPARE(ladder.ratings().value(u"facilitator"_s), u"coercion"_s);
        QTest::keyClick(&ladder, Qt::Key_4);
        QCOMPARE(ladder.ratings().value(u"facilitator"_s), u"consultation"_s);
        QTest::keyClick(&ladder, Qt::Key_Up);
        QCOMPARE(ladder.ratings().value(u"facilitator"_s), u"engagement"_s);
        QTest::keyClick(&ladder, Qt::Key_End);
        QTest::keyClick(&ladder, Qt::Key_Up); // stays at the top
        QCOMPARE(ladder.ratings().value(u"facilitator"_s), u"co-production"_s);
        QTest::keyClick(&ladder, Qt::Key_Down);
        QCOMPARE(ladder.ratings().value(u"facilitator"_s), u"co-design"_s);

        QSignalSpy changed(&ladder, &LadderWidget::currentPerspectiveChanged);
        QTest::keyClick(&ladder, Qt::Key_Right);
        QCOMPARE(ladder.currentPerspective(), u"parent-carer"_s);
        QTest::keyClick(&ladder, Qt::Key_3);
        QTest::keyClick(&ladder, Qt::Key_Left);
        QTest::keyClick(&ladder, Qt::Key_Left); // wraps round to the last view
        QCOMPARE(ladder.currentPerspective(), u"professional"_s);
        QCOMPARE(changed.size(), 3);

        QTest::keyClick(&ladder, Qt::Key_Right);
        QTest::keyClick(&ladder, Qt::Key_Delete);
        QVERIFY(!ladder.ratings().contains(u"facilitator"_s));
        QCOMPARE(ladder.ratings().value(u"parent-carer"_s), u"information"_s);
    }

    void warnsWhenViewsDifferByTwoRungsOrMore()
    {
        LadderWidget ladder;
        ladder.setRatings(
            { { u"facilitator"_s, u"consultation"_s }, { u"parent-carer"_s, u"information"_s } });
        QCOMPARE(LadderWidget::spread(ladder.ratings()), 1);
        QVERIFY(ladder.divergenceText().isEmpty());
        QVERIFY(!ladder.accessibleDescription().contains(u"differ"_s));

        ladder.setRatings({ { u"facilitator"_s, u"co-design"_s },
                            { u"parent-carer"_s, u"information"_s },
                            { u"professional"_s, u"engagement"_s } });
        QCOMPARE(LadderWidget::spread(ladder.ratings()), 3);
        const QString text = ladder.divergenceText();
        QVERIFY2(text.contains(u"differ by 3 rungs"_s), qPrintable(text));
        QVERIFY(text.contains(u"Facilitator chose Co-design"_s));
        QVERIFY(text.contains(u"parent carers chose Information"_s));
        QVERIFY(ladder.accessibleDescription().contains(text));
    }

    void tellsAScreenReaderWhatIsChosenAndWhatItMeans()
    {
        LadderWidget ladder;
        QVERIFY(!ladder.accessibleName().isEmpty());
        QVERIFY(ladder.accessibleDescription().contains(u"Rating for Facilitator: not rated yet."_s));
        ladder.setRatings(
            { { u"facilitator"_s, u"co-production"_s }, { u"young-person"_s, u"education"_s } });
        const QString description = ladder.accessibleDescription();
        QVERIFY2(description.contains(u"Rating for Facilitator: Co-production. People are equal partners."_s),
                 qPrintable(description));
        QVERIFY(description.contains(u"Young people: Education."_s));
        QVERIFY(description.contains(u"Parent carers: not rated."_s));
    }

    // The rating is a value, not only words: a slider from 0 (not rated) to 7 whose value a screen reader
    // reads and can set, and which says when it changes.
    void theRatingIsAValue()
    {
        LadderWidget ladder;
        connectApply(ladder);
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(&ladder);
        QVERIFY(a);
        QCOMPARE(a->role(), QAccessible::Slider);
        QAccessibleValueInterface *value = a->valueInterface();
        QVERIFY(value);
        QCOMPARE(value->minimumValue().toInt(), 0);
        QCOMPARE(value->maximumValue().toInt(), 7);
        QCOMPARE(value->currentValue().toInt(), 0);
        QCOMPARE(a->text(QAccessible::Value), u"not rated yet"_s);
        ladder.setRatings({ { u"facilitator"_s, u"information"_s } });
        QCOMPARE(value->currentValue().toInt(), 3);
        QCOMPARE(a->text(QAccessible::Value), u"3 Information"_s);
        // Another view: its own value.
        ladder.setCurrentPerspective(u"parent-carer"_s);
        QCOMPARE(value->currentValue().toInt(), 0);
        // Set through the screen reader, it asks for the rating as a click would.
        QSignalSpy spy(&ladder, &LadderWidget::ratingRequested);
        value->setCurrentValue(6);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"parent-carer"_s);
        QCOMPARE(spy.at(0).at(1).toString(), u"co-design"_s);
        QCOMPARE(value->currentValue().toInt(), 6);
    }

    void presentationModeHasLargeTargets()
    {
        LadderWidget ladder;
        ladder.setPresentation(true);
        ladder.resize(ladder.sizeHint());
        QVERIFY(ladder.rungRect(0).height() >= 42);
    }

    // However narrow or short, every rung's number, name and meaning can be read and no chip covers them:
    // chips move under the words when there is no room beside them, and a short ladder says each rung's
    // name with the chosen one's meaning whole underneath.
    void chipsNeverCoverTheWords_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("wide and tall") << 1000 << 700;
        QTest::newRow("a narrow column") << 300 << 900;
        QTest::newRow("narrower still") << 220 << 900;
        QTest::newRow("short") << 700 << 300;
    }
    void chipsNeverCoverTheWords()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        LadderWidget ladder;
        ladder.setRatings({ { u"facilitator"_s, u"co-design"_s },
                            { u"parent-carer"_s, u"co-design"_s },
                            { u"young-person"_s, u"co-design"_s },
                            { u"professional"_s, u"co-design"_s } });
        const LadderLayout layout = ladder.layoutFor(width, height);
        QCOMPARE(layout.rungs().size(), 7);
        QCOMPARE(layout.rungs().at(5).chips.size(), 4);
        for (const LadderLayout::Rung &rung : layout.rungs()) {
            QVERIFY(rung.band.contains(rung.text));
            QVERIFY(rung.text.right() < width);
            for (const LadderLayout::Chip &chip : rung.chips) {
                QVERIFY2(!chip.rect.intersects(rung.text), qPrintable(chip.label));
                QVERIFY(rung.band.contains(chip.rect));
            }
        }
        QVERIFY(layout.who().right() < width);
        // All of it fits the height it was given, unless even names alone cannot.
        QCOMPARE(layout.brief(), ladder.layoutFor(width, 0).neededHeight() > height);
        if (layout.brief()) {
            QVERIFY(!layout.detail().isEmpty());
            QVERIFY(layout.detail().top() > layout.rungs().at(0).band.bottom());
        }
        // The words' room is what they need: nothing is cut with "…".
        for (int level = 0; level < 7; ++level) {
            const LadderLayout::Rung &rung = layout.rungs().at(level);
            QVERIFY(rung.text.height() >= QFontMetrics(ladder.font()).height());
        }
    }

    void screenshots()
    {
        if (!qEnvironmentVariableIsSet("COPRODUCE_SCREENSHOTS"))
            QSKIP("set COPRODUCE_SCREENSHOTS to a folder to render the ladder");
        LadderWidget ladder;
        ladder.resize(1000, 560);
        ladder.setRatings({ { u"facilitator"_s, u"co-design"_s },
                            { u"parent-carer"_s, u"information"_s },
                            { u"young-person"_s, u"information"_s },
                            { u"professional"_s, u"engagement"_s } });
        ladder.setCurrentPerspective(u"parent-carer"_s);
        ladder.show();
        ladder.setFocus();
        QVERIFY(QTest::qWaitForWindowExposed(&ladder));
        ladder.grab().save(qEnvironmentVariable("COPRODUCE_SCREENSHOTS") + u"/ladder.png"_s);
        for (const QSize size : { QSize(300, 900), QSize(700, 300) }) {
            ladder.resize(size);
            ladder.grab().save(qEnvironmentVariable("COPRODUCE_SCREENSHOTS")
                               + u"/ladder-%1x%2.png"_s.arg(size.width()).arg(size.height()));
        }
    }
};

QTEST_MAIN(TestLadderWidget)
#include "tst_ladderwidget.moc"
