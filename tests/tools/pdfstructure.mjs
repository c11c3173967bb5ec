// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a PDF with Mozilla's pdf.js (npm pdfjs-dist), a reader nobody here wrote, and prints as JSON what a
// screen reader is given: the title and language, whether the title is shown as the window's, the
// bookmarks, and each page's structure tree with the text of every marked piece in it (the running head
// and page numbers, being artifacts, are in no element).
// Usage: node pdfstructure.mjs FILE.pdf
import { readFileSync } from 'node:fs';
import { getDocument } from './node_modules/pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const pdf = await getDocument({ data, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
const { info } = await pdf.getMetadata();
const preferences = (await pdf.getViewerPreferences()) || {};
const markInfo = (await pdf.getMarkInfo()) || {};
const outline = (await pdf.getOutline()) || [];
const bookmarks = (items, level) =>
    items.flatMap((item) => [{ level, title: item.title }, ...bookmarks(item.items || [], level + 1)]);

const pages = [];
for (let n = 1; n <= pdf.numPages; ++n) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    // The text of each marked piece, by its id; and the text outside any (the artifacts').
    const texts = {};
    const open = [];
    let outside = '';
    for (const item of content.items) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
            open.push(item.id || null);
        } else if (item.type === 'endMarkedContent') {
            open.pop();
        } else {
            const id = open.filter((x) => x).pop();
            if (id) texts[id] = (texts[id] || '') + item.str + (item.hasEOL ? ' ' : '');
            else outside += item.str + (item.hasEOL ? ' ' : '');
        }
    }
    const resolve = (node) => {
        if (node.type === 'content') return { text: texts[node.id] || '' };
        if (node.type === 'object' || node.type === 'annotation') return {};
        const out = { role: node.role };
        if (node.alt !== undefined) out.alt = node.alt;
        out.children = (node.children || []).map(resolve);
        return out;
    };
    const tree = await page.getStructTree();
    pages.push({ tree: tree ? resolve(tree) : null, outside: outside.trim() });
}
// On one line, the last (pdf.js may have printed warnings before it).
process.stdout.write('\n' + JSON.stringify({
    title: info.Title || '',
    language: info.Language || '',
    displayDocTitle: preferences.DisplayDocTitle === true,
    marked: markInfo.Marked === true,
    tagged: info.IsTagged ?? null,
    bookmarks: bookmarks(outline, 1),
    pages,
}) + '\n');
