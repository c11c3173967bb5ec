// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/actionrepository.h"
#include "core/charterrepository.h"
#include "core/demogenerator.h"
#include "core/importer.h"
#include "core/meetingformat.h"
#include "core/meetingrepository.h"
#include "core/progressrepository.h"
#include "reports/documentwriter.h"
#include "reports/minutes.h"
#include "ui/access/theme.h"
#include "ui/commands/meetingcommand.h"
#include "ui/dialogs/backupsdialog.h"
#include "ui/dialogs/charterdialog.h"
#include "ui/dialogs/erasedialog.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/historydialog.h"
#include "ui/dialogs/newmeetingdialog.h"
#include "ui/dialogs/retentiondialog.h"
#include "ui/dialogs/statusdialog.h"
#include "ui/dialogs/wordsdialog.h"
#include "ui/editor/meetingdocument.h"
#include "ui/editor/meetingeditor.h"
#include "ui/painted/chartercards.h"
#include "ui/painted/ladderlayout.h"
#include "ui/painted/ladderwidget.h"
#include "ui/painted/pollchart.h"
#include "ui/sections/actionsboard.h"
#include "ui/sections/actionsmodel.h"
#include "ui/sections/charterpage.h"
#include "ui/sections/mainwindow.h"
#include "ui/sections/meetingspage.h"
#include "ui/sections/presentationwindow.h"
#include "ui/sections/progresspage.h"
#include "ui/settings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFocusFrame>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMultiMap>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace Coproduce;
using namespace Qt::StringLiterals;

