#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace infopunt::ui {

// The one question asked before typed work would be thrown away (another case opened, sign
// out, closing, Esc in a dialog, locking): save, discard or cancel.
class UnsavedChanges {
    Q_DECLARE_TR_FUNCTIONS(infopunt::ui::UnsavedChanges)
public:
    enum class Answer { Save, Discard, Cancel };

    // `what` names the work, with its case number: "the overview of case 2026-005".
    static Answer ask(QWidget* parent, const QString& what);

    // Asks, then saves (`save` returns false when saving failed: its error was shown) or
    // discards. True when the caller may go on.
    static bool resolve(QWidget* parent, const QString& what, const std::function<bool()>& save,
                        const std::function<void()>& discard);
    // resolve() when there is unsaved work (`what` is set); true at once when there is none.
    static bool resolveIfAny(QWidget* parent, const std::optional<QString>& what,
                             const std::function<bool()>& save,
                             const std::function<void()>& discard);
};

} // namespace infopunt::ui
