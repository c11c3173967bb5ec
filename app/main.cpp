// SPDX-License-Identifier: GPL-3.0-or-later
// Decides between the command line and the window, builds the services and hands them in.

#include "cli/commandline.h"
#include "core/backups.h"
#include "core/builtincharters.h"
#include "core/connectionspec.h"
#include "core/database.h"
#include "core/writerlock.h"
#include "ui/access/theme.h"
#include "ui/keyring.h"
#include "ui/sections/mainwindow.h"
#include "ui/serversignin.h"
#include "ui/settings.h"
#include "ui/speech/speechengine.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(u"coproduce"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COPRODUCE_VERSION));
    QCoreApplication::setOrganizationDomain(u"coproduce.org.uk"_s);
}

QtMessageHandler qtMessages = nullptr;

// Qt says "OpenType support missing for …" of the main font each time a fallback font shapes a script it
// lacks (a name in Hindi, say), and the fallback does shape it: to someone writing minutes it reads like a
// fault. Everything else Qt says goes on as before.
void quietFontFallback(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.trimmed().startsWith(u"OpenType support missing for"_s))
        return;
    qtMessages(type, context, message);
}

bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    qtMessages = qInstallMessageHandler(quietFontFallback);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Coproduce::CommandLine::wantsCommand(arguments) && Coproduce::CommandLine::needsGui(arguments)) {
        // Documents need fonts and a painter, not a screen: without a display, Qt's offscreen platform.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Coproduce::CommandLine(out, err).run(app.arguments());
    }
    if (Coproduce::CommandLine::wantsCommand(arguments) || !hasDisplay()) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!Coproduce::CommandLine::wantsCommand(arguments)) {
            err << QCoreApplication::translate("main",
                                               "coproduce: there is no display to open the window on. "
                                               "The commands still work:")
                << u"\n\n"_s << Coproduce::CommandLine::usage();
            return 1;
        }
        return Coproduce::CommandLine(out, err).run(app.arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Coproduce"));
    QApplication::setDesktopFileName(u"uk.org.coproduce.Coproduce"_s);

    QString path = Coproduce::CommandLine::databaseArgument(app.arguments());
    if (path.isEmpty())
        path = Coproduce::Settings().database(); // as File → Connect chose it
    if (path.isEmpty()) {
        path = Coproduce::Database::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    Coproduce::Database database;
    QString error;
    // One copy writes a file; a second one on the same file shows it read-only (see WriterLock). The area's
    // server has many writers, and its charters are made with its schema (`coproduce server init`).
    const bool server = Coproduce::ConnectionSpec::namesServer(path);
    Coproduce::WriterLock lock(server ? QString() : path);
    const bool writer = server || lock.tryLock();
    // Text size and contrast before any widget exists (the sign-in dialog too), so nothing is laid out twice.
    {
        const Coproduce::Settings settings;
        Coproduce::Theme::apply(settings.zoom(), settings.highContrast());
    }
    // A server that asks for a password gets it from the system's keyring or from the person.
    Coproduce::Keyring keyring;
    Coproduce::ServerSignIn signIn(keyring, nullptr);
    const bool opened = server ? signIn.open(database, path)
        : writer               ? database.open(path) && Coproduce::BuiltInCharters::install(database, &error)
                               : database.openReadOnly(path);
    if (!opened) {
        const QString why = server ? signIn.error() : database.errorString();
        QMessageBox::critical(nullptr,
                              QCoreApplication::translate("main", "Coproduce cannot open the database"),
                              why.isEmpty() ? error : why);
        return 1;
    }
    // The system's speech (speech-dispatcher) reads aloud, started when first asked; without it F8 says so
    // and nothing else changes.
    Coproduce::SystemSpeech speech;
    Coproduce::MainWindow window(database);
    window.setSpeech(&speech);
    if (!writer)
        window.setReadOnly(
            QCoreApplication::translate("main",
                                        "Read-only: %1 has this database open for changes. You can look, "
                                        "print and export here, but not change anything. Close the other "
                                        "copy, then choose Try again.")
                .arg(lock.holder()),
            [&lock, &database, path](QString *error) {
                if (!lock.tryLock()) {
                    *error = QCoreApplication::translate("main", "%1 still has the database open.")
                                 .arg(lock.holder());
                    return false;
                }
                if (!database.open(path) || !Coproduce::BuiltInCharters::install(database, error)) {
                    if (error->isEmpty())
                        *error = database.errorString();
                    lock.unlock();
                    database.openReadOnly(path);
                    return false;
                }
                return true;
            });
    // Another place chosen in File → Connect: the window closes (saving what is typed) and the app starts
    // again there, so that every part of it is built on the new database.
    bool restart = false;
    QObject::connect(&window, &Coproduce::MainWindow::databaseChosen, &window,
                     [&window, &restart] { restart = window.close(); });
    window.show();
    if (!signIn.notice().isEmpty())
        window.statusBar()->showMessage(signIn.notice());
    // The day's backup, once the window is up so that it never slows the start.
    QTimer::singleShot(3000, &window, [&window, &database] {
        if (database.isReadOnly() || database.isServer())
            return; // the copy that writes makes it; the server's IT backs the server up
        QString error;
        if (!Coproduce::Backups::daily(database, &error))
            window.statusBar()->showMessage(
                QCoreApplication::translate("main", "Today's backup could not be made: %1").arg(error));
    });
    // For bench/run: leave as soon as the window is up and painted, and say how much memory it took.
    if (qEnvironmentVariableIsSet("COPRODUCE_QUIT_WHEN_READY"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    const int status = app.exec();
    if (restart) {
        // Once this copy has let go of a file's lock, so that the new one can write to it.
        lock.unlock();
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
    }
    return status;
}
