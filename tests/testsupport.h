// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Coproduce::Test {

// Where tests/data is.
QString dataPath(const QString &relative);
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray sha256(const QString &path);

// Row counts of every table: the "database unchanged" check after a refused write.
QMap<QString, int> tableCounts(Database &database);

// Opens `path` (":memory:" by default) with the built-in charters installed; fails the test if it cannot.
bool openWithCharters(Database &database, const QString &path = QStringLiteral(":memory:"));

} // namespace Coproduce::Test
