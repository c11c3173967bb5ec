// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charter.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace Coproduce {

// The coproduce-charter/1 JSON format (docs/formats.md).
class CharterFormat final
{
    Q_DECLARE_TR_FUNCTIONS(CharterFormat)

public:
    static QString formatName();

    // Validates the whole file; on any problem returns nothing and fills `errors` ("FILE: path: ...").
    static std::optional<Charter> read(const QByteArray &bytes, const QString &fileName, QStringList *errors);
    static QByteArray write(const Charter &charter);
};

} // namespace Coproduce
