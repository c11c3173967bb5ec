// SPDX-License-Identifier: GPL-3.0-or-later
// coproduce-docgen: writes the man page and the shell completions from the verb table, at build time, and
// (by hand, when the built-in data changes) the table of built-in strings that lupdate reads.
// Usage: coproduce-docgen man|bash|zsh|data-strings OUTPUT [DATE]
#include "commandline.h"
#include "core/builtinstrings.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Written in the source language, whatever the language of the machine that builds it.
    qputenv("COPRODUCE_LANGUAGE", "en_GB");
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString what = args.value(1);
    QString text;
    if (what == u"man")
        text = Coproduce::CommandLine::manPage(QStringLiteral(COPRODUCE_VERSION), args.value(3));
    else if (what == u"bash")
        text = Coproduce::CommandLine::bashCompletion();
    else if (what == u"zsh")
        text = Coproduce::CommandLine::zshCompletion();
    else if (what == u"data-strings")
        text = Coproduce::BuiltInStrings::tableSource(Coproduce::BuiltInStrings::fromResources());
    if (text.isEmpty() || args.size() < 3) {
        std::fprintf(stderr, "usage: coproduce-docgen man|bash|zsh|data-strings OUTPUT [DATE]\n");
        return 2;
    }
    QSaveFile file(args.at(2));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        std::fprintf(stderr, "coproduce-docgen: %s: %s\n", qPrintable(args.at(2)),
                     qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
