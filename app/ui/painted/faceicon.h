// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Coproduce {

// The charter check's faces, drawn rather than taken from an emoji font (which may be missing): a smile
// for "yes", a straight mouth for "partly", a frown for "not yet". Always shown with their words.
class FaceIcon final
{
public:
    static QIcon make(const QString &score);
};

} // namespace Coproduce
