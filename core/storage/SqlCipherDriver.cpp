#include "storage/SqlCipherDriver.h"

#if __has_include(<sqlcipher/sqlite3.h>)
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTime>
#include <QVariant>
#include <algorithm>
#include <mutex>

Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)
Q_DECLARE_METATYPE(sqlite3_stmt*)

namespace infopunt {

namespace {

constexpr int defaultBusyTimeoutMs = 5000;

QString nativeCode(int code) {
    return QString::number(code);
}

QString sqliteMessage(sqlite3* db) {
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

// SQLite's type affinity rules (section 3.1 of "Datatypes In SQLite") applied to a declared
// column type, so that records report the type the column will hold.
QMetaType typeFromDeclaration(const QString& declared) {
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QMetaType::fromType<qlonglong>();
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) ||
        type.contains(QLatin1String("TEXT")))
        return QMetaType::fromType<QString>();
    if (type.isEmpty() || type.contains(QLatin1String("BLOB")))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<double>(); // REAL or NUMERIC affinity
}

// Qt 6's QVariant::isNull() is false for a null QString or QByteArray; the SQL drivers treat
// those as NULL, and so do we.
bool isSqlNull(const QVariant& value) {
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

bool onlySeparatorsOrComments(sqlite3* db, const char* tail) {
    while (*tail == ';' || *tail == ' ' || *tail == '\t' || *tail == '\r' || *tail == '\n')
        ++tail;
    if (*tail == '\0')
        return true;
    // What remains may still be only a comment: SQLite prepares that to no statement.
    sqlite3_stmt* next = nullptr;
    const char* nextTail = nullptr;
    if (sqlite3_prepare_v2(db, tail, -1, &next, &nextTail) != SQLITE_OK)
        return false;
    if (next) {
        sqlite3_finalize(next);
        return false;
    }
    return onlySeparatorsOrComments(db, nextTail);
}

} // namespace

class SqlCipherResult;

struct SqlCipherDriver::Private {
    sqlite3* db = nullptr;
    QList<SqlCipherResult*> results; // live results, whose statements close() finalizes
    // Prepared statements no result uses now, by their SQL: preparing a write on a table with
    // triggers compiles the triggers too, and the services run the same statements again and
    // again. Finalized when the connection closes.
    QHash<QByteArray, QList<sqlite3_stmt*>> idleStatements;
    int idleCount = 0;
    static constexpr int maximumIdle = 256;
    bool batch = false;
    bool batchFailed = false;
    int savepoints = 0; // inner transactions open inside the batch
};

// One statement. Rows are stepped on demand. A scrollable result keeps the rows it has
// stepped over so that fetch(i) can go back (QSqlQueryModel needs that); a forward-only
// result keeps only the current row.
class SqlCipherResult : public QSqlResult {
    Q_DECLARE_TR_FUNCTIONS(infopunt::SqlCipherResult)
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver)
        : QSqlResult(driver)
        , m_driver(const_cast<SqlCipherDriver*>(driver)) {
        m_driver->d->results.append(this);
    }

    ~SqlCipherResult() override {
        finalize();
        if (m_driver)
            m_driver->d->results.removeOne(this);
    }

    SqlCipherResult(const SqlCipherResult&) = delete;
    SqlCipherResult& operator=(const SqlCipherResult&) = delete;

    // The connection is closing or the driver is going away: drop the statement now.
    void detachFromConnection(bool driverGone) {
        finalize();
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        if (driverGone)
            m_driver = nullptr;
    }

    QVariant handle() const override { return QVariant::fromValue(m_statement); }

protected:
    bool reset(const QString& query) override { return prepare(query) && exec(); }

    bool prepare(const QString& query) override {
        const bool prepared = prepareStatement(query);
        if (!prepared)
            m_prepareError = lastError();
        return prepared;
    }

