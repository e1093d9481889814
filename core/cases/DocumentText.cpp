#include "cases/DocumentText.h"

#include <QBuffer>
#include <QMap>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>
#include <QXmlStreamReader>
#include <QtEndian>
#include <zlib.h>

namespace infopunt {

namespace {

// Nested multiparts and attached messages deeper than this give no text.
constexpr int maximumMessageDepth = 8;
// A ZIP entry that would inflate to more than this gives no text (a "zip bomb" costs nothing).
constexpr qint64 maximumInflatedBytes = 256LL * 1024 * 1024;

const QString docxType =
    QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

// --- e-mail -------------------------------------------------------------------------------

struct MessagePart {
    QMap<QByteArray, QByteArray> headers; // lower-case names; values unfolded
    QByteArray body;
};

// `bytes` has "\n" line endings. The headers end at the first empty line.
MessagePart parsePart(const QByteArray& bytes) {
    MessagePart part;
    QByteArray head;
    if (bytes.startsWith('\n')) {
        part.body = bytes.mid(1); // no headers
    } else if (const qsizetype headEnd = bytes.indexOf("\n\n"); headEnd >= 0) {
        head = bytes.first(headEnd);
        part.body = bytes.mid(headEnd + 2);
    } else {
        head = bytes; // headers only
    }
    QByteArray* current = nullptr; // the header a continuation line belongs to
    for (const QByteArray& line : head.split('\n')) {
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (current)
                *current += ' ' + line.trimmed();
            continue;
        }
        current = nullptr;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        if (!part.headers.contains(name)) // the first of repeated headers counts
            current = &part.headers.insert(name, line.mid(colon + 1).trimmed()).value();
    }
    return part;
}

// "text/plain; charset=utf-8" -> "text/plain"
QByteArray mainValue(const QByteArray& header) {
    return header.split(';').constFirst().trimmed().toLower();
}

// "multipart/mixed; boundary=\"b1\"" -> parameter "boundary" is "b1"
QByteArray parameter(const QByteArray& header, const QByteArray& name) {
    const QList<QByteArray> pieces = header.split(';');
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const qsizetype equals = pieces[i].indexOf('=');
        if (equals > 0 && pieces[i].first(equals).trimmed().toLower() == name) {
            QByteArray value = pieces[i].mid(equals + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Quoted-printable with "\n" line endings; in encoded header words "_" stands for a space.
QByteArray decodeQuotedPrintable(const QByteArray& in, bool underscoreIsSpace = false) {
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '=' && i + 1 < in.size() && in[i + 1] == '\n') {
            ++i; // a soft line break
            continue;
        }
        if (c == '=' && i + 2 < in.size()) {
            const int high = hexValue(in[i + 1]);
            const int low = hexValue(in[i + 2]);
            if (high >= 0 && low >= 0) {
                out += static_cast<char>(high * 16 + low);
                i += 2;
                continue;
            }
        }
        out += (underscoreIsSpace && c == '_') ? ' ' : c;
    }
    return out;
}

QString decodeCharset(const QByteArray& bytes, const QByteArray& charset) {
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid()) {
            const QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    return DocumentText::fromPlainText(bytes);
}

// RFC 2047 encoded words in a header, e.g. "=?utf-8?Q?Gesprek_met_de_melder?=".
QString decodeEncodedWords(const QByteArray& value) {
    static const QRegularExpression encodedWord(
        QStringLiteral("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?="));
    const QString text = DocumentText::fromPlainText(value);
    QString decoded;
    qsizetype last = 0;
    bool afterWord = false;
    QRegularExpressionMatchIterator it = encodedWord.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString between = text.mid(last, match.capturedStart() - last);
        if (!afterWord || !between.trimmed().isEmpty()) // space between two encoded words goes
            decoded += between;
        const QByteArray payload = match.captured(3).toLatin1();
        const bool base64 = match.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0;
        decoded += decodeCharset(base64 ? QByteArray::fromBase64(payload)
                                        : decodeQuotedPrintable(payload, true),
                                 match.captured(1).toLatin1());
        last = match.capturedEnd();
        afterWord = true;
    }
    return decoded + text.mid(last);
}

QByteArray decodeTransfer(const MessagePart& part) {
    const QByteArray encoding = part.headers.value("content-transfer-encoding").trimmed().toLower();
    if (encoding == "quoted-printable")
        return decodeQuotedPrintable(part.body);
    if (encoding == "base64")
        return QByteArray::fromBase64(part.body); // skips the line breaks
    return part.body;
}

QList<QByteArray> splitMultipart(const QByteArray& body, const QByteArray& boundary) {
    const QByteArray delimiter = "--" + boundary;
    QList<QByteArray> parts;
    QByteArray current;
    bool inPart = false;
    for (const QByteArray& line : body.split('\n')) {
        if (line.startsWith(delimiter)) {
            if (inPart)
                parts.append(current);
            current.clear();
            inPart = !line.mid(delimiter.size()).startsWith("--");
            if (!inPart)
                break; // the closing delimiter
            continue;
        }
        if (inPart)
            current += line + '\n';
    }
    return parts;
}

QString messageText(const QByteArray& bytes, int depth);

QString partText(const MessagePart& part, int depth) {
    if (depth > maximumMessageDepth)
        return {};
    const QByteArray contentType = part.headers.value("content-type", "text/plain");
    const QByteArray type = mainValue(contentType);
    if (type.startsWith("multipart/")) {
        const QByteArray boundary = parameter(contentType, "boundary");
        if (boundary.isEmpty())
            return {};
        QStringList texts;
        for (const QByteArray& piece : splitMultipart(part.body, boundary)) {
            const QString text = partText(parsePart(piece), depth + 1);
            if (text.isEmpty())
                continue;
            if (type == "multipart/alternative")
                return text; // the first readable alternative is enough
            texts.append(text);
        }
        return texts.join(QStringLiteral("\n\n"));
    }
    if (type == "message/rfc822")
        return messageText(decodeTransfer(part), depth + 1);
    if (type != "text/plain")
        return {};
    return decodeCharset(decodeTransfer(part), parameter(contentType, "charset")).trimmed();
}

QString messageText(const QByteArray& bytes, int depth) {
    const MessagePart message = parsePart(bytes);
    // The subject, not the addresses: those may name the reporter.
    const QString subject = decodeEncodedWords(message.headers.value("subject")).trimmed();
    const QString body = partText(message, depth);
    return (subject + QStringLiteral("\n\n") + body).trimmed();
}

// --- ZIP ----------------------------------------------------------------------------------

quint16 read16(const QByteArray& data, qint64 at) {
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 read32(const QByteArray& data, qint64 at) {
    return qFromLittleEndian<quint32>(data.constData() + at);
}

QByteArray inflateRaw(const QByteArray& compressed, qint64 inflatedSize) {
    QByteArray out(inflatedSize, Qt::Uninitialized);
    z_stream stream{};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) // raw deflate: no zlib header
        return {};
    const int status = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    if (status != Z_STREAM_END || static_cast<qint64>(stream.total_out) != inflatedSize)
        return {};
    return out;
}

// One file of a ZIP archive, found through the central directory (streamed archives leave the
// sizes out of the local headers). Stored and deflated entries; no ZIP64, no encryption.
QByteArray zipEntry(const QByteArray& zip, const QByteArray& wanted) {
    constexpr qint64 endRecordSize = 22;
    constexpr qint64 centralHeaderSize = 46;
    constexpr qint64 localHeaderSize = 30;
    const qint64 size = zip.size();
    qint64 end = -1; // the end record, followed by a comment of at most 64 KiB
    for (qint64 at = size - endRecordSize; at >= 0 && at >= size - endRecordSize - 0xFFFF; --at) {
        if (read32(zip, at) == 0x06054b50) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return {};
    const int entries = read16(zip, end + 10);
    qint64 at = read32(zip, end + 16);
    for (int i = 0; i < entries; ++i) {
        if (at + centralHeaderSize > size || read32(zip, at) != 0x02014b50)
            return {};
        const quint16 flags = read16(zip, at + 8);
        const quint16 method = read16(zip, at + 10);
        const qint64 compressedSize = read32(zip, at + 20);
        const qint64 inflatedSize = read32(zip, at + 24);
        const qint64 nameLength = read16(zip, at + 28);
        const qint64 localOffset = read32(zip, at + 42);
        const QByteArray name = zip.mid(at + centralHeaderSize, nameLength);
        at += centralHeaderSize + nameLength + read16(zip, at + 30) + read16(zip, at + 32);
        if (name != wanted)
            continue;
        if ((flags & 1) != 0 || localOffset + localHeaderSize > size ||
            read32(zip, localOffset) != 0x04034b50)
            return {};
        const qint64 dataStart = localOffset + localHeaderSize + read16(zip, localOffset + 26) +
                                 read16(zip, localOffset + 28);
        if (dataStart + compressedSize > size)
            return {};
        const QByteArray data = zip.mid(dataStart, compressedSize);
        if (method == 0)
            return data;
        if (method == 8 && inflatedSize <= maximumInflatedBytes)
            return inflateRaw(data, inflatedSize);
        return {};
    }
    return {};
}

} // namespace

QString DocumentText::extract(const QByteArray& bytes, const QMimeType& type) {
    // E-mail first: message/rfc822 is a kind of text/plain to the MIME database.
    if (type.inherits(QStringLiteral("message/rfc822")))
        return fromEmail(bytes);
    if (type.inherits(QStringLiteral("application/pdf")))
        return fromPdf(bytes);
    if (type.inherits(docxType))
        return fromDocx(bytes);
    if (type.inherits(QStringLiteral("text/plain")))
        return fromPlainText(bytes).trimmed();
    return {};
}

QString DocumentText::fromPlainText(const QByteArray& bytes) {
    QStringDecoder decoder(
        QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf8));
    const QString text = decoder.decode(bytes);
    return decoder.hasError() ? QString::fromLatin1(bytes) : text;
}

