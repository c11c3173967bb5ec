// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontwarmup.h"

#include <QFontDatabase>
#include <QThread>

namespace Coproduce {

FontWarmUp::FontWarmUp()
    : m_thread(QThread::create([] { QFontDatabase::families(); }))
{
    m_thread->start();
}

FontWarmUp::~FontWarmUp()
{
    m_thread->wait();
}

} // namespace Coproduce
