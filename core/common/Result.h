#pragma once

#include <QList>
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace infopunt {

// What kind of expected failure happened. The UI may pick a different presentation per kind
// (for example a delay after WrongPassphrase); the message is always shown as is.
enum class ErrorCode {
    WrongPassphrase,
    NotAStore,
    Damaged,     // HMAC failure, truncated or otherwise unreadable file
    KeysChanged, // the store's keys were rotated since this session signed in: sign in again
    NewerSchema, // made by a newer Infopunt
    Busy,        // another workstation holds the write lock
    ReadOnly,    // the file or disk cannot be written
    DiskFull,
    StaleEdit,    // the record changed since it was loaded
    InvalidInput, // a field the user filled in is not acceptable
    NotPermitted, // the signed-in role may not do this
    NotFound,
    Io,
    Internal,
};

// One problem with one input field of a form, as a form's validate function reports it.
struct FieldError {
    QString field;   // the core's name of the field, e.g. "title"
    QString message; // translated, complete sentence(s)
};
using FieldErrors = QList<FieldError>;

// An expected failure: a value with a translated message the user can read.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message; // translated, complete sentence(s)
    QString field;   // optional: which input field the message belongs to
    // A form checked as a whole: every field problem at once (message and field above are the
    // first of them), so a form can show each at its field.
    FieldErrors fieldErrors;
};

// Either a value or an Error. Use Result<void> for operations without a value.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    // By value: a temporary Result (f().value() in a range-for) must not hand out a dangling
    // reference.
    T value() && { return std::get<0>(std::move(m_data)); }
    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

// Success or the error of `result`, its value dropped: for steps whose value the caller does not
// need.
template <typename T> Result<void> withoutValue(const Result<T>& result) {
    if (!result)
        return result.error();
    return {};
}

inline Error makeError(ErrorCode code, QString message, QString field = {}) {
    return Error{code, std::move(message), std::move(field), {}};
}

// Adds the problem of a failed single check (its message, at its field) to `errors`.
inline void addFieldError(FieldErrors& errors, const Result<void>& check) {
    if (!check)
        errors.append({check.error().field, check.error().message});
}

// A form's problems as one InvalidInput Error carrying all of them; success when there are none.
inline Result<void> checkFields(const FieldErrors& errors) {
    if (errors.isEmpty())
        return {};
    Error error = makeError(ErrorCode::InvalidInput, errors.first().message, errors.first().field);
    error.fieldErrors = errors;
    return error;
}

} // namespace infopunt
