// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/access/announcer.h"

#include <QAccessibleWidget>

namespace Coproduce {

namespace {

// A notification: the role that makes Orca speak the message as it appears.
class NotificationAccessible final : public QAccessibleWidget
{
public:
    explicit NotificationAccessible(QWidget *w)
        : QAccessibleWidget(w, QAccessible::Notification)
    {
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<QLabel *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *announcerFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(Announcer::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new NotificationAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

Announcer::Announcer(QWidget *parent)
    : QLabel(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(announcerFactory);
        return true;
    }();
    Q_UNUSED(installed)
    setObjectName(QStringLiteral("announcer"));
    setTextFormat(Qt::PlainText);
    // A long message is cut at the window's edge rather than widening the window past the screen (at 200 %
    // text it did); the screen reader hears all of it, and the part that said it shows it whole.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    hide();
}

void Announcer::announce(const QString &message)
{
    setText(message);
    setVisible(false);
    setVisible(true);
}

} // namespace Coproduce
