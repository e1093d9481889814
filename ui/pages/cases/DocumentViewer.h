#pragma once

#include <QByteArray>
#include <QDialog>

class QPdfDocument;

namespace infopunt::ui {

// Shows a document from memory: a PDF rendered by QtPdf from a buffer, an image, or text.
// Nothing is written to disk. Which types it can show: canShow().
class DocumentViewer : public QDialog {
    Q_OBJECT
public:
    DocumentViewer(const QString& fileName, const QString& mimeType, const QByteArray& content,
                   QWidget* parent);
    ~DocumentViewer() override;

    static bool canShow(const QString& mimeType);
    static bool isPdf(const QString& mimeType);
    static bool isImage(const QString& mimeType);
    static bool isText(const QString& mimeType);

    // For tests: the PDF being shown, or null.
    QPdfDocument* pdfDocument() const { return m_pdf; }

private:
    QWidget* buildPdfView(const QByteArray& content);
    QWidget* buildImageView(const QByteArray& content);
    QWidget* buildTextView(const QByteArray& content);

    QWidget* m_pdfView = nullptr;
    QPdfDocument* m_pdf = nullptr; // owns the buffer it reads from
};

} // namespace infopunt::ui
