// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Coproduce {

// One principle of a charter, with its "we will" commitments in order.
struct Principle
{
    QString id;
    QString title;
    QString easyRead;
    QString colour;
    QStringList commitments;
};

// A local area's co-production charter. Principles are kept in display order.
struct Charter
{
    QString id;
    QString name;
    QString area;
    QString source;
    bool builtIn = false;
    QList<Principle> principles;

    const Principle *principle(const QString &principleId) const;
    QStringList principleIds() const;
};

} // namespace Coproduce
