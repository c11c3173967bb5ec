// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/builtincharters.h"
#include "core/connectionspec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace Coproduce::Test {

using namespace Qt::StringLiterals;

QString dataPath(const QString &relative)
{
    return QStringLiteral(COPRODUCE_TEST_DATA) + u'/' + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

QMap<QString, int> tableCounts(Database &database)
{
    QMap<QString, int> counts;
    QSqlQuery tables(database.connection());
    // The audit trail grows with every change, an undo included: tst_auditlog checks it on its own.
    if (database.isServer())
        tables.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                    "AND table_name <> 'audit_log' ORDER BY table_name"_s);
    else
        tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%' "
                    "AND name <> 'audit_log' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery count(database.connection());
        count.exec(u"SELECT count(*) FROM "_s + name);
        count.next();
        counts.insert(name, count.value(0).toInt());
    }
    return counts;
}

bool onServer()
{
    return qEnvironmentVariable("COPRODUCE_TEST_ENGINE") == u"postgres";
}

bool openEmpty(Database &database, const QString &path)
{
    if (!onServer()) {
        if (database.open(path))
            return true;
        qWarning("%s", qPrintable(database.errorString()));
        return false;
    }
    // One database for each call: a test's functions each start from nothing, as with a new file.
    static int made = 0;
    QString name = QCoreApplication::applicationName() + u'_' + QFileInfo(path).completeBaseName() + u'_'
        + QString::number(++made);
    QString error;
    const QString location = freshServerDatabase(name, &error);
    if (location.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(location, &error);
    if (!spec || !database.initServer(*spec)) {
        qWarning("%s", qPrintable(spec ? database.errorString() : error));
        return false;
    }
    return true;
}

bool openWithCharters(Database &database, const QString &path)
{
    if (!openEmpty(database, path))
        return false;
    QString error;
    if (!BuiltInCharters::install(database, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

Run coproduce(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(COPRODUCE_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("coproduce did not finish");
    const Run done { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                     QString::fromUtf8(process.readAllStandardError()) };
    // A message built with a placeholder left unfilled (Qt warns on standard error) fails whatever test ran
    // it.
    if (done.err.contains(u"QString::arg:"_s))
        QTest::qFail(qPrintable(u"coproduce %1: %2"_s.arg(arguments.join(u' '), done.err)), __FILE__,
                     __LINE__);
    return done;
}

// Runs a tool and returns what it printed; fails loudly if the tool is missing or fails.
QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QJsonObject pdfStructure(const QString &path)
{
    const QString script = QStringLiteral(COPRODUCE_PDF_READER);
    if (!QFile::exists(QFileInfo(script).dir().filePath(u"node_modules/pdfjs-dist/package.json"_s))) {
        QTest::qFail("pdf.js is not installed (scripts/run-tests installs it: npm ci in tests/tools)",
                     __FILE__, __LINE__);
        return {};
    }
    QProcess p;
    p.start(u"node"_s, { script, path });
    if (!p.waitForFinished(180000) || p.exitCode() != 0)
        qFatal("pdf.js could not read %s: %s", qPrintable(path), p.readAllStandardError().constData());
    // The JSON is the last line (pdf.js prints its warnings on standard output as it loads).
    const QByteArray out = p.readAllStandardOutput().trimmed();
    return QJsonDocument::fromJson(out.mid(out.lastIndexOf('\n') + 1)).object();
}

QStringList htmlProblems(const QStringList &paths)
{
    const QString jar = QStringLiteral(COPRODUCE_VNU_JAR);
    if (!QFile::exists(jar)) {
        QTest::qFail(
            "the W3C's checker is not installed (scripts/run-tests installs it: npm ci in tests/tools)",
            __FILE__, __LINE__);
        return { u"no checker"_s };
    }
    QProcess p;
    p.start(u"java"_s, QStringList { u"-jar"_s, jar, u"--format"_s, u"json"_s } + paths);
    if (!p.waitForFinished(180000))
        qFatal("the W3C's checker did not finish");
    // It writes its findings to standard error, and exits 1 when there are errors.
    const QJsonArray messages
        = QJsonDocument::fromJson(p.readAllStandardError()).object().value(u"messages"_s).toArray();
    QStringList problems;
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        if (m.value(u"type"_s) == u"info"_s && m.value(u"subType"_s) != u"warning"_s)
            continue;
        problems << u"%1:%2: %3"_s.arg(m.value(u"url"_s).toString())
                        .arg(m.value(u"lastLine"_s).toInt())
                        .arg(m.value(u"message"_s).toString());
    }
    return problems;
}

QString pdfText(const QString &path, int page)
{
    // -raw keeps the order things were drawn in, so the running head and the page number come out whole
    // even where a table row split across pages writes its clipped first lines under them.
    QStringList args { page > 0 ? u"-raw"_s : u"-layout"_s };
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return run(u"pdftotext"_s, args << path << u"-"_s);
}

QStringList pageBody(const QString &path, int page)
{
    QStringList lines;
    for (const QString &line : pdfText(path, page).split(u'\n', Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    if (lines.size() < 3 || !lines.last().startsWith(u"Page "_s))
        return {};
    return lines.mid(0, lines.size() - 2);
}

// Everything a reader, a search engine or a file's properties could show: text, metadata, XMP.
QString everythingIn(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix == u"pdf")
        return pdfText(path) + run(u"pdfinfo"_s, { path }) + run(u"pdfinfo"_s, { u"-meta"_s, path });
    if (suffix == u"odt")
        return run(u"unzip"_s,
                   { u"-p"_s, path, u"*.xml"_s }); // the text and metadata, not the pictures' bytes
    return QString::fromUtf8(readFile(path));
}

QSqlDatabase clusterAdmin(const QString &name, QString *error)
{
    QFile options(qEnvironmentVariable("COPRODUCE_TEST_PG"));
    if (!options.open(QIODevice::ReadOnly)) {
        *error = u"the test suite's PostgreSQL cluster is not running (COPRODUCE_TEST_PG)"_s;
        return {};
    }
    QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    admin.setConnectOptions(QString::fromUtf8(options.readAll()).trimmed() + u" dbname=postgres"_s);
    if (!admin.open())
        *error = admin.lastError().text();
    return admin;
}

QString overTcp(const QString &location, const QString &hostName, const QString &more)
{
    static const QRegularExpression host(u"host='?([^' ]+)'?"_s);
    const QString folder = host.match(location).captured(1);
    return QString(location).replace(host, u"host="_s + hostName + u" hostaddr=127.0.0.1"_s)
        + u" sslrootcert="_s + folder + u"/tls/root.crt "_s + more;
}

QString freshServerDatabase(const QString &name, QString *error)
{
    QString settings;
    {
        QSqlDatabase db = freshPostgres(name, error);
        if (db.isOpen())
            settings = db.connectOptions();
    }
    QSqlDatabase::removeDatabase(name);
    return settings;
}

QSqlDatabase freshPostgres(const QString &name, QString *error)
{
    QFile options(qEnvironmentVariable("COPRODUCE_TEST_PG"));
    if (!options.open(QIODevice::ReadOnly)) {
        *error = u"the test suite's PostgreSQL cluster is not running (COPRODUCE_TEST_PG)"_s;
        return {};
    }
    const QString settings = QString::fromUtf8(options.readAll()).trimmed();
    // PostgreSQL's names are at most 63 bytes, and the server's groups add "_facilitators" to the database's:
    // the end (a test's own number) is what tells them apart.
    const QString database
        = name.toLower().replace(QRegularExpression(u"[^a-z0-9]"_s), u"_"_s).right(48).prepend(u"t_"_s);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, name + u"-admin"_s);
        admin.setConnectOptions(settings + u" dbname=postgres"_s);
        if (!admin.open()) {
            *error = admin.lastError().text();
        } else {
            QSqlQuery(admin).exec(u"SET client_min_messages = warning"_s); // no notice of a missing one
            QSqlQuery(admin).exec(u"DROP DATABASE IF EXISTS "_s + database);
            if (QSqlQuery create(admin); !create.exec(u"CREATE DATABASE "_s + database))
                *error = create.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name + u"-admin"_s);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setConnectOptions(settings + u" dbname="_s + database);
    if (!db.open())
        *error = db.lastError().text();
    return db;
}

ProgressRequest demoYear(const QDate &to)
{
    ProgressRequest year;
    year.to = to;
    year.today = to;
    year.from = ProgressRequest::lastTwelveMonths(to, year.step);
    return year;
}

} // namespace Coproduce::Test
