// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace Coproduce {

// Reads values out of a parsed JSON file and records every problem as "FILE: path: what was expected",
// with the path written the way the documentation writes it: activities[0].actions[1].due.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    enum Need { Optional, Required };

    static constexpr qsizetype MaxBytes = 32 * 1024 * 1024;

    explicit JsonReader(const QString &fileName);

    // Parses the whole file; a syntax error is reported with its line and column.
    std::optional<QJsonObject> parse(const QByteArray &bytes, qsizetype maxBytes = MaxBytes);

    // Records an error for every key of `object` that is not in `allowed` (a typo must not lose data).
    void allowOnly(const QJsonObject &object, const QString &path, const QStringList &allowed);
    // Checks "format": the one this version writes.
    void expectFormat(const QJsonObject &object, const QString &format);

    QString text(const QJsonObject &object, const QString &path, const QString &key, Need need);
    QString choice(const QJsonObject &object, const QString &path, const QString &key,
                   const QStringList &allowed, const QString &what, Need need,
                   const QString &fallback = QString());
    QString slug(const QJsonObject &object, const QString &path, const QString &key);
    QDate date(const QJsonObject &object, const QString &path, const QString &key, Need need);
    QTime time(const QJsonObject &object, const QString &path, const QString &key);
    int count(const QJsonObject &object, const QString &path, const QString &key);
    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key, Need need);
    // An array whose items must be objects; returns them with their paths.
    QList<QPair<QString, QJsonObject>> objects(const QJsonObject &object, const QString &path,
                                               const QString &key, Need need);
    // An optional array whose items must be non-empty texts (`what` names one); returns them with their
    // paths.
    QList<QPair<QString, QString>> texts(const QJsonObject &object, const QString &path, const QString &key,
                                         const QString &what);
    QJsonObject object(const QJsonObject &object, const QString &path, const QString &key);

    void error(const QString &path, const QString &message);
    bool ok() const { return m_errors.isEmpty(); }
    QStringList errors() const;
    QString fileName() const { return m_fileName; }

    static QString join(const QString &path, const QString &key);
    static QString item(const QString &path, qsizetype index);
    static QString quoted(const QString &text);
    static QString describe(const QJsonValue &value);

private:
    QString m_fileName;
    QStringList m_errors;
};

} // namespace Coproduce