    bool exec() override {
        clearRows();
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        sqlite3* db = connection();
        if (!m_statement || !db) {
            // QSqlQuery clears the error before exec(): give back why prepare() failed.
            setLastError(m_prepareError.isValid()
                             ? m_prepareError
                             : QSqlError(tr("The query was not prepared."), {},
                                         QSqlError::StatementError, nativeCode(SQLITE_MISUSE)));
            return false;
        }
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        if (!bindAll())
            return false;

        const int totalBefore = sqlite3_total_changes(db);
        const int columns = sqlite3_column_count(m_statement);
        setSelect(columns > 0);
        // Step the first row now, so that an error (for example a page that fails its HMAC
        // check) makes exec() fail instead of looking like an empty result.
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            m_pendingRow = true;
        } else if (rc == SQLITE_DONE) {
            m_done = true;
            sqlite3_reset(m_statement);
        } else {
            setStatementError(rc, db);
            sqlite3_reset(m_statement);
            setSelect(false);
            return false;
        }
        // sqlite3_changes() keeps the count of the last INSERT/UPDATE/DELETE, so a statement
        // that changed nothing (DDL, SELECT) reports 0 instead of a stale count.
        m_rowsAffected = sqlite3_total_changes(db) == totalBefore ? 0 : sqlite3_changes(db);
        m_lastInsertId = sqlite3_last_insert_rowid(db);
        setActive(true);
        return true;
    }

    QVariant data(int column) override {
        const QList<QVariant>* row = currentRow();
        if (!row || column < 0 || column >= row->size())
            return QVariant();
        return row->at(column);
    }

    bool isNull(int column) override { return !data(column).isValid(); }

    bool fetch(int i) override {
        if (!isActive() || !isSelect() || i < 0)
            return false;
        if (i < m_firstKeptRow) // forward-only: that row is gone
            return false;
        while (fetchedRowCount() <= i) {
            if (!stepRow()) {
                setAt(QSql::AfterLastRow);
                return false;
            }
        }
        setAt(i);
        return true;
    }

    bool fetchNext() override { return fetch(at() < 0 ? 0 : at() + 1); }
    bool fetchFirst() override { return fetch(0); }

    bool fetchLast() override {
        if (!isActive() || !isSelect())
            return false;
        while (stepRow()) {
        }
        if (!lastError().isValid() && fetchedRowCount() > 0) {
            setAt(fetchedRowCount() - 1);
            return true;
        }
        setAt(QSql::AfterLastRow);
        return false;
    }

    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QSqlRecord record() const override { return m_record; }

    QVariant lastInsertId() const override {
        return isActive() && m_lastInsertId != 0 ? QVariant(m_lastInsertId) : QVariant();
    }

    void detachFromResultSet() override {
        if (m_statement)
            sqlite3_reset(m_statement); // releases the read lock of an unfinished SELECT
        clearRows();
        m_done = true;
    }

