#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace infopunt::ui {

// A folder path with a "Browse…" button.
class StoreFolderField : public QWidget {
    Q_OBJECT
public:
    explicit StoreFolderField(QWidget* parent = nullptr);

    QString folder() const; // cleaned, native separators removed
    void setFolder(const QString& folder);
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void changed();

private:
    void browse();

    QLineEdit* m_edit;
    QPushButton* m_browse;
};

} // namespace infopunt::ui
