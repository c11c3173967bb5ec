// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/access/accessiblenames.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>

namespace Coproduce {

void AccessibleNames::nameInnerFields(QWidget *root)
{
    const auto name = [](QWidget *outer, QLineEdit *field) {
        if (field && field->accessibleName().isEmpty())
            field->setAccessibleName(outer->accessibleName());
    };
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>())
        name(spin, spin->findChild<QLineEdit *>()); // lineEdit() is protected
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        if (combo->isEditable())
            name(combo, combo->lineEdit());
}

} // namespace Coproduce
