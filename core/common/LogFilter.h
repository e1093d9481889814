#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QtGlobal>

namespace infopunt {

// The one Qt message handler and category filter of the process (ProcessHardening installs
// them at start-up). No log line may carry record content, and Qt's own messages can quote
// anything: with every logging rule on, qt.accessibility.cache prints the text of every label
// (a reporter's name, a case title and description) and qt.gui.shortcutmap every key typed.
// So the text of a message is printed only for our own categories ("infopunt" and
// "infopunt.*", which carry fixed texts only); of any other category (Qt's, and qDebug() or
// qWarning() without one) at most the category and the level. Release builds drop debug and
// info messages whatever QT_LOGGING_RULES says, and of other categories all but fatal ones;
// the filter switches them off so that Qt does not even format them.
class LogFilter {
public:
#if defined(QT_NO_DEBUG) || defined(NDEBUG)
    static constexpr bool releaseBuild = true;
#else
    static constexpr bool releaseBuild = false;
#endif

    struct Previous {
        QtMessageHandler handler = nullptr;
        QLoggingCategory::CategoryFilter filter = nullptr;
    };
    // Installs the handler and the category filter; returns what was installed before.
    static Previous install();
    static void restore(const Previous& previous);

    // The line the handler prints for a message (ending in a newline), empty when the
    // message is dropped.
    static QByteArray line(QtMsgType type, const char* category, const QString& message);
    static bool isOwnCategory(const char* category);
};

} // namespace infopunt
