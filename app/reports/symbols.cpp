// SPDX-License-Identifier: GPL-3.0-or-later
#include "symbols.h"

#include "html.h"

#include "core/ladder.h"

#include <QFile>
#include <QPainter>
#include <QPicture>
#include <QRegularExpression>
#include <QSvgRenderer>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    const char *name;
    const char *alt;
};

// The alt text is translated; each SVG also carries it as its <title>.
constexpr Entry entries[] = {
    { "meeting", QT_TRANSLATE_NOOP("Symbols", "A meeting: people around a table") },
    { "people", QT_TRANSLATE_NOOP("Symbols", "People") },
    { "talked", QT_TRANSLATE_NOOP("Symbols", "Talking: two speech bubbles") },
    { "decision", QT_TRANSLATE_NOOP("Symbols", "A decision: a box with a tick") },
    { "action", QT_TRANSLATE_NOOP("Symbols", "Things to do: a clipboard with a list") },
    { "who-when", QT_TRANSLATE_NOOP("Symbols", "Who will do it, and by when: a person and a calendar") },
    { "status-open", QT_TRANSLATE_NOOP("Symbols", "Not started yet: a clock") },
    { "status-in-progress", QT_TRANSLATE_NOOP("Symbols", "Being done now: a circle half filled") },
    { "status-done", QT_TRANSLATE_NOOP("Symbols", "Done: a tick") },
    { "status-cannot-do", QT_TRANSLATE_NOOP("Symbols", "Cannot be done: a cross") },
    { "words", QT_TRANSLATE_NOOP("Symbols", "Words to know: an open book") },
    { "heard", QT_TRANSLATE_NOOP("Symbols", "Were you heard? An ear") },
    { "charter", QT_TRANSLATE_NOOP("Symbols", "Our charter: a page with a star") },
    { "principle-respect", QT_TRANSLATE_NOOP("Symbols", "Respect: a heart") },
    { "principle-partnership", QT_TRANSLATE_NOOP("Symbols", "Working together: two joined rings") },
    { "principle-communication", QT_TRANSLATE_NOOP("Symbols", "Talking and listening: a speech bubble") },
    { "principle-honesty", QT_TRANSLATE_NOOP("Symbols", "Honest and accountable: a shield with a tick") },
    { "principle-strengths", QT_TRANSLATE_NOOP("Symbols", "Strengths: a star") },
    { "principle-accessibility", QT_TRANSLATE_NOOP("Symbols", "Everyone can take part: an open door") },
    { "principle", QT_TRANSLATE_NOOP("Symbols", "A principle of our charter: a flag") },
    { "rung-1", QT_TRANSLATE_NOOP("Symbols", "The ladder with step 1 of 7 marked: Coercion") },
    { "rung-2", QT_TRANSLATE_NOOP("Symbols", "The ladder with step 2 of 7 marked: Education") },
    { "rung-3", QT_TRANSLATE_NOOP("Symbols", "The ladder with step 3 of 7 marked: Information") },
    { "rung-4", QT_TRANSLATE_NOOP("Symbols", "The ladder with step 4 of 7 marked: Consultation") },
    { "rung-5", QT_TRANSLATE_NOOP("Symbols", "The ladder with step 5 of 7 marked: Engagement") },
    { "rung-6", QT_TRANSLATE_NOOP("Symbols", "The ladder with step 6 of 7 marked: Co-design") },
    { "rung-7", QT_TRANSLATE_NOOP("Symbols", "The ladder with step 7 of 7 marked: Co-production") },
};

} // namespace

QStringList Symbols::names()
{
    QStringList list;
    for (const Entry &e : entries)
        list << QString::fromLatin1(e.name);
    return list;
}

QString Symbols::alt(const QString &name)
{
    for (const Entry &e : entries)
        if (name == QLatin1String(e.name))
            return tr(e.alt);
    return QString();
}

