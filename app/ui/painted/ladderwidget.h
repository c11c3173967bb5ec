// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/painted/ladderlayout.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

namespace Coproduce {

// The ladder of co-production, painted: seven rungs (lowest at the bottom) in their three groups, with a
// chip on the rung each point of view chose. One perspective at a time is being rated: click a rung, or
// use the keyboard (Up/Down or 1–7 to choose a rung, Left/Right to change perspective, Delete to clear).
// The widget only asks for changes (ratingRequested); whoever owns the data applies them and calls
// setRatings(), so every change can go through the undo stack.
class LadderWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit LadderWidget(QWidget *parent = nullptr);

    void setRatings(const QMap<QString, QString> &ratings); // perspective (role id) -> rung id
    QMap<QString, QString> ratings() const { return m_ratings; }
    void setPerspectives(const QStringList &roles);
    QStringList perspectives() const { return m_perspectives; }
    void setCurrentPerspective(const QString &role);
    QString currentPerspective() const;
    // The chosen rung of the view being set, 0 (lowest) to 6; -1 when not rated.
    int currentLevel() const;
    // Asks for the view being set to sit on rung `level` (0 to 6), as a click there would.
    void chooseLevel(int level);
    // Larger type and 44 px targets, for the projector.
    void setPresentation(bool presentation);
    // Whether the widget draws the divergence warning itself (the editor shows it in a label instead).
    void setShowsDivergence(bool shows);

    // How many rungs apart the furthest views are (0 with fewer than two views).
    static int spread(const QMap<QString, QString> &ratings);
    // A plain sentence when views differ by two rungs or more, else empty.
    QString divergenceText() const { return m_divergence; }
    QRect rungRect(int level) const;
    // Where everything goes at `width` (and `height`, 0 for as short as the words allow).
    LadderLayout layoutFor(int width, int height) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void ratingRequested(const QString &perspective, const QString &rung); // an empty rung clears it
    void currentPerspectiveChanged(const QString &perspective);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int levelAt(const QPoint &pos) const;
    LadderLayout currentLayout() const;
    void requestLevel(int level);
    void updateAccessibleText();
    QString describeDivergence() const;

    QMap<QString, QString> m_ratings;
    QString m_divergence; // derived from m_ratings in setRatings()
    QStringList m_perspectives;
    int m_current = 0;
    bool m_presentation = false;
    bool m_showsDivergence = true;
};

} // namespace Coproduce
