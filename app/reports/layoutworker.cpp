// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutworker.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QThread>

namespace Coproduce {

LayoutWorker::LayoutWorker(std::function<std::unique_ptr<QTextDocument>(QPaintDevice *device)> make, int dpi)
    : m_device(1, 1, QImage::Format_RGB32)
{
    // An image measures text like the PDF at the same resolution, and is safe to use off the main thread.
    m_device.setDotsPerMeterX(qRound(dpi / 0.0254));
    m_device.setDotsPerMeterY(qRound(dpi / 0.0254));
    QThread *caller = QThread::currentThread();
    m_thread.reset(QThread::create([this, make = std::move(make), caller] {
        m_text = make(&m_device);
        m_text->size(); // lays it all out
        // The layout's own timers (a size change to announce) fire here, not in a thread they were never
        // started in.
        QCoreApplication::processEvents();
        m_text->moveToThread(caller);
        m_made.release();
        m_finish.acquire();
    }));
    m_thread->start();
}

LayoutWorker::~LayoutWorker()
{
    if (!m_taken)
        m_made.acquire(); // wait for it before letting it go
    m_text.reset();
    m_finish.release();
    m_thread->wait();
}

std::unique_ptr<QTextDocument> LayoutWorker::take()
{
    if (m_taken)
        return nullptr;
    m_made.acquire();
    m_taken = true;
    return std::move(m_text);
}

} // namespace Coproduce