private:
    bool prepareStatement(const QString& query) {
        finalize();
        clearRows();
        m_record = QSqlRecord();
        m_prepareError = QSqlError();
        setActive(false);
        setSelect(false);
        setAt(QSql::BeforeFirstRow);
        sqlite3* db = connection();
        if (!db) {
            setLastError(QSqlError(tr("The connection is not open."), {}, QSqlError::StatementError,
                                   nativeCode(SQLITE_MISUSE)));
            return false;
        }
        QByteArray utf8 = query.toUtf8();
        if (auto cached = m_driver->d->idleStatements.find(utf8);
            cached != m_driver->d->idleStatements.end()) {
            m_statement = cached->takeLast();
            if (cached->isEmpty())
                m_driver->d->idleStatements.erase(cached);
            --m_driver->d->idleCount;
            m_statementSql = std::move(utf8);
            m_record = describeColumns();
            return true;
        }
        const char* tail = nullptr;
        const int rc =
            sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, &tail);
        if (rc != SQLITE_OK) {
            setStatementError(rc, db);
            finalize();
            return false;
        }
        if (!onlySeparatorsOrComments(db, tail)) {
            finalize();
            setLastError(QSqlError(tr("Only one statement per query is supported."), {},
                                   QSqlError::StatementError, nativeCode(SQLITE_MISUSE)));
            return false;
        }
        if (!m_statement) { // only whitespace or a comment: nothing to run
            setLastError(QSqlError(tr("The query is empty."), {}, QSqlError::StatementError,
                                   nativeCode(SQLITE_MISUSE)));
            return false;
        }
        m_statementSql = std::move(utf8);
        m_record = describeColumns();
        return true;
    }

    sqlite3* connection() const { return m_driver ? m_driver->d->db : nullptr; }

    // Done with the statement: kept for the next prepare of the same SQL while the connection
    // is open, reset and with no values bound (so it holds no lock and no data).
    void finalize() {
        if (!m_statement)
            return;
        if (connection() && m_driver->d->idleCount < SqlCipherDriver::Private::maximumIdle &&
            !m_statementSql.isEmpty()) {
            sqlite3_reset(m_statement);
            sqlite3_clear_bindings(m_statement);
            m_driver->d->idleStatements[m_statementSql].append(m_statement);
            ++m_driver->d->idleCount;
        } else {
            sqlite3_finalize(m_statement);
        }
        m_statement = nullptr;
        m_statementSql.clear();
    }

    void clearRows() {
        m_rows.clear();
        m_firstKeptRow = 0;
        m_pendingRow = false;
        m_done = false;
        m_rowsAffected = -1;
        m_lastInsertId = 0;
    }

    int fetchedRowCount() const { return m_firstKeptRow + int(m_rows.size()); }

    const QList<QVariant>* currentRow() const {
        const int index = at() - m_firstKeptRow;
        if (index < 0 || index >= m_rows.size())
            return nullptr;
        return &m_rows.at(index);
    }

    void setStatementError(int rc, sqlite3* db) {
        setLastError(QSqlError(tr("The statement failed."), sqliteMessage(db),
                               QSqlError::StatementError, nativeCode(rc)));
    }

    bool bindAll() {
        const QList<QVariant> values = boundValues();
        if (values.size() != sqlite3_bind_parameter_count(m_statement)) {
            setLastError(QSqlError(tr("The number of bound values does not match the query."), {},
                                   QSqlError::StatementError, nativeCode(SQLITE_RANGE)));
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            const int rc = bindOne(i + 1, values.at(i));
            if (rc != SQLITE_OK) {
                setStatementError(rc, connection());
                return false;
            }
        }
        return true;
    }

    int bindOne(int index, const QVariant& value) {
        if (isSqlNull(value))
            return sqlite3_bind_null(m_statement, index);
        switch (value.typeId()) {
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            if (bytes.isEmpty())
                return sqlite3_bind_zeroblob(m_statement, index, 0);
            return sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()),
                                     SQLITE_TRANSIENT);
        }
        case QMetaType::Bool:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            return sqlite3_bind_int64(m_statement, index, value.toLongLong());
        case QMetaType::Double:
        case QMetaType::Float:
            return sqlite3_bind_double(m_statement, index, value.toDouble());
        default: {
            // Text, and anything with a text form (dates and times as ISO 8601).
            const QString text = value.toString();
            return sqlite3_bind_text16(m_statement, index, text.utf16(),
                                       int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        }
        }
    }

    // Advances the statement by one row and keeps it. False at the end or on error.
    bool stepRow() {
        if (m_done || !m_statement)
            return false;
        if (m_pendingRow) {
            m_pendingRow = false; // exec() already stepped onto this row
        } else {
            const int rc = sqlite3_step(m_statement);
            if (rc != SQLITE_ROW) {
                if (rc != SQLITE_DONE)
                    setStatementError(rc, connection());
                m_done = true;
                sqlite3_reset(m_statement);
                return false;
            }
        }
        if (isForwardOnly() && !m_rows.isEmpty()) {
            m_firstKeptRow += int(m_rows.size());
            m_rows.clear();
        }
        m_rows.append(readRow());
        return true;
    }

    QList<QVariant> readRow() const {
        const int columns = sqlite3_column_count(m_statement);
        QList<QVariant> row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(m_statement, c)) {
            case SQLITE_INTEGER:
                row.append(QVariant(qlonglong(sqlite3_column_int64(m_statement, c))));
                break;
            case SQLITE_FLOAT:
                row.append(QVariant(sqlite3_column_double(m_statement, c)));
                break;
            case SQLITE_TEXT: {
                const auto* text =
                    static_cast<const char16_t*>(sqlite3_column_text16(m_statement, c));
                const int bytes = sqlite3_column_bytes16(m_statement, c);
                row.append(QVariant(QString::fromUtf16(text, bytes / int(sizeof(char16_t)))));
                break;
            }
            case SQLITE_BLOB: {
                const char* blob = static_cast<const char*>(sqlite3_column_blob(m_statement, c));
                const int bytes = sqlite3_column_bytes(m_statement, c);
                row.append(QVariant(blob ? QByteArray(blob, bytes) : QByteArray("")));
                break;
            }
            default:
                row.append(QVariant());
                break;
            }
        }
        return row;
    }

    QSqlRecord describeColumns() const {
        QSqlRecord record;
        const int columns = sqlite3_column_count(m_statement);
        for (int c = 0; c < columns; ++c) {
            const QString name = QString::fromUtf8(sqlite3_column_name(m_statement, c));
            const char* declared = sqlite3_column_decltype(m_statement, c);
            // An expression has no declared type; its values decide per row.
            const QMetaType type =
                declared ? typeFromDeclaration(QString::fromUtf8(declared)) : QMetaType();
            record.append(QSqlField(name, type));
        }
        return record;
    }

    SqlCipherDriver* m_driver;
    sqlite3_stmt* m_statement = nullptr;
    QByteArray m_statementSql; // the SQL m_statement was prepared from
    QSqlRecord m_record;
    QSqlError m_prepareError;
    QList<QList<QVariant>> m_rows; // rows m_firstKeptRow.. that are kept
    int m_firstKeptRow = 0;
    bool m_pendingRow = false; // the statement stands on a row not yet in m_rows
    bool m_done = false;
    int m_rowsAffected = -1;
    qlonglong m_lastInsertId = 0;
};

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
    , d(new Private) {}

