// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a whole-database archive, as `coproduce archive import` reads it.
#include "fuzzsupport.h"

#include "core/archive.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Coproduce;
    FuzzSupport::run(data, size,
                     [](Database &db, const QByteArray &bytes, const QString &name, QStringList *errors) {
                         return Archive::read(db, bytes, name, errors).has_value();
                     });
    return 0;
}
