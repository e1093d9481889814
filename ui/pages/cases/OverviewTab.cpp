#include "pages/cases/OverviewTab.h"

#include "common/FormErrors.h"
#include "common/FormState.h"
#include "common/PastDateEdit.h"
#include "common/UiHelpers.h"
#include "pages/cases/CaseDisplay.h"
#include "pages/cases/ReporterDialog.h"
#include "widgets/PadlockIcon.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {

const QString overviewForm = QStringLiteral("overview");
// In a draft of the overview: the row version the edit started from.
const QString rowVersionKey = QStringLiteral("@rowVersion");

QLabel* makeValueLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

OverviewTab::OverviewTab(Store& store, QWidget* parent)
    : CaseTab(store, parent)
    , m_cases(store)
    , m_catalogue(store)
    , m_codeLists(store)
    , m_fieldErrors(new FormErrors(this))
    , m_edit(new QPushButton(tr("Edit"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("overviewTab"));
    m_edit->setObjectName(QStringLiteral("editOverviewButton"));
    m_save->setObjectName(QStringLiteral("saveOverviewButton"));
    m_cancel->setObjectName(QStringLiteral("cancelOverviewButton"));

    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(buildView());
    contentLayout->addWidget(buildEditor());
    contentLayout->addWidget(buildReporterBox());
    contentLayout->addStretch(1);
    scroll->setWidget(content);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    // Only an Adviser edits the overview; others do not see the button at all.
    m_edit->setVisible(isAdviser());
    m_save->setDefault(true);
    connect(m_edit, &QPushButton::clicked, this, &OverviewTab::startEditing);
    connect(m_save, &QPushButton::clicked, this, &OverviewTab::save);
    connect(m_cancel, &QPushButton::clicked, this, &OverviewTab::cancel);
    showView();
}

QWidget* OverviewTab::buildView() {
    auto* view = m_view = new QWidget(this);
    m_received = makeValueLabel(view);
    m_channel = makeValueLabel(view);
    m_theme = makeValueLabel(view);
    m_block = makeValueLabel(view);
    m_violationType = makeValueLabel(view);
    m_description = makeValueLabel(view);
    m_investigation = makeValueLabel(view);
    m_verdict = makeValueLabel(view);
    m_measure = makeValueLabel(view);
    m_lessons = makeValueLabel(view);
    m_description->setObjectName(QStringLiteral("descriptionLabel"));
    m_investigation->setObjectName(QStringLiteral("investigationLabel"));
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_measure->setObjectName(QStringLiteral("measureLabel"));
    m_lessons->setObjectName(QStringLiteral("lessonsLabel"));

    m_form = new QGridLayout(view);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setColumnStretch(1, 1);
    int row = 0;
    const auto addRow = [&](const QString& name, QLabel* value) {
        auto* label = new QLabel(name, view);
        m_form->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        m_form->addWidget(value, row, 1);
        m_rowLabels.insert(value, label);
        ++row;
    };
    addRow(tr("Received:"), m_received);
    addRow(tr("Channel:"), m_channel);
    addRow(tr("Theme:"), m_theme);
    addRow(tr("Building block:"), m_block);
    addRow(tr("Violation type:"), m_violationType);
    addRow(tr("Description:"), m_description);
    addRow(tr("Investigation:"), m_investigation);
    addRow(tr("Decision:"), m_verdict);
    addRow(tr("Measure:"), m_measure);
    addRow(tr("Lessons learned:"), m_lessons);
    return view;
}

QWidget* OverviewTab::buildEditor() {
    auto* editor = m_editor = new QWidget(this);
    m_titleEdit = new QLineEdit(editor);
    m_receivedEdit = new QDateEdit(editor);
    m_channelEdit = new QComboBox(editor);
    m_blockEdit = new QComboBox(editor);
    m_violationTypeEdit = new QComboBox(editor);
    m_descriptionEdit = new QPlainTextEdit(editor);
    m_editError = makeErrorLabel(editor);
    m_titleEdit->setObjectName(QStringLiteral("titleEdit"));
    m_receivedEdit->setObjectName(QStringLiteral("receivedEdit"));
    m_channelEdit->setObjectName(QStringLiteral("channelCombo"));
    m_blockEdit->setObjectName(QStringLiteral("buildingBlockCombo"));
    m_violationTypeEdit->setObjectName(QStringLiteral("violationTypeCombo"));
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));

    allowPastDatesOnly(m_receivedEdit);
    m_titleEdit->setPlaceholderText(tr("A short neutral label, never a name"));
    for (const Channel channel : CaseTerms::channels())
        m_channelEdit->addItem(CaseTerms::name(channel), static_cast<int>(channel));
    m_descriptionEdit->setTabChangesFocus(true);

    auto* form = makeFormLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    FormErrors& fields = *m_fieldErrors;
    form->addRow(tr("Title:"), fields.wrap(m_titleEdit, QStringLiteral("title")));
    form->addRow(tr("Received:"), fields.wrap(m_receivedEdit, QStringLiteral("receivedOn")));
    form->addRow(tr("Channel:"), m_channelEdit);
    form->addRow(tr("Building block:"), fields.wrap(m_blockEdit, QStringLiteral("buildingBlock")));
    form->addRow(tr("Violation type:"),
                 fields.wrap(m_violationTypeEdit, QStringLiteral("violationType")));
    form->addRow(tr("Description:"), fields.wrap(m_descriptionEdit, QStringLiteral("description")));
    form->addRow(m_editError);
    fields.setValidator([this] {
        return m_editing ? CaseService::validateOverview(edited(), Deadlines::today())
                         : FieldErrors();
    });
    return editor;
}

