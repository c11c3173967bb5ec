// SPDX-License-Identifier: GPL-3.0-or-later
// The Progress section (issue 21) on the meetings of progressfixture.cpp: the numbers tst_progress works out
// by hand, as the window's tables, charts and sentences show them, chosen from the keyboard.
#include "progressfixture.h"
#include "testsupport.h"

#include "core/progresssentences.h"
#include "ui/access/theme.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/painted/progresschart.h"
#include "ui/sections/presentationwindow.h"
#include "ui/sections/progresspage.h"

#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

class TestProgressPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ProgressPage> m_page;

    QStringList row(ProgressPage::Block block, int r) const
    {
        QStringList cells;
        const QStandardItemModel *model = m_page->table(block);
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        return cells;
    }
    // The chart's bars: each series' name and values.
    static QList<QPair<QString, QList<qreal>>> bars(ProgressChart *chart)
    {
        QList<QPair<QString, QList<qreal>>> out;
        const auto *series = qobject_cast<QStackedBarSeries *>(chart->chart()->series().value(0));
        if (!series)
            return out;
        for (QBarSet *set : series->barSets()) {
            QList<qreal> values;
            for (int i = 0; i < set->count(); ++i)
                values << set->at(i);
            out.append({ set->label(), values });
        }
        return out;
    }
    void choose(const char *name, const QVariant &data)
    {
        auto *combo = m_page->findChild<QComboBox *>(QString::fromLatin1(name));
        QVERIFY(combo);
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }
    void screenshot(const QString &name)
    {
        if (!qEnvironmentVariableIsSet("COPRODUCE_SCREENSHOTS"))
            return;
        QCoreApplication::processEvents();
        m_page->grab().save(qEnvironmentVariable("COPRODUCE_SCREENSHOTS") + u'/' + name + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::openWithCharters(m_db, m_dir.filePath(u"page.sqlite"_s)));
        Test::addProgressFixture(m_db);
        m_page = std::make_unique<ProgressPage>(m_db);
        m_page->setToday(QDate(2026, 5, 1));
        m_page->resize(1000, 2600);
        m_page->show();
        QVERIFY(!m_page->numbers()); // nothing read until the section is shown
        choose("timeCombo", 3); // the days chosen
        m_page->findChild<QDateEdit *>(u"fromEdit"_s)->setDate(QDate(2026, 1, 1));
        m_page->findChild<QDateEdit *>(u"toEdit"_s)->setDate(QDate(2026, 6, 30));
        m_page->reload();
        QVERIFY(m_page->numbers());
    }

    void tablesHaveTheNumbers()
    {
        QCOMPARE(row(ProgressPage::Ladder, 0),
                 (QStringList { u"January to March 2026"_s, u"1"_s, u"4"_s, u"1"_s, u"Consultation"_s,
                                u"1 of 2"_s }));
        QCOMPARE(row(ProgressPage::Ladder, 2),
                 (QStringList { u"All"_s, u"1"_s, u"4"_s, u"3"_s, u"Consultation"_s, u"1 of 3"_s }));
        QCOMPARE(row(ProgressPage::Actions, 0),
                 (QStringList { u"January to March 2026"_s, u"5"_s, u"2"_s, u"1"_s, u"1"_s, u"1"_s, u"1"_s,
                                u"10"_s, u"2 of 3"_s }));
        QCOMPARE(row(ProgressPage::Actions, 1).value(8), u"\u2013"_s); // nothing said from April to June
        // Meetings, parent carers, young people, professionals, partners, apologies, first time, access
        // needs.
        QCOMPARE(row(ProgressPage::Attendance, 0),
                 (QStringList { u"January to March 2026"_s, u"2"_s, u"2"_s, u"2"_s, u"1"_s, u"0"_s, u"1"_s,
                                u"3"_s, u"1"_s }));
        // Each principle over time: yes / partly / not yet, a period a column, then the whole time.
        QCOMPARE(row(ProgressPage::CharterCheck, 0),
                 (QStringList { u"Communication"_s, u"0 / 0 / 2"_s, u"0 / 1 / 0"_s, u"0 / 1 / 2"_s }));
        QCOMPARE(row(ProgressPage::CharterCheck, 1),
                 (QStringList { u"Accessibility"_s, u"1 / 0 / 0"_s, u"0 / 0 / 0"_s, u"1 / 0 / 0"_s }));
        QCOMPARE(row(ProgressPage::Heard, 0),
                 (QStringList { u"January to March 2026"_s, u"3"_s, u"1"_s, u"1"_s }));
        screenshot(u"progress-100"_s);
    }

    void chartsHaveTheSameNumbers()
    {
        using Bars = QList<QPair<QString, QList<qreal>>>;
        QCOMPARE(bars(m_page->chart(ProgressPage::Ladder)),
                 (Bars { { u"Doing to"_s, { 1, 0 } },
                         { u"Doing for"_s, { 4, 0 } },
                         { u"Doing with"_s, { 1, 2 } } }));
        QCOMPARE(bars(m_page->chart(ProgressPage::Actions)),
                 (Bars { { u"Done"_s, { 2, 1 } },
                         { u"Being done"_s, { 1, 0 } },
                         { u"Not started"_s, { 1, 1 } },
                         { u"Cannot be done"_s, { 1, 0 } } }));
        QCOMPARE(bars(m_page->chart(ProgressPage::Heard)),
                 (Bars { { u"Heard"_s, { 3, 0 } },
                         { u"Partly heard"_s, { 1, 0 } },
                         { u"Not heard"_s, { 1, 0 } } }));
        // Each chart says its sentence; the page shows it.
        const ProgressNumbers &n = *m_page->numbers();
        QVERIFY(m_page->sentence(ProgressPage::Ladder).startsWith(ProgressSentences::ladder(n)));
        QCOMPARE(m_page->chart(ProgressPage::Heard)->accessibleDescription(), ProgressSentences::heard(n));
    }

    void choicesChangeTheNumbers()
    {
        choose("perspectiveCombo", u"parent-carer"_s);
        QCOMPARE(row(ProgressPage::Ladder, 0).mid(1, 4),
                 (QStringList { u"0"_s, u"2"_s, u"0"_s, u"Information"_s }));
        choose("perspectiveCombo", QString());
        choose("seriesCombo", u"Board"_s);
        QCOMPARE(row(ProgressPage::Attendance, 0).value(7), u"2"_s); // new to the board: Bo and Cy
        choose("seriesCombo", QString());
        choose("stepCombo", int(ProgressRequest::Step::Month));
        QCOMPARE(m_page->table(ProgressPage::Ladder)->rowCount(), 7); // six months and the whole
        QCOMPARE(row(ProgressPage::Ladder, 1).first(), u"February 2026"_s);
        choose("stepCombo", int(ProgressRequest::Step::Quarter));
        // A range that is not one says so, and the numbers stay as they were.
        m_page->findChild<QDateEdit *>(u"toEdit"_s)->setDate(QDate(2025, 12, 1));
        QVERIFY(!m_page->numbers());
        m_page->findChild<QDateEdit *>(u"toEdit"_s)->setDate(QDate(2026, 6, 30));
        QVERIFY(m_page->numbers());
    }

    void everyTableIsReachedByTheKeyboard()
    {
        QWidget *start = m_page->findChild<QComboBox *>(u"seriesCombo"_s);
        start->setFocus();
        QTRY_VERIFY(start->hasFocus());
        QSet<QString> reached;
        for (int i = 0; i < 30; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QWidget *w = QApplication::focusWidget())
                reached << w->objectName();
        }
        for (const QString &table : { u"table0"_s, u"table1"_s, u"reasonsTable"_s, u"table2"_s, u"table3"_s,
                                      u"table4"_s, u"perspectiveCombo"_s })
            QVERIFY2(reached.contains(table), qPrintable(table));
        // The charts take no focus: their tables say the same.
        QVERIFY(!reached.contains(QString()));
    }

    // The report is saved from the export dialog: the board's version, whose charts and tables are the
    // page's, and the easy read; nothing to choose about names, as nobody is named.
    void theReportIsExported()
    {
        for (const bool easy : { false, true }) {
            ExportDialog dialog(m_db, *m_page->numbers());
            auto *document = dialog.findChild<QComboBox *>(u"documentCombo"_s);
            document->setCurrentIndex(easy ? 1 : 0);
            QVERIFY(!dialog.findChild<QCheckBox *>(u"publish"_s)->isVisibleTo(&dialog));
            auto *path = dialog.findChild<QLineEdit *>(u"pathEdit"_s);
            QVERIFY2(path->text().endsWith(easy ? u"Progress 2026-01-01 to 2026-06-30 easy read.pdf"_s
                                                : u"Progress 2026-01-01 to 2026-06-30.pdf"_s),
                     qPrintable(path->text()));
            const QString file = m_dir.filePath(easy ? u"easy.pdf"_s : u"board.pdf"_s);
            path->setText(file);
            dialog.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Save)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            const QString text = Test::pdfText(file).simplified();
            QVERIFY2(text.contains(easy ? u"We agreed 7 things to do."_s
                                        : ProgressSentences::heard(*m_page->numbers())),
                     qPrintable(text));
        }
    }

    // On the projector: a chart a page, large, its sentence under it; the clicker's keys move on.
    void theProjectorShowsEachChart()
    {
        PresentationWindow projector;
        projector.resize(1280, 720);
        const QList<ChartSlide> slides = m_page->slides();
        QCOMPARE(slides.size(), int(ProgressPage::BlockCount));
        projector.showProgress(u"Progress across the area"_s, slides, 0);
        projector.show();
        QCOMPARE(projector.pageCount(), 5);
        const auto heading = [&] { return projector.findChildren<QLabel *>().first()->text(); };
        QCOMPARE(heading(), u"Progress across the area: The ladder over time"_s);
        QVERIFY(projector.accessibleDescription().contains(m_page->sentence(ProgressPage::Ladder)));
        auto *chart = projector.findChild<ProgressChart *>();
        QVERIFY(chart);
        QCOMPARE(bars(chart).value(2).second, (QList<qreal> { 1, 2 })); // Doing with
        QVERIFY(chart->font().pixelSize() >= 720 / 18 * 0.5); // projector-sized, shrunk at most to fit
        if (qEnvironmentVariableIsSet("COPRODUCE_SCREENSHOTS"))
            projector.grab().save(qEnvironmentVariable("COPRODUCE_SCREENSHOTS")
                                  + u"/progress-projector.png"_s);
        QTest::keyClick(&projector, Qt::Key_PageDown);
        QCOMPARE(projector.currentPage(), 1);
        QCOMPARE(heading(), u"Progress across the area: Actions"_s);
        QCOMPARE(bars(chart).value(0).second, (QList<qreal> { 2, 1 })); // Done
        QVERIFY(projector.accessibleDescription().contains(u"Chart 2 of 5"_s));
        QTest::keyClick(&projector, Qt::Key_End);
        QCOMPARE(heading(), u"Progress across the area: Were people heard?"_s);
        QVERIFY(projector.accessibleDescription().contains(ProgressSentences::heard(*m_page->numbers())));
    }

    void highContrastAndLargeText()
    {
        const auto restore = qScopeGuard([] { Theme::apply(100, false); });
        Theme::apply(200, true);
        QCoreApplication::processEvents();
        const auto *series = qobject_cast<QStackedBarSeries *>(
            m_page->chart(ProgressPage::Actions)->chart()->series().value(0));
        QVERIFY(series);
        // Told apart by pattern, not by colour: one colour, four patterns.
        QSet<int> styles;
        for (QBarSet *set : series->barSets()) {
            QCOMPARE(set->brush().color(), m_page->palette().color(QPalette::WindowText));
            styles << int(set->brush().style());
        }
        QCOMPARE(styles.size(), 4);
        // The tables grow with the text: every row as tall as its text.
        const QTableView *table = m_page->findChild<QTableView *>(u"table1"_s);
        QVERIFY(table->rowHeight(0) >= table->fontMetrics().height());
        screenshot(u"progress-200-high-contrast"_s);
    }
};

QTEST_MAIN(TestProgressPage)
#include "tst_progresspage.moc"
