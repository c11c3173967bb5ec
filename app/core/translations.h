// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Coproduce {

// Which language Coproduce speaks, chosen once as the application starts (a Q_COREAPP_STARTUP_FUNCTION in
// translations.cpp, so every program that links core — the app, the command line, the tests — speaks the
// same way without its main() doing anything). English (UK) is always loaded first: the source strings
// are English, but a plural ("%n people came.") needs its English forms from coproduce_en_GB.qm. Then the
// user's language, if Coproduce has it, and Qt's own translations of its dialogs for that language.
//
// COPRODUCE_LANGUAGE overrides the system's choice: a language code ("pl", "cy", "ur") or "pseudo", the
// pseudo-translation that lengthens and accents every string of ours, so a layout test can show that a
// longer language still fits.
namespace Translations {

// The languages Coproduce has a translation for (from the .qm files built in), as codes: "en_GB", …
QStringList available();
// The language loaded, as a code ("en_GB", "pseudo", …).
QString current();
// What the pseudo-translation makes of `text`: each line bracketed, its letters accented and padded by
// about 40 %, with %1, %n, &-mnemonics, HTML tags and entities kept as they are.
QString pseudo(const QString &text);

} // namespace Translations
} // namespace Coproduce
