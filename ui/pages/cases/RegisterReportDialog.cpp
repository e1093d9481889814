#include "pages/cases/RegisterReportDialog.h"

#include "cases/CaseService.h"
#include "cases/CodeLists.h"
#include "catalogue/Catalogue.h"
#include "common/BusyCursor.h"
#include "common/FormErrors.h"
#include "common/PastDateEdit.h"
#include "common/UiHelpers.h"
#include "storage/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infopunt::ui {

namespace {

enum SubjectColumn { SubjectName, SubjectFunction, SubjectOrgUnit, SubjectColumnCount };

QLabel* makeNote(const QString& text, QWidget* parent) {
    auto* note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

QString cellText(const QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

RegisterReportDialog::RegisterReportDialog(Store& store, QWidget* parent)
    : ActionDialog(parent)
    , m_store(store)
    , m_receivedOn(new QDateEdit(this))
    , m_channel(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_buildingBlock(new QComboBox(this))
    , m_violationType(new QComboBox(this))
    , m_anonymous(new QCheckBox(tr("The reporter is anonymous"), this))
    , m_reporterName(new QLineEdit(this))
    , m_reporterContact(new QLineEdit(this))
    , m_subjects(new QTableWidget(0, SubjectColumnCount, this))
    , m_addSubject(new QPushButton(tr("Add subject"), this))
    , m_removeSubject(new QPushButton(tr("Remove subject"), this)) {
    setObjectName(QStringLiteral("registerReportDialog"));
    setWindowTitle(tr("Register a report"));
    m_receivedOn->setObjectName(QStringLiteral("receivedOnEdit"));
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_buildingBlock->setObjectName(QStringLiteral("buildingBlockCombo"));
    m_violationType->setObjectName(QStringLiteral("violationTypeCombo"));
    m_anonymous->setObjectName(QStringLiteral("anonymousCheckBox"));
    m_reporterName->setObjectName(QStringLiteral("reporterNameEdit"));
    m_reporterContact->setObjectName(QStringLiteral("reporterContactEdit"));
    m_subjects->setObjectName(QStringLiteral("subjectsTable"));
    m_addSubject->setObjectName(QStringLiteral("addSubjectButton"));
    m_removeSubject->setObjectName(QStringLiteral("removeSubjectButton"));

    auto* left = new QVBoxLayout;
    left->addWidget(buildReportBox(), 1);
    left->addWidget(buildClassificationBox());
    auto* right = new QVBoxLayout;
    right->addWidget(buildReporterBox());
    right->addWidget(buildSubjectsBox(), 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    setContent(columns, tr("Register"));
    resize(960, 620);

    loadChoices();
    appendSubjectRow();
    updateReporterFields();
    fieldErrors().setValidator(
        [this] { return CaseService::validate(report(), Deadlines::today()); });
    fieldErrors().watch(m_anonymous);
    connect(m_anonymous, &QCheckBox::toggled, this, &RegisterReportDialog::updateReporterFields);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        // A report that came in anonymously has no reporter to record.
        if (m_channel->currentData().toString() == CaseTerms::code(Channel::Anonymous))
            m_anonymous->setChecked(true);
    });
    connect(m_addSubject, &QPushButton::clicked, this, &RegisterReportDialog::addSubjectRow);
    connect(m_removeSubject, &QPushButton::clicked, this, &RegisterReportDialog::removeSubjectRow);
}

QWidget* RegisterReportDialog::buildReportBox() {
    allowPastDatesOnly(m_receivedOn);
    m_receivedOn->setDate(Deadlines::today());
    for (const Channel channel : CaseTerms::channels())
        m_channel->addItem(CaseTerms::name(channel), CaseTerms::code(channel));
    m_channel->setCurrentIndex(m_channel->findData(CaseTerms::code(Channel::Adviser)));
    m_title->setPlaceholderText(tr("A short, neutral label, e.g. \"Gift from a supplier\""));
    m_title->setToolTip(tr("The title appears in lists: never put a name in it."));
    m_description->setPlaceholderText(tr("What was reported, when and where."));
    m_description->setTabChangesFocus(true);

    auto* box = new QGroupBox(tr("Report"), this);
    auto* form = makeFormLayout(box);
    form->addRow(tr("Received on:"),
                 fieldErrors().wrap(m_receivedOn, QStringLiteral("receivedOn")));
    form->addRow(tr("Channel:"), fieldErrors().wrap(m_channel, QStringLiteral("channel")));
    form->addRow(tr("Title:"), fieldErrors().wrap(m_title, QStringLiteral("title")));
    form->addRow(tr("Description:"),
                 fieldErrors().wrap(m_description, QStringLiteral("description")));
    return box;
}

QWidget* RegisterReportDialog::buildClassificationBox() {
    auto* box = new QGroupBox(tr("Classification"), this);
    auto* form = makeFormLayout(box);
    form->addRow(tr("Building block:"),
                 fieldErrors().wrap(m_buildingBlock, QStringLiteral("buildingBlock")));
    form->addRow(tr("Violation type:"),
                 fieldErrors().wrap(m_violationType, QStringLiteral("violationType")));
    return box;
}

QWidget* RegisterReportDialog::buildReporterBox() {
    auto* box = new QGroupBox(tr("Reporter"), this);
    auto* form = makeFormLayout(box);
    form->addRow(QString(), m_anonymous);
    form->addRow(tr("Name:"), fieldErrors().wrap(m_reporterName, QStringLiteral("reporterName")));
    form->addRow(tr("Contact:"),
                 fieldErrors().wrap(m_reporterContact, QStringLiteral("reporterContact")));
    m_reporterContact->setPlaceholderText(tr("Telephone number or e-mail address"));
    auto* note =
        makeNote(tr("Protected: the reporter's identity is shown only to integrity advisers and to "
                    "working-group members assigned to this case, never in lists, "
                    "exports or reports."),
                 box);
    note->setObjectName(QStringLiteral("protectedIdentityNote"));
    form->addRow(QString(), note);
    return box;
}

QWidget* RegisterReportDialog::buildSubjectsBox() {
    m_subjects->setHorizontalHeaderLabels({tr("Name"), tr("Function"), tr("Organisation unit")});
    m_subjects->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_subjects->setSelectionMode(QAbstractItemView::SingleSelection);
    applyTableStyle(m_subjects);
    m_subjects->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_subjects->setMinimumHeight(120);

    auto* box = new QGroupBox(tr("Subjects"), this);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(makeNote(
        tr("Who the report is about. Leave the list empty if that is not known yet."), box));
    layout->addWidget(fieldErrors().wrap(m_subjects, QStringLiteral("subjects")), 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addSubject);
    buttons->addWidget(m_removeSubject);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

void RegisterReportDialog::loadChoices() {
    const QString notClassified = tr("Not classified yet");

    // Building blocks under their theme; the themes are headings that cannot be chosen.
    auto* blocks = new QStandardItemModel(m_buildingBlock);
    blocks->appendRow(new QStandardItem(notClassified));
    Catalogue catalogue(m_store);
    const auto themes = catalogue.themes();
    const auto blockList = catalogue.blocks(false);
    if (!themes || !blockList) {
        showError(themes ? blockList.error() : themes.error());
    } else {
        for (const Theme& theme : themes.value()) {
            auto* heading =
                new QStandardItem(QStringLiteral("%1. %2").arg(theme.number).arg(theme.name));
            heading->setFlags(Qt::NoItemFlags);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            blocks->appendRow(heading);
            for (const BuildingBlock& block : blockList.value()) {
                if (block.themeId != theme.id)
                    continue;
                auto* item =
                    new QStandardItem(QStringLiteral("%1  %2").arg(block.code(), block.name));
                item->setData(block.id, Qt::UserRole);
                item->setToolTip(block.name);
                blocks->appendRow(item);
            }
        }
    }
    m_buildingBlock->setModel(blocks);
    m_buildingBlock->setMaxVisibleItems(20);

    m_violationType->addItem(notClassified);
    const auto types = CodeLists(m_store).entries(CodeLists::List::ViolationType, false);
    if (!types) {
        showError(types.error());
        return;
    }
    for (const CodeListEntry& type : types.value())
        m_violationType->addItem(type.name, type.id);
}

int RegisterReportDialog::appendSubjectRow() {
    const int row = m_subjects->rowCount();
    m_subjects->insertRow(row);
    for (int column = 0; column < SubjectColumnCount; ++column)
        m_subjects->setItem(row, column, new QTableWidgetItem);
    return row;
}

void RegisterReportDialog::addSubjectRow() {
    const int row = appendSubjectRow();
    m_subjects->setCurrentCell(row, SubjectName);
    m_subjects->editItem(m_subjects->item(row, SubjectName));
}

void RegisterReportDialog::removeSubjectRow() {
    const int row = m_subjects->currentRow();
    if (row >= 0)
        m_subjects->removeRow(row);
}

void RegisterReportDialog::updateReporterFields() {
    const bool named = !m_anonymous->isChecked();
    m_reporterName->setEnabled(named);
    m_reporterContact->setEnabled(named);
}

void RegisterReportDialog::startFrom(const NewCase& report) {
    m_receivedOn->setDate(report.receivedOn);
    m_channel->setCurrentIndex(m_channel->findData(CaseTerms::code(report.channel)));
    m_anonymous->setChecked(report.anonymous);
    m_reporterName->setText(report.reporter.name);
    m_reporterContact->setText(report.reporter.contact);
    m_title->setText(report.title);
    m_description->setPlainText(report.description);
    updateReporterFields();
}

NewCase RegisterReportDialog::report() const {
    NewCase report;
    report.receivedOn = m_receivedOn->date();
    if (const auto channel = CaseTerms::channelFromCode(m_channel->currentData().toString()))
        report.channel = *channel;
    report.anonymous = m_anonymous->isChecked();
    if (!report.anonymous)
        report.reporter = {m_reporterName->text().trimmed(), m_reporterContact->text().trimmed()};
    report.title = m_title->text().trimmed();
    report.description = m_description->toPlainText().trimmed();
    if (const QVariant block = m_buildingBlock->currentData(); block.isValid())
        report.buildingBlockId = block.toLongLong();
    if (const QVariant type = m_violationType->currentData(); type.isValid())
        report.violationTypeId = type.toLongLong();
    for (int row = 0; row < m_subjects->rowCount(); ++row) {
        CaseParty subject;
        subject.kind = PartyKind::Subject;
        subject.name = cellText(m_subjects, row, SubjectName);
        subject.function = cellText(m_subjects, row, SubjectFunction);
        subject.orgUnit = cellText(m_subjects, row, SubjectOrgUnit);
        // Rows left empty are not subjects.
        if (!subject.name.isEmpty() || !subject.function.isEmpty() || !subject.orgUnit.isEmpty())
            report.subjects.append(subject);
    }
    return report;
}

void RegisterReportDialog::accept() {
    // A cell still being edited is committed by moving the current cell away from it.
    m_subjects->setCurrentIndex({});
    clearError();
    if (!fieldErrors().check())
        return;
    const NewCase newCase = report();
    auto registered = [&] {
        BusyCursor busy;
        return CaseService(m_store).registerReport(newCase);
    }();
    if (!registered) {
        showError(registered.error());
        return;
    }
    m_registered = std::move(registered).value();
    QDialog::accept();
}

} // namespace infopunt::ui
