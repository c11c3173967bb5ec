// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>

namespace Coproduce {

class LadderWidget;

// What a screen reader is told about the ladder: a slider from 0 (not rated yet) to 7 (co-production) whose
// value is the rung chosen for the view being set, so the rating is a value Orca reads and an assistive
// tool can set, not only words in a description. Its description still says what the rung means and what
// the other views chose.
class LadderAccessible final : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit LadderAccessible(LadderWidget *ladder);
    // Lets Qt make one of these for every LadderWidget (once per program).
    static void install();

    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text t) const override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant &value) override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override;

private:
    LadderWidget *ladder() const;
};

} // namespace Coproduce
