// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database.h"

#include <QByteArray>
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

// Runs a tool and returns what it printed; fails loudly if the tool is missing or fails.
QString run(const QString &program, const QStringList &arguments);
// A PDF's text through pdftotext: the whole file laid out, or one page in drawing order.
QString pdfText(const QString &path, int page = 0);
// A PDF page's own lines of text, trimmed, in the order they were drawn: without the running head and the
// page number, which are drawn last. Empty if the page does not end with "Page n of m".
QStringList pageBody(const QString &path, int page);
// Everything a reader, a search engine or a file's properties could show of a PDF, HTML or ODT file:
// text, metadata, XMP.
QString everythingIn(const QString &path);

// Opens `path` (":memory:" by default) with the built-in charters installed; fails the test if it cannot.
bool openWithCharters(Database &database, const QString &path = QStringLiteral(":memory:"));

// A new, empty database named `name` on the test suite's throwaway PostgreSQL cluster (tests/pg/cluster;
// COPRODUCE_TEST_PG names the file with its connection options), open on a connection also named `name`.
// Not open, with the reason in lastError() or `error`, if there is no cluster.
QSqlDatabase freshPostgres(const QString &name, QString *error);

} // namespace Coproduce::Test