QByteArray Symbols::svg(const QString &name)
{
    QFile file(u":/coproduce/symbols/%1.svg"_s.arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QImage Symbols::render(const QString &name, int pixels)
{
    QSvgRenderer renderer(svg(name));
    if (!renderer.isValid())
        return QImage();
    QImage image(pixels, pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, pixels, pixels));
    return image;
}

QPicture Symbols::drawing(const QString &name)
{
    QPicture picture;
    QSvgRenderer renderer(svg(name));
    if (!renderer.isValid())
        return picture;
    QPainter painter(&picture);
    renderer.render(&painter, QRectF(0, 0, Side, Side));
    return picture;
}

QString Symbols::image(Document &document, const QString &name, int width, bool inLine)
{
    const QString file = u"symbol-%1.png"_s.arg(name);
    const bool drawn = std::any_of(document.images.cbegin(), document.images.cend(),
                                   [&](const DocumentImage &i) { return i.name == file; });
    if (!drawn) {
        // Shapes in PDF and print, sharp at any size and with no picture to compress: the symbol is read
        // once and recorded, and played back wherever it is shown. HTML and ODT get it drawn 288 pixels
        // square (300 dpi at its largest, an inch).
        static QHash<QString, QPicture> recorded;
        auto it = recorded.find(name);
        if (it == recorded.end())
            it = recorded.insert(name, drawing(name));
        const QPicture picture = *it;
        const auto draw = [picture](QPainter *painter, const QRectF &target) {
            painter->save();
            painter->translate(target.topLeft());
            // A picture plays back scaled from its resolution to the device's; the target is in the device's.
            const QPaintDevice *device = painter->device();
            const qreal dpiX = device ? qreal(picture.logicalDpiX()) / device->logicalDpiX() : 1;
            const qreal dpiY = device ? qreal(picture.logicalDpiY()) / device->logicalDpiY() : 1;
            painter->scale(target.width() / Side * dpiX, target.height() / Side * dpiY);
            painter->drawPicture(0, 0, picture);
            painter->restore();
        };
        document.images.append({ file, QImage(), draw, QSizeF(144, 144) });
    }
    return inLine
        ? Html::inlineImage(file, alt(name), width)
        : u"<img src=\"%1\" alt=\"%2\" width=\"%3\" height=\"%3\" />"_s.arg(file, Html::escape(alt(name)))
              .arg(width);
}

QString Symbols::forStatus(const QString &status)
{
    const QString name = u"status-"_s + status;
    return alt(name).isEmpty() ? u"status-open"_s : name;
}

QString Symbols::forRung(const QString &rungId)
{
    const int level = Ladder::builtIn().level(rungId);
    return level < 0 ? QString() : u"rung-%1"_s.arg(level + 1);
}

QString Symbols::forPrinciple(const QString &id, const QString &title)
{
    // The first kind whose words appear in the id or title; the order settles titles with two ideas
    // ("Honesty, transparency and accountability" is about honesty, not communication).
    static const QList<QPair<QString, QRegularExpression>> kinds {
        { u"principle-honesty"_s, QRegularExpression(u"honest|accountab|transparen|trust"_s) },
        { u"principle-partnership"_s, QRegularExpression(u"partner|together|equal|collaborat"_s) },
        { u"principle-respect"_s, QRegularExpression(u"respect|value|kind|recogni|care"_s) },
        { u"principle-communication"_s, QRegularExpression(u"communicat|listen|plain|talk|inform"_s) },
        { u"principle-strengths"_s, QRegularExpression(u"strength|positive|celebrat"_s) },
        { u"principle-accessibility"_s, QRegularExpression(u"access|inclus|everyone can"_s) },
    };
    const QString words = (id + u' ' + title).toLower();
    for (const auto &[name, pattern] : kinds)
        if (words.contains(pattern))
            return name;
    return u"principle"_s;
}

} // namespace Coproduce