SqlCipherDriver::~SqlCipherDriver() {
    close();
    for (SqlCipherResult* result : std::as_const(d->results))
        result->detachFromConnection(true);
    delete d;
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const {
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
        return true;
    // Named placeholders are rewritten to positional ones by QSqlResult.
    case NamedPlaceholders:
    case QuerySize:
    case BatchOperations:
    case SimpleLocking:
    case LowPrecisionNumbers:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString& db, const QString& /*user*/, const QString& /*password*/,
                           const QString& /*host*/, int /*port*/, const QString& connOpts) {
    if (isOpen())
        close();

    const QLatin1String busyTimeoutOption("BUSY_TIMEOUT=");
    bool readOnly = false;
    bool create = true;
    int busyTimeoutMs = defaultBusyTimeoutMs;
    const QStringList options = connOpts.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& raw : options) {
        const QString option = raw.trimmed();
        if (option.isEmpty())
            continue;
        if (option == QLatin1String("READONLY")) {
            readOnly = true;
        } else if (option == QLatin1String("NO_CREATE")) {
            create = false;
        } else if (option.startsWith(busyTimeoutOption)) {
            bool ok = false;
            const int value = option.mid(busyTimeoutOption.size()).toInt(&ok);
            if (!ok || value < 0) {
                setLastError(QSqlError(tr("Invalid connect option."), {},
                                       QSqlError::ConnectionError, nativeCode(SQLITE_MISUSE)));
                setOpenError(true);
                return false;
            }
            busyTimeoutMs = value;
        } else {
            setLastError(QSqlError(tr("Unknown connect option."), {}, QSqlError::ConnectionError,
                                   nativeCode(SQLITE_MISUSE)));
            setOpenError(true);
            return false;
        }
    }

    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (!readOnly && create)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(db.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(tr("The database could not be opened."), sqliteMessage(handle),
                               QSqlError::ConnectionError, nativeCode(rc)));
        sqlite3_close_v2(handle); // also frees a handle that failed to open
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, busyTimeoutMs);
    d->db = handle;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close() {
    if (!d->db)
        return;
    for (SqlCipherResult* result : std::as_const(d->results))
        result->detachFromConnection(false);
    for (const QList<sqlite3_stmt*>& statements : std::as_const(d->idleStatements)) {
        for (sqlite3_stmt* statement : statements)
            sqlite3_finalize(statement);
    }
    d->idleStatements.clear();
    d->idleCount = 0;
    sqlite3_close_v2(d->db);
    d->db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const {
    return new SqlCipherResult(this);
}

namespace {

// Runs a statement without results directly on the connection (transactions, key checks).
int execDirect(sqlite3* db, const char* sql) {
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

} // namespace

bool SqlCipherDriver::beginTransaction() {
    if (!isOpen())
        return false;
    if (d->batch && !batchIntact())
        return false;
    const int rc = execDirect(d->db, d->batch ? "SAVEPOINT batch_write" : "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(tr("The transaction could not be started."), sqliteMessage(d->db),
                               QSqlError::TransactionError, nativeCode(rc)));
        d->batchFailed = d->batch;
        return false;
    }
    if (d->batch)
        ++d->savepoints;
    return true;
}

