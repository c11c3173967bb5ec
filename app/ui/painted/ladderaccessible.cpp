// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/painted/ladderaccessible.h"

#include "ui/painted/ladderwidget.h"

#include "core/ladder.h"

namespace Coproduce {

namespace {

QAccessibleInterface *ladderFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(LadderWidget::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new LadderAccessible(static_cast<LadderWidget *>(object));
    return nullptr;
}

} // namespace

LadderAccessible::LadderAccessible(LadderWidget *ladder)
    : QAccessibleWidget(ladder, QAccessible::Slider)
{
}

void LadderAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(ladderFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

LadderWidget *LadderAccessible::ladder() const
{
    return static_cast<LadderWidget *>(widget());
}

void *LadderAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface)
        return static_cast<QAccessibleValueInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString LadderAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value) {
        const LadderRung *rung
            = Ladder::builtIn().rung(ladder()->ratings().value(ladder()->currentPerspective()));
        return rung ? QString::number(Ladder::builtIn().level(rung->id) + 1) + u' ' + rung->name
                    : LadderWidget::tr("not rated yet");
    }
    return QAccessibleWidget::text(t);
}

QVariant LadderAccessible::currentValue() const
{
    return ladder()->currentLevel() + 1; // 0 when not rated
}

void LadderAccessible::setCurrentValue(const QVariant &value)
{
    const int level = value.toInt() - 1;
    if (level >= 0)
        ladder()->chooseLevel(level);
}

QVariant LadderAccessible::maximumValue() const
{
    return int(Ladder::builtIn().rungs().size());
}

QVariant LadderAccessible::minimumValue() const
{
    return 0;
}

QVariant LadderAccessible::minimumStepSize() const
{
    return 1;
}

} // namespace Coproduce
