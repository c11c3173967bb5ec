// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QTabWidget;
class QWidget;

namespace Coproduce {

// Two tab widgets side by side that become one when their container is too narrow for both: the side
// one's pages move, with their titles, to the end of the main one, and move back when there is room.
// Nothing is squeezed until it is cut, and nothing needs a sideways scroll bar. `needed` says how wide
// the container must be for both side by side (it is asked again whenever the container resizes, so it
// can follow the text size).
class TabFold final : public QObject
{
    Q_OBJECT

public:
    // `sideHolder` is what hides when folded: the side tabs, or a pane round them.
    TabFold(QWidget *container, QTabWidget *main, QTabWidget *side, std::function<int()> needed,
            QWidget *sideHolder = nullptr);

    bool folded() const { return m_folded; }
    // Decides again (after the text size changed, say).
    void refit();

Q_SIGNALS:
    void foldedChanged(bool folded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fold(bool folded);

    QPointer<QWidget> m_container;
    QTabWidget *m_main;
    QTabWidget *m_side;
    QWidget *m_sideHolder;
    std::function<int()> m_needed;
    QList<QWidget *> m_pages; // the side's pages, in their order
    QStringList m_titles;
    bool m_folded = false;
    bool m_busy = false;
};

} // namespace Coproduce
