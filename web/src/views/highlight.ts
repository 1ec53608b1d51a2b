import type { Finding } from '../api.js';
import { h, uniqueId } from '../dom.js';

/**
 * The document as text with blame findings marked inline. Offsets are UTF-16 indices into `body`
 * (what String.prototype.slice uses). Every piece of the document becomes a text node. Each mark is
 * focusable and described by its tooltip, so the rewrite shows on hover and on keyboard focus.
 */
export function highlightedText(body: string, findings: Finding[]): HTMLElement {
  const doc = h('div', { class: 'doc' });
  const sorted = [...findings]
    .filter((f) => f.start >= 0 && f.end <= body.length && f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) continue; // overlapping finding: listed below the document, not nested
    if (f.start > at) doc.append(body.slice(at, f.start));
    const tipId = uniqueId('tip');
    doc.append(
      h(
        'span',
        { class: 'finding-wrap' },
        h(
          'mark',
          {
            class: `finding cat-${f.category.replace(/[^a-z0-9-]/gi, '')}`,
            tabindex: 0,
            'aria-describedby': tipId,
            'data-finding': f.id ?? '',
          },
          body.slice(f.start, f.end),
        ),
        h(
          'span',
          { class: 'tip', role: 'tooltip', id: tipId },
          h('strong', {}, f.category),
          ' ',
          f.explanation,
          ' ',
          h('span', { class: 'suggestion' }, `Try: ${f.suggestion}`),
        ),
      ),
    );
    at = f.end;
  }
  if (at < body.length) doc.append(body.slice(at));
  return doc;
}
