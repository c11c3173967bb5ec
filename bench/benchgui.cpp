// SPDX-License-Identifier: GPL-3.0-or-later
// In-process timings of the desktop app on a database given on the command line (issue 3's targets):
//   start to a usable main window < 400 ms (bench/run also times the whole process);
//   switching to the actions board and filtering it < 100 ms; memory < 200 MB.
//   finding meetings by their words (the meetings list's search, without the wait for typing to stop).
//   the Progress section (issue 21): its numbers for the whole area over every meeting (ten years of the
//   demo) under 200 ms, read alone and as the section shows them (the switch to it, charts and tables).
// Prints one line per measurement: "name median_ms worst_ms". Runs under QT_QPA_PLATFORM=offscreen.

#include "core/database.h"
#include "core/progressrepository.h"
#include "ui/sections/actionsboard.h"
#include "ui/sections/actionsmodel.h"
#include "ui/sections/mainwindow.h"
#include "ui/sections/meetingspage.h"
#include "ui/sections/progresspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

void report(const char *name, QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    std::printf("%s %lld %lld\n", name, static_cast<long long>(times.at(times.size() / 2)),
                static_cast<long long>(times.last()));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"coproduce-bench"_s);
    if (argc < 2) {
        std::fprintf(stderr, "usage: benchgui DATABASE [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::atoi(argv[2]) : 10;
    Database db;
    if (!db.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }

    QList<qint64> open;
    QList<qint64> board;
    QList<qint64> filter;
    QList<qint64> overdue;
    QList<qint64> search;
    QList<qint64> numbers;
    QList<qint64> progress;
    const QStringList words { u"transport"_s, u"letter"_s, u"young people"_s, u"short break"_s };
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        MainWindow window(db);
        window.showSection(MainWindow::Charters);
        window.show();
        QApplication::processEvents(); // laid out and painted: usable
        open << timer.elapsed();

        timer.restart();
        window.showSection(MainWindow::Actions);
        QApplication::processEvents();
        board << timer.elapsed();

        ActionsBoard *actions = window.actionsBoard();
        timer.restart();
        auto *series = actions->findChild<QComboBox *>(u"seriesCombo"_s);
        series->setCurrentIndex(1 + i % (series->count() - 1));
        QApplication::processEvents();
        filter << timer.elapsed();
        timer.restart();
        actions->findChild<QCheckBox *>(u"overdueCheck"_s)->setChecked(true);
        QApplication::processEvents();
        overdue << timer.elapsed();
        // Scroll to the end of every action, as a facilitator reading the whole board would.
        actions->findChild<QCheckBox *>(u"overdueCheck"_s)->setChecked(false);
        series->setCurrentIndex(0);
        actions->findChild<QTableView *>()->scrollToBottom();
        QApplication::processEvents();

        // The list's search runs once typing stops; here at once, so that only the search is timed.
        window.showSection(MainWindow::Meetings);
        QApplication::processEvents();
        QTimer *typing = nullptr;
        for (QTimer *t : window.meetingsPage()->findChildren<QTimer *>())
            if (t->interval() == 250 && t->isSingleShot())
                typing = t;
        auto *find = window.meetingsPage()->findChild<QLineEdit *>(u"searchEdit"_s);
        timer.restart();
        find->setText(words.at(i % words.size()));
        typing->stop();
        QMetaObject::invokeMethod(typing, "timeout", Qt::DirectConnection);
        QApplication::processEvents(); // the list laid out
        search << timer.elapsed();
        if (qEnvironmentVariableIsSet("COPRODUCE_BENCH_SAY_FOUND"))
            std::fprintf(
                stderr, "found %d\n",
                window.meetingsPage()->findChild<QTableView *>(u"meetingTable"_s)->model()->rowCount());

        // Every meeting in the database, by quarter: read alone; then shown (the section opens on the last
        // 12 months, and "Every meeting" is chosen, which counts ten years by year).
        ProgressRequest everything;
        everything.to = QDate::currentDate();
        everything.from = ProgressRepository(db).firstMeeting(QString()).value_or(everything.to);
        timer.restart();
        if (!ProgressRepository(db).numbers(everything, nullptr))
            std::fprintf(stderr, "no progress numbers\n");
        numbers << timer.elapsed();
        timer.restart();
        window.showSection(MainWindow::Progress);
        window.progressPage()->findChild<QComboBox *>(u"timeCombo"_s)->setCurrentIndex(2);
        QApplication::processEvents(); // charts and tables laid out and painted
        progress << timer.elapsed();
        window.close();
    }
    report("open-main-window", open);
    report("switch-to-actions-board", board);
    report("filter-actions-board-by-series", filter);
    report("filter-actions-board-overdue", overdue);
    QList<qint64> both;
    for (int i = 0; i < runs; ++i)
        both << board.at(i) + filter.at(i);
    report("switch-and-filter", both);
    report("search-meetings", search);
    report("progress-numbers-every-meeting", numbers);
    report("progress-section-every-meeting", progress);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak-memory-mb %ld %ld\n", usage.ru_maxrss / 1024, usage.ru_maxrss / 1024);
    return 0;
}
