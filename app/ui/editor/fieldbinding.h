// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetingedits.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QLineEdit;

namespace Coproduce {

class AutoSave;
class MeetingDocument;

// A text field bound to one stored value of the open meeting: saved as it is typed (AutoSave) through the
// document, as a change that expects the value the person saw, and shown again as stored. Dates are typed
// and shown as the person's locale writes them and stored as ISO dates; one that is not a date is refused
// with a sentence saying how to write it.
struct FieldBinding
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::FieldBinding)

public:
    std::function<MeetingDocument *()> document; // read at each save: the meeting open then
    std::function<qint64()> row; // which row (the meeting, the activity); 0 for none
    std::function<void(const QString &)> problem;

    AutoSave *bind(QLineEdit *field, Field f, const QString &what) const;
};

} // namespace Coproduce
