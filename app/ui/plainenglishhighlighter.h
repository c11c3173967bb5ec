// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textcheck.h"

#include <QSyntaxHighlighter>

namespace Coproduce {

// Marks hard words, office words, long sentences and easy-read slips in a text document as it is typed.
// QSyntaxHighlighter checks only the paragraph that changed, so a long note stays smooth. Each paragraph
// keeps its findings for tooltips and the fix key.
class PlainEnglishHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    PlainEnglishHighlighter(QTextDocument *document, TextCheck::Mode mode);

    TextCheck::Mode mode() const { return m_mode; }
    // The findings of one paragraph, positions within it.
    static QList<Finding> findings(const QTextBlock &block);
    // The look of each kind of finding: an underline, each kind its own style, so colour is not the only
    // sign.
    static QTextCharFormat format(Finding::Kind kind);

protected:
    void highlightBlock(const QString &text) override;

private:
    TextCheck::Mode m_mode;
};

} // namespace Coproduce
