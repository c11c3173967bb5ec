// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSemaphore>

#include <functional>
#include <memory>

class QTextDocument;
class QPaintDevice;
class QThread;

namespace Coproduce {

// Makes and lays out a text document on a thread of its own, for the calling thread to draw; half a long
// document laid out on the second core takes a third off the time of its PDF.
//
// The thread waits until the worker is destroyed before it ends: Qt frees the fonts a thread loaded when the
// thread ends, and the document's text (and the PDF's embedded fonts, written when the painter ends) use
// them until then. So destroy the worker after the document and after the painter.
class LayoutWorker final
{
public:
    // `make` is given a stand-in paint device with `dpi`, lasting as long as the worker.
    LayoutWorker(std::function<std::unique_ptr<QTextDocument>(QPaintDevice *device)> make, int dpi);
    ~LayoutWorker();

    // Waits for the document, then hands it over (once), belonging to the calling thread.
    std::unique_ptr<QTextDocument> take();

private:
    QImage m_device;
    std::unique_ptr<QTextDocument> m_text;
    bool m_taken = false;
    QSemaphore m_made;
    QSemaphore m_finish;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Coproduce
