// SPDX-License-Identifier: GPL-3.0-or-later
// Plain English as you type, driven with real keys on real widgets.
#include "testsupport.h"

#include "ui/dialogs/wordsdialog.h"
#include "ui/plainenglishassist.h"
#include "ui/plainenglishhighlighter.h"

#include "core/spelling.h"
#include "core/wordrepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QVBoxLayout>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

// The underline style at `position` of a plain-text field, as the highlighter laid it out.
QTextCharFormat::UnderlineStyle underlineAt(QPlainTextEdit *edit, int position)
{
    const QTextBlock block = edit->document()->findBlock(position);
    const int inBlock = position - block.position();
    QTextCharFormat::UnderlineStyle style = QTextCharFormat::NoUnderline;
    for (const QTextLayout::FormatRange &r : block.layout()->formats())
        if (inBlock >= r.start && inBlock < r.start + r.length
            && r.format.underlineStyle() != QTextCharFormat::NoUnderline)
            style = r.format.underlineStyle();
    return style;
}

} // namespace

class TestPlainEnglishAssist : public QObject
{
    Q_OBJECT

    std::unique_ptr<QWidget> m_window;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_badge = nullptr;
    QLineEdit *m_line = nullptr;
    QLineEdit *m_easy = nullptr;

    void focus(QWidget *w)
    {
        m_window->activateWindow();
        w->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), w);
    }
    void moveTo(QPlainTextEdit *edit, int position)
    {
        QTextCursor c = edit->textCursor();
        c.setPosition(position);
        edit->setTextCursor(c);
    }

