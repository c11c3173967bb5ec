// SPDX-License-Identifier: GPL-3.0-or-later
// Reading aloud (issue 23): what is read, in what order, on which key, through a recording stand-in for the
// speech engine; then once through the system's real engine where speech-dispatcher can speak.
#include "testsupport.h"

#include "ui/dialogs/speechdialog.h"
#include "ui/sections/charterpage.h"
#include "ui/sections/mainwindow.h"
#include "ui/sections/presentationwindow.h"
#include "ui/settings.h"
#include "ui/speech/readaloud.h"
#include "ui/speech/readaloudactions.h"
#include "ui/speech/readaloudtext.h"
#include "ui/speech/speechengine.h"

#include "core/charterrepository.h"
#include "core/demogenerator.h"
#include "core/ladder.h"
#include "core/meeting.h"
#include "core/vocabulary.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Coproduce;
using namespace Qt::StringLiterals;

// libspeechd reads the voice list (espeak-ng sends thousands of lines) with strstr in a loop;
// AddressSanitizer's checking strstr measures the whole rest of the reply each time, which turns a fraction
// of a second into many minutes. The preset's ASAN_OPTIONS still apply on top of this default.
extern "C" __attribute__((visibility("default"), used)) const char *__asan_default_options()
{
    return "intercept_strstr=0";
}

namespace {

// Says nothing: keeps what it was asked to say, and finishes a sentence when the test says so.
class RecordingSpeech final : public SpeechEngine
{
public:
    bool available = true;
    QStringList said;
    int stops = 0;
    QString voice;
    double rate = 0, volume = 1;

    bool isAvailable() const override { return available; }
    QString problem() const override { return available ? QString() : u"No voice here."_s; }
    void say(const QString &text) override { said << text; }
    void stop() override { ++stops; }
    QStringList voices() const override { return { u"Alba"_s, u"Hamish"_s }; }
    void setVoice(const QString &name) override { voice = name; }
    void setRate(double r) override { rate = r; }
    void setVolume(double v) override { volume = v; }
    void finishOne() { Q_EMIT finished(); }
};

} // namespace

class TestReadAloud : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Charter derby()
    {
        Database db;
        if (!Test::openWithCharters(db))
            return {};
        return CharterRepository(db).find(u"derby"_s).value_or(Charter());
    }

