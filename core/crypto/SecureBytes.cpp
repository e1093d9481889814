#include "crypto/SecureBytes.h"

#include <QString>
#include <cstring>
#include <new>
#include <sodium.h>

namespace infopunt {

bool initSodium() {
    return sodium_init() >= 0;
}

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size) {
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
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
    if (m_data)
        sodium_free(m_data); // zeroes the memory before freeing it
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