private Q_SLOTS:
    void init()
    {
        PlainEnglishAssist::setSpelling(nullptr);
        PlainEnglishAssist::setAddWord({});
        PlainEnglishAssist::setMeetingNames({});
        PlainEnglishAssist::setWords(PlainWords::builtIn());
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_notes = new QPlainTextEdit;
        m_badge = new QLabel;
        m_line = new QLineEdit;
        m_easy = new QLineEdit;
        layout->addWidget(m_notes);
        layout->addWidget(m_badge);
        layout->addWidget(m_line);
        layout->addWidget(m_easy);
        PlainEnglishAssist::attach(m_notes, TextCheck::Mode::Formal, m_badge);
        PlainEnglishAssist::attach(m_line, TextCheck::Mode::Formal);
        PlainEnglishAssist::attach(m_easy, TextCheck::Mode::EasyRead)->setSuggestion([] {
            return TextCheck().suggestEasyRead(
                u"The LA will review every EHCP by March, and tell the forum."_s);
        });
        m_window->resize(700, 400);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void underlinesAsYouType()
    {
        focus(m_notes);
        QTest::keyClicks(m_notes, u"We will utilise the EHCP. It was sent."_s);
        const QString text = m_notes->toPlainText();
        QCOMPARE(underlineAt(m_notes, int(text.indexOf(u"EHCP"_s)) + 1), QTextCharFormat::WaveUnderline);
        QCOMPARE(underlineAt(m_notes, int(text.indexOf(u"utilise"_s))), QTextCharFormat::WaveUnderline);
        QCOMPARE(underlineAt(m_notes, int(text.indexOf(u"sent"_s))), QTextCharFormat::NoUnderline);
        QCOMPARE(underlineAt(m_notes, 0), QTextCharFormat::NoUnderline);
        // An office word in another form is marked as it is typed.
        QTest::keyClicks(m_notes, u" We facilitated it."_s);
        QCOMPARE(underlineAt(m_notes, int(m_notes->toPlainText().indexOf(u"facilitated"_s)) + 2),
                 QTextCharFormat::WaveUnderline);
        // A screen reader is told too.
        QVERIFY2(m_notes->accessibleDescription().contains(
                     u"Hard words: utilise, EHCP, facilitated (Ctrl+. explains)."_s),
                 qPrintable(m_notes->accessibleDescription()));
        // A long sentence is marked too, in its own style.
        const qsizetype typed = m_notes->toPlainText().size();
        QTest::keyClick(m_notes, Qt::Key_Return);
        QTest::keyClicks(m_notes, u"word "_s.repeated(26));
        const int last = int(m_notes->toPlainText().size()) - 3;
        QCOMPARE(underlineAt(m_notes, last), QTextCharFormat::DotLine);
        const QList<Finding> found = PlainEnglishAssist::of(m_notes)->findings();
        QCOMPARE(found.size(), 4);
        QCOMPARE(found.at(3).kind, Finding::Kind::LongSentence);
        QCOMPARE(found.at(3).span.start, typed + 1); // positions in the whole text
    }

    // Spelling (issue 23): a straight underline (hard words have a wave), names and the area's words left
    // alone, Ctrl+. takes the first suggestion, the menu from the keyboard offers them all and adds a word.
    void spellingIsMarkedAndFixedFromTheKeyboard()
    {
        auto spelling = std::make_unique<Spelling>();
        QVERIFY2(spelling->isValid(), qPrintable(spelling->errorString()));
        spelling->setKnown(u"charters"_s, { u"Derby's local area SEND co-production charter"_s });
        PlainEnglishAssist::setSpelling(std::move(spelling));
        PlainEnglishAssist::setMeetingNames({ u"Amira Okonkwo"_s });
        QStringList added;
        PlainEnglishAssist::setAddWord([&added](const QString &word, QString *) {
            added << word;
            PlainEnglishAssist::spelling()->setKnown(u"spellings"_s, added);
            return true;
        });
        focus(m_notes);
        QTest::keyClicks(m_notes,
                         u"Amira Okonkwo will recieve the co-production plan from Brackenwick Acadmy "
                         "and the EHCP."_s);
        const auto at = [this](const QString &word) { return int(m_notes->toPlainText().indexOf(word)) + 1; };
        QCOMPARE(underlineAt(m_notes, at(u"recieve"_s)), QTextCharFormat::SingleUnderline);
        QCOMPARE(underlineAt(m_notes, at(u"Acadmy"_s)), QTextCharFormat::SingleUnderline);
        QCOMPARE(underlineAt(m_notes, at(u"Brackenwick"_s)), QTextCharFormat::SingleUnderline);
        for (const QString &right : { u"Amira"_s, u"Okonkwo"_s, u"plan"_s })
            QVERIFY2(underlineAt(m_notes, at(right)) == QTextCharFormat::NoUnderline, qPrintable(right));
        // Hard words keep their own mark, not spelling's.
        QCOMPARE(underlineAt(m_notes, at(u"EHCP"_s)), QTextCharFormat::WaveUnderline);
        QCOMPARE(underlineAt(m_notes, at(u"co-production"_s)), QTextCharFormat::WaveUnderline);
        QVERIFY2(
            m_notes->accessibleDescription().contains(u"Spelling to check: recieve, Brackenwick, Acadmy"_s),
            qPrintable(m_notes->accessibleDescription()));

        // Ctrl+. on the word: Hunspell's first suggestion, undone by Ctrl+Z.
        moveTo(m_notes, at(u"recieve"_s) + 2);
        QTest::keyClick(m_notes, Qt::Key_Period, Qt::ControlModifier);
        QVERIFY2(m_notes->toPlainText().contains(u"will receive the"_s), qPrintable(m_notes->toPlainText()));
        QCOMPARE(underlineAt(m_notes, at(u"receive"_s)), QTextCharFormat::NoUnderline);

        // The menu, opened from the keyboard at the cursor: every suggestion, and "Add to the area's words".
        moveTo(m_notes, at(u"Brackenwick"_s));
        QStringList offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAction *add = nullptr;
            for (QAction *a : menu->actions()) {
                offered << a->text();
                if (a->text().startsWith(u"Add “"_s))
                    add = a;
            }
            menu->close();
            if (add)
                add->trigger();
        });
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(5, 5),
                                  m_notes->viewport()->mapToGlobal(QPoint(5, 5)));
        QCoreApplication::sendEvent(m_notes->viewport(), &menuKey);
        QVERIFY2(offered.contains(u"Add “Brackenwick” to the area's words"_s),
                 qPrintable(offered.join(u'|')));
        QCOMPARE(added, QStringList { u"Brackenwick"_s });
        QCOMPARE(underlineAt(m_notes, at(u"Brackenwick"_s)), QTextCharFormat::NoUnderline);
        // Then Ctrl+. away from a mark goes to the next one: Acadmy, and corrects it.
        moveTo(m_notes, at(u"Acadmy"_s) - 3);
        QTest::keyClick(m_notes, Qt::Key_Period, Qt::ControlModifier);
        QCOMPARE(m_notes->textCursor().selectedText(), u"Acadmy"_s);
        QTest::keyClick(m_notes, Qt::Key_Period, Qt::ControlModifier);
        QVERIFY2(m_notes->toPlainText().contains(u"Brackenwick Academy"_s),
                 qPrintable(m_notes->toPlainText()));

        // With spelling off, nothing is marked for spelling.
        PlainEnglishAssist::setSpelling(nullptr);
        m_notes->setPlainText(u"recieve"_s);
        QCOMPARE(underlineAt(m_notes, 2), QTextCharFormat::NoUnderline);
    }

    void ctrlDotFixesTheWordAtTheCursor()
    {
        focus(m_notes);
        QTest::keyClicks(m_notes, u"We will utilise the EHCP."_s);
        moveTo(m_notes, 21);
        QTest::keyClick(m_notes, Qt::Key_Period, Qt::ControlModifier);
        QCOMPARE(m_notes->toPlainText(), u"We will utilise the EHCP (Education, Health and Care Plan)."_s);
        // Once explained, the same key moves on to the next mark, round to the first.
        QTest::keyClick(m_notes, Qt::Key_Period, Qt::ControlModifier);
        QCOMPARE(m_notes->textCursor().selectedText(), u"utilise"_s);
        QTest::keyClick(m_notes, Qt::Key_Period, Qt::ControlModifier);
        QCOMPARE(m_notes->toPlainText(), u"We will use the EHCP (Education, Health and Care Plan)."_s);
        // Undo gives back what was typed.
        QTest::keyClick(m_notes, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_notes->toPlainText(), u"We will utilise the EHCP (Education, Health and Care Plan)."_s);
        // Ctrl+Shift+. replaces an acronym instead.
        m_notes->setPlainText(u"Ask the SENCO."_s);
        moveTo(m_notes, 9);
        QTest::keyClick(m_notes, Qt::Key_Period, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_notes->toPlainText(), u"Ask the special educational needs co-ordinator."_s);
    }

    void onlyTheChangedParagraphIsChecked()
    {
        QStringList paragraphs;
        for (int i = 0; i < 200; ++i)
            paragraphs << u"Paragraph %1 asks the SENCO to utilise the plan."_s.arg(i);
        m_notes->setPlainText(paragraphs.join(u'\n'));
        QList<QTextBlockUserData *> before;
        for (QTextBlock b = m_notes->document()->begin(); b.isValid(); b = b.next())
            before << b.userData();
        focus(m_notes);
        moveTo(m_notes, m_notes->document()->findBlockByNumber(100).position() + 9);
        QTest::keyClicks(m_notes, u" EHCP"_s);
        int changed = 0, index = 0;
        for (QTextBlock b = m_notes->document()->begin(); b.isValid(); b = b.next(), ++index)
            if (b.userData() != before.at(index))
                ++changed;
        QCOMPARE(changed, 1);
        QCOMPARE(PlainEnglishHighlighter::findings(m_notes->document()->findBlockByNumber(100)).size(), 3);
    }

    void badgeSaysHowEasyItIs()
    {
        focus(m_notes);
        QTest::keyClicks(m_notes, u"The cat sat on the mat. The SENCO was happy."_s);
        QTRY_VERIFY2(m_badge->text().startsWith(u"Very easy to read: reading ease"_s),
                     qPrintable(m_badge->text()));
        QVERIFY(m_badge->text().endsWith(u" · 1 hard word"_s));
        QVERIFY(m_badge->toolTip().contains(u"6 words: The cat sat on the mat."_s));
    }

    void lineFieldsAreUnderlinedAndFixedToo()
    {
        m_line->setText(u"We will utilise it"_s);
        m_line->setCursorPosition(0);
        const QImage marked = m_line->grab().toImage();
        // The same field with its marks taken away looks different: the marks are drawn.
        QInputMethodEvent unmark(QString(), {});
        QCoreApplication::sendEvent(m_line, &unmark);
        QVERIFY(m_line->grab().toImage() != marked);
        m_line->setText(QString());
        m_line->setText(u"We will utilise it"_s);
        m_line->setCursorPosition(0);
        QCOMPARE(m_line->grab().toImage(), marked);
        focus(m_line);
        m_line->setCursorPosition(10);
        QTest::keyClick(m_line, Qt::Key_Period, Qt::ControlModifier);
        QCOMPARE(m_line->text(), u"We will use it"_s);
        QTest::keyClick(m_line, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_line->text(), u"We will utilise it"_s);
    }

    void emptyEasyReadFieldOffersASuggestion()
    {
        const QString suggestion
            = u"The council will review every Education, Health and Care Plan by March."_s;
        QVERIFY2(m_easy->placeholderText().contains(suggestion), qPrintable(m_easy->placeholderText()));
        QVERIFY(m_easy->text().isEmpty()); // offered, never used unasked
        focus(m_easy);
        QTest::keyClick(m_easy, Qt::Key_Period, Qt::ControlModifier);
        QCOMPARE(m_easy->text(), suggestion);
        // Easy-read rules apply here: "three" is flagged with its digit.
        m_easy->setText(u"We met three times"_s);
        const QList<Finding> found = PlainEnglishAssist::of(m_easy)->findings();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().suggestion, u"3"_s);
    }

    void areaWordsReachEveryField()
    {
        m_notes->setPlainText(u"The PCC met."_s);
        QCOMPARE(PlainEnglishAssist::of(m_notes)->findings().size(), 0);
        PlainWord pcc { u"PCC"_s, {}, u"Police and Crime Commissioner"_s, QString() };
        PlainEnglishAssist::setWords(PlainWords::withLocal({ pcc }));
        QCOMPARE(PlainEnglishAssist::of(m_notes)->findings().size(), 1);
        PlainEnglishAssist::setWords(PlainWords::builtIn());
        QCOMPARE(PlainEnglishAssist::of(m_notes)->findings().size(), 0);
    }

    void wordsDialogEditsImportsAndExports()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(Test::openWithCharters(db));
        // COPRODUCE_TEST_ZOOM=200 renders the dialog with text at twice the size.
        const QFont font = QApplication::font();
        if (qEnvironmentVariableIsSet("COPRODUCE_TEST_ZOOM")) {
            QFont big = font;
            big.setPointSizeF(font.pointSizeF() * qEnvironmentVariableIntValue("COPRODUCE_TEST_ZOOM") / 100);
            QApplication::setFont(big);
        }
        const auto restore = qScopeGuard([font] { QApplication::setFont(font); });
        WordsDialog dialog(db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableWidget *>(u"table"_s);
        QCOMPARE(table->rowCount(), 0);
        // Add a word by keyboard: the new row's first cell opens for typing.
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        QTest::keyClicks(QApplication::focusWidget(), u"PCC"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"Police and Crime Commissioner"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // Enter commits once the event loop turns, as it does for a person.
        QTRY_COMPARE(dialog.words().value(0).plain, u"Police and Crime Commissioner"_s);
        QCOMPARE(dialog.words().size(), 1);

        // A bad file says which file and field, and changes nothing in the table.
        Test::writeFile(dir.filePath(u"bad.json"_s),
                        R"({"format":"coproduce-words/1","office":[{"term":"going forward"}]})");
        QVERIFY(!dialog.importFile(dir.filePath(u"bad.json"_s)));
        QVERIFY2(dialog.problem().contains(dir.filePath(u"bad.json"_s) + u": office[0].plain"_s),
                 qPrintable(dialog.problem()));
        QCOMPARE(dialog.words().size(), 1);
        Test::writeFile(dir.filePath(u"good.json"_s),
                        R"({"format":"coproduce-words/1","terms":[{"term":"PCC","plain":"the police boss"}],
                            "office":[{"term":"going forward","plain":"from now on"}]})");
        QVERIFY(dialog.importFile(dir.filePath(u"good.json"_s)));
        QCOMPARE(dialog.words().size(), 2);
        QCOMPARE(dialog.words().first().plain, u"the police boss"_s); // same word: replaced
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.exportFile(dir.filePath(u"out.json"_s)));
        QString error;
        QCOMPARE(PlainWords::fromJson(Test::readFile(dir.filePath(u"out.json"_s)), u"out"_s, &error)
                     ->words()
                     .size(),
                 2);
        // Nothing is saved until Save; then all of it.
        QCOMPARE(WordRepository(db).list().size(), 0);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(WordRepository(db).list().size(), 2);
        QCOMPARE(WordRepository(db).list().first().kind,
                 PlainWord::Kind::Office); // "going forward", in A to Z order
        if (qEnvironmentVariableIsSet("COPRODUCE_SCREENSHOTS"))
            dialog.grab().save(qEnvironmentVariable("COPRODUCE_SCREENSHOTS") + u"/words-dialog.png"_s);
    }

    void wordsDialogRefusesAWordWithoutAPlainVersion()
    {
        Database db;
        QVERIFY(Test::openWithCharters(db));
        WordsDialog dialog(db);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        dialog.findChild<QTableWidget *>(u"table"_s)->item(0, 0)->setText(u"XYZ"_s);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog.problem().contains(u"\"XYZ\" has no plain version"_s));
        QCOMPARE(WordRepository(db).list().size(), 0);
    }
};

QTEST_MAIN(TestPlainEnglishAssist)
#include "tst_plainenglishassist.moc"
