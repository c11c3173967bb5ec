// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/demogenerator.h"
#include "core/meetingrepository.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModel>
#include <QListView>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void listsChartersAndMeetings()
    {
        Database db;
        QVERIFY(Test::openWithCharters(db, m_dir.filePath(u"window.sqlite"_s)));
        QString error;
        QVERIFY(DemoGenerator(db).generate(1, QDate(2026, 11, 22), &error));

        MainWindow window(db);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(u"window.sqlite"_s));

        auto *charters = window.findChild<QListView *>(u"charterList"_s);
        QCOMPARE(charters->model()->rowCount(), 2);
        QVERIFY(!charters->accessibleName().isEmpty());
        auto *text = window.findChild<QTextBrowser *>(u"charterText"_s);
        QVERIFY(!text->toPlainText().isEmpty());
        // Choose the other charter from the keyboard.
        charters->setFocus();
        QTest::keyClick(charters, Qt::Key_Down);
        const QString shown = text->toPlainText();
        QVERIFY2(shown.contains(u"Honesty, transparency and accountability"_s), qPrintable(shown.left(200)));

        auto *meetings = window.findChild<QTableView *>(u"meetingTable"_s);
        // Newest first.
        const QList<MeetingSummary> all = MeetingRepository(db).list();
        QCOMPARE(meetings->model()->index(0, 0).data().toString(), all.last().date.toString(Qt::ISODate));
        QCOMPARE(meetings->model()->index(0, 2).data().toString(), all.last().title);

        if (qEnvironmentVariableIsSet("COPRODUCE_SCREENSHOTS")) {
            const QString dir = qEnvironmentVariable("COPRODUCE_SCREENSHOTS");
            window.grab().save(dir + u"/mainwindow-charters.png"_s);
            window.findChild<QTabWidget *>(u"tabs"_s)->setCurrentIndex(1);
            window.grab().save(dir + u"/mainwindow-meetings.png"_s);
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
