import type { Finding } from '../api.js';
import { h, uniqueId } from '../dom.js';

/** Findings whose spans overlap, shown as one highlight. */
export interface FindingGroup {
  start: number;
  end: number;
  findings: Finding[];
}

/**
 * Merges overlapping spans (touching spans stay apart) so text is never marked twice and no finding is
 * lost behind another: every finding of a group is listed in its one tooltip.
 */
export function groupFindings(body: string, findings: Finding[]): FindingGroup[] {
  const sorted = [...findings]
    .filter((f) => f.start >= 0 && f.end <= body.length && f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: FindingGroup[] = [];
  for (const f of sorted) {
    const last = groups.at(-1);
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.findings.push(f);
    } else {
      groups.push({ start: f.start, end: f.end, findings: [f] });
    }
  }
  return groups;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Places a tooltip next to its mark inside the viewport: above the mark when there is room (so it
 * never hides the line being read next), otherwise below; shifted sideways to stay on screen.
 */
function place(tip: HTMLElement, mark: HTMLElement): void {
  const rects = mark.getClientRects();
  const first = rects[0] ?? mark.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const width = Math.min(380, vw - 2 * MARGIN);
  tip.style.width = `${width}px`;
  const height = tip.offsetHeight;
  const above = first.top - GAP - height >= MARGIN || first.top > vh - last.bottom;
  const anchor = above ? first : last;
  const top = above ? anchor.top - GAP - height : anchor.bottom + GAP;
  const left = Math.min(Math.max(anchor.left, MARGIN), vw - width - MARGIN);
  tip.style.top = `${Math.round(Math.max(MARGIN, Math.min(top, vh - height - MARGIN)))}px`;
  tip.style.left = `${Math.round(left)}px`;
  tip.dataset.side = above ? 'above' : 'below';
}

/**
 * The document as text with blame findings marked inline. Offsets are UTF-16 indices into `body`
 * (what String.prototype.slice uses). Every piece of the document becomes a text node. Each mark is
 * focusable and described by its tooltip, which shows on hover and on keyboard focus and closes with
 * Escape. `.doc` holds exactly the document's text; the tooltips sit beside it.
 */
export function highlightedText(body: string, findings: Finding[]): HTMLElement {
  const doc = h('div', { class: 'doc' });
  const tips = h('div', { class: 'tips' });
  let open: { tip: HTMLElement; mark: HTMLElement } | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const reposition = () => {
    if (open) place(open.tip, open.mark);
  };
  const hide = () => {
    clearTimeout(hideTimer);
    if (!open) return;
    open.tip.hidden = true;
    open = null;
    window.removeEventListener('scroll', reposition, true);
    window.removeEventListener('resize', reposition);
  };
  const show = (tip: HTMLElement, mark: HTMLElement) => {
    clearTimeout(hideTimer);
    if (open?.tip !== tip) hide();
    tip.hidden = false;
    place(tip, mark);
    if (!open) {
      window.addEventListener('scroll', reposition, { capture: true, passive: true });
      window.addEventListener('resize', reposition, { passive: true });
    }
    open = { tip, mark };
  };
  // A short delay lets the pointer travel from the mark onto the tooltip (hoverable, WCAG 1.4.13).
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (open && open.mark !== document.activeElement) hide();
    }, 200);
  };

  let at = 0;
  for (const group of groupFindings(body, findings)) {
    if (group.start > at) doc.append(body.slice(at, group.start));
    const tipId = uniqueId('tip');
    const categories = [...new Set(group.findings.map((f) => f.category))];
    const tip = h(
      'div',
      { class: 'tip', role: 'tooltip', id: tipId, hidden: true },
      group.findings.length > 1
        ? h('p', { class: 'tip-count' }, `${group.findings.length} findings here`)
        : null,
      h(
        'ul',
        {},
        ...group.findings.map((f) =>
          h(
            'li',
            { class: 'tip-item' },
            h('strong', {}, f.category),
            ' ',
            f.explanation,
            ' ',
            h('span', { class: 'suggestion' }, `Try: ${f.suggestion}`),
          ),
        ),
      ),
    );
    const mark = h(
      'mark',
      {
        class: `finding ${categories.map((c) => `cat-${c.replace(/[^a-z0-9-]/gi, '')}`).join(' ')}${group.findings.length > 1 ? ' multi' : ''}`,
        tabindex: 0,
        'aria-describedby': tipId,
        'data-finding': group.findings.map((f) => f.id ?? '').join(' '),
      },
      body.slice(group.start, group.end),
    );
    mark.addEventListener('mouseenter', () => show(tip, mark));
    mark.addEventListener('focus', () => show(tip, mark));
    mark.addEventListener('mouseleave', hideSoon);
    mark.addEventListener('blur', () => {
      if (open?.mark === mark) hide();
    });
    mark.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') hide();
    });
    tip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
    tip.addEventListener('mouseleave', hideSoon);
    doc.append(mark);
    tips.append(tip);
    at = group.end;
  }
  if (at < body.length) doc.append(body.slice(at));
  return h('div', { class: 'highlighted' }, doc, tips);
}
