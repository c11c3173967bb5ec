// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Coproduce {

// Pieces of the command line's help that its --help, the man page and completion share.
namespace HelpText {

// `text` wrapped to 79 columns, its first line indented by `indent` and the rest by `nextIndent`
// (the same, if negative); ends with a newline.
QString wrap(const QString &text, int indent, int nextIndent = -1);
// Where the database is and how a server is named.
QString footer();
QString exitStatus();

} // namespace HelpText

} // namespace Coproduce