QGroupBox* OverviewTab::buildReporterBox() {
    m_reporterBox = new QGroupBox(tr("Reporter"), this);
    m_reporterBox->setObjectName(QStringLiteral("reporterBox"));
    m_reporterText = makeValueLabel(m_reporterBox);
    m_reporterText->setObjectName(QStringLiteral("reporterLabel"));
    auto* padlock = new PadlockIcon(m_reporterBox);
    padlock->setFixedSize(20, 20);
    auto* protectedNote =
        new QLabel(tr("Protected: shown only to advisers and to the working-group "
                      "members assigned to this case; never in lists, exports "
                      "or reports."),
                   m_reporterBox);
    protectedNote->setObjectName(QStringLiteral("reporterProtectedLabel"));
    protectedNote->setWordWrap(true);
    protectedNote->setForegroundRole(QPalette::PlaceholderText);
    m_editReporter = new QPushButton(tr("Edit reporter…"), m_reporterBox);
    m_editReporter->setObjectName(QStringLiteral("editReporterButton"));
    m_editReporter->setVisible(isAdviser());

    auto* marker = new QHBoxLayout;
    marker->addWidget(padlock, 0, Qt::AlignTop);
    marker->addWidget(protectedNote, 1);
    auto* layout = new QVBoxLayout(m_reporterBox);
    layout->addWidget(m_reporterText);
    layout->addLayout(marker);
    layout->addWidget(m_editReporter, 0, Qt::AlignRight);
    connect(m_editReporter, &QPushButton::clicked, this, &OverviewTab::editReporter);
    return m_reporterBox;
}