// The whole window on a real demo database, driven from the keyboard.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    const QDate m_today { 2026, 11, 22 };

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->setToday(m_today);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
    }
    // The mnemonic letter of a text ("&Records" → 'r'), or none.
    static QChar mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return QChar();
    }
    // Every mnemonic that Alt+letter would reach in `window` now: its menu bar's, and those of its visible
    // buttons, buddied labels, group boxes and tabs. Each with what it belongs to.
    static QMultiMap<QChar, QString> mnemonics(QWidget *window)
    {
        QMultiMap<QChar, QString> found;
        const auto add = [&](const QString &text, const QString &what) {
            if (const QChar c = mnemonic(text); !c.isNull())
                found.insert(c, what + u" \""_s + text + u'"');
        };
        if (auto *main = qobject_cast<QMainWindow *>(window))
            for (QAction *action : main->menuBar()->actions())
                add(action->text(), u"menu"_s);
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window) || w->window() != window)
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(button->text(), u"button"_s);
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                add(label->text(), u"label"_s);
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                add(box->title(), u"group"_s);
            else if (auto *bar = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < bar->count(); ++i)
                    if (bar->isTabVisible(i) && bar->isTabEnabled(i))
                        add(bar->tabText(i), u"tab"_s);
        }
        return found;
    }
    static QStringList clashes(QWidget *window, const QString &where)
    {
        QStringList out;
        const QMultiMap<QChar, QString> all = mnemonics(window);
        if (qEnvironmentVariableIsSet("DUMP_ALL_MNEMONICS")) {
            QStringList each;
            for (auto it = all.cbegin(); it != all.cend(); ++it)
                each << QString(it.key()) + u'=' + it.value();
            qInfo("%s: %s", qPrintable(where), qPrintable(each.join(u"; "_s)));
        }
        for (const QChar c : all.uniqueKeys())
            if (all.count(c) > 1)
                out << u"%1: Alt+%2 is %3"_s.arg(where, c.toUpper(),
                                                 QStringList(all.values(c)).join(u" and "_s));
        return out;
    }

    void screenshot(const QString &name, QWidget *widget = nullptr)
    {
        if (!qEnvironmentVariableIsSet("COPRODUCE_SCREENSHOTS"))
            return;
        QCoreApplication::processEvents();
        (widget ? widget : m_window.get())
            ->grab()
            .save(qEnvironmentVariable("COPRODUCE_SCREENSHOTS") + u"/"_s + name + u".png"_s);
    }
    // WCAG 2.2's focus appearance, measured: how many pixels thick, on its thinnest side, the band of
    // pixels round `rect` (in the window) that changes by 3:1 or more between `before` and `after`. A line
    // counts when nine in ten of its pixels changed.
    static int ringThickness(const QImage &before, const QImage &after, const QRect &rect)
    {
        const auto changed = [&](int x, int y) {
            return Theme::contrast(before.pixelColor(x, y), after.pixelColor(x, y)) >= 3.0;
        };
        int thinnest = INT_MAX;
        for (int side = 0; side < 4; ++side) {
            int lines = 0;
            for (int depth = 0; depth < 8; ++depth) {
                int hits = 0;
                int all = 0;
                const bool across = side < 2; // top and bottom: a row
                const int from = across ? rect.left() + 8 : rect.top() + 8;
                const int to = across ? rect.right() - 8 : rect.bottom() - 8;
                for (int i = from; i <= to; ++i) {
                    const int x = across ? i : (side == 2 ? rect.left() + depth : rect.right() - depth);
                    const int y = across ? (side == 0 ? rect.top() + depth : rect.bottom() - depth) : i;
                    ++all;
                    hits += changed(x, y) ? 1 : 0;
                }
                if (all > 0 && hits * 10 >= all * 9)
                    ++lines;
            }
            thinnest = qMin(thinnest, lines);
        }
        return thinnest;
    }
    // The whole window as the screen shows it, device pixels as window pixels.
    QImage window() const
    {
        QCoreApplication::processEvents();
        return m_window->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }
    void keys(const char *sequence)
    {
        // Shortcuts belong to the active window; after a dialog or the projector view closes, the window
        // manager would give it back, which the offscreen platform leaves to us.
        if (QApplication::activeWindow() != m_window.get()) {
            m_window->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        }
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keySequence(focus, QKeySequence(QString::fromLatin1(sequence)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        // COPRODUCE_TEST_ZOOM=200 renders every view with text at twice the system size.
        if (qEnvironmentVariableIsSet("COPRODUCE_TEST_ZOOM"))
            QSettings().setValue(u"view/zoom"_s, qEnvironmentVariableIntValue("COPRODUCE_TEST_ZOOM"));
        m_db = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_db, m_dir.filePath(u"window.sqlite"_s)));
        QString error;
        QVERIFY2(DemoGenerator(*m_db).generate(1, m_today, &error), qPrintable(error));
        openWindow();
    }
    void cleanupTestCase()
    {
        m_window.reset();
        Theme::apply(100, false);
    }

    void titleSectionsAndShortcuts()
    {
        // The file's name, or the server's host and database (never its connection keywords).
        QVERIFY(
            m_window->windowTitle().contains(Test::onServer() ? m_db->displayName() : u"window.sqlite"_s));
        QVERIFY(!m_window->windowTitle().contains(u"="_s));
        keys("Ctrl+1");
        QCOMPARE(m_window->section(), MainWindow::Charters);
        screenshot(u"mainwindow-charters"_s);
        keys("Ctrl+2");
        QCOMPARE(m_window->section(), MainWindow::Meetings);
        // On first start the newest meeting is open, so the editor is never empty.
        QVERIFY(m_window->meetingsPage()->editor()->meetingId() != 0);
        screenshot(u"mainwindow-meetings"_s);
        keys("Ctrl+3");
        QCOMPARE(m_window->section(), MainWindow::Actions);
        screenshot(u"mainwindow-actions"_s);
        // Progress reads its numbers when it is shown, and the keyboard lands in it.
        keys("Ctrl+4");
        QCOMPARE(m_window->section(), MainWindow::Progress);
        QVERIFY(m_window->progressPage()->numbers().has_value());
        QVERIFY(m_window->progressPage()->isAncestorOf(QApplication::focusWidget()));
        // Export and Print work on the progress report here.
        QVERIFY(m_window->findChild<QAction *>(u"actionExport"_s)->isEnabled());
        QVERIFY(m_window->findChild<QAction *>(u"actionPrint"_s)->isEnabled());
        // F5 puts the progress charts on the projector, one a page; Escape brings the keyboard back.
        keys("F5");
        PresentationWindow *projector = m_window->presentation();
        QVERIFY(projector);
        QVERIFY(QTest::qWaitForWindowExposed(projector));
        QCOMPARE(projector->pageCount(), int(ProgressPage::BlockCount));
        QVERIFY(projector->accessibleDescription().contains(
            m_window->progressPage()->sentence(ProgressPage::Ladder)));
        QTest::keyClick(projector, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->presentation());
        screenshot(u"mainwindow-progress"_s);
    }

    void cardsReflowWithTheWindow()
    {
        keys("Ctrl+1");
        auto *cards = m_window->findChild<CharterCards *>();
        QVERIFY(cards);
        QVERIFY(m_window->charterPage()->selectCharter(u"derby"_s));
        QCOMPARE(cards->charter().principles.size(), 6);
        const int wide = cards->columnCount();
        const auto restore = qScopeGuard([this] { m_window->resize(1280, 800); });
        m_window->resize(700 * 100 / Theme::zoom(), 800); // narrow for the text size
        QTRY_VERIFY2(cards->columnCount() < wide,
                     qPrintable(u"%1 → %2"_s.arg(wide).arg(cards->columnCount())));
        // No card overlaps another, at either width.
        for (int i = 0; i < 6; ++i)
            for (int j = i + 1; j < 6; ++j)
                QVERIFY(!cards->cardRect(i).intersects(cards->cardRect(j)));
        screenshot(u"mainwindow-charters-narrow"_s);
        m_window->resize(1280, 800);
        // Arrow keys move between cards.
        cards->setFocus();
        cards->setCurrentCard(0);
        QTest::keyClick(cards, Qt::Key_Right);
        QCOMPARE(cards->currentCard(), 1);
        QVERIFY(cards->accessibleDescription().contains(cards->charter().principles.at(1).title));
    }

    void presentationModeFromTheKeyboard()
    {
        keys("Ctrl+1");
        auto *cards = m_window->findChild<CharterCards *>();
        cards->setFocus();
        cards->setCurrentCard(2);
        QTest::keyClick(cards, Qt::Key_Return);
        PresentationWindow *presentation = m_window->presentation();
        QVERIFY(presentation);
        QVERIFY(QTest::qWaitForWindowExposed(presentation));
        QVERIFY(presentation->isFullScreen());
        QCOMPARE(presentation->currentPage(), 2);
        QTest::keyClick(presentation, Qt::Key_PageDown);
        QCOMPARE(presentation->currentPage(), 3);
        QTest::keyClick(presentation, Qt::Key_PageUp);
        QTest::keyClick(presentation, Qt::Key_Left);
        QCOMPARE(presentation->currentPage(), 1);
        // A screen reader is told the card shown, and where it is among them (not "Card 1 of 1").
        const Charter &shown = cards->charter();
        QVERIFY2(presentation->accessibleDescription().contains(
                     u"Card 2 of %1. %2"_s.arg(shown.principles.size()).arg(shown.principles.at(1).title)),
                 qPrintable(presentation->accessibleDescription()));
        // Tab reaches the buttons; the clicker's keys still turn the cards, and Enter presses the button.
        const auto button = [presentation](const QString &text) {
            for (QPushButton *b : presentation->findChildren<QPushButton *>())
                if (b->text() == text)
                    return b;
            return static_cast<QPushButton *>(nullptr);
        };
        for (const QString &text : { u"Previous"_s, u"Next"_s, u"Close (Esc)"_s })
            QVERIFY2(button(text) && (button(text)->focusPolicy() & Qt::TabFocus), qPrintable(text));
        button(u"Close (Esc)"_s)->setFocus();
        QTest::keyClick(button(u"Close (Esc)"_s), Qt::Key_Space);
        QCOMPARE(presentation->currentPage(), 2);
        QVERIFY(m_window->presentation());
        button(u"Next"_s)->setFocus();
        QTest::keyClick(button(u"Next"_s), Qt::Key_Return);
        QCOMPARE(presentation->currentPage(), 3);
        QTest::keyClick(button(u"Next"_s), Qt::Key_PageUp);
        QTest::keyClick(button(u"Next"_s), Qt::Key_PageUp);
        QCOMPARE(presentation->currentPage(), 1);
        // Large targets for the clicker-less: every button at least 44 px.
        for (QPushButton *button : presentation->findChildren<QPushButton *>())
            if (button->isVisible())
                QVERIFY(button->height() >= Theme::PresentationTarget
                        && button->width() >= Theme::PresentationTarget);
        screenshot(u"presentation-card"_s, presentation);
        QTest::keyClick(presentation, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->presentation());
    }

    void theLadderAndTheRoomsPollOnTheProjector()
    {
        keys("Ctrl+2");
        MeetingEditor *editor = m_window->meetingsPage()->editor();
        keys("Ctrl+Shift+N");
        QTest::keyClicks(QApplication::focusWidget(), u"Where are we on the ladder?"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(editor->activityId() != 0);
        QVERIFY(editor->document()->setRating(editor->activityId(), u"facilitator"_s, u"co-design"_s));
        QVERIFY(editor->document()->setVotes(editor->activityId(), u"parent-carer"_s, u"consultation"_s, 5));
        QVERIFY(editor->document()->setVotes(editor->activityId(), u"young-person"_s, u"consultation"_s, 2));
        QVERIFY(editor->document()->setVotes(editor->activityId(), u"professional"_s, u"co-design"_s, 3));
        // With the poll showing in the editor, F5 puts the poll on the projector.
        keys("Ctrl+Shift+R");
        screenshot(u"mainwindow-poll"_s);
        keys("F5");
        PresentationWindow *presentation = m_window->presentation();
        QVERIFY(presentation);
        QVERIFY(QTest::qWaitForWindowExposed(presentation));
        auto *chart = presentation->findChild<PollChart *>();
        QVERIFY(chart && chart->isVisible());
        QCOMPARE(presentation->currentPage(), 1);
        QCOMPARE(PollChart::total(chart->poll()), 10);
        QVERIFY2(presentation->accessibleDescription().contains(
                     u"10 people answered. Most chose Consultation (7)."_s),
                 qPrintable(presentation->accessibleDescription()));
        screenshot(u"presentation-poll"_s, presentation);
        // Page Up: each view's rating.
        QTest::keyClick(presentation, Qt::Key_PageUp);
        auto *ladder = presentation->findChild<LadderWidget *>();
        QVERIFY(ladder->isVisible() && !chart->isVisible());
        QCOMPARE(ladder->ratings().value(u"facilitator"_s), u"co-design"_s);
        screenshot(u"presentation-ladder"_s, presentation);
        QTest::keyClick(presentation, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->presentation());
    }

    void printsTheMinutesWithAPreview()
    {
        keys("Ctrl+2");
        QVERIFY(m_window->meetingsPage()->editor()->meetingId() != 0);
        int pages = 0;
        bool seen = false;
        // The preview is modal: look at it from inside its own event loop, then close it.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return;
            poll.stop();
            seen = true;
            // The preview lays its pages out as it shows: wait until it has (bounded, never a set time).
            auto *widget = preview->findChild<QPrintPreviewWidget *>();
            const QDeadlineTimer deadline(std::chrono::minutes(1));
            while (widget && widget->pageCount() == 0 && !deadline.hasExpired())
                QTest::qWait(20);
            pages = widget ? widget->pageCount() : 0;
            screenshot(u"print-preview"_s, preview);
            preview->reject();
        });
        poll.start(50);
        keys("Ctrl+P");
        QVERIFY(seen);
        QVERIFY2(pages >= 1, qPrintable(QString::number(pages)));
    }

    void exportsTheMinutesFromADialog()
    {
        keys("Ctrl+2");
        const QString nowhere = m_dir.filePath(u"no-such-folder/minutes.pdf"_s);
        const QString html = m_dir.filePath(u"exported.html"_s);
        QString problem;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            auto *path = dialog->findChild<QLineEdit *>(u"pathEdit"_s);
            auto *save = dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Save);
            QVERIFY(path->text().endsWith(u".pdf"_s));
            // A folder that does not exist: the dialog says so and stays open.
            path->setText(nowhere);
            save->click();
            problem = dialog->findChild<QLabel *>(u"problem"_s)->text();
            QVERIFY(dialog->isVisible());
            // A web page, for publishing.
            auto *format = dialog->findChild<QComboBox *>(u"formatCombo"_s);
            format->setCurrentIndex(format->findData(int(DocumentWriter::Format::Html)));
            QVERIFY(path->text().endsWith(u"minutes.html"_s));
            QVERIFY(!dialog->findChild<QCheckBox *>(u"a5"_s)->isEnabled());
            dialog->findChild<QCheckBox *>(u"publish"_s)->setChecked(true);
            // The easy-read summary, named to match.
            auto *document = dialog->findChild<QComboBox *>(u"documentCombo"_s);
            document->setCurrentIndex(document->findData(u"easy-read"_s));
            QVERIFY(path->text().endsWith(u"easy read.html"_s));
            QVERIFY(document->findData(u"you-said-we-did-easy-read"_s) > 0); // the meeting is in a series
            screenshot(u"export-dialog"_s, dialog);
            path->setText(html);
            save->click();
        });
        poll.start(50);
        keys("Ctrl+E");
        QVERIFY2(problem.contains(nowhere) && problem.contains(u"cannot write"_s), qPrintable(problem));
        QVERIFY(QFileInfo::exists(html));
        QVERIFY(Test::readFile(html).startsWith("<!DOCTYPE html>"));
        QVERIFY(Test::readFile(html).contains("This is an easy read summary of our meeting."));
        QVERIFY(!QFileInfo::exists(nowhere));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"exported.html"_s));
    }

    // A name no font on this computer can draw (a Chinese name, where no CJK font is installed) is said
    // before the file or the paper goes anywhere, not left to print as empty boxes.
    void aNameThatCannotBeDrawnIsSaidBeforeItIsSent()
    {
        const QByteArray json = R"({"format":"coproduce-meeting/1","title":"Interpreters","date":"2026-11-20",
            "attendees":[{"name":"\u738b\u82b3","role":"parent-carer","credit":"named"}],
            "activities":[{"title":"A Cantonese interpreter","notes":"\u738b\u82b3 asked for one."}]})";
        QStringList errors;
        const std::optional<qint64> id = Importer(*m_db).importMeeting(json, u"cjk.json"_s, &errors);
        QVERIFY2(id, qPrintable(errors.join(u'\n')));
        if (DocumentWriter::undrawable(Minutes::load(*m_db, *id)->document({})).isEmpty())
            QSKIP("This computer has a font for Chinese: nothing to warn about.");
        keys("Ctrl+2");
        QVERIFY(m_window->meetingsPage()->openMeeting(*id));
        const QString pdf = m_dir.filePath(u"interpreters.pdf"_s);
        QStringList said;
        bool saving = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<ExportDialog *>(modal); dialog && !saving) {
                dialog->findChild<QLineEdit *>(u"pathEdit"_s)->setText(pdf);
                // Queued: the warning's own event loop needs this timer back, which Qt never re-enters.
                QMetaObject::invokeMethod(
                    dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Save),
                    "click", Qt::QueuedConnection);
                saving = true;
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                said << box->text();
                screenshot(u"cannot-draw"_s, box);
                box->accept();
            } else if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal)) {
                poll.stop();
                preview->reject();
            }
        });
        poll.start(50);
        keys("Ctrl+E");
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(pdf) && said.first().contains(u"\u738b\u82b3"_s)
                     && said.first().contains(u"empty boxes"_s) && said.first().contains(u"fonts-noto-cjk"_s),
                 qPrintable(said.first()));
        QVERIFY(QFileInfo::exists(pdf)); // saved all the same, and not claimed to be PDF/A
        QVERIFY(!Test::run(u"pdfinfo"_s, { u"-meta"_s, pdf }).contains(u"pdfaid"_s));
        // Printing warns first, then shows the preview.
        poll.start(50);
        keys("Ctrl+P");
        QCOMPARE(said.size(), 2);
        QVERIFY2(said.last().contains(u"The printed minutes"_s)
                     && said.last().contains(u"print as empty boxes"_s)
                     && said.last().contains(u"(U+738B U+82B3)"_s),
                 qPrintable(said.last()));
    }

    // Calls `look` with every view a person can see: each section of the window, each tab of the meeting
    // editor (the tabs it sits in shown first), and each dialog on its own.
    void everyView(const std::function<void(QWidget *window, const QString &where)> &look)
    {
        for (MainWindow::Section section :
             { MainWindow::Charters, MainWindow::Meetings, MainWindow::Actions, MainWindow::Progress }) {
            m_window->showSection(section);
            QCoreApplication::processEvents();
            look(m_window.get(), u"section %1"_s.arg(int(section)));
        }
        m_window->showSection(MainWindow::Meetings);
        MeetingEditor *editor = m_window->meetingsPage()->editor();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT id FROM meetings ORDER BY id DESC LIMIT 1"_s) && q.next());
        const qint64 meeting = q.value(0).toLongLong();
        QVERIFY(m_window->meetingsPage()->openMeeting(meeting));
        const auto reveal = [](QWidget *widget) {
            for (QWidget *w = widget; w && w->parentWidget(); w = w->parentWidget())
                if (auto *tabs = qobject_cast<QTabWidget *>(w->parentWidget()->parentWidget());
                    tabs && tabs->indexOf(w) >= 0)
                    tabs->setCurrentWidget(w);
        };
        const QList<QTabWidget *> tabWidgets = editor->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets)
            for (int i = 0; i < tabs->count(); ++i) {
                reveal(tabs);
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                look(m_window.get(), u"%1 tab %2"_s.arg(tabs->objectName(), tabs->tabText(i)));
            }
        const QList<std::shared_ptr<QDialog>> dialogs {
            std::make_shared<ExportDialog>(*m_db, meeting),
            std::make_shared<ExportDialog>(
                *m_db, *ProgressRepository(*m_db).numbers(Test::demoYear(QDate(2026, 11, 30)), nullptr)),
            std::make_shared<NewMeetingDialog>(*m_db, m_today,
                                               [](const Meeting &, QString *) { return qint64(0); }),
            std::make_shared<CharterDialog>(*CharterRepository(*m_db).find(u"derby"_s)),
            std::make_shared<StatusDialog>(u"Write to every school."_s, u"open"_s),
            std::make_shared<WordsDialog>(*m_db),
            std::make_shared<HistoryDialog>(*m_db, meeting, 0, u"the meeting"_s),
            std::make_shared<BackupsDialog>(*m_db, [](const QString &, QString *) { return false; }),
            std::make_shared<EraseDialog>(*m_db,
                                          [](const QString &, bool, QString *, QString *)
                                              -> std::optional<QStringList> { return std::nullopt; }),
            std::make_shared<RetentionDialog>(
                *m_db, [](const QList<qint64> &, QString *) -> std::optional<int> { return std::nullopt; },
                m_today),
        };
        for (const std::shared_ptr<QDialog> &dialog : dialogs) {
            dialog->show();
            QCoreApplication::processEvents();
            look(dialog.get(), QString::fromLatin1(dialog->metaObject()->className()));
            dialog->hide();
        }
    }

    // What does not fit, in one view: sideways scroll bars, text cut in labels, buttons, tabs and fields,
    // visible siblings on top of each other, controls under 24 px.
    static QStringList misfits(QWidget *window, const QString &where)
    {
        QStringList out;
        const auto name = [](QWidget *w) {
            return (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                              : w->objectName());
        };
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->window() != window || w->objectName().startsWith(u"qt_"_s)
                || qobject_cast<QFocusFrame *>(w) || w->inherits("QTableCornerButton"))
                continue;
            const QString at = u"%1: %2"_s.arg(where, name(w));
            if (auto *area = qobject_cast<QAbstractScrollArea *>(w);
                area && area->horizontalScrollBar()->isVisible())
                out << at + u" scrolls sideways"_s;
            // The charter's cards take the height left over; the words above them are not spread out.
            if (auto *label = qobject_cast<QLabel *>(w); label && label->objectName() == u"about"_s
                && label->height() > label->heightForWidth(label->width()) + label->fontMetrics().height())
                out << at
                        + u" has empty room (%1 px for %2)"_s.arg(label->height())
                              .arg(label->heightForWidth(label->width()));
            // A section of the window fits it whole; only its lists and tables scroll.
            if (auto *area = qobject_cast<QScrollArea *>(w); area
                && QStringList { u"CharterPageScroll"_s, u"MeetingsPageScroll"_s, u"ActionsBoardScroll"_s }
                       .contains(area->objectName())
                && area->verticalScrollBar()->isVisible())
                out << at + u" needs scrolling up and down"_s;
            const QFontMetrics fm(w->font());
            if (auto *label = qobject_cast<QLabel *>(w);
                label && !label->text().isEmpty() && label->pixmap().isNull()) {
                const QString plain = QString(label->text()).remove(u'&');
                int widest = 0;
                for (const QString &line : plain.split(u'\n'))
                    widest = qMax(widest, fm.horizontalAdvance(line));
                if (!label->wordWrap() && label->textFormat() != Qt::RichText
                    && widest > label->contentsRect().width() + 1)
                    out << at
                            + u" cut (%1 of %2 px): %3"_s.arg(label->contentsRect().width())
                                  .arg(widest)
                                  .arg(plain.left(40));
                if (label->wordWrap() && label->heightForWidth(label->width()) > label->height() + 1)
                    out << at
                            + u" cut (%1 of %2 px high): %3"_s.arg(label->height())
                                  .arg(label->heightForWidth(label->width()))
                                  .arg(plain.left(40));
            }
            if (auto *button = qobject_cast<QAbstractButton *>(w);
                button && !button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                out << at
                        + u" cut (%1 of %2 px): %3"_s.arg(button->width())
                              .arg(button->sizeHint().width())
                              .arg(button->text());
            if (auto *bar = qobject_cast<QTabBar *>(w)) {
                for (QToolButton *arrow : bar->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
                    if (arrow->isVisible()) {
                        out << at + u" needs scroll arrows for its tabs"_s;
                        break;
                    }
                for (int i = 0; i < bar->count(); ++i) {
                    const QString text = QString(bar->tabText(i)).remove(u'&');
                    const QRect tab = bar->tabRect(i);
                    if (bar->isTabVisible(i)
                        && (tab.width() < fm.horizontalAdvance(text) + 8 || !bar->rect().contains(tab)))
                        out << at
                                + u" tab cut (%1 of %2 px): %3"_s.arg(tab.width())
                                      .arg(fm.horizontalAdvance(text) + 8)
                                      .arg(text);
                }
            }
            if (auto *line = qobject_cast<QLineEdit *>(w); line
                && !qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                && !qobject_cast<QComboBox *>(w->parentWidget())) {
                const int shown = line->contentsRect().width() - 8;
                const int want = qMin(
                    fm.horizontalAdvance(line->text().isEmpty() ? line->placeholderText() : line->text()),
                    fm.averageCharWidth() * 20);
                if (want > shown)
                    out << at + u" field too narrow (%1 of %2 px)"_s.arg(shown).arg(want);
            }
            if (auto *combo = qobject_cast<QComboBox *>(w); combo
                && combo->sizeHint().width() > combo->width() + 1
                && combo->width() < fm.averageCharWidth() * 24)
                out << at
                        + u" choice cut (%1 of %2 px): %3"_s.arg(combo->width())
                              .arg(combo->sizeHint().width())
                              .arg(combo->currentText());
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w);
            if (control && !qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                && !qobject_cast<QComboBox *>(w->parentWidget())
                && (w->width() < Theme::MinimumTarget || w->height() < Theme::MinimumTarget))
                out << at + u" small (%1×%2)"_s.arg(w->width()).arg(w->height());
            // Rows as tall as a line of their text, at every text size.
            if (auto *table = qobject_cast<QTableView *>(w); table && table->model()
                && table->model()->rowCount() > 0 && !table->isRowHidden(0)
                && table->rowHeight(0) < QFontMetrics(table->font()).height() + 2)
                out << at + u" rows too short for their text (%1 px)"_s.arg(table->rowHeight(0));
            // The painted ladder: each rung's words whole inside its band, no chip on them.
            if (auto *ladder = qobject_cast<LadderWidget *>(w)) {
                const LadderLayout layout = ladder->layoutFor(ladder->width(), ladder->height());
                for (int level = 0; level < layout.rungs().size(); ++level) {
                    const LadderLayout::Rung &rung = layout.rungs().at(level);
                    if (!rung.band.contains(rung.text) || rung.text.right() >= ladder->width())
                        out << at + u" rung %1's words cut"_s.arg(level + 1);
                    for (const LadderLayout::Chip &chip : rung.chips)
                        if (chip.rect.intersects(rung.text) || !rung.band.contains(chip.rect))
                            out << at
                                    + u" rung %1: the %2 chip covers words"_s.arg(level + 1).arg(chip.label);
                }
                if (layout.who().right() >= ladder->width())
                    out << at + u" its first line is cut"_s;
            }
            // Siblings on top of each other.
            if (QWidget *parent = w->parentWidget())
                for (QObject *o : parent->children()) {
                    auto *other = qobject_cast<QWidget *>(o);
                    if (!other || other <= w || !other->isVisible() || other->isWindow()
                        || qobject_cast<QFocusFrame *>(other) || other->objectName().startsWith(u"qt_"_s)
                        || qobject_cast<QScrollBar *>(other) || qobject_cast<QScrollBar *>(w))
                        continue;
                    if (qobject_cast<QAbstractScrollArea *>(parent) || qobject_cast<QStackedWidget *>(parent))
                        continue;
                    const QRect overlap = w->geometry().intersected(other->geometry());
                    if (overlap.width() > 1 && overlap.height() > 1)
                        out << at + u" overlaps %1"_s.arg(name(other));
                }
        }
        return out;
    }
    // Every view and dialog at the screen sizes the meeting is run on: nothing scrolls sideways, nothing
    // is cut, nothing sits on top of something else, nothing is too small to hit. COPRODUCE_SCREENSHOTS
    // saves each view at each size to look at.
    void everyViewFitsEveryScreen()
    {
        // The hardest ladder: all four views on one rung, set from the keyboard.
        m_window->showSection(MainWindow::Meetings);
        MeetingEditor *editor = m_window->meetingsPage()->editor();
        auto *ladder = editor->findChild<LadderWidget *>();
        QVERIFY(ladder);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT id FROM meetings ORDER BY id DESC LIMIT 1"_s) && q.next());
        QVERIFY(m_window->meetingsPage()->openMeeting(q.value(0).toLongLong())); // the one everyView shows
        QTRY_VERIFY(editor->activityId() != 0);
        keys("Ctrl+Shift+L");
        QTRY_VERIFY(ladder->hasFocus());
        const int rated = editor->undoStack()->index();
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(ladder, Qt::Key_6);
            QTest::keyClick(ladder, Qt::Key_Right);
        }
        QTRY_COMPARE(ladder->ratings().size(), 4);
        for (const QString &rung : ladder->ratings())
            QCOMPARE(rung, u"co-design"_s);
        const auto unrate = qScopeGuard([editor, rated] {
            while (editor->undoStack()->index() > rated)
                editor->undoStack()->undo();
            editor->focusDetails();
        });
        const int zoom = Theme::zoom();
        const auto restore = qScopeGuard([this, zoom] {
            m_window->setZoom(zoom);
            m_window->resize(1280, 800);
        });
        const struct
        {
            int w, h, zoom;
        } sizes[] = { { 1024, 768, 100 },
                      { 1280, 720, 100 },
                      { 1366, 768, 100 },
                      { 1280, 800, 100 },
                      { 1920, 1080, 200 } };
        QStringList problems;
        for (const auto &size : sizes) {
            m_window->setZoom(size.zoom);
            m_window->resize(size.w, size.h);
            QStringList found;
            everyView([&](QWidget *window, const QString &where) {
                if (window != m_window.get())
                    window->resize(window->sizeHint().boundedTo(QSize(size.w, size.h)));
                QCoreApplication::processEvents();
                found += misfits(window, where);
                if (qEnvironmentVariableIsSet("COPRODUCE_SCREENSHOTS")) {
                    QString file = u"%1x%2-%3-%4"_s.arg(size.w).arg(size.h).arg(size.zoom).arg(where);
                    file.replace(QRegularExpression(u"[^A-Za-z0-9-]+"_s), u"-"_s);
                    window->grab().save(qEnvironmentVariable("COPRODUCE_SCREENSHOTS") + u'/' + file
                                        + u".png"_s);
                }
            });
            found.removeDuplicates();
            if (!found.isEmpty())
                problems << u"%1×%2 at %3 %: %4 problems\n%5"_s.arg(size.w)
                                .arg(size.h)
                                .arg(size.zoom)
                                .arg(found.size())
                                .arg(found.join(u'\n'));
        }
        // Every size's problems at once: a fix for one size often shows what another needs.
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Alt+letter reaches one thing only, in every view.
    void noTwoControlsShareAnAltKey()
    {
        QStringList found;
        everyView([&](QWidget *window, const QString &where) { found += clashes(window, where); });
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // In an open menu, each letter chooses one item. Hidden items count too: what a menu shows changes
    // (Take offline on the server, Publish on a laptop), and a letter must not change meaning with it.
    void everyMenuItemHasALetterOfItsOwn()
    {
        QStringList found;
        std::function<void(QMenu *)> check = [&](QMenu *menu) {
            QMultiMap<QChar, QString> letters;
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                if (const QChar c = mnemonic(action->text()); !c.isNull())
                    letters.insert(c, action->text());
                if (action->menu())
                    check(action->menu());
            }
            for (const QChar c : letters.uniqueKeys())
                if (letters.count(c) > 1)
                    found << u"%1: %2 is %3"_s.arg(menu->title(), c.toUpper(),
                                                   QStringList(letters.values(c)).join(u" and "_s));
        };
        for (QAction *action : m_window->menuBar()->actions())
            if (action->menu())
                check(action->menu());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // Everything the keyboard can reach tells a screen reader what it is: its accessible name, as Qt's
    // accessibility (and so Orca) reads it, is not empty, nor a placeholder dash.
    void everyFocusableControlHasAName()
    {
        QStringList unnamed;
        everyView([&](QWidget *window, const QString &where) {
            for (QWidget *w : window->findChildren<QWidget *>()) {
                if (!w->isVisibleTo(window) || w->window() != window || w->focusPolicy() == Qt::NoFocus
                    || !w->isEnabled())
                    continue;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
                if (name.isEmpty() || name == u"–"_s || name == u"-"_s)
                    unnamed << u"%1: %2 (%3)"_s.arg(where, w->objectName(),
                                                    QString::fromLatin1(w->metaObject()->className()));
            }
        });
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    void zoomAndHighContrast()
    {
        const int zoom = Theme::zoom();
        const auto restore = qScopeGuard([this, zoom] { m_window->setZoom(zoom); });
        const qreal before = QApplication::font().pointSizeF();
        QCheckBox box(u"Large print"_s);
        const int tick = box.style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, &box);
        keys("Ctrl+=");
        keys("Ctrl+=");
        QVERIFY(QApplication::font().pointSizeF() > before);
        // Everything grows with it, headers and the styled access-needs box included.
        const qreal grown = QApplication::font().pointSizeF();
        for (auto *table : { m_window->meetingsPage()->findChild<QTableView *>(u"meetingTable"_s),
                             m_window->actionsBoard()->findChild<QTableView *>() })
            QTRY_COMPARE(table->horizontalHeader()->font().pointSizeF(), grown);
        QTRY_COMPARE(m_window->findChild<QLabel *>(u"accessNeeds"_s)->font().pointSizeF(), grown);
        // The charter check's names and faces too (they stayed at 100 %), its faces' pictures, and tick
        // boxes.
        QWidget *checkRows = m_window->findChild<QWidget *>(u"checkRows"_s);
        QLabel *principle = checkRows->findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
        auto *face = checkRows->findChild<QToolButton *>();
        QVERIFY(principle && face);
        QTRY_COMPARE(principle->font().pointSizeF(), grown);
        QTRY_COMPARE(face->font().pointSizeF(), grown);
        QTRY_VERIFY2(face->iconSize().height() > 28, qPrintable(QString::number(face->iconSize().height())));
        QVERIFY(box.style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, &box) > tick);
        keys("Ctrl+0");
        QCOMPARE(Theme::zoom(), 100);
        const qreal normal = QApplication::font().pointSizeF();
        keys("Ctrl+-");
        QVERIFY(QApplication::font().pointSizeF() < normal);
        keys("Ctrl+0");

        keys("Ctrl+Shift+X");
        QVERIFY(Theme::highContrast());
        const QPalette p = QApplication::palette();
        for (const auto &pair :
             { qMakePair(QPalette::WindowText, QPalette::Window), qMakePair(QPalette::Text, QPalette::Base),
               qMakePair(QPalette::ButtonText, QPalette::Button),
               qMakePair(QPalette::HighlightedText, QPalette::Highlight),
               qMakePair(QPalette::PlaceholderText, QPalette::Base) })
            QVERIFY2(Theme::contrast(p.color(pair.first), p.color(pair.second)) >= 7.0,
                     qPrintable(u"%1 on %2"_s.arg(p.color(pair.first).name(), p.color(pair.second).name())));
        keys("Ctrl+2");
        screenshot(u"mainwindow-highcontrast"_s);
        keys("Ctrl+Shift+X");
        QVERIFY(!Theme::highContrast());
    }

    void startsAtTheSavedTextSize()
    {
        const int zoom = Theme::zoom();
        const auto restore = qScopeGuard([this, zoom] {
            QSettings().setValue(u"view/zoom"_s, zoom);
            m_window->setZoom(zoom);
        });
        QSettings().setValue(u"view/zoom"_s, zoom + 50);
        MainWindow other(*m_db);
        const qreal size = QApplication::font().pointSizeF();
        QCOMPARE(Theme::zoom(), zoom + 50);
        QCOMPARE(other.meetingsPage()
                     ->findChild<QTableView *>(u"meetingTable"_s)
                     ->horizontalHeader()
                     ->font()
                     .pointSizeF(),
                 size);
        QCOMPARE(other.actionsBoard()->findChild<QTableView *>()->horizontalHeader()->font().pointSizeF(),
                 size);
        QCOMPARE(other.findChild<QLabel *>(u"accessNeeds"_s)->font().pointSizeF(), size);
    }

    // Wherever the keyboard is, it can be seen: a ring at least 2 px thick all round the control, 3:1 or more
    // against what was there (WCAG 2.2 focus appearance), in both themes, however the focus got there; the
    // current cell of a selected row is ringed too; selected text and placeholders read at 4.5:1 or more.
    void theFocusCanBeSeen_data()
    {
        QTest::addColumn<bool>("highContrast");
        QTest::newRow("normal") << false;
        QTest::newRow("high contrast") << true;
    }
    void theFocusCanBeSeen()
    {
        QFETCH(bool, highContrast);
        const bool was = Theme::highContrast();
        const auto restore = qScopeGuard([was] { Theme::apply(Theme::zoom(), was); });
        Theme::apply(Theme::zoom(), highContrast);
        const QPalette palette = QApplication::palette();
        QVERIFY(Theme::contrast(palette.color(QPalette::Highlight), palette.color(QPalette::HighlightedText))
                >= 4.5);
        QVERIFY(Theme::contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base))
                >= 4.5);

        keys("Ctrl+2");
        MeetingEditor *editor = m_window->meetingsPage()->editor();
        const auto named = [this](const char *name) {
            return m_window->meetingsPage()->findChild<QWidget *>(QString::fromLatin1(name));
        };
        QTabWidget *editorTabs = editor->findChild<QTabWidget *>(u"sections"_s);
        editorTabs->setCurrentIndex(0);
        QStringList faint;
        // A field, a choice, a table, a button, and the tab bar of the editor's parts.
        editorTabs->tabBar()->setObjectName(u"editorTabBar"_s);
        for (const char *name : { "titleEdit", "attendeeEntry", "attendeeRole", "attendeeTable", "searchEdit",
                                  "meetingTable", "newButton", "editorTabBar" }) {
            QWidget *control = named(name);
            QVERIFY2(control && control->isVisible(), name);
            // From somewhere else, by the mouse's way (no Tab pressed): the ring shows all the same.
            named(qstrcmp(name, "titleEdit") == 0 ? "facilitatorEdit" : "titleEdit")
                ->setFocus(Qt::MouseFocusReason);
            const QImage before = window();
            control->setFocus(Qt::MouseFocusReason);
            QTRY_VERIFY(control->hasFocus());
            const QImage after = window();
            const QRect rect(control->mapTo(m_window.get(), QPoint(0, 0)), control->size());
            const int thick = ringThickness(before, after, rect);
            if (thick < 2)
                faint << u"%1: %2 px"_s.arg(QString::fromLatin1(name)).arg(thick);
        }
        // A face of the charter check, unchosen and chosen (the chosen one is dark: its ring is light).
        QWidget *checkRows = m_window->findChild<QWidget *>(u"checkRows"_s);
        auto *face = checkRows->findChild<QToolButton *>();
        editorTabs->setCurrentWidget(editorTabs->findChild<QWidget *>(u"checkTab"_s));
        for (const bool chosen : { false, true }) {
            face->setChecked(chosen);
            checkRows->findChild<QLineEdit *>()->setFocus(Qt::MouseFocusReason);
            const QImage before = window();
            face->setFocus(Qt::MouseFocusReason);
            QTRY_VERIFY(face->hasFocus());
            const QRect rect(face->mapTo(m_window.get(), QPoint(0, 0)), face->size());
            const int thick = ringThickness(before, window(), rect);
            if (thick < 2)
                faint << u"a %1 face: %2 px"_s.arg(chosen ? u"chosen"_s : u"unchosen"_s).arg(thick);
        }
        face->setChecked(false);
        editorTabs->setCurrentIndex(0);
        QVERIFY2(faint.isEmpty(), qPrintable(faint.join(u", "_s)));

        // The current cell of a selected row: ringed in a colour that stands out from the selection.
        auto *table = qobject_cast<QTableView *>(named("attendeeTable"));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 1));
        table->selectRow(0);
        table->setCurrentIndex(table->model()->index(0, 1));
        const QImage shown = window();
        const QRect cell(
            table->viewport()->mapTo(m_window.get(), table->visualRect(table->currentIndex()).topLeft()),
            table->visualRect(table->currentIndex()).size());
        const QColor selection = QApplication::palette().color(QPalette::Active, QPalette::Highlight);
        // Two lines next to each other, near the cell's top edge, stand out from the selection.
        int ringed = 0;
        for (int x = cell.left() + 4; x < cell.right() - 4; ++x) {
            bool found = false;
            for (int y = cell.top(); y < cell.top() + 4 && !found; ++y)
                found = Theme::contrast(shown.pixelColor(x, y), selection) >= 3.0
                    && Theme::contrast(shown.pixelColor(x, y + 1), selection) >= 3.0;
            ringed += found ? 1 : 0;
        }
        QVERIFY2(ringed * 10 >= (cell.width() - 8) * 9,
                 qPrintable(u"%1 of %2"_s.arg(ringed).arg(cell.width() - 8)));
        if (highContrast)
            screenshot(u"focus-ring-highcontrast"_s);
        else
            screenshot(u"focus-ring"_s);
    }

    void everyControlIsNamedAndBigEnough_data()
    {
        QTest::addColumn<int>("section");
        QTest::newRow("charters") << int(MainWindow::Charters);
        QTest::newRow("meetings") << int(MainWindow::Meetings);
        QTest::newRow("actions") << int(MainWindow::Actions);
    }
    void everyControlIsNamedAndBigEnough()
    {
        QFETCH(int, section);
        m_window->showSection(MainWindow::Section(section));
        QCoreApplication::processEvents(); // the section laid out
        QStringList unnamed;
        QStringList small;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
                continue;
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w)
                || qobject_cast<QPlainTextEdit *>(w);
            const auto *button = qobject_cast<QAbstractButton *>(w);
            if (input && w->accessibleName().isEmpty())
                unnamed << w->objectName();
            if (button && button->text().isEmpty() && button->accessibleName().isEmpty()
                && !button->objectName().startsWith(u"qt_"))
                unnamed << w->objectName();
            if ((input && !qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QPlainTextEdit *>(w))
                || button)
                if (w->height() < Theme::MinimumTarget || w->width() < Theme::MinimumTarget)
                    small << u"%1 %2×%3"_s.arg(w->objectName()).arg(w->width()).arg(w->height());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        QVERIFY2(small.isEmpty(), qPrintable(small.join(u", "_s)));
    }

    void actionsBoardFiltersAndChangesStatus()
    {
        keys("Ctrl+3");
        ActionsBoard *board = m_window->actionsBoard();
        ActionsModel *model = board->model();
        ActionFilter open;
        open.openOnly = true;
        QCOMPARE(model->total(), int(ActionRepository(*m_db).list(open).size()));
        // Lazy: a year of actions is more than one fetch.
        QVERIFY(model->rowCount() <= model->total());

        auto *overdue = board->findChild<QCheckBox *>(u"overdueCheck"_s);
        overdue->setFocus();
        QTest::keyClick(overdue, Qt::Key_Space);
        ActionFilter late;
        late.overdueOn = m_today;
        const QList<ActionRow> lateRows = ActionRepository(*m_db).list(late);
        QCOMPARE(model->total(), int(lateRows.size()));
        QVERIFY(model->total() > 0);
        // Sorted by due date.
        QCOMPARE(model->actionId(0), lateRows.first().id);
        QVERIFY(model->index(0, ActionsModel::Status).data().toString().contains(u"overdue"_s));

        // Who: part of a name.
        const QString owner = lateRows.first().owner;
        auto *who = board->findChild<QLineEdit *>(u"ownerEdit"_s);
        keys("Ctrl+F");
        QCOMPARE(QApplication::focusWidget(), who);
        QTest::keyClicks(who, owner.left(4));
        QTest::keyClick(who, Qt::Key_Return);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->index(r, ActionsModel::Owner)
                        .data()
                        .toString()
                        .contains(owner.left(4), Qt::CaseInsensitive));
        screenshot(u"actionsboard-filtered"_s);

        // Mark the first done from the board, then undo.
        const qint64 id = model->actionId(0);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *combo = dialog->findChild<QComboBox *>(u"statusCombo"_s);
            combo->setCurrentIndex(combo->findData(u"done"_s));
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"noteEdit"_s), u"Booked"_s);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        board->changeStatus();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT status FROM actions WHERE id = %1"_s.arg(id)) && q.next());
        QCOMPARE(q.value(0).toString(), u"done"_s);
        board->findChild<QTableView *>(u"table"_s)->setFocus();
        keys("Ctrl+Z");
        QVERIFY(q.exec(u"SELECT status FROM actions WHERE id = %1"_s.arg(id)) && q.next());
        QVERIFY(q.value(0).toString() != u"done");
        who->clear();
        overdue->setChecked(false);
    }

    void aNewMeetingHearsTheActionsFromLastTime()
    {
        keys("Ctrl+2");
        // The series with the most open actions.
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(u"SELECT s.name FROM series s JOIN meetings m ON m.series_id = s.id JOIN activities a ON "
                   "a.meeting_id = m.id JOIN actions t ON t.activity_id = a.id WHERE t.status IN ('open', "
                   "'in-progress') GROUP BY s.id ORDER BY count(*) DESC LIMIT 1"_s)
            && q.next());
        const QString series = q.value(0).toString();
        QTimer::singleShot(0, this, [series] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleEdit"_s), u"Next forum"_s);
            dialog->findChild<QComboBox *>(u"seriesCombo"_s)->setCurrentText(series);
            auto *date = dialog->findChild<QLineEdit *>(u"dateEdit"_s);
            date->clear();
            QTest::keyClicks(date, u"23/11/2026"_s);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        keys("Ctrl+N");
        MeetingEditor *editor = m_window->meetingsPage()->editor();
        QVERIFY(q.exec(u"SELECT id FROM meetings WHERE title = 'Next forum'"_s) && q.next());
        const qint64 id = q.value(0).toLongLong();
        QCOMPARE(editor->meetingId(), id);
        const QList<ActionRow> carried = ActionRepository(*m_db).fromLastTime(id);
        QVERIFY(!carried.isEmpty());
        auto *lastTime = editor->findChild<QTableWidget *>(u"lastTimeTable"_s);
        QCOMPARE(lastTime->rowCount(), carried.size());
        QCOMPARE(lastTime->item(0, 0)->text(), carried.first().text);
        // The people of the last meeting are invited again.
        QVERIFY(q.exec(u"SELECT count(*) FROM attendees WHERE meeting_id = %1"_s.arg(id)) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        keys("Ctrl+Shift+B");
        QCOMPARE(QApplication::focusWidget(), lastTime);
        screenshot(u"meetingeditor-lasttime"_s);
    }

    void makingAndDeletingAMeetingCanBeUndone()
    {
        keys("Ctrl+2");
        MeetingsPage *page = m_window->meetingsPage();
        MeetingEditor *editor = page->editor();
        auto *list = page->findChild<QTableView *>(u"meetingTable"_s);
        const auto counts = Test::tableCounts(*m_db);
        const qint64 before = editor->meetingId();
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"titleEdit"_s), u"Made by mistake"_s);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        keys("Ctrl+N");
        const qint64 made = editor->meetingId();
        QVERIFY(made != before);
        auto *where = editor->findChild<QLineEdit *>(u"locationEdit"_s);
        where->setFocus();
        QTest::keyClicks(where, u"Room 4"_s);
        editor->flush();
        list->setFocus();
        QCOMPARE(m_window->undoTarget(false), editor->undoStack());
        keys("Ctrl+Z"); // the open meeting's own edits come back first…
        QVERIFY(MeetingRepository(*m_db).load(made)->location.isEmpty());
        QCOMPARE(m_window->undoTarget(false), page->undoStack());
        QVERIFY(m_window->findChild<QMenu *>(u"menuEdit"_s)
                    ->actions()
                    .first()
                    ->text()
                    .contains(u"Made by mistake"_s));
        keys("Ctrl+Z"); // …then the making of the meeting
        QVERIFY(!MeetingRepository(*m_db).load(made));
        QCOMPARE(Test::tableCounts(*m_db), counts);
        QVERIFY(editor->meetingId() != 0 && editor->meetingId() != made);
        keys("Ctrl+Shift+Z");
        QCOMPARE(MeetingRepository(*m_db).load(made)->title, u"Made by mistake"_s);
        QCOMPARE(editor->meetingId(), made);

        // A meeting that cannot be made (its charter is not there) is reported and leaves no step to undo.
        Meeting nowhere;
        nowhere.title = u"Nowhere"_s;
        nowhere.date = m_today;
        nowhere.charter = u"no-such-charter"_s;
        const int steps = page->undoStack()->count();
        QSignalSpy problems(page, &MeetingsPage::problem);
        page->undoStack()->push(MeetingCommand::making(page, nowhere));
        QCOMPARE(page->undoStack()->count(), steps);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().first().toString().contains(u"could not be made"_s));
        QCOMPARE(editor->meetingId(), made);

        // Delete in the list deletes the chosen meeting, with all it holds; undo puts it back whole.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT m.id FROM meetings m JOIN activities a ON a.meeting_id = m.id JOIN actions t "
                       "ON t.activity_id = a.id GROUP BY m.id ORDER BY m.date DESC LIMIT 1"_s)
                && q.next());
        const qint64 full = q.value(0).toLongLong();
        QVERIFY(page->openMeeting(full));
        const QByteArray whole = MeetingFormat::write(*MeetingRepository(*m_db).load(full));
        const auto withIt = Test::tableCounts(*m_db);
        list->setFocus();
        QCOMPARE(list->model()->index(list->currentIndex().row(), 0).data().toLongLong(), full);
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(!MeetingRepository(*m_db).load(full));
        QVERIFY(editor->meetingId() != full && editor->meetingId() != 0);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"Undo"_s));
        keys("Ctrl+Z");
        QCOMPARE(MeetingFormat::write(*MeetingRepository(*m_db).load(full)), whole);
        QCOMPARE(Test::tableCounts(*m_db), withIt);
        QCOMPARE(editor->meetingId(), full);
        keys("Ctrl+Shift+Z");
        QVERIFY(!MeetingRepository(*m_db).load(full));
        keys("Ctrl+Z");
        QVERIFY(MeetingRepository(*m_db).load(full));
        // The made meeting goes too, from the Meeting menu.
        QVERIFY(page->openMeeting(made));
        QAction *remove = nullptr;
        for (QAction *action : m_window->findChild<QMenu *>(u"menuMeeting"_s)->actions())
            if (action->text() == u"D&elete this meeting"_s)
                remove = action;
        QVERIFY(remove && remove->isEnabled());
        remove->trigger();
        QVERIFY(!MeetingRepository(*m_db).load(made));
        QCOMPARE(Test::tableCounts(*m_db), counts);
    }

    // The Edit menu names the change Undo and Redo would make, and after each a screen reader hears what
    // it did (a notification in the status bar).
    // docs/desktop.md's keyboard-only run, with no mouse and no setFocus(): a new meeting, a person with an
    // access need, three activities, what was said, a decision, a commitment, an action with its owner and
    // due date linked to what was said, the ladder from three views, the charter check, the projector,
    // undo and redo. Every step is read back from the database.
    void theWholeMeetingFromTheKeyboard()
    {
        QSqlQuery q(m_db->connection());
        const auto scalar
            = [&q](const QString &sql) { return q.exec(sql) && q.next() ? q.value(0) : QVariant(); };
        const auto type = [](const QString &text) {
            QTest::keyClicks(QApplication::focusWidget(), text);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            // What a person's next key would find: the editor has read the change back.
            QCoreApplication::processEvents();
        };
        keys("Ctrl+2");
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // The dialog opens with the keyboard in its title; Enter makes the meeting. (A window manager
            // would make it the active window; the offscreen platform leaves that to us.)
            dialog->activateWindow();
            QTRY_VERIFY(dialog->focusWidget());
            QWidget *title = dialog->focusWidget();
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject(); // a failure, said below, rather than a dialog waiting for ever
            });
            QVERIFY2(title && title->objectName() == u"titleEdit"_s,
                     title ? qPrintable(title->objectName()) : "no focus");
            QTest::keyClicks(title, u"Keyboard only"_s);
            QTest::keyClick(title, Qt::Key_Return);
        });
        keys("Ctrl+N");
        const qint64 meeting
            = scalar(u"SELECT id FROM meetings WHERE title = 'Keyboard only'"_s).toLongLong();
        QVERIFY(meeting != 0);
        MeetingEditor *editor = m_window->meetingsPage()->editor();
        QCOMPARE(editor->meetingId(), meeting);

        keys("Ctrl+Shift+P");
        type(u"Amira Khan"_s);
        // Shift+Tab into the people, to the new row's access needs: F2, type, Enter.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        auto *people = qobject_cast<QTableView *>(QApplication::focusWidget());
        QVERIFY(people);
        QTest::keyClick(people, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(people, Qt::Key_Home);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(people, Qt::Key_Right);
        QTest::keyClick(people, Qt::Key_F2);
        type(u"A quiet room"_s);
        QTRY_COMPARE(
            scalar(u"SELECT access_needs FROM attendees WHERE name = 'Amira Khan' AND meeting_id = %1"_s.arg(
                       meeting))
                .toString(),
            u"A quiet room"_s);

        keys("Ctrl+Shift+N");
        for (const QString &title : { u"Letters"_s, u"Transport"_s, u"Summer"_s })
            type(title);
        QCOMPARE(scalar(u"SELECT count(*) FROM activities WHERE meeting_id = %1"_s.arg(meeting)).toInt(), 3);
        keys("Ctrl+Shift+C");
        type(u"The letters use words nobody explains."_s);
        keys("Ctrl+Shift+D");
        type(u"Write the letters again."_s);
        keys("Ctrl+Shift+K");
        type(u"The forum will read them first."_s);
        keys("Ctrl+Shift+A");
        type(u"Rewrite the school transport letter."_s);
        // Into the actions: the new one's owner, due date and what it answers.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        auto *actions = qobject_cast<QTableView *>(QApplication::focusWidget());
        QVERIFY(actions);
        QCOMPARE(actions->objectName(), u"actionTable"_s);
        QTest::keyClick(actions, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(actions, Qt::Key_Home);
        const QString action
            = u"SELECT %1 FROM actions WHERE text = 'Rewrite the school transport letter.'"_s;
        // Each cell hands its text over once its editor has closed: the next key waits for that, as a
        // person's would.
        QTest::keyClick(actions, Qt::Key_Right);
        QTest::keyClick(actions, Qt::Key_F2);
        type(u"Sam Patel"_s);
        QTRY_COMPARE(scalar(action.arg(u"owner"_s)).toString(), u"Sam Patel"_s);
        QTRY_COMPARE(QApplication::focusWidget(), actions);
        QTest::keyClick(actions, Qt::Key_Right);
        QTest::keyClick(actions, Qt::Key_F2);
        type(u"15/01/2027"_s); // as the date hint says: day/month/year
        QTRY_COMPARE(scalar(action.arg(u"due"_s)).toString(), u"2027-01-15"_s);
        QTRY_COMPARE(QApplication::focusWidget(), actions);
        QTest::keyClick(actions, Qt::Key_Right);
        QTest::keyClick(actions, Qt::Key_Right);
        QTest::keyClick(actions, Qt::Key_F2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(
            scalar(action.arg(u"responds_to"_s)).toLongLong(),
            scalar(u"SELECT id FROM contributions WHERE text = 'The letters use words nobody explains.'"_s)
                .toLongLong());
        for (const char *table : { "contributions", "decisions", "commitments" })
            QCOMPARE(scalar(u"SELECT count(*) FROM %1 t JOIN activities a ON a.id = t.activity_id WHERE "
                            "a.meeting_id = %2"_s.arg(QString::fromLatin1(table))
                                .arg(meeting))
                         .toInt(),
                     1);

        // Three views on the ladder: the facilitator, parent carers, young people.
        keys("Ctrl+Shift+L");
        QWidget *ladder = QApplication::focusWidget();
        QVERIFY(qobject_cast<LadderWidget *>(ladder));
        for (const Qt::Key rung : { Qt::Key_5, Qt::Key_3, Qt::Key_4 }) {
            QTest::keyClick(ladder, rung);
            QTest::keyClick(ladder, Qt::Key_Right);
        }
        QCOMPARE(
            scalar(u"SELECT count(*) FROM ladder_ratings WHERE activity_id = %1"_s.arg(editor->activityId()))
                .toInt(),
            3);
        // The charter check: the first face, Space.
        keys("Ctrl+Shift+H");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(scalar(u"SELECT count(*) FROM charter_checks WHERE meeting_id = %1"_s.arg(meeting)).toInt(),
                 1);
        // The projector: the ladder, and Escape back.
        keys("Ctrl+Shift+L");
        keys("F5");
        PresentationWindow *presentation = m_window->presentation();
        QVERIFY(presentation);
        QVERIFY(QTest::qWaitForWindowExposed(presentation));
        QTest::keyClick(presentation, Qt::Key_Escape);
        QTRY_VERIFY(!presentation->isVisible());
        // Undo takes the charter check back, redo puts it back.
        keys("Ctrl+Z");
        QCOMPARE(scalar(u"SELECT count(*) FROM charter_checks WHERE meeting_id = %1"_s.arg(meeting)).toInt(),
                 0);
        keys("Ctrl+Shift+Z");
        QCOMPARE(scalar(u"SELECT count(*) FROM charter_checks WHERE meeting_id = %1"_s.arg(meeting)).toInt(),
                 1);
    }

    void undoAndRedoSayWhatTheyDid()
    {
        keys("Ctrl+2");
        MeetingEditor *editor = m_window->meetingsPage()->editor();
        // The entry keys work from the meetings list too, as docs/desktop.md says (they did nothing there).
        m_window->meetingsPage()->findChild<QTableView *>(u"meetingTable"_s)->setFocus();
        keys("Ctrl+Shift+N");
        QCOMPARE(QApplication::focusWidget()->objectName(), u"activityEntry"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"Library"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(editor->activityId() != 0);
        keys("Ctrl+Shift+D");
        QTest::keyClicks(QApplication::focusWidget(), u"Open the library on Saturdays from January"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QAction *undo = m_window->findChild<QMenu *>(u"menuEdit"_s)->actions().at(0);
        QAction *redo = m_window->findChild<QMenu *>(u"menuEdit"_s)->actions().at(1);
        QCOMPARE(undo->text(), u"&Undo add decision “Open the library on Saturdays from…”"_s);
        QCOMPARE(undo->iconText(), u"Undo"_s); // the toolbar's button keeps its width
        auto *announcer = m_window->findChild<QLabel *>(u"announcer"_s);
        QVERIFY(announcer);
        keys("Ctrl+Z");
        QTRY_VERIFY(announcer->isVisible());
        QCOMPARE(announcer->text(), u"Undid: added decision “Open the library on Saturdays from…”"_s);
        QCOMPARE(redo->text(), u"&Redo add decision “Open the library on Saturdays from…”"_s);
        QAccessibleInterface *said = QAccessible::queryAccessibleInterface(announcer);
        QCOMPARE(said->role(), QAccessible::Notification);
        QCOMPARE(said->text(QAccessible::Name), announcer->text());
        keys("Ctrl+Shift+Z");
        QCOMPARE(announcer->text(), u"Redid: added decision “Open the library on Saturdays from…”"_s);
        // A value names what changed, and of which row.
        const qint64 decision
            = editor->document()->edits().rowIds(RowKind::Decision, editor->activityId()).last();
        QVERIFY(editor->document()->setValue(Field::DecisionEasyRead, decision,
                                             u"The library opens on Saturdays."_s));
        QCOMPARE(undo->text(),
                 u"&Undo change the easy-read words of decision “Open the library on Saturdays from…”"_s);
        QVERIFY(editor->document()->setValue(Field::ActivityTitle, editor->activityId(), u"The libr"_s));
        QVERIFY(editor->document()->setValue(Field::ActivityTitle, editor->activityId(), u"The library"_s));
        // Typing in one field is one step, named by what it ends with.
        QCOMPARE(undo->text(), u"&Undo change activity to “The library”"_s);
        keys("Ctrl+Z");
        QCOMPARE(announcer->text(), u"Undid: changed activity to “The library”"_s);
        // Deleting names what goes.
        QVERIFY(editor->document()->removeRow(RowKind::Decision, decision));
        QCOMPARE(undo->text(), u"&Undo delete decision “Open the library on Saturdays from…”"_s);
        keys("Ctrl+Z");
        QCOMPARE(announcer->text(), u"Undid: deleted decision “Open the library on Saturdays from…”"_s);
    }

    // F9 folds the meetings list away (a small screen's width goes to the meeting) and brings it back;
    // remembered for the next start.
    void theMeetingsListFoldsAway()
    {
        keys("Ctrl+2");
        MeetingsPage *page = m_window->meetingsPage();
        QWidget *list = page->findChild<QWidget *>(u"listPane"_s);
        // The list never scrolls sideways; a title cut short is whole in its tooltip.
        auto *table = page->findChild<QTableView *>(u"meetingTable"_s);
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        const QModelIndex title = table->model()->index(0, 2);
        QCOMPARE(title.data(Qt::ToolTipRole).toString(), title.data().toString());
        table->setFocus();
        const int before = page->editor()->width();
        keys("F9");
        QVERIFY(!list->isVisible());
        QVERIFY(!Settings().meetingsList());
        QTRY_VERIFY(page->editor()->width() > before);
        QVERIFY(page->editor()->isAncestorOf(QApplication::focusWidget())); // not lost with the list
        keys("F9");
        QVERIFY(list->isVisible());
        QVERIFY(Settings().meetingsList());
    }

    void findsMeetingsByAnyWord()
    {
        keys("Ctrl+F");
        auto *search = m_window->meetingsPage()->findChild<QLineEdit *>(u"searchEdit"_s);
        QCOMPARE(QApplication::focusWidget(), search);
        const int all = m_window->meetingsPage()->listedMeetings();
        QTest::keyClicks(search, u"forum"_s);
        QTRY_VERIFY(m_window->meetingsPage()->listedMeetings() < all);
        QVERIFY(m_window->meetingsPage()->listedMeetings() > 0);
        // FTS syntax typed by a person is just words, not an error.
        search->clear();
        QTRY_COMPARE(m_window->meetingsPage()->listedMeetings(), all);
        QAbstractItemModel *found
            = m_window->meetingsPage()->findChild<QTableView *>(u"meetingTable"_s)->model();
        QSignalSpy searched(found, &QAbstractItemModel::modelReset);
        QSignalSpy problems(m_window->meetingsPage(), &MeetingsPage::problem);
        QTest::keyClicks(search, u"\"NEAR( -"_s);
        QTRY_VERIFY(searched.count() > 0); // the search ran: after a pause in the typing
        QVERIFY2(problems.isEmpty(),
                 problems.isEmpty() ? "" : qPrintable(problems.first().first().toString()));
        search->clear();
        QTRY_COMPARE(m_window->meetingsPage()->listedMeetings(), all);
    }

    void charterChangesCanBeUndone()
    {
        keys("Ctrl+1");
        CharterPage *page = m_window->charterPage();
        Charter ours;
        ours.id = u"our-charter"_s;
        ours.name = u"Our charter"_s;
        ours.area = u"Testshire"_s;
        Principle p;
        p.id = u"listen"_s;
        p.title = u"We listen"_s;
        p.colour = u"#1b5e9e"_s;
        ours.principles << p;
        QVERIFY(page->saveCharter(ours, u"New charter"_s));
        QVERIFY(CharterRepository(*m_db).exists(u"our-charter"_s));
        QCOMPARE(page->currentCharter().id, u"our-charter"_s);
        const QString file = m_dir.filePath(u"ours.json"_s);
        QVERIFY(page->exportFile(file));
        page->findChild<CharterCards *>()->setFocus();
        keys("Ctrl+Z");
        QVERIFY(!CharterRepository(*m_db).exists(u"our-charter"_s));
        keys("Ctrl+Shift+Z");
        QVERIFY(CharterRepository(*m_db).exists(u"our-charter"_s));
        QVERIFY(page->selectCharter(u"our-charter"_s));
        QVERIFY(page->deleteCurrent());
        QVERIFY(!CharterRepository(*m_db).exists(u"our-charter"_s));
        QVERIFY(page->importFile(file));
        QCOMPARE(CharterRepository(*m_db).find(u"our-charter"_s)->principles.first().title, u"We listen"_s);
        // A change the repository refuses (a meeting uses the charter) is reported and leaves no step.
        QSqlQuery use(m_db->connection());
        QVERIFY(use.exec(u"SELECT id, charter_id FROM meetings ORDER BY id LIMIT 1"_s) && use.next());
        const qint64 meeting = use.value(0).toLongLong();
        const QString was = use.value(1).toString();
        QVERIFY(use.exec(u"UPDATE meetings SET charter_id = 'our-charter' WHERE id = %1"_s.arg(meeting)));
        const int steps = page->undoStack()->count();
        QSignalSpy problems(page, &CharterPage::problem);
        QVERIFY(page->selectCharter(u"our-charter"_s));
        QVERIFY(!page->deleteCurrent());
        QCOMPARE(page->undoStack()->count(), steps);
        QCOMPARE(problems.size(), 1);
        QVERIFY(CharterRepository(*m_db).exists(u"our-charter"_s));
        QVERIFY(use.exec(u"UPDATE meetings SET charter_id = '%1' WHERE id = %2"_s.arg(was).arg(meeting)));
        // A built-in charter is never changed.
        Charter derby = *CharterRepository(*m_db).find(u"derby"_s);
        derby.name = u"Changed"_s;
        QVERIFY(!page->saveCharter(derby, u"Edit"_s));
        QCOMPARE(CharterRepository(*m_db).find(u"derby"_s)->name.contains(u"Derby"_s), true);
    }

    void placeIsRestoredOnTheNextStart()
    {
        keys("Ctrl+2");
        MeetingsPage *meetings = m_window->meetingsPage();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT id FROM meetings ORDER BY id LIMIT 1"_s) && q.next());
        const qint64 id = q.value(0).toLongLong();
        QVERIFY(meetings->openMeeting(id));
        m_window->resize(1100, 700);
        m_window->close();
        m_window.reset();
        openWindow();
        QCOMPARE(m_window->section(), MainWindow::Meetings);
        QCOMPARE(m_window->meetingsPage()->editor()->meetingId(), id);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
