// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionspec.h"

#include <QUrl>
#include <QUrlQuery>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// libpq's connection keywords (PostgreSQL 15), so that a path with "=" in it is still a path.
const QStringList &keywords()
{
    static const QStringList all {
        u"host"_s,
        u"hostaddr"_s,
        u"port"_s,
        u"dbname"_s,
        u"user"_s,
        u"password"_s,
        u"passfile"_s,
        u"channel_binding"_s,
        u"connect_timeout"_s,
        u"client_encoding"_s,
        u"options"_s,
        u"application_name"_s,
        u"fallback_application_name"_s,
        u"keepalives"_s,
        u"keepalives_idle"_s,
        u"keepalives_interval"_s,
        u"keepalives_count"_s,
        u"tcp_user_timeout"_s,
        u"replication"_s,
        u"gssencmode"_s,
        u"sslmode"_s,
        u"requiressl"_s,
        u"sslcompression"_s,
        u"sslcert"_s,
        u"sslkey"_s,
        u"sslpassword"_s,
        u"sslrootcert"_s,
        u"sslcrl"_s,
        u"sslcrldir"_s,
        u"sslsni"_s,
        u"requirepeer"_s,
        u"ssl_min_protocol_version"_s,
        u"ssl_max_protocol_version"_s,
        u"krbsrvname"_s,
        u"gsslib"_s,
        u"service"_s,
        u"target_session_attrs"_s,
    };
    return all;
}

bool isUri(const QString &text)
{
    return text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s);
}

} // namespace

bool ConnectionSpec::namesServer(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString first = trimmed.section(u'=', 0, 0).trimmed();
    return isUri(trimmed) || (trimmed.contains(u'=') && keywords().contains(first) && !first.contains(u'/'));
}

std::optional<ConnectionSpec> ConnectionSpec::parse(const QString &text, QString *error)
{
    ConnectionSpec spec;
    const QString trimmed = text.trimmed();
    std::optional<QList<QPair<QString, QString>>> options;
    if (isUri(trimmed))
        options = fromUri(trimmed, error);
    else if (namesServer(trimmed))
        options = fromKeywords(trimmed, error);
    else {
        spec.m_path = text;
        return spec;
    }
    if (!options)
        return std::nullopt;
    spec.m_kind = Kind::Server;
    spec.m_options = *options;
    for (const auto &[keyword, value] : std::as_const(spec.m_options)) {
        if (keyword == u"password" || keyword == u"sslpassword") {
            *error
                = tr("--database: “%1” holds a password. Leave it out: Coproduce would keep it in its list "
                     "of recent databases. Keep the password in the system's keyring, in libpq's password "
                     "file (~/.pgpass, readable by you alone), or sign in with Kerberos.")
                      .arg(spec.display());
            return std::nullopt;
        }
        if (value.contains(u';')) {
            *error = tr("--database: the value of %1 holds a “;”, which the database driver cannot pass on.")
                         .arg(keyword);
            return std::nullopt;
        }
    }
    // Another machine is reached only with its certificate checked, unless the text chose a mode itself.
    if (spec.option(u"sslmode"_s).isEmpty() && spec.option(u"service"_s).isEmpty() && !spec.isLocal())
        spec.m_options.append({ u"sslmode"_s, u"verify-full"_s });
    return spec;
}

std::optional<QList<QPair<QString, QString>>> ConnectionSpec::fromUri(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("--database: “%1” is not a PostgreSQL address: %2. Write it like "
                    "postgresql://server.example/database.")
                     .arg(text, url.errorString());
        return std::nullopt;
    }
    QList<QPair<QString, QString>> options;
    if (!url.host().isEmpty())
        options.append({ u"host"_s, url.host() });
    if (url.port() > 0)
        options.append({ u"port"_s, QString::number(url.port()) });
    if (const QString database = url.path().mid(1); !database.isEmpty())
        options.append({ u"dbname"_s, database });
    if (!url.userName().isEmpty())
        options.append({ u"user"_s, url.userName() });
    if (!url.password().isEmpty())
        options.append({ u"password"_s, url.password() });
    const QList<QPair<QString, QString>> query = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[keyword, value] : query) {
        if (!keywords().contains(keyword)) {
            *error = tr("--database: “%1” is not a setting PostgreSQL knows (in “%2”).").arg(keyword, text);
            return std::nullopt;
        }
        options.append({ keyword, value });
    }
    return options;
}

std::optional<QList<QPair<QString, QString>>> ConnectionSpec::fromKeywords(const QString &text,
                                                                           QString *error)
{
    // libpq's form: keyword = value, separated by spaces; a value in single quotes may hold spaces, with \'
    // and \\ for a quote and a backslash.
    QList<QPair<QString, QString>> options;
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpaces();
        if (i >= text.size())
            break;
        const qsizetype start = i;
        while (i < text.size() && text.at(i) != u'=' && !text.at(i).isSpace())
            ++i;
        const QString keyword = text.mid(start, i - start);
        skipSpaces();
        if (i >= text.size() || text.at(i) != u'=') {
            *error = tr("--database: “%1” needs a value (write %1=…) in “%2”.").arg(keyword, text);
            return std::nullopt;
        }
        ++i;
        skipSpaces();
        QString value;
        if (i < text.size() && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < text.size()) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed) {
                *error = tr("--database: the value of %1 opens a quote that does not close.").arg(keyword);
                return std::nullopt;
            }
        } else {
            while (i < text.size() && !text.at(i).isSpace())
                value += text.at(i++);
        }
        if (!keywords().contains(keyword)) {
            *error = tr("--database: “%1” is not a setting PostgreSQL knows (in “%2”).").arg(keyword, text);
            return std::nullopt;
        }
        options.append({ keyword, value });
    }
    return options;
}

QString ConnectionSpec::option(const QString &keyword) const
{
    for (const auto &[k, value] : m_options)
        if (k == keyword)
            return value;
    return {};
}

bool ConnectionSpec::isLocal() const
{
    const QString host = option(u"host"_s).isEmpty() ? option(u"hostaddr"_s) : option(u"host"_s);
    return host.isEmpty() || host.startsWith(u'/') || host == u"localhost" || host == u"127.0.0.1"
        || host == u"::1";
}

bool ConnectionSpec::verifiesServer() const
{
    return option(u"sslmode"_s) == u"verify-full";
}

QString ConnectionSpec::keywordString() const
{
    QStringList parts;
    for (const auto &[keyword, value] : m_options) {
        QString quoted = value;
        quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
        parts << keyword + u"='"_s + quoted + u"'"_s;
    }
    return parts.join(u' ');
}

QString ConnectionSpec::display() const
{
    if (m_kind == Kind::File)
        return m_path;
    if (!option(u"service"_s).isEmpty())
        return tr("service %1").arg(option(u"service"_s));
    const QString host = option(u"host"_s).isEmpty() ? tr("this computer") : option(u"host"_s);
    const QString database = option(u"dbname"_s);
    return database.isEmpty() ? host : tr("%1 on %2").arg(database, host);
}

} // namespace Coproduce
