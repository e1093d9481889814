#pragma once

#include <QByteArray>
#include <QMimeType>
#include <QString>

namespace infopunt {

// The searchable text of a document, extracted in memory only: nothing is written to disk.
// Each function returns an empty string when it cannot read the content (damaged, encrypted or
// an unsupported variant); a document without text is still stored, just not found by words.
class DocumentText {
public:
    // Dispatches on the type: plain text and its kin, e-mail (.eml), PDF and Word (.docx).
    static QString extract(const QByteArray& bytes, const QMimeType& type);

    // UTF-8 (or UTF-16/32 with a byte order mark); anything else is read as Latin-1.
    static QString fromPlainText(const QByteArray& bytes);
    // The subject and the plain-text parts of an RFC 822 message, with quoted-printable and
    // base64 transfer encodings decoded. HTML-only messages give no text.
    static QString fromEmail(const QByteArray& bytes);
    // Every page's text, via QtPdf loading from a memory buffer.
    static QString fromPdf(const QByteArray& bytes);
    // The paragraphs of word/document.xml inside the ZIP container.
    static QString fromDocx(const QByteArray& bytes);
};

} // namespace infopunt
