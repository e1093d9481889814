#pragma once

#include <QByteArray>
#include <cstddef>

namespace infopunt {

// A byte buffer for key material: in memory from sodium_malloc (locked pages, never swapped,
// guard pages around it; up to 128 bytes as a slot of a larger such block), wiped with
// sodium_memzero and freed when it goes away. Move-only so that a key
// exists once; copy() makes an explicit second copy where a worker thread needs one.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    static SecureBytes random(std::size_t size);
    static SecureBytes fromRaw(const void* data, std::size_t size);

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    ~SecureBytes();

    SecureBytes copy() const;
    void wipe(); // zero and free now

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool equals(const SecureBytes& other) const; // constant time

    // SQLCipher's raw-key literal "x'<64 hex>'", itself in secure memory.
    SecureBytes toSqlCipherRawKeyLiteral() const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Call once before any other crypto; returns false if libsodium cannot initialise.
bool initSodium();

// Best-effort wipe of a QString/QByteArray's characters (passphrases typed by the user).
void wipeString(QString& text);
void wipeBytes(QByteArray& bytes);

} // namespace infopunt
