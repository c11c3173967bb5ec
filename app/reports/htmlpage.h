// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Coproduce {

struct Document;

// A report as one self-contained HTML page for a browser or a council's website. Each picture travels
// inside it once, as an SVG <symbol> holding its image, and every place it is shown uses it (<svg
// role="img"> with its alt text, so a screen reader names each use): an easy-read summary shows the same
// few pictures hundreds of times. Written as HTML5 without obsolete attributes (a picture's column takes
// its width from CSS, not from width=), so that the W3C validator passes it; well-formed XML as well (void
// elements closed), which the tests read back.
class HtmlPage final
{
public:
    // `styleSheet`: the document's CSS for a browser (DocumentWriter::styleSheet).
    static QByteArray write(const Document &document, const QString &styleSheet);

private:
    // The body with each <img src="NAME" alt="…" width="W" [height="H"]> of a picture in `document`
    // replaced by a use of its symbol, and the symbols' definitions in `symbols`.
    static QString usePictures(const Document &document, QString *symbols);
};

} // namespace Coproduce
