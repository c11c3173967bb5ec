// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/charterrepository.h"
#include "core/database.h"
#include "core/importer.h"
#include "core/vocabulary.h"
#include "ui/access/theme.h"
#include "ui/editor/activitypane.h"
#include "ui/editor/chartercheckpane.h"
#include "ui/editor/detailspane.h"
#include "ui/editor/ladderpane.h"
#include "ui/editor/lasttimepane.h"
#include "ui/editor/meetingdocument.h"
#include "ui/editor/polltable.h"
#include "ui/editor/rowsmodel.h"
#include "ui/editor/rowtable.h"
#include "ui/painted/ladderwidget.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Coproduce;
using namespace Qt::StringLiterals;

// The editor's panes, each on its own, over a real SQLite file: what each shows comes from the meeting's
// document, what each changes goes through it (one undo command), and each becomes a view when asked.
class TestPanes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_first = 0;
    qint64 m_next = 0;

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(
            Test::openWithCharters(*m_db, m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()))));
        QStringList errors;
        m_first
            = Importer(*m_db)
                  .importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)), u"e"_s, &errors)
                  .value_or(0);
        QVERIFY2(m_first, qPrintable(errors.join(u'\n')));
        // The next meeting of the series, which hears the first one's open actions.
        QByteArray later = Test::readFile(Test::dataPath(u"meetings/example.json"_s));
        const QRegularExpression date(u"\"date\": \"[0-9-]+\""_s);
        later = QString::fromUtf8(later).replace(date, u"\"date\": \"2099-01-01\""_s).toUtf8();
        m_next = Importer(*m_db).importMeeting(later, u"later"_s, &errors).value_or(0);
        QVERIFY2(m_next, qPrintable(errors.join(u'\n')));
    }
    void cleanup() { m_db.reset(); }

    void lastTimeListsTheOpenActionsAndAsksForAStatus()
    {
        MeetingDocument document(*m_db, m_next);
        LastTimePane pane;
        QSignalSpy counted(&pane, &LastTimePane::countChanged);
        pane.reload(); // no meeting yet: nothing
        QCOMPARE(pane.count(), 0);
        pane.setDocument(&document);
        pane.reload();
        const int open
            = scalar(u"SELECT count(*) FROM actions a JOIN activities t ON t.id = a.activity_id "
                     "WHERE t.meeting_id = %1 AND a.status IN ('open', 'in-progress')"_s.arg(m_first))
                  .toInt();
        QVERIFY(open > 0);
        QCOMPARE(pane.count(), open);
        QCOMPARE(counted.last().at(0).toInt(), open);
        // Enter on a row asks for that action's status.
        QSignalSpy asked(&pane, &LastTimePane::statusRequested);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.table()->setFocus();
        pane.table()->setCurrentCell(0, 0);
        QTest::keyClick(pane.table(), Qt::Key_Return);
        QCOMPARE(asked.size(), 1);
        const qint64 id = asked.at(0).at(0).toLongLong();
        QCOMPARE(scalar(u"SELECT text FROM actions WHERE id = %1"_s.arg(id)).toString(),
                 pane.table()->item(0, 0)->text());
        // Done actions drop off the list once they are reported.
        QVERIFY(document.setStatus(id, u"done"_s, u"Sent"_s));
        pane.reload();
        QVERIFY(pane.count() <= open);
        // Read-only: the list reads, the button does not change anything.
        pane.setReadOnly(true);
        QVERIFY(!pane.findChild<QPushButton *>()->isEnabled());
    }

    void activityEntriesGoToTheChosenActivity()
    {
        MeetingDocument document(*m_db, m_first);
        ActivityPane pane;
        pane.setCharter(*CharterRepository(*m_db).find(u"derby"_s));
        pane.setDocument(&document);
        pane.reload();
        pane.selectFirst();
        pane.resize(1400, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const auto type = [](QWidget *entry, const QString &text) {
            entry->setFocus();
            QTest::keyClicks(entry, text);
            QTest::keyClick(entry, Qt::Key_Return);
        };
        const qint64 first = pane.activityId();
        QVERIFY(first != 0);
        type(pane.activityEntry(), u"Summer activities"_s); // a second activity on the agenda
        const QList<qint64> agenda = document.edits().rowIds(RowKind::Activity, m_first);
        QCOMPARE(agenda.size(), 2);
        QCOMPARE(agenda.first(), first);
        QCOMPARE(pane.activityId(), agenda.at(1)); // the one just added is chosen, as in the editor
        type(pane.decisionEntry(), u"Meet in the library."_s);
        QCOMPARE(
            scalar(u"SELECT activity_id FROM decisions WHERE text = 'Meet in the library.'"_s).toLongLong(),
            agenda.at(1));
        // Another activity chosen in the agenda: the tables and the notes follow it.
        auto *table = pane.findChild<RowTable *>(u"activityTable"_s);
        table->setCurrentId(first);
        QCOMPARE(pane.activityId(), first);
        type(pane.actionEntry(), u"Book the library."_s);
        QCOMPARE(scalar(u"SELECT activity_id FROM actions WHERE text = 'Book the library.'"_s).toLongLong(),
                 first);
        auto *notes = qobject_cast<QPlainTextEdit *>(pane.notes());
        notes->setFocus();
        notes->selectAll();
        QTest::keyClicks(notes, u"First activity's notes."_s);
        pane.flush();
        QCOMPARE(scalar(u"SELECT notes FROM activities WHERE id = %1"_s.arg(first)).toString(),
                 u"First activity's notes."_s);
        // Narrow: the ladder becomes tabs of the activity's; wide, it goes back beside it.
        pane.resize(700, 700);
        QTRY_VERIFY(pane.folded());
        pane.resize(2200, 700);
        QTRY_VERIFY(!pane.folded());
        pane.setReadOnly(true);
        QVERIFY(qobject_cast<QLineEdit *>(pane.actionEntry())->isReadOnly()
                || !pane.actionEntry()->isEnabled());
    }

    // The row tables' one model: what it shows is read through the document, and setData() writes through
    // it as one undo step, expecting the value shown, so a change made meanwhile elsewhere is not
    // overwritten.
    void rowsModelWritesThroughTheDocument()
    {
        MeetingDocument document(*m_db, m_first);
        RowsModel rows;
        RowColumn nameColumn;
        nameColumn.field = Field::AttendeeName;
        nameColumn.header = u"Name"_s;
        RowColumn role;
        role.field = Field::AttendeeRole;
        role.header = u"Role"_s;
        role.editor = RowColumn::Editor::Choice;
        role.choices = RowColumn::choicesOf(Vocabulary::roles(), Vocabulary::roleLabel);
        rows.setup(&document, RowKind::Attendee, { nameColumn, role });
        rows.setParentId(m_first);
        const int people
            = scalar(u"SELECT count(*) FROM attendees WHERE meeting_id = %1"_s.arg(m_first)).toInt();
        QVERIFY(people > 1);
        QCOMPARE(rows.rowCount(), people);
        const qint64 id = rows.idAt(0);
        const QString name = scalar(u"SELECT name FROM attendees WHERE id = %1"_s.arg(id)).toString();
        QCOMPARE(rows.index(0, 0).data().toString(), name);
        const QString stored = scalar(u"SELECT role FROM attendees WHERE id = %1"_s.arg(id)).toString();
        QCOMPARE(rows.index(0, 1).data(RowsModel::ValueRole).toString(), stored); // the stored id…
        QCOMPARE(rows.index(0, 1).data().toString(), Vocabulary::roleLabel(stored)); // …shown by its label

        // A new value: written, one undo step, and the same rows told of it without a reset.
        QSignalSpy reset(&rows, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&rows, &QAbstractItemModel::dataChanged);
        QVERIFY(rows.setData(rows.index(0, 0), u"Written Through"_s));
        QCOMPARE(scalar(u"SELECT name FROM attendees WHERE id = %1"_s.arg(id)).toString(),
                 u"Written Through"_s);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(rows.index(0, 0).data().toString(), u"Written Through"_s);
        QCOMPARE(reset.size(), 0);
        QVERIFY(!changed.isEmpty());
        document.undoStack()->undo();
        rows.reload();
        QCOMPARE(rows.index(0, 0).data().toString(), name);

        // Changed elsewhere after it was shown: the model's write is refused, and the other change stays.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE attendees SET name = 'Elsewhere' WHERE id = %1"_s.arg(id)));
        QSignalSpy problems(&document, &MeetingDocument::problem);
        QVERIFY(!rows.setData(rows.index(0, 0), u"Mine"_s));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(scalar(u"SELECT name FROM attendees WHERE id = %1"_s.arg(id)).toString(), u"Elsewhere"_s);

        // Removing a row resets the rows; the model follows the database.
        QVERIFY(rows.remove(0));
        QCOMPARE(rows.rowCount(), people - 1);
        QCOMPARE(rows.rowOf(id), -1);
        QCOMPARE(scalar(u"SELECT count(*) FROM attendees WHERE id = %1"_s.arg(id)).toInt(), 0);
    }

    void detailsSaveAsTypedAndRefuseWhatIsNotADate()
    {
        MeetingDocument document(*m_db, m_first);
        DetailsPane pane;
        QSignalSpy problems(&pane, &EditorPane::problem);
        pane.setDocument(&document);
        pane.reload();
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *date = pane.findChild<QLineEdit *>(u"dateEdit"_s);
        const QString stored = scalar(u"SELECT date FROM meetings WHERE id = %1"_s.arg(m_first)).toString();
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, u"next Tuesday"_s);
        QTest::keyClick(date, Qt::Key_Return);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(u"is not a date"_s));
        QCOMPARE(scalar(u"SELECT date FROM meetings WHERE id = %1"_s.arg(m_first)).toString(), stored);
        date->selectAll();
        QTest::keyClicks(date, QLocale().toString(QDate(2027, 3, 4), QLocale::ShortFormat));
        QTest::keyClick(date, Qt::Key_Return);
        QCOMPARE(scalar(u"SELECT date FROM meetings WHERE id = %1"_s.arg(m_first)).toString(),
                 u"2027-03-04"_s);

        // A person from the entry line, with the role chosen beside it and the credit that role suggests.
        auto *role = pane.findChild<QComboBox *>(u"attendeeRole"_s);
        role->setCurrentIndex(role->findData(u"young-person"_s));
        auto *entry = qobject_cast<QLineEdit *>(pane.personEntry());
        entry->setFocus();
        QTest::keyClicks(entry, u"Sam Example"_s);
        QTest::keyClick(entry, Qt::Key_Return);
        QCOMPARE(
            scalar(u"SELECT role || ' ' || credit FROM attendees WHERE name = 'Sam Example'"_s).toString(),
            u"young-person anonymous"_s);
        // An access need of someone coming shows in the box at the top.
        QSqlQuery need(m_db->connection());
        QVERIFY(
            need.exec(u"UPDATE attendees SET access_needs = 'A quiet room' WHERE name = 'Sam Example'"_s));
        pane.reload();
        QVERIFY(pane.findChild<QLabel *>(u"accessNeeds"_s)->text().contains(u"A quiet room"_s));
        pane.setReadOnly(true);
        QVERIFY(date->isReadOnly());
    }

    void ladderRatesThroughTheDocumentAndSaysWhereViewsDiffer()
    {
        MeetingDocument document(*m_db, m_first);
        const qint64 activity
            = scalar(
                  u"SELECT id FROM activities WHERE meeting_id = %1 ORDER BY position LIMIT 1"_s.arg(m_first))
                  .toLongLong();
        QSqlQuery clear(m_db->connection());
        QVERIFY(clear.exec(u"DELETE FROM ladder_ratings"_s));
        LadderPane pane;
        pane.setDocument(&document);
        pane.setActivity(activity);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *divergence = pane.findChild<QLabel *>(u"divergence"_s);
        QVERIFY(!divergence->isVisibleTo(&pane));
        LadderWidget *ladder = pane.ladder();
        ladder->setFocus();
        QTest::keyClick(ladder, Qt::Key_7); // the facilitator: co-production
        QTest::keyClick(ladder, Qt::Key_Right);
        QTest::keyClick(ladder, Qt::Key_2); // parent carers: education
        QCOMPARE(scalar(u"SELECT rung FROM ladder_ratings WHERE activity_id = %1 AND perspective = "
                        "'parent-carer'"_s.arg(activity))
                     .toString(),
                 u"education"_s);
        pane.reload();
        QVERIFY(divergence->isVisibleTo(&pane));
        QVERIFY(divergence->text().contains(u"5 rungs"_s));
        document.undoStack()->undo();
        pane.reload();
        QVERIFY(!divergence->isVisibleTo(&pane));
        // The projector shows the page that is showing.
        QSignalSpy present(&pane, &LadderPane::presentRequested);
        QVERIFY(!pane.pollShown());
        pane.tabs()->setCurrentIndex(1);
        QVERIFY(pane.pollShown());
        pane.findChild<QPushButton *>(u"presentPollButton"_s)->click();
        QCOMPARE(present.size(), 1);
        QCOMPARE(present.at(0).at(0).toBool(), true);
        // The warning's colours are the theme's: high contrast reaches them.
        const auto restore = qScopeGuard([] { Theme::apply(Theme::zoom(), false); });
        Theme::apply(Theme::zoom(), true);
        QCOMPARE(divergence->styleSheet(), Theme::noticeStyle());
        QVERIFY(divergence->styleSheet().contains(u"palette("_s));
        pane.setReadOnly(true);
        QVERIFY(!pane.pollTable()->editTriggers());
    }

    void charterCheckWritesThroughTheDocument()
    {
        MeetingDocument document(*m_db, m_first);
        CharterCheckPane pane;
        pane.setDocument(&document);
        pane.setCharter(*CharterRepository(*m_db).find(u"derby"_s));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSqlQuery clear(m_db->connection());
        QVERIFY(clear.exec(u"DELETE FROM charter_checks"_s));
        pane.reload();
        const QList<QToolButton *> faces = pane.findChildren<QToolButton *>(QRegularExpression(u"^face-"_s));
        QCOMPARE(faces.size(), 6 * 3);
        QCOMPARE(pane.firstFace(), faces.first());
        for (QToolButton *face : faces)
            QVERIFY(!face->isChecked());

        // A note before a face is refused, with a reason, and nothing is written.
        QSignalSpy problems(&pane, &EditorPane::problem);
        auto *note = pane.findChild<QLineEdit *>();
        note->setFocus();
        QTest::keyClicks(note, u"Too early"_s);
        pane.flush();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM charter_checks"_s).toInt(), 0);

        faces.at(1)->click(); // partly
        QCOMPARE(scalar(u"SELECT score FROM charter_checks WHERE meeting_id = %1"_s.arg(m_first)).toString(),
                 u"partly"_s);
        note->clear();
        QTest::keyClicks(note, u"Young people spoke last"_s);
        pane.flush();
        QCOMPARE(scalar(u"SELECT note FROM charter_checks WHERE meeting_id = %1"_s.arg(m_first)).toString(),
                 u"Young people spoke last"_s);
        // Each change is one undo step, and the pane shows what the database holds after it.
        document.undoStack()->undo();
        document.undoStack()->undo();
        pane.reload();
        QVERIFY(!faces.at(1)->isChecked());
        QCOMPARE(scalar(u"SELECT count(*) FROM charter_checks"_s).toInt(), 0);

        auto *yes = pane.findChild<QSpinBox *>(u"heardYes"_s);
        yes->setValue(7);
        QCOMPARE(scalar(u"SELECT heard_yes FROM meetings WHERE id = %1"_s.arg(m_first)).toInt(), 7);
        QSqlQuery elsewhere(m_db->connection());
        QVERIFY(elsewhere.exec(u"UPDATE meetings SET heard_yes = 9 WHERE id = %1"_s.arg(m_first)));
        pane.reload();
        QCOMPARE(yes->value(), 9);

        pane.setReadOnly(true);
        QVERIFY(!faces.first()->isEnabled());
        QVERIFY(note->isReadOnly());
    }
};

QTEST_MAIN(TestPanes)
#include "tst_panes.moc"
