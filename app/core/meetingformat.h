// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charter.h"
#include "meeting.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <optional>

namespace Coproduce {

// The coproduce-meeting/1 JSON format (docs/formats.md).
class MeetingFormat final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingFormat)

public:
    // Finds a charter by id, to check the principles a meeting names.
    using CharterLookup = std::function<std::optional<Charter>(const QString &id)>;

    static QString formatName();

    // Validates the whole file before anything is returned; on any problem returns nothing and fills
    // `errors` with one "FILE: path: what was expected" line per problem.
    static std::optional<Meeting> read(const QByteArray &bytes, const QString &fileName,
                                       const CharterLookup &charters, QStringList *errors);
    static QByteArray write(const Meeting &meeting);
};

} // namespace Coproduce
