// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Coproduce {

// A file written whole or not at all (QSaveFile writes beside it and renames at the end, so a failed
// write leaves no half file), readable by its owner only when it holds people's details.
class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    // False, with "PATH: cannot write the file: why" in `error`, if it could not be written.
    static bool write(const QString &path, const QByteArray &bytes, bool privateFile, QString *error);
};

} // namespace Coproduce
