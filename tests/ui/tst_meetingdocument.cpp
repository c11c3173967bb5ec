// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/importer.h"
#include "core/meetingformat.h"
#include "core/meetingrepository.h"
#include "ui/commands/rowcommand.h"
#include "ui/editor/meetingdocument.h"
#include "ui/painted/ladderwidget.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Coproduce;
using namespace Qt::StringLiterals;

// Every edit lands in the database at once, and undo/redo write it back, one step per user edit.
class TestMeetingDocument : public QObject
{
    Q_OBJECT

    QByteArray exported() { return MeetingFormat::write(*MeetingRepository(*m_db).load(m_meeting)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MeetingDocument> m_doc;
    qint64 m_meeting = 0;
    qint64 m_activity = 0;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(
            Test::openWithCharters(*m_db, m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()))));
        QStringList errors;
        m_meeting = *Importer(*m_db).importMeeting(Test::readFile(Test::dataPath(u"meetings/example.json"_s)),
                                                   u"e"_s, &errors);
        m_doc = std::make_unique<MeetingDocument>(*m_db, m_meeting);
        m_activity = m_doc->edits().rowIds(RowKind::Activity, m_meeting).first();
    }
    void cleanup() { m_doc.reset(); }

    void typingIsOneUndoStep()
    {
        QSignalSpy changed(m_doc.get(), &MeetingDocument::changed);
        const QVariant original = m_doc->edits().value(Field::ActivityNotes, m_activity);
        QVERIFY(m_doc->setValue(Field::ActivityNotes, m_activity, u"Fam"_s));
        QVERIFY(m_doc->setValue(Field::ActivityNotes, m_activity, u"Families want"_s));
        QVERIFY(m_doc->setValue(Field::ActivityNotes, m_activity, u"Families want one number to ring."_s));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(m_doc->edits().value(Field::ActivityNotes, m_activity).toString(),
                 u"Families want one number to ring."_s);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->edits().value(Field::ActivityNotes, m_activity), original);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->edits().value(Field::ActivityNotes, m_activity).toString(),
                 u"Families want one number to ring."_s);
        // Another field is another step.
        QVERIFY(m_doc->setValue(Field::ActivityTitle, m_activity, u"Transport letter"_s));
        QCOMPARE(m_doc->undoStack()->count(), 2);
    }

    void aRefusedValueIsNotAStep()
    {
        QSignalSpy problems(m_doc.get(), &MeetingDocument::problem);
        QVERIFY(!m_doc->setValue(Field::ActivityTitle, m_activity, u""_s));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    // A command writes when it is pushed, in its redo(), never before; one that cannot be made is dropped,
    // and its refusal is said once.
    void commandsWriteWhenPushed()
    {
        const int decisions = Test::tableCounts(*m_db).value(u"decisions"_s);
        std::unique_ptr<RowCommand> waiting(
            RowCommand::adding(m_doc.get(), RowKind::Decision, m_activity, -1,
                               { { u"text"_s, u"Book the hall."_s }, { u"made"_s, u"in-meeting"_s } }));
        QCOMPARE(Test::tableCounts(*m_db).value(u"decisions"_s), decisions); // made, not yet pushed
        m_doc->undoStack()->push(waiting.release());
        QCOMPARE(Test::tableCounts(*m_db).value(u"decisions"_s), decisions + 1);
        QCOMPARE(m_doc->undoStack()->undoText(), u"add decision “Book the hall.”"_s);

        QSignalSpy problems(m_doc.get(), &MeetingDocument::problem);
        const int steps = m_doc->undoStack()->count();
        QVERIFY(!m_doc->addRow(RowKind::Decision, m_activity, -1, { { u"made"_s, u"nowhere"_s } }));
        QVERIFY(!m_doc->setStatus(m_doc->edits().rowIds(RowKind::Action, m_activity).value(0, 999999),
                                  u"cannot-do"_s, QString()));
        QVERIFY(!m_doc->changeValue(Field::ActivityTitle, m_activity, u"Not what it says"_s, u"New"_s));
        QCOMPARE(problems.size(), 3);
        QCOMPARE(m_doc->undoStack()->count(), steps);
        QCOMPARE(Test::tableCounts(*m_db).value(u"decisions"_s), decisions + 1);
    }

    void addingAndRemovingUndoExactly()
    {
        const QByteArray before = exported();
        const auto decision
            = m_doc->addRow(RowKind::Decision, m_activity, -1,
                            { { u"text"_s, u"Meet again in January."_s }, { u"made"_s, u"in-meeting"_s } });
        QVERIFY(decision);
        m_doc->undoStack()->undo();
        QCOMPARE(exported(), before);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->edits().value(Field::DecisionText, *decision).toString(),
                 u"Meet again in January."_s);

        const QByteArray withDecision = exported();
        QVERIFY(m_doc->removeRow(RowKind::Activity, m_activity));
        QCOMPARE(Test::tableCounts(*m_db).value(u"activities"_s), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(exported(), withDecision);
        m_doc->undoStack()->redo();
        QCOMPARE(Test::tableCounts(*m_db).value(u"activities"_s), 0);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(exported(), before);
    }

    void movingUndoes()
    {
        const qint64 second
            = *m_doc->addRow(RowKind::Activity, m_meeting, -1, { { u"title"_s, u"Second"_s } });
        QVERIFY(m_doc->moveRow(RowKind::Activity, second, 0));
        QCOMPARE(m_doc->edits().rowIds(RowKind::Activity, m_meeting), (QList<qint64> { second, m_activity }));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->edits().rowIds(RowKind::Activity, m_meeting), (QList<qint64> { m_activity, second }));
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->edits().rowIds(RowKind::Activity, m_meeting).first(), second);
    }

    void theLadderWidgetRatesThroughTheDocument()
    {
        LadderWidget ladder;
        connect(&ladder, &LadderWidget::ratingRequested, m_doc.get(),
                [this](const QString &who, const QString &rung) { m_doc->setRating(m_activity, who, rung); });
        connect(m_doc.get(), &MeetingDocument::changed, &ladder, [&] {
            ladder.setRatings(MeetingRepository(*m_db).load(m_meeting)->activities.first().ladder);
        });
        ladder.setRatings(MeetingRepository(*m_db).load(m_meeting)->activities.first().ladder);
        ladder.setCurrentPerspective(u"professional"_s);
        ladder.show();
        ladder.setFocus();
        QTest::keyClick(&ladder, Qt::Key_6);
        QCOMPARE(m_doc->edits().rating(m_activity, u"professional"_s), u"co-design"_s);
        QVERIFY(!ladder.divergenceText().isEmpty()); // co-design against information: 3 rungs
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->edits().rating(m_activity, u"professional"_s), QString());
        QVERIFY(ladder.divergenceText().isEmpty());
    }

    void anUndoThatWouldOverwriteAnotherWindowIsRefused()
    {
        QVERIFY(m_doc->setValue(Field::ActivityTitle, m_activity, u"Mine"_s));
        Database other;
        QVERIFY(other.open(m_db->path()));
        QString error;
        QCOMPARE(
            MeetingEdits(other).setValue(Field::ActivityTitle, m_activity, u"Mine"_s, u"Theirs"_s, &error),
            MeetingEdits::Result::Done);
        QSignalSpy problems(m_doc.get(), &MeetingDocument::problem);
        m_doc->undoStack()->undo();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(m_doc->edits().value(Field::ActivityTitle, m_activity).toString(), u"Theirs"_s);
        QCOMPARE(m_doc->undoStack()->count(), 0); // the step that no longer applies is gone
    }
};

QTEST_MAIN(TestMeetingDocument)
#include "tst_meetingdocument.moc"