private Q_SLOTS:
    void readsASentenceAtATime()
    {
        RecordingSpeech engine;
        ReadAloud reader(&engine);
        QSignalSpy reading(&reader, &ReadAloud::reading);
        QSignalSpy finished(&reader, &ReadAloud::finished);
        const QString text = u"We met on Tuesday. Everyone came!\n\nNext time: the transport plan"_s;
        QVERIFY(reader.read(text));
        QCOMPARE(engine.said, QStringList { u"We met on Tuesday."_s });
        QCOMPARE(reading.size(), 1);
        QCOMPARE(reading.at(0).at(0).value<TextSpan>().start, 0);
        engine.finishOne();
        QCOMPARE(engine.said.last(), u"Everyone came!"_s);
        engine.finishOne();
        QCOMPARE(engine.said.last(), u"Next time: the transport plan"_s);
        const TextSpan last = reading.last().at(0).value<TextSpan>();
        QCOMPARE(text.mid(last.start, last.length).trimmed(), u"Next time: the transport plan"_s);
        QVERIFY(finished.isEmpty());
        engine.finishOne();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!reader.isReading());
        QCOMPARE(engine.said.size(), 3);
    }

    void stopEndsItAndALateWordChangesNothing()
    {
        RecordingSpeech engine;
        ReadAloud reader(&engine);
        QSignalSpy finished(&reader, &ReadAloud::finished);
        QVERIFY(reader.read(u"One. Two. Three."_s));
        reader.stop();
        QCOMPARE(engine.stops, 1);
        QCOMPARE(finished.size(), 1);
        engine.finishOne(); // the engine's own end of the first sentence, after the stop
        QCOMPARE(engine.said, QStringList { u"One."_s });
        // Nothing to read, or no engine: nothing said, and the reason in plain words.
        QVERIFY(!reader.read(u"   "_s));
        engine.available = false;
        QVERIFY(!reader.read(u"Hello."_s));
        QCOMPARE(reader.problem(), u"No voice here."_s);
        ReadAloud none(nullptr);
        QVERIFY(!none.read(u"Hello."_s));
        QVERIFY(none.problem().contains(u"needs a speech engine"_s));
    }

    // Presentation: R reads the card shown, S stops, A reads each card as it comes.
    void presentationReadsCardsOnKeys()
    {
        const Charter charter = derby();
        QVERIFY(charter.principles.size() > 3);
        RecordingSpeech engine;
        ReadAloud reader(&engine);
        PresentationWindow window;
        window.setReader(&reader, false);
        window.showCards(charter, 0);
        window.present(nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto first = [&](int card) {
            return ReadAloud::pieces(ReadAloudText::card(charter.principles.at(card))).size();
        };
        QTest::keyClick(&window, Qt::Key_R);
        QCOMPARE(engine.said, QStringList { charter.principles.at(0).title + u'.' });
        while (reader.isReading())
            engine.finishOne();
        QCOMPARE(engine.said.size(), first(0));
        QCOMPARE(engine.said.at(2), u"We will:"_s);
        engine.said.clear();
        QTest::keyClick(&window, Qt::Key_Right); // not read: A is off
        QVERIFY(engine.said.isEmpty());
        QSignalSpy eachPage(&window, &PresentationWindow::readEachPageChanged);
        QTest::keyClick(&window, Qt::Key_A);
        QCOMPARE(eachPage.size(), 1);
        QCOMPARE(engine.said, QStringList { charter.principles.at(1).title + u'.' });
        QTest::keyClick(&window, Qt::Key_Right); // the next card is read as it comes, the last one stopped
        QCOMPARE(engine.said.last(), charter.principles.at(2).title + u'.');
        QCOMPARE(engine.stops, 1);
        QTest::keyClick(&window, Qt::Key_S);
        QCOMPARE(engine.stops, 2);
        QVERIFY(!reader.isReading());
        QTest::keyClick(&window, Qt::Key_F8);
        QVERIFY(reader.isReading());
        QTest::keyClick(&window, Qt::Key_F8, Qt::ShiftModifier);
        QVERIFY(!reader.isReading());
        window.close();
    }

    // The ladder and the room's poll in presentation: R reads the heading and what the page shows, in words.
    void presentationReadsTheLadderAndThePoll()
    {
        const QStringList rungs = Ladder::builtIn().rungIds();
        const QStringList roles = Vocabulary::roles();
        QVERIFY(rungs.size() >= 3 && roles.size() >= 2);
        QMap<QString, QString> ratings { { roles.at(0), rungs.at(1) }, { roles.at(1), rungs.last() } };
        LadderPoll poll;
        poll[roles.at(0)][rungs.last()] = 3;
        poll[roles.at(1)][rungs.at(1)] = 1;
        RecordingSpeech engine;
        ReadAloud reader(&engine);
        PresentationWindow window;
        window.setReader(&reader, false);
        window.showLadder(u"Short breaks review"_s, ratings, poll, 0);
        window.present(nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_R);
        while (reader.isReading())
            engine.finishOne();
        const QString ladder = engine.said.join(u' ');
        QVERIFY2(ladder.contains(u"Short breaks review"_s), qPrintable(ladder));
        QVERIFY2(ladder.contains(Ladder::builtIn().rung(rungs.at(1))->name), qPrintable(ladder));
        QVERIFY2(ladder.contains(Ladder::builtIn().rung(rungs.last())->name), qPrintable(ladder));
        engine.said.clear();
        QTest::keyClick(&window, Qt::Key_A); // read each page: the poll is read as it comes
        engine.said.clear();
        QTest::keyClick(&window, Qt::Key_Right);
        while (reader.isReading())
            engine.finishOne();
        const QString room = engine.said.join(u' ');
        QVERIFY2(
            room.contains(tr("Most chose %1 (%2).").arg(Ladder::builtIn().rung(rungs.last())->name).arg(3)),
            qPrintable(room));
        window.close();
    }

    // An activity is read as its easy-read lines: the title, what was decided, what is to be done.
    void anActivityIsReadInEasyRead()
    {
        Meeting meeting;
        Activity activity;
        activity.id = 7;
        activity.title = u"Short breaks"_s;
        Decision decision;
        decision.text = u"The panel will commission a new provider"_s;
        decision.easyRead = u"We will find someone new to run short breaks"_s;
        activity.decisions << decision;
        Action action;
        action.text = u"Write to families about the change"_s;
        activity.actions << action;
        meeting.activities << activity;
        const QStringList lines = ReadAloudText::activity(meeting, 7).split(u'\n');
        QCOMPARE(
            lines,
            (QStringList { u"Short breaks."_s, u"We decided: We will find someone new to run short breaks."_s,
                           u"To do next: Write to families about the change."_s }));
        QVERIFY(ReadAloudText::activity(meeting, 8).isEmpty());
    }

    // The window: F8 reads the selected text (showing the sentence being read), else the chosen card; F8
    // again or Shift+F8 stops; with no engine F8 says so.
    void theWindowReadsTheSelectionOrTheCard()
    {
        Database db;
        QVERIFY(Test::openWithCharters(db, m_dir.filePath(u"window.sqlite"_s)));
        RecordingSpeech engine;
        MainWindow window(db);
        window.setSpeech(&engine);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        window.showSection(MainWindow::Charters);
        QAction *read = window.readAloud()->readAction();
        QAction *stop = window.readAloud()->stopAction();
        QCOMPARE(read->shortcut(), QKeySequence(Qt::Key_F8));
        QCOMPARE(stop->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F8));
        QTRY_VERIFY(QApplication::focusWidget() != nullptr);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
        QVERIFY2(!engine.said.isEmpty(), "F8 read nothing");
        auto *charters = window.findChild<CharterPage *>();
        QVERIFY(charters);
        const Charter shown = charters->currentCharter();
        QCOMPARE(engine.said.first(), shown.principles.at(charters->currentCard()).title + u'.');
        QVERIFY(stop->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8, Qt::ShiftModifier);
        QVERIFY(!window.readAloud()->reader()->isReading());
        QVERIFY(!stop->isEnabled());

        // Selected text in a field: only it, a sentence at a time, the one being read highlighted.
        auto *edit = new QPlainTextEdit(&window);
        edit->setPlainText(u"Skip this. Read this first. Then this.\nNot this."_s);
        edit->show();
        edit->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(11);
        cursor.setPosition(38, QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
        engine.said.clear();
        QTest::keyClick(edit, Qt::Key_F8);
        QCOMPARE(engine.said, QStringList { u"Read this first."_s });
        QCOMPARE(edit->extraSelections().size(), 1);
        QCOMPARE(edit->extraSelections().at(0).cursor.selectedText(), u"Read this first."_s);
        engine.finishOne();
        QCOMPARE(engine.said.last(), u"Then this."_s);
        QCOMPARE(edit->extraSelections().at(0).cursor.selectedText(), u"Then this."_s);
        engine.finishOne();
        QCOMPARE(engine.said.size(), 2);
        QVERIFY(edit->extraSelections().isEmpty());

        // No engine: F8 says why, and nothing else happens.
        engine.available = false;
        engine.said.clear();
        QTest::keyClick(edit, Qt::Key_F8);
        QVERIFY(engine.said.isEmpty());
        QTRY_VERIFY(window.statusBar()->findChild<QLabel *>() != nullptr);
        bool told = false;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            told = told || label->text().contains(u"No voice here."_s);
        QVERIFY2(told, "the status bar does not say why nothing was read");
    }

    // The system's engine, where it can speak here: a sentence is said and its end reported.
    // For looking at, as a user would: a meeting's notes with misspellings marked, and the voice dialog,
    // at 1024×768 with text at 100 % and at 200 %.
    void screenshots()
    {
        if (!qEnvironmentVariableIsSet("COPRODUCE_SCREENSHOTS"))
            QSKIP("set COPRODUCE_SCREENSHOTS to a folder to render the notes and the voice dialog");
        const QString folder = qEnvironmentVariable("COPRODUCE_SCREENSHOTS");
        Database db;
        QVERIFY(Test::openWithCharters(db, m_dir.filePath(u"looks.sqlite"_s)));
        QString error;
        QVERIFY2(DemoGenerator(db).generate(1, QDate(2026, 11, 30), &error), qPrintable(error));
        RecordingSpeech engine;
        for (const int zoom : { 100, 200 }) {
            MainWindow window(db);
            window.setSpeech(&engine);
            window.setZoom(zoom);
            window.resize(1024, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showSection(MainWindow::Meetings);
            auto *notes = window.findChild<QPlainTextEdit *>(u"notesEdit"_s);
            QVERIFY(notes);
            for (QTabWidget *tabs : window.findChildren<QTabWidget *>())
                for (int i = 0; i < tabs->count(); ++i)
                    if (tabs->widget(i)->isAncestorOf(notes))
                        tabs->setCurrentIndex(i);
            notes->setFocus();
            notes->setPlainText(u"Parents said the EHCP reviews were late. We agreed to recieve the dates "
                                "seperately and share them with the libary."_s);
            QCoreApplication::processEvents();
            window.grab().save(folder + u"/spelling-%1.png"_s.arg(zoom));
            Settings settings;
            SpeechDialog dialog(*window.readAloud()->reader(), settings, &window);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(folder + u"/speech-dialog-%1.png"_s.arg(zoom));
        }
    }

    void theSystemEngineSpeaks()
    {
        // speech-dispatcher is started for this test alone, in its own directories, with its sound sent to
        // ALSA's null device: CI has no sound card, and a server left over from another program is not ours
        // to use.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QFile system(u"/etc/speech-dispatcher/speechd.conf"_s);
        if (!system.open(QIODevice::ReadOnly))
            QSKIP("speech-dispatcher is not installed here");
        QVERIFY(QDir(home.path()).mkpath(u".config/speech-dispatcher"_s));
        QVERIFY(QDir(home.path()).mkpath(u"run"_s));
        QFile::setPermissions(home.filePath(u"run"_s),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile config(home.filePath(u".config/speech-dispatcher/speechd.conf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(system.readAll() + "\nAudioOutputMethod \"alsa\"\n");
        config.close();
        QFile sound(home.filePath(u".asoundrc"_s));
        QVERIFY(sound.open(QIODevice::WriteOnly));
        sound.write("pcm.!default { type null }\n");
        sound.close();
        qputenv("HOME", QFile::encodeName(home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u".config"_s)));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(home.filePath(u"run"_s)));

        SystemSpeech engine;
        if (!engine.isAvailable())
            QSKIP(qPrintable(u"no speech engine here: "_s + engine.problem()));
        ReadAloud reader(&engine);
        QSignalSpy finished(&reader, &ReadAloud::finished);
        QVERIFY(reader.read(u"Welcome to the forum."_s));
        QVERIFY2(finished.wait(60000), "the engine never said it had finished");
        QVERIFY2(engine.problem().isEmpty(), qPrintable(engine.problem()));
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
