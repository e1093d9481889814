#pragma once

#include <QSqlDriver>
#include <QSqlResult>

struct sqlite3;

namespace infopunt {

// Our Qt SQL driver over the SQLCipher C API, written on Qt's public QSqlDriver/QSqlResult API.
// The rest of the code speaks QSqlQuery. Register it with registerSqlCipherDriver() and open
// connections with QSqlDatabase::addDatabase(sqlCipherDriverName(), name).
//
// Connect options (QSqlDatabase::setConnectOptions, separated by ';'):
//   READONLY            open the file read-only (never created)
//   NO_CREATE           fail if the file does not exist (default creates it)
//   BUSY_TIMEOUT=<ms>   how long a statement waits for another writer's lock (default 5000)
//
// The key is given with setKey() right after open(), before any statement runs.
// QSqlError::nativeErrorCode() carries the SQLite extended result code as a decimal string.
class SqlCipherDriver : public QSqlDriver {
    Q_OBJECT
public:
    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& connOpts) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override; // BEGIN IMMEDIATE: the write lock is taken up front
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override; // the sqlite3* as a QVariant of type sqlite3*

    // Hands SQLCipher the key (sqlite3_key). `key` may be a passphrase or the raw-key literal
    // "x'<hex>'". Returns false and sets lastError() on failure.
    bool setKey(const unsigned char* key, int size);
    // Re-encrypts the file under a new key (sqlite3_rekey), in the form setKey() takes. SQLCipher
    // reports no failure here: whether it took effect is for the caller to check.
    void rekey(const unsigned char* key, int size);

    sqlite3* connection() const;

    // A batch (WriteBatch): one outer BEGIN IMMEDIATE, inside which every beginTransaction()
    // opens a SAVEPOINT, commitTransaction() releases it and rollbackTransaction() rolls back to
    // it and marks the batch failed. endBatch commits only a batch whose every inner transaction
    // was committed and whose outer transaction SQLite still holds; otherwise it rolls back.
    bool beginBatch();
    bool endBatch(bool commit);
    bool inBatch() const;
    bool batchFailed() const; // an inner transaction rolled back, or the outer one was lost

private:
    bool batchIntact(); // the outer transaction is still open; marks the batch failed if not
    struct Private;
    Private* d;
    friend class SqlCipherResult;
};

QString sqlCipherDriverName();  // "INFOPUNT_SQLCIPHER"
void registerSqlCipherDriver(); // idempotent

} // namespace infopunt
