// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/fieldbinding.h"

#include "ui/autosave.h"
#include "ui/displayformat.h"
#include "ui/editor/meetingdocument.h"

#include <QDate>

namespace Coproduce {

AutoSave *FieldBinding::bind(QLineEdit *field, Field f, const QString &what) const
{
    const bool isDate = f == Field::MeetingDate;
    const FieldBinding self = *this;
    return new AutoSave(
        field,
        [self, f, isDate, what](const QString &before, const QString &text) {
            MeetingDocument *document = self.document();
            const qint64 row = document ? self.row() : 0;
            if (row == 0)
                return true;
            QString value = text.trimmed();
            QString expected = before.trimmed();
            if (isDate) {
                const QDate date = DisplayFormat::parseDate(value);
                if (!date.isValid()) {
                    self.problem(tr("%1: \"%2\" is not a date. Write it as %3.")
                                     .arg(what, value, DisplayFormat::dateHint()));
                    return false;
                }
                value = date.toString(Qt::ISODate);
                expected = DisplayFormat::parseDate(expected).toString(Qt::ISODate);
            }
            return document->changeValue(f, row, expected, value, what);
        },
        [self, f, isDate] {
            MeetingDocument *document = self.document();
            const qint64 row = document ? self.row() : 0;
            const QString stored = row ? document->edits().value(f, row).toString() : QString();
            return isDate ? DisplayFormat::date(stored) : stored;
        });
}

} // namespace Coproduce
