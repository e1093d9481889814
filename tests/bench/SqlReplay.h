#pragma once

#include "storage/Keyring.h"

#include <QByteArray>
#include <QList>
#include <QTemporaryDir>
#include <functional>
#include <map>
#include <memory>

struct sqlite3;

namespace infopunt {
class Store;
}

namespace infopunt::bench {

// One statement as SQLite ran it, with its values bound in (sqlite3_expanded_sql).
struct CapturedStatement {
    Compartment compartment = Compartment::Main;
    QByteArray sql;
};

// While it lives, records every statement the store's connections run (SQLite's trace hook), so
// that the same SQL can be timed on raw connections: the encrypted files and a plain copy. The
// store has no way to be opened without a key, so this is how the encrypted/plain ratio measures
// exactly what CaseQuery runs, whatever it runs.
class SqlCapture {
public:
    explicit SqlCapture(const Store& store);
    ~SqlCapture();
    SqlCapture(const SqlCapture&) = delete;
    SqlCapture& operator=(const SqlCapture&) = delete;

    const QList<CapturedStatement>& statements() const { return m_statements; }

private:
    struct Hook {
        SqlCapture* capture;
        Compartment compartment;
        sqlite3* db;
    };
    static int onTrace(unsigned type, void* context, void* statement, void* text);
    std::vector<std::unique_ptr<Hook>> m_hooks;
    QList<CapturedStatement> m_statements;
};

// The store's compartments exported (sqlcipher_export) into unkeyed files in a temporary folder
// that is removed with this object: a copy of invented benchmark data only.
class PlainCopy {
public:
    static std::unique_ptr<PlainCopy> make(const Store& store);
    ~PlainCopy();
    sqlite3* connection(Compartment compartment) const;

private:
    PlainCopy() = default;
    QTemporaryDir m_folder;
    std::map<Compartment, sqlite3*> m_connections;
};

// The raw connection of a store's compartment (the same one the store uses).
sqlite3* rawConnection(const Store& store, Compartment compartment);

// Runs the read-only ones of `statements` to their last row on the connections `connectionOf`
// gives; the time taken in milliseconds, or a negative value when a statement failed.
double replay(const QList<CapturedStatement>& statements,
              const std::function<sqlite3*(Compartment)>& connectionOf);

} // namespace infopunt::bench
