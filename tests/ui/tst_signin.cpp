// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in to the area's server with a password (ServerSignIn): asked for once, kept in a real system
// keyring (GNOME Keyring on its own session bus: tests/keyring/run) when the person wants, used from there
// the next time without asking, asked again when the server refuses the kept one, and written nowhere else.
#include "testsupport.h"

#include "core/database.h"
#include "ui/access/theme.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/dialogs/passworddialog.h"
#include "ui/keyring.h"
#include "ui/serversignin.h"

#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Coproduce;
using namespace Qt::StringLiterals;

namespace {

// What the person does in the password dialog: type `password` (or cancel, if it is empty), keep it or not.
struct Answer
{
    QString password;
    bool keep = true;
};

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_admin;
    QString m_login;
    QString m_location; // the server as the login reaches it
    QStringList m_problems; // what each password dialog said above its buttons
    int m_asked = 0;
    int m_round = 0;
    QList<Answer> m_answers;
    QDeadlineTimer m_deadline;
    int m_zoom = 100;

    void exec(const QString &sql)
    {
        QSqlQuery q(m_admin->connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    // Answers the password dialogs as they open, in order; a dialog after the last answer is cancelled.
    void answer(const QList<Answer> &answers)
    {
        m_answers = answers;
        m_asked = 0;
        m_problems.clear();
        m_deadline = QDeadlineTimer(60000);
        const int round = ++m_round; // an earlier round's answerer, still looking, stops
        QTimer::singleShot(0, this, [this, round] { lookForDialog(round); });
    }
    void lookForDialog(int round)
    {
        if (round != m_round)
            return;
        auto *dialog = qobject_cast<PasswordDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (!m_deadline.hasExpired()) // not up yet: look again
                QTimer::singleShot(10, this, [this, round] { lookForDialog(round); });
            return;
        }
        const auto *problem = dialog->findChild<QLabel *>(u"problem"_s);
        m_problems.append(problem->isVisible() ? problem->text() : QString());
        // COPRODUCE_SCREENSHOTS=DIR: each dialog as the person sees it, to look at.
        if (const QString dir = qEnvironmentVariable("COPRODUCE_SCREENSHOTS"); !dir.isEmpty())
            dialog->grab().save(u"%1/signin-%2-%3.png"_s.arg(dir).arg(m_problems.size()).arg(m_zoom));
        const Answer a = m_asked < m_answers.size() ? m_answers.at(m_asked) : Answer {};
        ++m_asked;
        if (a.password.isEmpty()) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), a.password);
        dialog->findChild<QCheckBox *>(u"keepBox"_s)->setChecked(a.keep);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        // The next dialog, if the server refuses this one (the dialog object goes first).
        QTimer::singleShot(10, this, [this, round] { lookForDialog(round); });
    }
    // Every file the app could have written (settings, kept typing, its data) holds no `password`.
    void verifyWrittenNowhere(const QString &password)
    {
        for (const QString &root :
             { qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("HOME") }) {
            QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                QVERIFY2(!Test::readFile(path).contains(password.toUtf8()), qPrintable(path));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // COPRODUCE_TEST_ZOOM=200: text at twice the system size, as the app starts with it.
        if (qEnvironmentVariableIsSet("COPRODUCE_TEST_ZOOM"))
            m_zoom = qEnvironmentVariableIntValue("COPRODUCE_TEST_ZOOM");
        Theme::apply(m_zoom, false);
    }

    void init()
    {
        if (!Test::onServer())
            QSKIP("signing in to the area's server");
        m_admin = std::make_unique<Database>();
        QVERIFY(Test::openWithCharters(*m_admin));
        QSqlQuery q(m_admin->connection());
        QVERIFY(q.exec(u"SELECT current_database()"_s) && q.next());
        const QString name = q.value(0).toString();
        m_login = name + u"_amira"_s;
        exec(u"SET client_min_messages = warning"_s);
        // The group tests/pg/cluster's pg_hba.conf asks for passwords.
        exec(u"DO $$ BEGIN CREATE ROLE coproduce_signs_in NOLOGIN; EXCEPTION WHEN duplicate_object THEN "
             "NULL; END $$"_s);
        exec(u"DROP ROLE IF EXISTS "_s + m_login);
        exec(u"CREATE ROLE %1 LOGIN PASSWORD 'Kestrel 7 rainfall' IN ROLE %2_facilitators, "
             "coproduce_signs_in"_s.arg(m_login, name));
        m_location = m_admin->path().replace(u"user='postgres'"_s, u"user='"_s + m_login + u"'"_s);
    }

    void askedOnceThenTheKeyringAnswers()
    {
        Keyring keyring(u"Coproduce test "_s + m_login);
        ServerSignIn signIn(keyring, nullptr);
        Database first;
        answer({ { u"Kestrel 7 rainfal"_s, true }, { u"Kestrel 7 rainfall"_s, true } });
        QVERIFY2(signIn.open(first, m_location), qPrintable(signIn.error()));
        QCOMPARE(m_asked, 2);
        QCOMPARE(m_problems.at(0), QString()); // the first time, nothing went wrong yet
        QVERIFY2(m_problems.at(1).contains(u"refused that password"_s), qPrintable(m_problems.at(1)));
        QCOMPARE(first.login(), m_login);
        QCOMPARE(signIn.notice(), QString());
        // Kept in the keyring under the server's keywords, which hold no password themselves.
        QCOMPARE(keyring.password(first.path()), u"Kestrel 7 rainfall"_s);
        QVERIFY(!first.path().contains(u"Kestrel"_s));
        verifyWrittenNowhere(u"Kestrel 7 rainfall"_s);

        // The server drops the connection: it is reached again with the same password, not asked for.
        exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'"_s.arg(m_login));
        QVERIFY2(first.reconnect(), qPrintable(first.errorString()));

        // The next start: from the keyring, without a word.
        Database next;
        answer({});
        QVERIFY2(signIn.open(next, m_location), qPrintable(signIn.error()));
        QCOMPARE(m_asked, 0);
        QCOMPARE(next.login(), m_login);
        QVERIFY(keyring.forget(first.path()));
    }

    void aChangedPasswordIsAskedForAndNotKeptIfNotWanted()
    {
        Keyring keyring(u"Coproduce test "_s + m_login);
        ServerSignIn signIn(keyring, nullptr);
        Database db;
        QVERIFY(db.open(m_location) == false && db.askedForPassword());
        QVERIFY(keyring.keep(db.path(), u"Kestrel 7 rainfall"_s));
        exec(u"ALTER ROLE %1 PASSWORD 'Heron 4 snowmelt'"_s.arg(m_login));
        answer({ { u"Heron 4 snowmelt"_s, false } });
        QVERIFY2(signIn.open(db, m_location), qPrintable(signIn.error()));
        QCOMPARE(m_asked, 1);
        QVERIFY2(m_problems.at(0).contains(u"kept in this computer's keyring"_s),
                 qPrintable(m_problems.at(0)));
        // Not wanted kept: the old one is gone from the keyring as well, and nothing else holds the new one.
        QCOMPARE(keyring.password(db.path()), std::nullopt);
        QCOMPARE(keyring.error(), QString());
        verifyWrittenNowhere(u"Heron 4 snowmelt"_s);
    }

    void cancelledOpensNothing()
    {
        Keyring keyring(u"Coproduce test "_s + m_login);
        ServerSignIn signIn(keyring, nullptr);
        Database db;
        answer({});
        QVERIFY(!signIn.open(db, m_location));
        QCOMPARE(m_asked, 1);
        QVERIFY2(signIn.error().contains(u"none was given"_s), qPrintable(signIn.error()));
        QVERIFY(!db.isOpen());
    }

    void connectDialogTakesAServerThatAsksForAPassword()
    {
        // File → Connect tries the server; one that asks for a password is reached, and the app asks for it
        // as it opens the server.
        ConnectDialog dialog { QString() };
        dialog.findChild<QRadioButton *>(u"serverChoice"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"serverEdit"_s)->setText(m_location);
        dialog.accept();
        QCOMPARE(dialog.problem(), QString());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.location().contains(m_login));
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
