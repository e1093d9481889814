#include "pages/cases/DocumentViewer.h"

#include "common/UiHelpers.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QMimeDatabase>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace infopunt::ui {

DocumentViewer::DocumentViewer(const QString& fileName, const QString& mimeType,
                               const QByteArray& content, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("documentViewer"));
    setWindowTitle(fileName);
    QWidget* view = nullptr;
    if (isPdf(mimeType))
        view = buildPdfView(content);
    else if (isImage(mimeType))
        view = buildImageView(content);
    else
        view = buildTextView(content);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = makeDialogLayout(this);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 700);
}

bool DocumentViewer::canShow(const QString& mimeType) {
    return isPdf(mimeType) || isImage(mimeType) || isText(mimeType);
}

bool DocumentViewer::isPdf(const QString& mimeType) {
    return QMimeDatabase().mimeTypeForName(mimeType).inherits(QStringLiteral("application/pdf"));
}

bool DocumentViewer::isImage(const QString& mimeType) {
    return QImageReader::supportedMimeTypes().contains(mimeType.toLatin1());
}

bool DocumentViewer::isText(const QString& mimeType) {
    return QMimeDatabase().mimeTypeForName(mimeType).inherits(QStringLiteral("text/plain"));
}

// Children would be deleted in the order they were made: the buffer before the document that
// reads it, the document before the view that renders it. Taken apart the other way round.
DocumentViewer::~DocumentViewer() {
    delete m_pdfView;
    delete m_pdf;
}

QWidget* DocumentViewer::buildPdfView(const QByteArray& content) {
    // The document reads from a buffer in memory; it is never written to a file.
    m_pdf = new QPdfDocument(this);
    auto* buffer = new QBuffer(m_pdf);
    buffer->setData(content);
    buffer->open(QIODevice::ReadOnly);
    m_pdf->load(buffer);
    auto* view = new QPdfView(this);
    m_pdfView = view;
    view->setObjectName(QStringLiteral("pdfView"));
    view->setPageMode(QPdfView::PageMode::MultiPage);
    view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    view->setDocument(m_pdf);
    return view;
}

QWidget* DocumentViewer::buildImageView(const QByteArray& content) {
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("imageView"));
    label->setAlignment(Qt::AlignCenter);
    const QImage image = QImage::fromData(content);
    if (image.isNull())
        label->setText(tr("This image cannot be shown: its content is damaged or of an unknown "
                          "kind. Export a copy to open it in another program."));
    else
        label->setPixmap(QPixmap::fromImage(image));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(label);
    scroll->setWidgetResizable(true);
    return scroll;
}

QWidget* DocumentViewer::buildTextView(const QByteArray& content) {
    auto* text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("textView"));
    text->setReadOnly(true);
    // UTF-8 unless a byte-order mark says otherwise.
    auto decoder =
        QStringDecoder(QStringDecoder::encodingForData(content).value_or(QStringDecoder::Utf8));
    text->setPlainText(decoder.decode(content));
    return text;
}

} // namespace infopunt::ui
