// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

class QThread;

namespace Coproduce {

// Reads the system's list of fonts on a thread of its own while the caller gets on with something else
// (opening the database, loading the meeting). The first font a document asks for would otherwise read it
// there and then, on the thread the whole command waits for (4 % of a 40-activity meeting's minutes PDF).
// Anything that needs a font meanwhile waits for the list (Qt's font database is thread-safe).
class FontWarmUp final
{
public:
    FontWarmUp();
    ~FontWarmUp(); // waits for the thread

    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace Coproduce