QString DocumentText::fromEmail(const QByteArray& bytes) {
    QByteArray normalized = bytes;
    normalized.replace("\r\n", "\n");
    return messageText(normalized, 0);
}

QString DocumentText::fromPdf(const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QPdfDocument document;
    // From a random-access device QtPdf loads synchronously: the status is final here. An
    // encrypted or damaged file ends in Error.
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready)
        return {};
    QStringList pages;
    for (int page = 0; page < document.pageCount(); ++page)
        pages.append(document.getAllText(page).text());
    document.close();
    return pages.join(QLatin1Char('\n')).trimmed();
}

QString DocumentText::fromDocx(const QByteArray& bytes) {
    const QByteArray xml = zipEntry(bytes, "word/document.xml");
    if (xml.isEmpty())
        return {};
    static const QString wordNamespace =
        QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (reader.namespaceUri() != wordNamespace)
            continue;
        if (token == QXmlStreamReader::StartElement) {
            if (reader.name() == u"t")
                text += reader.readElementText();
            else if (reader.name() == u"tab")
                text += QLatin1Char('\t');
            else if (reader.name() == u"br" || reader.name() == u"cr")
                text += QLatin1Char('\n');
        } else if (token == QXmlStreamReader::EndElement && reader.name() == u"p") {
            text += QLatin1Char('\n');
        }
    }
    return reader.hasError() ? QString() : text.trimmed();
}

} // namespace infopunt
