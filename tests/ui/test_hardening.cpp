// Hardening seen from the window: Qt's own messages about a case file reach no log line, and
// after locking no widget or item model holds the text of the case that was open.

#include "CaseFixtures.h"
#include "UiTestSupport.h"
#include "catch.h"
#include "common/LogFilter.h"
#include "pages/cases/CaseFileWidget.h"
#include "pages/cases/CasesPage.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QLoggingCategory>
#include <QMetaProperty>
#include <QMutex>
#include <QStringList>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace infopunt;
using namespace infopunt::test;

namespace {

// A store holding one case, reported by `reporter`.
struct ReportedCase {
    StoreFixture fixture;
    CaseRecord record;
    explicit ReportedCase(const QString& reporter) {
        prepareUiTest();
        NewCase report = sampleReport();
        report.reporter.name = reporter;
        record = registerCase(*fixture.store, report);
    }
};

// A case file opened and shown for a moment, as a user would look at it.
void lookAtCase(Store& store, qint64 caseId) {
    ui::CaseFileWidget widget(store, nullptr);
    widget.show();
    REQUIRE(widget.openCase(caseId));
    spin(100);
}

// Every text a widget's properties or a view's model still hold, in the whole application.
void collect(const QAbstractItemModel& model, const QModelIndex& parent, QStringList& texts) {
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            for (const int role : {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole})
                texts << model.data(index, role).toString();
            collect(model, index, texts);
        }
    }
}

QStringList textsHeld() {
    QStringList texts;
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        const QMetaObject* meta = widget->metaObject();
        for (int i = 0; i < meta->propertyCount(); ++i) {
            const QVariant value = meta->property(i).read(widget);
            if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QStringList)
                texts << value.toStringList();
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model())
            collect(*view->model(), {}, texts);
    }
    return texts;
}

#if defined(Q_OS_UNIX)
// What this process writes to stderr (fd 2) while it lives.
class StderrCapture {
public:
    StderrCapture()
        : m_saved(::dup(STDERR_FILENO)) {
        std::fflush(stderr);
        const int file =
            ::open(m_path.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(file, STDERR_FILENO);
        ::close(file);
    }
    ~StderrCapture() { finish(); }
    QByteArray finish() {
        if (m_saved >= 0) {
            std::fflush(stderr);
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
            m_saved = -1;
        }
        return readAll(m_path);
    }

private:
    TempFolder m_temp;
    QString m_path = m_temp.file(QStringLiteral("stderr.txt"));
    int m_saved;
};

// Every message Qt emits, unprinted: what the handler gets to decide about.
QMutex rawMutex;
QStringList rawMessages;
void collectRaw(QtMsgType, const QMessageLogContext&, const QString& message) {
    const QMutexLocker locker(&rawMutex);
    rawMessages << message;
}
#endif

} // namespace

#if defined(Q_OS_UNIX)
TEST_CASE("With every logging rule on, Qt's messages about a case file reach no log line",
          "[ui][hardening]") {
    const QString reporter = QStringLiteral("Reporter Hendrika Zwanenburg-Oudshoorn");
    ReportedCase reported(reporter);
    const CaseRecord& record = reported.record;
    Store& store = *reported.fixture.store;

    // Without our handler Qt does quote the case (qt.accessibility.cache names every label),
    // so this test can fail.
    QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(collectRaw);
    lookAtCase(store, record.id);
    qInstallMessageHandler(previous);
    CHECK(rawMessages.filter(reporter).size() > 0);
    CHECK(rawMessages.filter(record.title).size() > 0);

    StderrCapture capture;
    const LogFilter::Previous qtDefaults = LogFilter::install();
    QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
    lookAtCase(store, record.id);
    LogFilter::restore(qtDefaults);
    QLoggingCategory::setFilterRules(QString());
    const QByteArray printed = capture.finish();

    CHECK_FALSE(printed.contains(reporter.toUtf8()));
    CHECK_FALSE(printed.contains(record.title.toUtf8()));
    CHECK_FALSE(printed.contains(record.description.toUtf8()));
    if (LogFilter::releaseBuild)
        CHECK(printed.isEmpty()); // no debug output, and no text of Qt's warnings
}
#endif

TEST_CASE("After locking, no widget or model holds the text of the case that was open",
          "[ui][lock][hardening]") {
    const QString reporter = QStringLiteral("Reporter Geertruida van Wijngaarden");
    ReportedCase reported(reporter);
    const CaseRecord& record = reported.record;
    ui::MainWindow window(std::move(reported.fixture.store));
    window.show();
    window.showModule(Module::Cases);
    auto* cases = window.findChild<ui::CasesPage*>();
    REQUIRE(cases);
    REQUIRE(cases->openCase(record.id));
    spin(100);
    // The scan sees what the window shows.
    CHECK(textsHeld().filter(reporter).size() > 0);
    CHECK(textsHeld().filter(record.title).size() > 0);

    child<QAction>(&window, QStringLiteral("lockAction"))->trigger();
    REQUIRE(window.isLocked());
    const QStringList held = textsHeld();
    CHECK(held.filter(reporter).isEmpty());
    CHECK(held.filter(record.title).isEmpty());
    CHECK(held.filter(record.description).isEmpty());
}
