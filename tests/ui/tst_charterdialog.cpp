// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/charterrepository.h"
#include "ui/dialogs/charterdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Coproduce;
using namespace Qt::StringLiterals;

// Writing a charter: principles added, reordered from the keyboard, checked before anything is kept.
class TestCharterDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReorderAndCheck()
    {
        CharterDialog dialog(Charter {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *problem = dialog.findChild<QLabel *>(u"problem"_s);

        // Nothing yet: OK names what is missing and keeps the dialog open.
        ok->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem->text().startsWith(u"Name"_s), qPrintable(problem->text()));

        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"Our charter"_s);
        auto *add = dialog.findChild<QPushButton *>(u"addButton"_s);
        auto *title = dialog.findChild<QLineEdit *>(u"titleEdit"_s);
        for (const QString &t : { u"We listen"_s, u"We say why"_s }) {
            add->click();
            QCOMPARE(QApplication::focusWidget(), title); // ready to type the title
            QTest::keyClicks(title, t);
        }
        auto *commitments = dialog.findChild<QPlainTextEdit *>(u"commitmentsEdit"_s);
        QTest::keyClicks(commitments, u"Answer every letter"_s);
        QTest::keyClick(commitments, Qt::Key_Return);
        QTest::keyClicks(commitments, u"Explain every no"_s);
        auto *colour = dialog.findChild<QLineEdit *>(u"colourEdit"_s);
        colour->setText(u"not a colour"_s);
        ok->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem->text().contains(u"Principle 2"_s) && problem->text().contains(u"colour"_s),
                 qPrintable(problem->text()));
        colour->setText(u"#2e6b30"_s);

        // Alt+Up moves "We say why" first.
        auto *list = dialog.findChild<QListWidget *>(u"principleList"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Charter charter = dialog.charter();
        QCOMPARE(charter.name, u"Our charter"_s);
        QCOMPARE(charter.principles.size(), 2);
        QCOMPARE(charter.principles.at(0).title, u"We say why"_s);
        QCOMPARE(charter.principles.at(0).id, u"we-say-why"_s);
        QCOMPARE(charter.principles.at(0).commitments,
                 (QStringList { u"Answer every letter"_s, u"Explain every no"_s }));
        QCOMPARE(charter.principles.at(1).title, u"We listen"_s);

        // What the dialog makes, the repository keeps.
        Database db;
        QVERIFY(Test::openWithCharters(db));
        Charter stored = charter;
        stored.id = u"our-charter"_s;
        QString error;
        QVERIFY2(CharterRepository(db).save(stored, &error), qPrintable(error));
        QCOMPARE(CharterRepository(db).find(u"our-charter"_s)->principles.at(0).commitments.size(), 2);
    }
};

QTEST_MAIN(TestCharterDialog)
#include "tst_charterdialog.moc"