void OverviewTab::reload() {
    const auto themes = m_catalogue.themes();
    const auto blocks = m_catalogue.blocks();
    const auto violationTypes = m_codeLists.entries(CodeLists::List::ViolationType);
    const auto measures = m_codeLists.entries(CodeLists::List::Measure);
    if (loaded(themes) && loaded(blocks) && loaded(violationTypes) && loaded(measures)) {
        m_themes = themes.value();
        m_blocks = blocks.value();
        m_violationTypes = violationTypes.value();
        m_measures = measures.value();
    }

    const CaseRecord& shown = record();
    m_received->setText(CaseDisplay::date(shown.receivedOn));
    m_channel->setText(CaseTerms::name(shown.channel));
    m_theme->setText(themeText(shown.buildingBlockId));
    m_block->setText(blockText(shown.buildingBlockId));
    const QString violationType = CaseDisplay::entryName(m_violationTypes, shown.violationTypeId);
    m_violationType->setText(violationType.isEmpty() ? tr("Not classified") : violationType);
    m_description->setText(shown.description);
    m_investigation->setText(
        shown.investigationKind ? CaseWorkflow::kindName(*shown.investigationKind) : QString());
    m_verdict->setText(shown.verdict ? CaseWorkflow::verdictName(*shown.verdict) : QString());
    const bool measureDetermined = shown.state >= CaseState::MeasureDetermined;
    m_measure->setText(shown.measureId ? CaseDisplay::entryName(m_measures, shown.measureId)
                                       : tr("No measure"));
    m_lessons->setText(shown.lessonsLearned);
    setRowShown(m_investigation, shown.investigationKind.has_value());
    setRowShown(m_verdict, shown.verdict.has_value());
    setRowShown(m_measure, shown.measureId.has_value() || measureDetermined);
    setRowShown(m_lessons, !shown.lessonsLearned.isEmpty());
    showReporter();

    // An edit in progress survives a reload of the same case (another tab saved); its row
    // version stays the one it started from, so saving tells the user when the case changed in
    // between. Another case opened in the widget ends the edit: it must not be saved onto it.
    if (m_editing && m_editing->id != shown.id)
        m_editing.reset();
    if (!m_editing)
        showView();
}

QString OverviewTab::blockText(std::optional<qint64> blockId) const {
    for (const BuildingBlock& block : m_blocks) {
        if (blockId && block.id == *blockId) {
            const QString text = QStringLiteral("%1  %2").arg(block.code(), block.name);
            return block.retired ? tr("%1 (retired)").arg(text) : text;
        }
    }
    return tr("Not classified");
}

QString OverviewTab::themeText(std::optional<qint64> blockId) const {
    for (const BuildingBlock& block : m_blocks) {
        if (!blockId || block.id != *blockId)
            continue;
        for (const Theme& theme : m_themes) {
            if (theme.id == block.themeId)
                return QStringLiteral("%1. %2").arg(theme.number).arg(theme.name);
        }
    }
    return tr("Not classified");
}

void OverviewTab::showReporter() {
    const auto reporter = m_cases.reporter(record().id);
    // Whoever may not see the identity does not see the block at all.
    m_reporterBox->setVisible(reporter.ok());
    if (!reporter)
        return;
    if (record().anonymous) {
        m_reporterText->setText(tr("Anonymous report"));
        return;
    }
    const CaseReporter& identity = reporter.value();
    QStringList lines;
    lines << (identity.name.isEmpty() ? tr("No name recorded") : identity.name);
    if (!identity.contact.isEmpty())
        lines << identity.contact;
    m_reporterText->setText(lines.join(QLatin1Char('\n')));
}

void OverviewTab::setRowShown(QWidget* value, bool shown) {
    value->setVisible(shown);
    m_rowLabels.value(value)->setVisible(shown);
}

void OverviewTab::showView() {
    m_editor->setVisible(false);
    m_view->setVisible(true);
    m_edit->setVisible(isAdviser());
    m_save->setVisible(false);
    m_cancel->setVisible(false);
}

void OverviewTab::fillBlocks(std::optional<qint64> selected) {
    m_blockEdit->clear();
    m_blockEdit->addItem(tr("Not classified"));
    for (const BuildingBlock& block : std::as_const(m_blocks)) {
        const bool isSelected = selected && block.id == *selected;
        if (block.retired && !isSelected)
            continue;
        m_blockEdit->addItem(blockText(block.id), block.id);
        if (isSelected)
            m_blockEdit->setCurrentIndex(m_blockEdit->count() - 1);
    }
}

void OverviewTab::fillViolationTypes(std::optional<qint64> selected) {
    m_violationTypeEdit->clear();
    m_violationTypeEdit->addItem(tr("Not classified"));
    for (const CodeListEntry& entry : std::as_const(m_violationTypes)) {
        const bool isSelected = selected && entry.id == *selected;
        if (entry.retired && !isSelected)
            continue;
        m_violationTypeEdit->addItem(CaseDisplay::entryName(m_violationTypes, entry.id), entry.id);
        if (isSelected)
            m_violationTypeEdit->setCurrentIndex(m_violationTypeEdit->count() - 1);
    }
}

