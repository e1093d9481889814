#pragma once

namespace infopunt {

// The pause after a wrong passphrase: 1 s, 2 s, 4 s ... at most 30 s. It only slows a person
// guessing at this screen (the Argon2id cost is what protects the keyring file itself).
class RetryDelay {
public:
    static constexpr int firstDelayMs = 1000;
    static constexpr int maximumDelayMs = 30000;

    // Records a failed attempt and returns how long to wait before the next one.
    int registerFailure();
    // The pause after `failures` failed attempts in a row (0 for none).
    static int delayAfter(int failures);
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_failures = 0;
};

} // namespace infopunt
