#include "SqlReplay.h"

#include "BenchTiming.h"
#include "storage/Store.h"

#if __has_include(<sqlcipher/sqlite3.h>)
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif

#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <cstring>

namespace infopunt::bench {

sqlite3* rawConnection(const Store& store, Compartment compartment) {
    const QVariant handle = store.database(compartment).driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
}

SqlCapture::SqlCapture(const Store& store) {
    for (const Compartment compartment : {Compartment::Main, Compartment::Office}) {
        if (!store.holds(compartment))
            continue;
        auto hook =
            std::make_unique<Hook>(Hook{this, compartment, rawConnection(store, compartment)});
        sqlite3_trace_v2(hook->db, SQLITE_TRACE_STMT, &SqlCapture::onTrace, hook.get());
        m_hooks.push_back(std::move(hook));
    }
}

SqlCapture::~SqlCapture() {
    for (const auto& hook : m_hooks)
        sqlite3_trace_v2(hook->db, 0, nullptr, nullptr);
}

int SqlCapture::onTrace(unsigned type, void* context, void* statement, void* text) {
    const char* unexpanded = static_cast<const char*>(text);
    if (type != SQLITE_TRACE_STMT || (unexpanded && qstrncmp(unexpanded, "--", 2) == 0))
        return 0; // a trigger's program: part of the statement that fired it
    // The full-text module's own statements on its shadow tables (our SQL never quotes a schema
    // name): part of the MATCH that ran them.
    if (unexpanded && std::strstr(unexpanded, "'main'.") != nullptr)
        return 0;
    auto* hook = static_cast<Hook*>(context);
    char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    if (expanded) {
        hook->capture->m_statements.append({hook->compartment, QByteArray(expanded)});
        sqlite3_free(expanded);
    }
    return 0;
}

std::unique_ptr<PlainCopy> PlainCopy::make(const Store& store) {
    std::unique_ptr<PlainCopy> copy(new PlainCopy);
    if (!copy->m_folder.isValid())
        return nullptr;
    for (const Compartment compartment : {Compartment::Main, Compartment::Office}) {
        if (!store.holds(compartment))
            continue;
        const QString path =
            copy->m_folder.filePath(Compartments::code(compartment) + QStringLiteral(".db"));
        // The store's connections may not create files: ATTACH opens an empty one made here.
        if (QFile empty(path); !empty.open(QIODevice::WriteOnly))
            return nullptr;
        QSqlQuery query(store.database(compartment));
        const bool exported =
            query.exec(QStringLiteral("ATTACH DATABASE '%1' AS plaintext KEY ''").arg(path)) &&
            query.exec(QStringLiteral("SELECT sqlcipher_export('plaintext')")) &&
            query.exec(QStringLiteral("DETACH DATABASE plaintext"));
        if (!exported) {
            std::fprintf(stderr, "plain copy: %s\n", query.lastError().text().toUtf8().constData());
            return nullptr;
        }
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) != SQLITE_OK)
            return nullptr;
        // The settings every store connection is given (SqlCipher::open).
        sqlite3_exec(db, "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY", nullptr,
                     nullptr, nullptr);
        copy->m_connections[compartment] = db;
    }
    return copy;
}

PlainCopy::~PlainCopy() {
    for (const auto& [compartment, db] : m_connections)
        sqlite3_close_v2(db);
}

sqlite3* PlainCopy::connection(Compartment compartment) const {
    const auto found = m_connections.find(compartment);
    return found == m_connections.end() ? nullptr : found->second;
}

double replay(const QList<CapturedStatement>& statements,
              const std::function<sqlite3*(Compartment)>& connectionOf) {
    bool ok = true;
    const double ms = milliseconds([&] {
        for (const CapturedStatement& statement : statements) {
            sqlite3* db = connectionOf(statement.compartment);
            sqlite3_stmt* prepared = nullptr;
            if (!db || sqlite3_prepare_v2(db, statement.sql.constData(), -1, &prepared, nullptr) !=
                           SQLITE_OK) {
                ok = false;
                return;
            }
            // Not replayed: the office copy's bookkeeping (writes) and transaction control.
            if (!prepared || !sqlite3_stmt_readonly(prepared) ||
                statement.sql.startsWith("SAVEPOINT") || statement.sql.startsWith("RELEASE") ||
                statement.sql.startsWith("BEGIN") || statement.sql.startsWith("COMMIT") ||
                statement.sql.startsWith("ROLLBACK")) {
                sqlite3_finalize(prepared);
                continue;
            }
            int rc = SQLITE_ROW;
            while (rc == SQLITE_ROW)
                rc = sqlite3_step(prepared);
            sqlite3_finalize(prepared);
            if (rc != SQLITE_DONE) {
                std::fprintf(stderr, "replay: %s in %.80s\n", sqlite3_errmsg(db),
                             statement.sql.constData());
                ok = false;
                return;
            }
        }
    });
    return ok ? ms : -1;
}

} // namespace infopunt::bench
