#include "pages/cases/DocumentsTab.h"

#include "common/BusyCursor.h"
#include "common/ModalDialogs.h"
#include "common/PersonCell.h"
#include "common/UiHelpers.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBox.h"
#include "pages/cases/CaseDisplay.h"
#include "pages/cases/DocumentViewer.h"
#include "pages/cases/FourEyesDialogs.h"
#include "widgets/FlowLayout.h"

#include <QHeaderView>
#include <QLabel>
#include <QMimeDatabase>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {
constexpr int documentIdRole = Qt::UserRole;
enum Column { NameColumn, TypeColumn, SizeColumn, AddedByColumn, AddedAtColumn, NoteColumn };
} // namespace

DocumentsTab::DocumentsTab(Store& store, QWidget* parent)
    : CaseTab(store, parent)
    , m_documents(store)
    , m_cases(store)
    , m_table(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_view(new QPushButton(tr("View"), this))
    , m_export(new QPushButton(tr("Export a copy…"), this))
    , m_delete(new QPushButton(tr("Request deletion…"), this)) {
    setObjectName(QStringLiteral("documentsTab"));
    m_table->setObjectName(QStringLiteral("documentsTable"));
    m_add->setObjectName(QStringLiteral("addDocumentButton"));
    m_view->setObjectName(QStringLiteral("viewDocumentButton"));
    m_export->setObjectName(QStringLiteral("exportDocumentButton"));
    m_delete->setObjectName(QStringLiteral("deleteDocumentButton"));

    m_table->setRootIsDecorated(false);
    applyTableStyle(m_table);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels(
        {tr("Name"), tr("Type"), tr("Size"), tr("Added by"), tr("Added"), tr("Note")});
    m_table->header()->setStretchLastSection(true);

    auto* note = new QLabel(tr("Documents are stored encrypted in the store and shown from "
                               "memory; they are never written to disk unless you export a copy."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    // Wraps rather than widen the case file beside the list.
    auto* buttons = new FlowLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_view);
    buttons->addWidget(m_export);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &DocumentsTab::updateButtons);
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_view->isEnabled())
            viewDocument();
    });
    connect(m_add, &QPushButton::clicked, this, &DocumentsTab::addDocument);
    connect(m_view, &QPushButton::clicked, this, &DocumentsTab::viewDocument);
    connect(m_export, &QPushButton::clicked, this, &DocumentsTab::exportCopy);
    connect(m_delete, &QPushButton::clicked, this, &DocumentsTab::requestDeletion);
    updateButtons();
}

void DocumentsTab::reload() {
    m_table->clear();
    m_list.clear();
    const auto documents = m_documents.list(record().id);
    if (loaded(documents))
        m_list = documents.value();
    const QMimeDatabase mimeTypes;
    for (const DocumentInfo& document : std::as_const(m_list)) {
        const QString type = mimeTypes.mimeTypeForName(document.mimeType).comment();
        auto* item = new QTreeWidgetItem(
            m_table, {document.fileName, type.isEmpty() ? document.mimeType : type,
                      CaseDisplay::size(document.sizeBytes), QString(),
                      CaseDisplay::moment(document.addedAt), document.note.simplified()});
        PersonCell::show(item, AddedByColumn, people(), document.addedBy);
        item->setData(NameColumn, documentIdRole, document.id);
        item->setToolTip(TypeColumn, document.mimeType);
        item->setToolTip(NoteColumn, document.note);
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (const int column : {NameColumn, TypeColumn, SizeColumn, AddedByColumn, AddedAtColumn})
        m_table->resizeColumnToContents(column);
    updateButtons();
}

std::optional<DocumentInfo> DocumentsTab::selectedDocument() const {
    const QList<QTreeWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.first()->data(NameColumn, documentIdRole).toLongLong();
    for (const DocumentInfo& document : m_list) {
        if (document.id == id)
            return document;
    }
    return std::nullopt;
}

void DocumentsTab::updateButtons() {
    const auto document = selectedDocument();
    const QString selectFirst = tr("Select a document first.");
    setEnabledWithReason(m_add, true, {},
                         tr("Add a file (at most %1); it is stored encrypted.")
                             .arg(CaseDisplay::size(CaseDocuments::maximumBytes)));
    if (!document) {
        setEnabledWithReason(m_view, false, selectFirst);
    } else {
        setEnabledWithReason(m_view, DocumentViewer::canShow(document->mimeType),
                             tr("Infopunt shows PDFs, images and text itself. Export a copy to "
                                "open this document in another program."));
    }
    setEnabledWithReason(m_export, document.has_value(), selectFirst,
                         tr("Save an unencrypted copy outside the store."));
    if (!isAdviser())
        setEnabledWithReason(m_delete, false,
                             tr("Only an integrity adviser can ask for a deletion."));
    else
        setEnabledWithReason(m_delete, document.has_value(), selectFirst,
                             tr("Deleting a document needs a second person's approval."));
}

void DocumentsTab::addDocument() {
    const QString path =
        FileDialogs::openFile(this, tr("Add a document to %1").arg(record().number));
    if (path.isEmpty())
        return;
    const auto added = [&] {
        BusyCursor busy;
        return m_documents.addFile(record().id, path);
    }();
    if (!added) {
        showError(added.error());
        return;
    }
    emit saved();
}

void DocumentsTab::viewDocument() {
    const auto document = selectedDocument();
    if (!document)
        return;
    const auto content = m_documents.content(document->id);
    if (!content) {
        showError(content.error());
        return;
    }
    DocumentViewer viewer(document->fileName, document->mimeType, content.value(), this);
    ModalDialogs::exec(viewer);
}

void DocumentsTab::exportCopy() {
    const auto document = selectedDocument();
    if (!document)
        return;
    const auto answer = MessageBox::warning(
        this, tr("Export a copy"),
        tr("The copy of “%1” is saved outside the encrypted store: it is no longer encrypted, "
           "and anyone with access to the place you save it can read it. The export is "
           "recorded in the audit log.\n\nSave an unencrypted copy?")
            .arg(document->fileName),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Save)
        return;
    const QString path = FileDialogs::saveFile(
        this, tr("Save a copy of %1").arg(document->fileName), document->fileName);
    if (path.isEmpty())
        return;
    if (const auto exported = m_documents.exportCopy(document->id, path); !exported)
        showError(exported.error());
}

void DocumentsTab::requestDeletion() {
    const auto document = selectedDocument();
    if (!document)
        return;
    DeletionRequestDialog dialog(m_cases, record().id, ApprovalAction::DeleteDocument, document->id,
                                 tr("the document “%1”").arg(document->fileName), this);
    runDialog(dialog, QStringLiteral("requestDeletion"), document->id);
}

bool DocumentsTab::reopenForm(const QString& form, qint64 argument) {
    if (form != QLatin1String("requestDeletion") ||
        !selectItemWithId(m_table, NameColumn, documentIdRole, argument))
        return false;
    requestDeletion();
    return true;
}

} // namespace infopunt::ui
