// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Coproduce {
namespace {

const QString qmFolder = u":/i18n"_s;
QString loaded = u"en_GB"_s;

// Qt's own contexts (QDialogButtonBox, QShortcut, …) are left alone: their strings are Qt's to translate,
// and a key name such as "Ctrl" must stay what QKeySequence parses.
bool isQtContext(const char *context)
{
    return context && context[0] == 'Q' && context[1] >= 'A' && context[1] <= 'Z';
}

// Asks the translators installed before it (English, at least), then makes the answer longer and
// accented. Installed last, so it is asked first.
class PseudoTranslator final : public QTranslator
{
public:
    explicit PseudoTranslator(QObject *parent)
        : QTranslator(parent)
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        if (isQtContext(context) || !sourceText || !*sourceText)
            return QString();
        // The English answer, plural forms included; %n is still in it (QCoreApplication fills it in).
        QString english;
        for (const QTranslator *t : m_below)
            if (english = t->translate(context, sourceText, disambiguation, n); !english.isEmpty())
                break;
        if (english.isEmpty())
            english = QString::fromUtf8(sourceText);
        return Translations::pseudo(english);
    }
    QList<const QTranslator *> m_below;
};

QChar accented(QChar c)
{
    static const QString plain = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
    static const QString marked = u"åƀçðéƒĝĥîĵķļɱñöƥǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖƤǪŘŠŢÛṼŴẊÝŽ"_s;
    const qsizetype i = plain.indexOf(c);
    return i < 0 ? c : marked.at(i);
}

QString pseudoLine(const QString &line)
{
    QString out;
    qsizetype letters = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        // Kept whole: %1 %n %L1, &&, an &-mnemonic's letter, <tags> and &entities;.
        if (c == u'%' && i + 1 < line.size()) {
            qsizetype end = i + 1;
            if (line.at(end) == u'L')
                ++end;
            while (end < line.size() && (line.at(end).isDigit() || line.at(end) == u'n'))
                ++end;
            out += line.mid(i, end - i);
            i = end - 1;
            continue;
        }
        if (c == u'<') {
            const qsizetype end = line.indexOf(u'>', i);
            if (end > i) {
                out += line.mid(i, end - i + 1);
                i = end;
                continue;
            }
        }
        if (c == u'&' && i + 1 < line.size()) {
            const qsizetype semicolon = line.indexOf(u';', i);
            if (semicolon > i && semicolon - i < 10 && !line.mid(i + 1, semicolon - i - 1).contains(u' ')) {
                out += line.mid(i, semicolon - i + 1);
                i = semicolon;
                continue;
            }
            out += c; // a mnemonic: the letter after it is accented, which is still a letter to press
            continue;
        }
        if (c.isLetter())
            ++letters;
        out += accented(c);
    }
    if (letters == 0)
        return line;
    // About 40 % longer: German and Welsh run that much longer than English, Polish often more.
    const qsizetype padding = qMax<qsizetype>(2, (line.size() * 2 + 4) / 5 - 3);
    return u'[' + out + u' ' + QString(padding, u'~') + u']';
}

bool install(QTranslator *translator, const QString &name, const QString &folder)
{
    if (!translator->load(name, folder))
        return false;
    QCoreApplication::installTranslator(translator);
    return true;
}

// Runs as each QCoreApplication is made. The translators are its children, so they go with it.
void loadTranslations()
{
    QCoreApplication *app = QCoreApplication::instance();
    auto *english = new QTranslator(app);
    if (!install(english, u"coproduce_en_GB"_s, qmFolder))
        qWarning("Coproduce: the English plurals (coproduce_en_GB.qm) are not built in");
    loaded = u"en_GB"_s;

    const QString chosen = qEnvironmentVariable("COPRODUCE_LANGUAGE");
    if (chosen == u"pseudo"_s) {
        auto *pseudo = new PseudoTranslator(app);
        pseudo->m_below = { english };
        QCoreApplication::installTranslator(pseudo);
        loaded = chosen;
        return;
    }
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto *ours = new QTranslator(app);
    // "coproduce" + "_" + each of the locale's UI languages in turn (pl_PL, pl, …); English is there already.
    if (ours->load(locale, u"coproduce"_s, u"_"_s, qmFolder) && !ours->language().startsWith(u"en"_s)) {
        QCoreApplication::installTranslator(ours);
        loaded = ours->language();
        // Qt's own buttons and dialogs in the same language, where Debian's qt6-translations-l10n has it.
        auto *qt = new QTranslator(app);
        if (qt->load(locale, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    } else {
        delete ours;
    }
}

} // namespace

QStringList Translations::available()
{
    QStringList codes;
    for (const QString &file : QDir(qmFolder).entryList({ u"coproduce_*.qm"_s }, QDir::Files, QDir::Name))
        codes << file.mid(10, file.size() - 13);
    return codes;
}

QString Translations::current()
{
    return loaded;
}

QString Translations::pseudo(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = pseudoLine(line);
    return lines.join(u'\n');
}

} // namespace Coproduce

// The macro names a function at file scope.
static void coproduceLoadTranslations()
{
    Coproduce::loadTranslations();
}
Q_COREAPP_STARTUP_FUNCTION(coproduceLoadTranslations)
