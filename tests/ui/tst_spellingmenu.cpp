// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling in the real window (issue 23): Edit › Spelling is there and remembered; in a meeting's notes the
// misspellings are marked and the meeting's people, the charter's words and the area's hard words are not;
// "Add to the area's words" stores the word in the database, where a second window (another facilitator)
// finds it; and with spelling turned off nothing is marked.
#include "testsupport.h"

#include "ui/plainenglishassist.h"
#include "ui/sections/mainwindow.h"
#include "ui/sections/meetingspage.h"
#include "ui/settings.h"

#include "core/meetingrepository.h"
#include "core/spelling.h"
#include "core/wordrepository.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

// The underline the checker drew at `position` of the field.
QTextCharFormat::UnderlineStyle underlineAt(QPlainTextEdit *edit, int position)
{
    const QTextBlock block = edit->document()->findBlock(position);
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (position - block.position() >= range.start
            && position - block.position() < range.start + range.length)
            return range.format.underlineStyle();
    return QTextCharFormat::NoUnderline;
}

} // namespace

class TestSpellingMenu : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        if (!Spelling(Spelling::defaultLanguage()).isValid())
            QSKIP("no British English dictionary here (hunspell-en-gb)");
    }

    void theWindowMarksSpellingAndSharesAddedWords()
    {
        Database db;
        QVERIFY(Test::openWithCharters(db, m_dir.filePath(u"area.sqlite"_s)));
        Meeting m;
        m.title = u"Forum"_s;
        m.date = QDate(2027, 3, 23);
        m.charter = u"derby"_s;
        Attendee amira;
        amira.name = u"Amira Okonkwo"_s;
        amira.role = u"parent-carer"_s;
        m.attendees << amira;
        Activity activity;
        activity.title = u"Short breaks"_s;
        m.activities << activity;
        QString error;
        const std::optional<qint64> id = MeetingRepository(db).insert(m, &error);
        QVERIFY2(id, qPrintable(error));

        auto window = std::make_unique<MainWindow>(db);
        window->resize(1024, 768);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *menu = window->findChild<QMenu *>(u"spellingMenu"_s);
        QVERIFY(menu);
        auto *on = window->findChild<QAction *>(u"actionSpellCheck"_s);
        QVERIFY(on && on->isChecked());
        QAction *british = nullptr;
        for (QAction *a : menu->actions())
            if (a->data().toString() == Spelling::defaultLanguage())
                british = a;
        QVERIFY(british && british->isChecked());

        QVERIFY(window->meetingsPage()->openMeeting(*id));
        auto *notes = window->findChild<QPlainTextEdit *>(u"notesEdit"_s);
        QVERIFY(notes);
        for (QTabWidget *tabs : window->findChildren<QTabWidget *>())
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->widget(i)->isAncestorOf(notes))
                    tabs->setCurrentIndex(i);
        notes->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), notes);
        // Derby's charter speaks of "co-production"; Okonkwo is in the meeting; EHCP is a hard word.
        QTest::keyClicks(notes,
                         u"Okonkwo said the co-production of the EHCP was slow at Brackenwick, and "
                         "we will recieve the plan."_s);
        const auto at = [notes](const QString &word) { return int(notes->toPlainText().indexOf(word)) + 1; };
        QTRY_COMPARE(underlineAt(notes, at(u"recieve"_s)), QTextCharFormat::SingleUnderline);
        QCOMPARE(underlineAt(notes, at(u"Brackenwick"_s)), QTextCharFormat::SingleUnderline);
        QCOMPARE(underlineAt(notes, at(u"Okonkwo"_s)), QTextCharFormat::NoUnderline);
        QCOMPARE(underlineAt(notes, at(u"co-production"_s)),
                 QTextCharFormat::WaveUnderline); // hard word, not spelling
        QCOMPARE(underlineAt(notes, at(u"EHCP"_s)), QTextCharFormat::WaveUnderline);

        // The menu from the keyboard on Brackenwick: add it to the area's words.
        QTextCursor cursor = notes->textCursor();
        cursor.setPosition(at(u"Brackenwick"_s));
        notes->setTextCursor(cursor);
        QStringList offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!popup)
                return;
            QAction *add = nullptr;
            for (QAction *a : popup->actions()) {
                offered << a->text();
                if (a->text().startsWith(u"Add “"_s))
                    add = a;
            }
            popup->close();
            if (add)
                add->trigger();
        });
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(5, 5),
                                  notes->viewport()->mapToGlobal(QPoint(5, 5)));
        QCoreApplication::sendEvent(notes->viewport(), &menuKey);
        QVERIFY2(offered.contains(u"Add “Brackenwick” to the area's words"_s),
                 qPrintable(offered.join(u'|')));
        QVERIFY(WordRepository(db).spellings().contains(u"Brackenwick"_s));
        QTRY_COMPARE(underlineAt(notes, at(u"Brackenwick"_s)), QTextCharFormat::NoUnderline);

        // Another facilitator's window on the same database knows the word from the start.
        window.reset();
        Database other;
        QVERIFY(other.open(db.path()));
        MainWindow second(other);
        second.show();
        QVERIFY(PlainEnglishAssist::spelling());
        QVERIFY(PlainEnglishAssist::spelling()->misspelt(u"Brackenwick recieve"_s).size() == 1);

        // Spelling off: the setting is kept and nothing is marked.
        auto *off = second.findChild<QAction *>(u"actionSpellCheck"_s);
        off->trigger();
        QVERIFY(!Settings().spellCheck());
        QVERIFY(PlainEnglishAssist::spelling() == nullptr);
        off->trigger();
        QVERIFY(Settings().spellCheck());
    }
};

QTEST_MAIN(TestSpellingMenu)
#include "tst_spellingmenu.moc"
