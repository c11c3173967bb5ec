// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database.h"
#include "core/jsonwriter.h"
#include "verb.h"

#include <QCoreApplication>

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

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
    // True when the command writes a document, which needs a QGuiApplication (fonts, painting).
    static bool needsGui(const QStringList &arguments);

    // verbtable.cpp: every verb, its arguments and options.
    static const QList<Verb> &verbTable();
    // helptext.cpp: what --help prints, for the whole command or for one verb or group.
    static QString usage();
    static QString verbHelp(const Verb &verb);
    static QString groupHelp(const QString &group);
    // manpage.cpp and completion.cpp: coproduce(1) and shell completion, written at build time.
    static QString manPage(const QString &version, const QString &date);
    static QString bashCompletion();
    static QString zshCompletion();

private:
    // dataverbs.cpp: charters, meetings, series, words, archives and backups.
    int chartersList(const QStringList &args);
    int chartersShow(const QStringList &args);
    int chartersImport(const QStringList &args);
    int chartersExport(const QStringList &args);
    int meetingsList(const QStringList &args);
    int meetingsImport(const QStringList &args);
    int meetingsExport(const QStringList &args);
    int seriesList(const QStringList &args);
    int wordsList(const QStringList &args);
    int wordsImport(const QStringList &args);
    int wordsExport(const QStringList &args);
    int archiveExport(const QStringList &args);
    int archiveImport(const QStringList &args);
    int backup(const QStringList &args);
    int restore(const QStringList &args);
    int check(const QStringList &args);
    // recordverbs.cpp: actions, the audit trail, retention, erasure and the demo.
    int actionsList(const QStringList &args);
    int retention(const QStringList &args);
    int erasePerson(const QStringList &args);
    int audit(const QStringList &args);
    int demo(const QStringList &args);
    // reportverbs.cpp: documents and plain English.
    int minutes(const QStringList &args);
    int youSaidWeDid(const QStringList &args);
    int checkText(const QStringList &args);
    // progressverbs.cpp: how well the area co-produces over time.
    int progress(const QStringList &args);
    // serververbs.cpp: the area's server.
    int serverInit(const QStringList &args);
    int serverUpgrade(const QStringList &args);
    int server(bool init);
    int checkServer();
    // offlineverbs.cpp: meetings taken offline and published back.
    int meetingsTake(const QStringList &args);
    int meetingsPublish(const QStringList &args);
    int meetingsRelease(const QStringList &args);
    int offline(const QString &sub, const QStringList &args);
    // calendarverbs.cpp: calendar invites, and meetings from a council's calendar.
    int meetingsCalendar(const QStringList &args);
    int meetingsImportCalendar(const QStringList &args);
    // teamverbs.cpp: the area's teams.
    int teamList(const QStringList &args);
    int teamAdd(const QStringList &args);
    int teamMember(const QStringList &args);
    int teamSeries(const QStringList &args);

    // The verb's options and arguments against its entry in the table; false (after a usage error) if
    // they do not match.
    bool checkCommand(const Verb &verb, const QStringList &args);
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    bool openDatabase();
    bool readInput(const QString &path, QByteArray *bytes);
    bool writeOutput(const QString &path, const QByteArray &bytes, bool privateFile);
    // The import and export of charters, meetings, words and archives: FILE (or -) read, the database
    // opened and `import` given the bytes; it returns what to print, or nothing after filling `errors`,
    // and then the refusal is reported. `produce` makes the bytes to write, or nothing after filling
    // `error`.
    using Import = std::function<std::optional<QString>(const QByteArray &bytes, const QString &path,
                                                        QStringList *errors)>;
    using Produce = std::function<std::optional<QByteArray>(QString *error)>;
    int importFrom(const QString &path, const Import &import);
    int exportTo(const QString &path, bool privateFile, const Produce &produce);
    std::optional<qint64> meetingId(const QString &text);
    // What `--json` of a listing verb writes: {"format": FORMAT, NAME: [an object per item]}, with any
    // fields `before` writes ahead of the list (docs/formats.md, "Lists").
    template<typename List, typename WriteItem>
    int printJsonList(const QString &format, const QString &name, const List &items, WriteItem writeItem,
                      const std::function<void(JsonWriter &)> &before = {})
    {
        JsonWriter json;
        json.beginObject();
        json.field(QStringLiteral("format"), format);
        if (before)
            before(json);
        json.objectList(
            name, items, [&](const auto &item) { writeItem(json, item); }, true);
        json.endObject();
        m_out << QString::fromUtf8(json.data()) << u'\n'; // a shell's prompt on a line of its own
        return 0;
    }
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
    const Verb *m_verb = nullptr; // the verb being run
    bool m_createdDatabase = false; // openDatabase() made the file
};

} // namespace Coproduce
