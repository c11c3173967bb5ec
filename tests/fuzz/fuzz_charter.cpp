// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a charter file, as `coproduce charters import` and the app's Import charter read it.
#include "fuzzsupport.h"

#include "core/importer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Coproduce;
    FuzzSupport::run(data, size,
                     [](Database &db, const QByteArray &bytes, const QString &name, QStringList *errors) {
                         return Importer(db).importCharter(bytes, name, errors).has_value();
                     });
    return 0;
}
