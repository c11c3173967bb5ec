// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/tabfold.h"

#include <QApplication>
#include <QEvent>
#include <QTabWidget>

namespace Coproduce {

TabFold::TabFold(QWidget *container, QTabWidget *main, QTabWidget *side, std::function<int()> needed,
                 QWidget *sideHolder)
    : QObject(container)
    , m_container(container)
    , m_main(main)
    , m_side(side)
    , m_sideHolder(sideHolder ? sideHolder : side)
    , m_needed(std::move(needed))
{
    for (int i = 0; i < side->count(); ++i) {
        m_pages << side->widget(i);
        m_titles << side->tabText(i);
    }
    container->installEventFilter(this);
}

bool TabFold::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_container && event->type() == QEvent::Resize)
        refit();
    return QObject::eventFilter(watched, event);
}

void TabFold::refit()
{
    // Moving pages resizes things inside the container, never the container itself, so this settles.
    if (!m_container || m_busy)
        return;
    fold(m_container->width() < m_needed());
}

void TabFold::fold(bool folded)
{
    if (folded == m_folded)
        return;
    m_busy = true;
    // The page being looked at stays in view, wherever it goes, and so does the keyboard: a page with the
    // focus in it is the one shown after the move, with the focus where it was.
    QWidget *mainShown = m_main->currentWidget();
    QPointer<QWidget> focus = QApplication::focusWidget();
    QWidget *focusPage = nullptr;
    for (QWidget *page : std::as_const(m_pages))
        if (focus && page->isAncestorOf(focus))
            focusPage = page;
    QTabWidget *from = folded ? m_side : m_main;
    QTabWidget *to = folded ? m_main : m_side;
    for (int i = 0; i < m_pages.size(); ++i) {
        from->removeTab(from->indexOf(m_pages.at(i)));
        to->addTab(m_pages.at(i), m_titles.at(i));
    }
    m_sideHolder->setVisible(!folded);
    if (folded)
        m_main->setCurrentWidget(focusPage ? focusPage : mainShown);
    else if (m_pages.contains(mainShown) || focusPage)
        m_side->setCurrentWidget(focusPage ? focusPage : mainShown);
    if (focusPage && focus)
        focus->setFocus(Qt::OtherFocusReason);
    m_folded = folded;
    m_busy = false;
    Q_EMIT foldedChanged(folded);
}

} // namespace Coproduce
