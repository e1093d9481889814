#include "storage/SqliteMemory.h"

#if __has_include(<sqlcipher/sqlite3.h>)
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif

#include <cstring>
#include <sodium.h>

namespace infopunt {

namespace {

// SQLite's own allocator, which ours wraps.
sqlite3_mem_methods underlying;

void wipe(void* block) {
    if (block)
        sodium_memzero(block, static_cast<std::size_t>(underlying.xSize(block)));
}

void* allocate(int size) {
    return underlying.xMalloc(size);
}

void release(void* block) {
    wipe(block);
    underlying.xFree(block);
}

// Never the underlying realloc: it may move the block and free the old one unwiped.
void* reallocate(void* block, int size) {
    if (!block)
        return allocate(size);
    const int oldSize = underlying.xSize(block);
    if (size <= oldSize)
        return block;
    void* moved = underlying.xMalloc(size);
    if (!moved)
        return nullptr;
    std::memcpy(moved, block, static_cast<std::size_t>(oldSize));
    release(block);
    return moved;
}

int blockSize(void* block) {
    return underlying.xSize(block);
}

int roundUp(int size) {
    return underlying.xRoundup(size);
}

int initialise(void*) {
    return underlying.xInit(underlying.pAppData);
}

void shutDown(void*) {
    underlying.xShutdown(underlying.pAppData);
}

sqlite3_mem_methods wiping = {allocate, release,    reallocate, blockSize,
                              roundUp,  initialise, shutDown,   nullptr};
bool installed = false;

} // namespace

bool SqliteMemory::wipeOnFree() {
    // sqlite3_config answers SQLITE_MISUSE once SQLite is initialised.
    if (!installed)
        installed = sqlite3_config(SQLITE_CONFIG_GETMALLOC, &underlying) == SQLITE_OK &&
                    sqlite3_config(SQLITE_CONFIG_MALLOC, &wiping) == SQLITE_OK;
    return installed;
}

} // namespace infopunt
