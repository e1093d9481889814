#include "crypto/SecureBytes.h"

#include <QString>
#include <algorithm>
#include <cstring>
#include <iterator>
#include <mutex>
#include <new>
#include <sodium.h>
#include <vector>

namespace infopunt {

namespace {

// Secrets up to a few KiB (keys, nonces, raw-key literals, the opened facts and titles of a
// case) come from slabs of slots instead of one sodium_malloc() each: sodium_malloc maps, locks
// and guards pages per call, several system calls that made opening a few thousand cases take
// longer than decrypting them. A slab is itself one sodium_malloc() block (locked, never swapped,
// guard pages around it) of slots of one size; a freed slot is zeroed before it is handed out
// again. Larger secrets (documents) are sodium_malloc'ed on their own.
class SecretSlots {
public:
    static constexpr std::size_t classes = 6; // slots of 128, 256, ... 4096 bytes
    static constexpr std::size_t largestSlot = 128u << (classes - 1);

    static SecretSlots& instance() {
        // Never destroyed: a SecureBytes in a static object may be freed after it at exit.
        static auto* pool = new SecretSlots;
        return *pool;
    }

    // A zeroed slot of at least `size` bytes (at most largestSlot); nullptr when out of memory.
    unsigned char* take(std::size_t size) {
        const std::size_t sizeClass = classOf(size);
        const std::lock_guard<std::mutex> lock(m_mutex);
        std::vector<unsigned char*>& free = m_free[sizeClass];
        if (free.empty() && !addSlab(sizeClass))
            return nullptr;
        unsigned char* slot = free.back();
        free.pop_back();
        return slot;
    }

    // False when `data` is not a slot of this pool (it was sodium_malloc'ed on its own).
    bool give(unsigned char* data) {
        const std::lock_guard<std::mutex> lock(m_mutex);
        // The slab that starts last at or before `data` (m_slabs is sorted by start).
        const auto after = std::upper_bound(
            m_slabs.cbegin(), m_slabs.cend(), data,
            [](const unsigned char* d, const Slab& slab) { return d < slab.start; });
        if (after == m_slabs.cbegin())
            return false;
        const Slab& slab = *std::prev(after);
        if (data >= slab.start + slabSize)
            return false;
        sodium_memzero(data, slotSize(slab.sizeClass));
        m_free[slab.sizeClass].push_back(data);
        return true;
    }

private:
    static constexpr std::size_t slabSize = 64 * 1024;
    struct Slab {
        unsigned char* start;
        std::size_t sizeClass;
    };

    static constexpr std::size_t slotSize(std::size_t sizeClass) { return 128u << sizeClass; }
    static std::size_t classOf(std::size_t size) {
        std::size_t sizeClass = 0;
        while (slotSize(sizeClass) < size)
            ++sizeClass;
        return sizeClass;
    }

    SecretSlots() = default;

    bool addSlab(std::size_t sizeClass) {
        auto* start = static_cast<unsigned char*>(sodium_malloc(slabSize));
        if (!start)
            return false;
        sodium_memzero(start, slabSize);
        const Slab slab{start, sizeClass};
        m_slabs.insert(
            std::upper_bound(m_slabs.begin(), m_slabs.end(), slab,
                             [](const Slab& a, const Slab& b) { return a.start < b.start; }),
            slab);
        const std::size_t slotCount = slabSize / slotSize(sizeClass);
        for (std::size_t i = slotCount; i > 0; --i)
            m_free[sizeClass].push_back(start + (i - 1) * slotSize(sizeClass));
        return true;
    }

    std::mutex m_mutex;
    std::vector<Slab> m_slabs;
    std::vector<unsigned char*> m_free[classes];
};

} // namespace

bool initSodium() {
    return sodium_init() >= 0;
}

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size) {
    if (size == 0)
        return;
    m_data = size <= SecretSlots::largestSlot ? SecretSlots::instance().take(size)
                                              : static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, m_size);
}

SecureBytes SecureBytes::random(std::size_t size) {
    SecureBytes bytes(size);
    randombytes_buf(bytes.m_data, size);
    return bytes;
}

SecureBytes SecureBytes::fromRaw(const void* data, std::size_t size) {
    SecureBytes bytes(size);
    if (size > 0)
        std::memcpy(bytes.m_data, data, size);
    return bytes;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size) {
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
    if (this != &other) {
        wipe();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecureBytes::~SecureBytes() {
    wipe();
}

SecureBytes SecureBytes::copy() const {
    return m_size == 0 ? SecureBytes() : fromRaw(m_data, m_size);
}

void SecureBytes::wipe() {
    // Both zero the memory before it is used again.
    if (m_data && !SecretSlots::instance().give(m_data))
        sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::equals(const SecureBytes& other) const {
    return m_size == other.m_size &&
           (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

SecureBytes SecureBytes::toSqlCipherRawKeyLiteral() const {
    // x' + 2 hex digits per byte + ' ; sodium_bin2hex writes a terminating NUL as well.
    SecureBytes literal(m_size * 2 + 4);
    literal.m_data[0] = 'x';
    literal.m_data[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char*>(literal.m_data + 2), m_size * 2 + 1, m_data, m_size);
    literal.m_data[m_size * 2 + 2] = '\'';
    literal.m_size = m_size * 2 + 3; // the NUL stays allocated but is not counted
    return literal;
}

void wipeString(QString& text) {
    if (text.isDetached() && !text.isEmpty())
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

void wipeBytes(QByteArray& bytes) {
    if (bytes.isDetached() && !bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace infopunt
