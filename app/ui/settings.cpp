// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings.h"

#include "core/connectionspec.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>

namespace Coproduce {

using namespace Qt::StringLiterals;

Settings::Settings() = default;

QString Settings::placeKey(const QString &database, const char *what)
{
    // A hash rather than the path itself: paths contain "/" and other characters QSettings treats specially.
    const QByteArray path = QFileInfo(database).absoluteFilePath().toUtf8();
    return u"place/"_s + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex())
        + u"/"_s + QString::fromLatin1(what);
}

QByteArray Settings::geometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

void Settings::setGeometry(const QByteArray &geometry)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(u"window/state"_s).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(u"window/state"_s, state);
}

int Settings::page(const QString &database) const
{
    return std::clamp(m_settings.value(placeKey(database, "page"), 0).toInt(), 0, 2);
}

void Settings::setPage(const QString &database, int page)
{
    m_settings.setValue(placeKey(database, "page"), page);
}

qint64 Settings::meeting(const QString &database) const
{
    return m_settings.value(placeKey(database, "meeting"), 0).toLongLong();
}

void Settings::setMeeting(const QString &database, qint64 meetingId)
{
    m_settings.setValue(placeKey(database, "meeting"), meetingId);
}

QString Settings::charter(const QString &database) const
{
    return m_settings.value(placeKey(database, "charter")).toString();
}

void Settings::setCharter(const QString &database, const QString &charterId)
{
    m_settings.setValue(placeKey(database, "charter"), charterId);
}

int Settings::zoom() const
{
    return std::clamp(m_settings.value(u"view/zoom"_s, 100).toInt(), MinimumZoom, MaximumZoom);
}

void Settings::setZoom(int percent)
{
    m_settings.setValue(u"view/zoom"_s, std::clamp(percent, MinimumZoom, MaximumZoom));
}

bool Settings::highContrast() const
{
    return m_settings.value(u"view/highContrast"_s, false).toBool();
}

void Settings::setHighContrast(bool on)
{
    m_settings.setValue(u"view/highContrast"_s, on);
}

bool Settings::meetingsList() const
{
    return m_settings.value(u"view/meetingsList"_s, true).toBool();
}

void Settings::setMeetingsList(bool shown)
{
    m_settings.setValue(u"view/meetingsList"_s, shown);
}

QString Settings::database() const
{
    return m_settings.value(u"database/location"_s).toString();
}

void Settings::setDatabase(const QString &location)
{
    if (location.isEmpty())
        m_settings.remove(u"database/location"_s);
    else
        m_settings.setValue(u"database/location"_s, location);
    if (ConnectionSpec::namesServer(location))
        m_settings.setValue(u"database/lastServer"_s, location);
}

QString Settings::lastServer() const
{
    return m_settings.value(u"database/lastServer"_s).toString();
}

QString Settings::facilitatorName() const
{
    return m_settings.value(u"facilitator/name"_s).toString();
}

void Settings::setFacilitatorName(const QString &name)
{
    m_settings.setValue(u"facilitator/name"_s, name.simplified());
}

QString Settings::presentationScreen() const
{
    return m_settings.value(u"presentation/screen"_s).toString();
}

void Settings::setPresentationScreen(const QString &name)
{
    m_settings.setValue(u"presentation/screen"_s, name);
}

} // namespace Coproduce