void OverviewTab::startEditing() {
    const CaseRecord& current = record();
    m_editing = current;
    m_titleEdit->setText(current.title);
    m_receivedEdit->setDate(current.receivedOn);
    m_channelEdit->setCurrentIndex(m_channelEdit->findData(static_cast<int>(current.channel)));
    fillBlocks(current.buildingBlockId);
    fillViolationTypes(current.violationTypeId);
    m_descriptionEdit->setPlainText(current.description);
    showErrorText(m_editError, {});
    m_editorBaseline = FormState::capture(m_editor);
    m_fieldErrors->clear();
    m_view->setVisible(false);
    m_editor->setVisible(true);
    m_edit->setVisible(false);
    m_save->setVisible(true);
    m_cancel->setVisible(true);
    m_titleEdit->setFocus();
}

CaseRecord OverviewTab::edited() const {
    CaseRecord edited = m_editing.value_or(record());
    edited.title = m_titleEdit->text().trimmed();
    edited.receivedOn = m_receivedEdit->date();
    edited.channel = static_cast<Channel>(m_channelEdit->currentData().toInt());
    const QVariant block = m_blockEdit->currentData();
    edited.buildingBlockId = block.isValid() ? std::optional(block.toLongLong()) : std::nullopt;
    const QVariant type = m_violationTypeEdit->currentData();
    edited.violationTypeId = type.isValid() ? std::optional(type.toLongLong()) : std::nullopt;
    edited.description = m_descriptionEdit->toPlainText().trimmed();
    return edited;
}

bool OverviewTab::save() {
    if (!m_editing)
        return true;
    showErrorText(m_editError, {});
    if (!m_fieldErrors->check())
        return false;
    const auto updated = m_cases.updateOverview(edited());
    if (!updated) {
        if (updated.error().code == ErrorCode::StaleEdit) {
            m_editing.reset();
            showError(updated.error());
            return false;
        }
        if (!m_fieldErrors->show(updated.error()))
            showErrorText(m_editError, updated.error().message);
        return false;
    }
    m_editing.reset();
    showView();
    emit saved();
    return true;
}

void OverviewTab::cancel() {
    m_editing.reset();
    showView();
}

void OverviewTab::editReporter() {
    const auto reporter = m_cases.reporter(record().id);
    if (!loaded(reporter))
        return;
    ReporterDialog dialog(m_cases, record(), reporter.value(), this);
    runDialog(dialog, QStringLiteral("editReporter"));
}

bool OverviewTab::reopenForm(const QString& form, qint64 argument) {
    Q_UNUSED(argument)
    if (form != QLatin1String("editReporter") || !m_editReporter->isVisibleTo(this))
        return false;
    editReporter();
    return true;
}

std::optional<QString> OverviewTab::unsavedEdit() const {
    if (!m_editing || FormState::capture(m_editor) == m_editorBaseline)
        return std::nullopt;
    return tr("the overview of case %1").arg(m_editing->number);
}

std::optional<Draft> OverviewTab::unsavedEditDraft() const {
    if (!unsavedEdit())
        return std::nullopt;
    Draft draft = draftHere(overviewForm);
    draft.fields = FormState::capture(m_editor);
    draft.fields.insert(rowVersionKey, m_editing->rowVersion);
    return draft;
}

void OverviewTab::restoreDraft(const Draft& draft) {
    if (draft.form != overviewForm) {
        CaseTab::restoreDraft(draft);
        return;
    }
    if (!isAdviser())
        return;
    startEditing();
    // Saving compares with the version the draft started from: a case saved by someone else
    // meanwhile gets the usual stale-edit message instead of being overwritten.
    m_editing->rowVersion = draft.fields.value(rowVersionKey, m_editing->rowVersion).toLongLong();
    FormState::apply(m_editor, draft.fields);
}

} // namespace infopunt::ui
