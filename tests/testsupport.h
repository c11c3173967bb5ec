// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database.h"
#include "core/progress.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Coproduce::Test {

// Where tests/data is.
QString dataPath(const QString &relative);
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray sha256(const QString &path);

// Row counts of every table but the audit trail: the "database unchanged" check after a refused write.
QMap<QString, int> tableCounts(Database &database);

// What the coproduce binary did: its exit status and what it printed.
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
// Runs the coproduce binary with `arguments`, `input` on its standard input, and waits for it.
Run coproduce(const QStringList &arguments, const QByteArray &input = QByteArray());

// Runs a tool and returns what it printed; fails loudly if the tool is missing or fails.
QString run(const QString &program, const QStringList &arguments);
// A PDF's text through pdftotext: the whole file laid out, or one page in drawing order.
QString pdfText(const QString &path, int page = 0);
// A PDF page's own lines of text, trimmed, in the order they were drawn: without the running head and the
// page number, which are drawn last. Empty if the page does not end with "Page n of m".
QStringList pageBody(const QString &path, int page);
// What the W3C's Nu Html Checker (vnu.jar, tests/tools) finds wrong in HTML files: each error and warning,
// as "FILE:LINE: message" (its notes that change nothing, such as a void element's closing slash, left out).
// Fails the test if the checker is not installed.
QStringList htmlProblems(const QStringList &paths);
// What Mozilla's pdf.js (npm pdfjs-dist, tests/tools/pdfstructure.mjs) reads of a PDF: its title, language,
// viewer preferences, bookmarks and each page's structure tree with the text of its marked content (see the
// script). Fails the test if the reader is not installed.
QJsonObject pdfStructure(const QString &path);
// Everything a reader, a search engine or a file's properties could show of a PDF, HTML or ODT file:
// text, metadata, XMP.
QString everythingIn(const QString &path);

// Whether this run is the test suite's pass on the area's server (COPRODUCE_TEST_ENGINE=postgres, set by
// CMake's coproduce_test_both()): then every database a test opens with openWithCharters() is a new one on
// the throwaway PostgreSQL cluster, and what only a file can do is skipped with ONLY_ON_A_FILE.
bool onServer();
#define ONLY_ON_A_FILE(why)                                                                                  \
    do {                                                                                                     \
        if (Coproduce::Test::onServer())                                                                     \
            QSKIP("only a SQLite file can do this: " why);                                                   \
    } while (false)

// Opens `path` (":memory:" by default) with the built-in charters installed; fails the test if it cannot.
// On the server pass (onServer()) it opens a new, empty database on the cluster instead, made as the
// area's admin makes it (Database::initServer), named after the test and `path`; database.path() then
// reaches it again.
bool openWithCharters(Database &database, const QString &path = QStringLiteral(":memory:"));
// As openWithCharters(), without the charters: an empty database of the latest schema.
bool openEmpty(Database &database, const QString &path = QStringLiteral(":memory:"));

// A new, empty database named `name` on the test suite's throwaway PostgreSQL cluster (tests/pg/cluster;
// COPRODUCE_TEST_PG names the file with its connection options), open on a connection also named `name`.
// Not open, with the reason in lastError() or `error`, if there is no cluster.
QSqlDatabase freshPostgres(const QString &name, QString *error);
// The test cluster's own "postgres" database, as its superuser, for what only an admin does from outside
// (ALTER DATABASE … ALLOW_CONNECTIONS); open on a connection named `name`.
QSqlDatabase clusterAdmin(const QString &name, QString *error);
// The same, handed back as the keyword string Database::open() takes, with no connection kept open.
QString freshServerDatabase(const QString &name, QString *error);
// The same database on the cluster (a keyword string) reached over TCP as the server named `hostName`
// (on 127.0.0.1), with the cluster's own certificate authority as sslrootcert, and `more` keywords. The
// cluster's certificate is for "coproduce.test" (tests/pg/cluster).
QString overTcp(const QString &location, const QString &hostName, const QString &more);

// The year of a demo database up to `to`, by quarter, as the progress reports of the tests count it:
// whole quarters back from the one `to` is in, late actions counted from `to`.
ProgressRequest demoYear(const QDate &to);

} // namespace Coproduce::Test