bool SqlCipherDriver::commitTransaction() {
    if (!isOpen())
        return false;
    if (d->batch && (d->savepoints == 0 || !batchIntact())) {
        // Only endBatch commits the outer transaction.
        setLastError(QSqlError(tr("The transaction could not be committed."),
                               QStringLiteral("no inner transaction open in the batch"),
                               QSqlError::TransactionError));
        d->batchFailed = true;
        return false;
    }
    const int rc = execDirect(d->db, d->batch ? "RELEASE batch_write" : "COMMIT");
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(tr("The transaction could not be committed."), sqliteMessage(d->db),
                               QSqlError::TransactionError, nativeCode(rc)));
        d->batchFailed = d->batch;
        return false;
    }
    if (d->batch)
        --d->savepoints;
    return true;
}

bool SqlCipherDriver::rollbackTransaction() {
    if (!isOpen())
        return false;
    int rc = SQLITE_OK;
    if (!d->batch) {
        rc = execDirect(d->db, "ROLLBACK");
    } else {
        d->batchFailed = true; // whatever the inner write did is undone with the whole batch
        if (d->savepoints > 0 && batchIntact()) {
            rc = execDirect(d->db, "ROLLBACK TO batch_write");
            if (rc == SQLITE_OK)
                rc = execDirect(d->db, "RELEASE batch_write");
        }
        d->savepoints = std::max(0, d->savepoints - 1);
    }
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(tr("The transaction could not be rolled back."),
                               sqliteMessage(d->db), QSqlError::TransactionError, nativeCode(rc)));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginBatch() {
    if (!isOpen() || d->batch)
        return false;
    if (!beginTransaction())
        return false;
    d->batch = true;
    d->batchFailed = false;
    d->savepoints = 0;
    return true;
}

bool SqlCipherDriver::endBatch(bool commit) {
    if (!isOpen() || !d->batch)
        return false;
    const bool committing = commit && !d->batchFailed && d->savepoints == 0 && batchIntact();
    d->batch = false;
    d->savepoints = 0;
    // SQLite may have rolled the outer transaction back itself (a full disk, an I/O error):
    // then there is nothing left to end.
    if (sqlite3_get_autocommit(d->db))
        return false;
    if (committing && commitTransaction())
        return true;
    execDirect(d->db, "ROLLBACK");
    return false;
}

