// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plainenglishhighlighter.h"

#include "ui/plainenglishassist.h"

#include <QTextBlockUserData>

namespace Coproduce {

namespace {

class BlockFindings final : public QTextBlockUserData
{
public:
    QList<Finding> findings;
};

} // namespace

PlainEnglishHighlighter::PlainEnglishHighlighter(QTextDocument *document, TextCheck::Mode mode)
    : QSyntaxHighlighter(document)
    , m_mode(mode)
{
}

QList<Finding> PlainEnglishHighlighter::findings(const QTextBlock &block)
{
    const auto *data = dynamic_cast<const BlockFindings *>(block.userData());
    return data ? data->findings : QList<Finding>();
}

QTextCharFormat PlainEnglishHighlighter::format(Finding::Kind kind)
{
    QTextCharFormat f;
    switch (kind) {
    case Finding::Kind::HardWord:
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
        break;
    case Finding::Kind::OfficeWord:
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(QColor(0x15, 0x65, 0xc0));
        break;
    case Finding::Kind::LongSentence:
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(QColor(0xa0, 0x5a, 0x00));
        break;
    case Finding::Kind::EasyRead:
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setUnderlineColor(QColor(0x6a, 0x1b, 0x9a));
        break;
    case Finding::Kind::Spelling:
        // A straight line where hard words have a wave: told apart without colour.
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(QColor(0xb0, 0x00, 0x20));
        break;
    }
    return f;
}

void PlainEnglishHighlighter::highlightBlock(const QString &text)
{
    auto *data = new BlockFindings;
    data->findings = PlainEnglishAssist::checker().check(text, m_mode);
    // Sentences first, so a hard word inside a long sentence shows its own mark.
    for (const Finding &f : std::as_const(data->findings))
        if (f.kind == Finding::Kind::LongSentence)
            setFormat(int(f.span.start), int(f.span.length), format(f.kind));
    for (const Finding &f : std::as_const(data->findings))
        if (f.kind != Finding::Kind::LongSentence)
            setFormat(int(f.span.start), int(f.span.length), format(f.kind));
    setCurrentBlockUserData(data);
}

} // namespace Coproduce
