// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Coproduce {

// The `coproduce` verbs. Output goes to `out`; errors go to `err` as "coproduce: …".
// Exit codes: 0 done, 1 the command failed (bad file, unknown id…), 2 the command line was wrong.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);

    // True when the arguments ask for a command rather than the window: anything besides --database.
    static bool wantsCommand(const QStringList &arguments);
    // The --database value (either "--database FILE" or "--database=FILE"), or empty.
    static QString databaseArgument(const QStringList &arguments);
    static QString usage();
    // True when the command writes a document, which needs a QGuiApplication (fonts, painting).
    static bool needsGui(const QStringList &arguments);

private:
    int charters(const QStringList &args);
    int meetings(const QStringList &args);
    int actions(const QStringList &args);
    int demo(const QStringList &args);
    int minutes(const QStringList &args);
    int youSaidWeDid(const QStringList &args);
    int checkText(const QStringList &args);
    int words(const QStringList &args);
    int backup(const QStringList &args);
    int restore(const QStringList &args);
    int check(const QStringList &args);
    int archive(const QStringList &args);
    int retention(const QStringList &args);
    int erasePerson(const QStringList &args);
    int audit(const QStringList &args);
    // serververbs.cpp: the area's server.
    int server(const QStringList &args);
    int checkServer();
    // offlineverbs.cpp: meetings taken offline and published back.
    int offline(const QString &sub, const QStringList &args);
    // progressverbs.cpp: how well the area co-produces over time.
    int progress(const QStringList &args);
    // teamverbs.cpp: the area's teams.
    int team(const QStringList &args);

    bool openDatabase();
    bool readInput(const QString &path, QByteArray *bytes);
    bool writeOutput(const QString &path, const QByteArray &bytes, bool privateFile);
    bool onlyOptions(const QString &verb, const QStringList &allowed);
    bool expectArguments(const QString &verb, const QStringList &args, int count, const QString &names);
    int fail(const QString &message);
    // Something the user should know of what was done (which still succeeded).
    void warn(const QStringList &warnings);
    int failLines(const QStringList &lines);
    // Reports a refused import; if this run created the database for it, the database goes again.
    int refuseImport(const QStringList &problems);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    Database m_database;
    bool m_createdDatabase = false; // openDatabase() made the file
};

} // namespace Coproduce
