// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QImage>
#include <QPicture>
#include <QString>
#include <QStringList>

namespace Coproduce {

// The product's own pictures for easy-read documents: simple, high-contrast SVG symbols shipped in
// resources/symbols/ (meeting, people, decision, action, person and date, each ladder rung, each kind of
// principle, the action statuses), each with a text alternative.
class Symbols final
{
    Q_DECLARE_TR_FUNCTIONS(Symbols)

public:
    // Every symbol shipped, by name ("meeting", "rung-3", "status-done", …).
    static QStringList names();
    // What the picture shows, for alt text; empty for an unknown name.
    static QString alt(const QString &name);
    static QByteArray svg(const QString &name);
    // Drawn `pixels` square on white; a null image for an unknown name.
    static QImage render(const QString &name, int pixels);
    // The symbol as shapes, `Side` units square (an empty picture for an unknown name).
    static constexpr qreal Side = 96;
    static QPicture drawing(const QString &name);
    // An <img> of the symbol `width` CSS pixels wide, with its alt text; the picture is added to the
    // document once, as shapes.
    static QString image(Document &document, const QString &name, int width, bool inLine = false);

    // The symbol for an action status, a ladder rung id, and a charter principle (chosen from the words
    // of its id and title, so an area's own charter gets pictures too).
    static QString forStatus(const QString &status);
    static QString forRung(const QString &rungId);
    static QString forPrinciple(const QString &id, const QString &title);
};

} // namespace Coproduce
