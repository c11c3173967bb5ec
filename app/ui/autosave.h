// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QLineEdit;
class QPlainTextEdit;

namespace Coproduce {

// Saves what is typed into one text field without a Save button: shortly after typing pauses, when the
// field loses focus, and on Enter. A failed save (say, a title left empty) keeps the text on screen and
// puts the stored value back when the field is left, so what is shown is always what is stored.
class AutoSave final : public QObject
{
    Q_OBJECT

public:
    // `before` is the value the field last showed as stored; saving expects it to be unchanged.
    using Save = std::function<bool(const QString &before, const QString &text)>;
    using Load = std::function<QString()>;

    AutoSave(QLineEdit *field, Save save, Load load);
    AutoSave(QPlainTextEdit *field, Save save, Load load);

    // Shows the stored value, unless the person is part-way through typing in this field.
    void refresh();
    // Saves now anything typed and not yet saved; returns false if it could not be saved.
    bool flush();
    bool pending() const { return m_pending; }

    static constexpr int DelayMs = 400;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setup(QWidget *field);
    QString text() const;
    void setText(const QString &text);
    void edited();

    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_plain = nullptr;
    Save m_save;
    Load m_load;
    QTimer m_timer;
    bool m_pending = false;
    bool m_failed = false;
    QString m_stored; // the value last loaded or saved
};

} // namespace Coproduce