bool SqlCipherDriver::inBatch() const {
    return d->batch;
}

bool SqlCipherDriver::batchFailed() const {
    return d->batchFailed;
}

// After some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM) SQLite rolls the whole transaction
// back on its own; a statement after that would run, and commit, on its own.
bool SqlCipherDriver::batchIntact() {
    if (!sqlite3_get_autocommit(d->db))
        return true;
    d->batchFailed = true;
    setLastError(QSqlError(tr("The transaction could not be started."),
                           QStringLiteral("the batch's transaction was rolled back"),
                           QSqlError::TransactionError));
    return false;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const {
    QStringList names;
    if (!isOpen())
        return names;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("'table'");
    if (type & QSql::Views)
        kinds << QStringLiteral("'view'");
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!kinds.isEmpty() &&
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN (%1) "
                                  "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
                       .arg(kinds.join(QLatin1Char(','))))) {
        while (query.next())
            names << query.value(0).toString();
    }
    if (type & QSql::SystemTables) {
        names << QStringLiteral("sqlite_master");
        if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"))) {
            while (query.next())
                names << query.value(0).toString();
        }
    }
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const {
    QSqlRecord record;
    if (!isOpen())
        return record;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return record;
    // table_info columns: cid, name, type, notnull, dflt_value, pk
    int primaryKeyColumns = 0;
    QString integerKey;
    while (query.next()) {
        const QString name = query.value(1).toString();
        const QString declared = query.value(2).toString();
        QSqlField field(name, typeFromDeclaration(declared), tableName);
        field.setRequiredStatus(query.value(3).toInt() != 0 ? QSqlField::Required
                                                            : QSqlField::Optional);
        field.setDefaultValue(query.value(4));
        if (query.value(5).toInt() > 0) {
            ++primaryKeyColumns;
            if (declared.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                integerKey = name;
        }
        record.append(field);
    }
    // A single INTEGER PRIMARY KEY column is the rowid: SQLite fills it in.
    if (primaryKeyColumns == 1 && !integerKey.isEmpty()) {
        QSqlField key = record.field(integerKey);
        key.setAutoValue(true);
        record.replace(record.indexOf(integerKey), key);
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const {
    QSqlIndex index(tableName, tableName);
    if (!isOpen())
        return index;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return index;
    QList<QPair<int, QSqlField>> keyFields; // (position in the key, field)
    while (query.next()) {
        const int position = query.value(5).toInt();
        if (position > 0)
            keyFields.append(
                {position, QSqlField(query.value(1).toString(),
                                     typeFromDeclaration(query.value(2).toString()), tableName)});
    }
    std::sort(keyFields.begin(), keyFields.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& entry : std::as_const(keyFields))
        index.append(entry.second);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const {
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const {
    return QVariant::fromValue(d->db);
}

bool SqlCipherDriver::setKey(const unsigned char* key, int size) {
    if (!d->db) {
        setLastError(QSqlError(tr("The connection is not open."), {}, QSqlError::ConnectionError,
                               nativeCode(SQLITE_MISUSE)));
        return false;
    }
    const int rc = sqlite3_key(d->db, key, size);
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(tr("The key could not be set."), sqliteMessage(d->db),
                               QSqlError::ConnectionError, nativeCode(rc)));
        return false;
    }
    return true;
}

void SqlCipherDriver::rekey(const unsigned char* key, int size) {
    if (d->db)
        (void)sqlite3_rekey(d->db, key, size);
}

sqlite3* SqlCipherDriver::connection() const {
    return d->db;
}

QString sqlCipherDriverName() {
    return QStringLiteral("INFOPUNT_SQLCIPHER");
}

void registerSqlCipherDriver() {
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(sqlCipherDriverName(),
                                        new QSqlDriverCreator<SqlCipherDriver>);
    });
}

} // namespace infopunt
