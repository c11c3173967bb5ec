// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace Coproduce {
class Database;

// What every importer's fuzz target shares: one in-memory database opened once (with the built-in
// charters), and a check run on each input inside a transaction that is always rolled back, so inputs
// do not see each other's data.
namespace FuzzSupport {

// The database every input is imported into; opened on first use, aborts if it cannot be.
Database &database();

// Runs `import` on the input inside a rolled-back transaction and checks what an importer promises:
// on failure there is at least one error, every error names the file, and no meeting or charter was kept.
// `import` returns true on success and fills `errors` otherwise.
void run(const uint8_t *data, size_t size,
         const std::function<bool(Database &, const QByteArray &, const QString &, QStringList *)> &import);

} // namespace FuzzSupport
} // namespace Coproduce
