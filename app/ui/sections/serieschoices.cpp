// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sections/serieschoices.h"

#include "core/seriesrepository.h"

#include <QComboBox>
#include <QCoreApplication>

namespace Coproduce {

void SeriesChoices::fill(QComboBox *combo, Database &database)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("SeriesChoices", "Every series"), QString());
    for (const Series &s : SeriesRepository(database).list())
        combo->addItem(s.name, s.name);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}

} // namespace Coproduce
