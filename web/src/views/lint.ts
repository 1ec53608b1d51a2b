import { api, type Finding, HttpError } from '../api.js';
import { append, clear, h } from '../dom.js';
import type { View } from '../main.js';
import { highlightedText } from './highlight.js';

/** Paste a draft and see blame findings as you type (debounced; nothing is stored). */
export function lintView(): View {
  const input = h('textarea', { id: 'draft', rows: 14, spellcheck: 'true' });
  const result = h('div', { class: 'lint-result', 'aria-live': 'polite' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  const check = async () => {
    const mine = ++seq;
    const text = input.value;
    if (!text.trim()) {
      clear(result);
      return;
    }
    try {
      const r = await api.post<{ score: number; blameful: boolean; findings: Finding[] }>('/api/lint', {
        text,
      });
      if (mine !== seq) return;
      clear(result);
      append(
        result,
        h(
          'p',
          { class: 'lint-score' },
          `Blame score ${r.score}${r.blameful ? ' — reads as blameful' : ''} · ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`,
        ),
        highlightedText(text, r.findings),
        r.findings.length
          ? h(
              'ul',
              { class: 'findings' },
              ...r.findings.map((f) =>
                h(
                  'li',
                  {},
                  h('q', {}, f.text),
                  ' ',
                  h('span', { class: 'tag' }, f.category),
                  h('p', {}, f.explanation),
                  h('p', { class: 'suggestion' }, `Try: ${f.suggestion}`),
                ),
              ),
            )
          : null,
      );
    } catch (error) {
      if (mine !== seq) return;
      clear(result);
      if (!(error instanceof HttpError && error.status === 404))
        result.append(h('p', { class: 'error' }, `Could not check: ${(error as Error).message}`));
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), 350);
  });
  const el = h(
    'div',
    { class: 'view lint' },
    h('h1', {}, 'Check a draft'),
    h(
      'p',
      { class: 'muted' },
      'Paste a postmortem draft: blame-oriented phrases are marked as you type, with a blameless rewrite. Nothing is stored.',
    ),
    h('label', { for: 'draft' }, 'Draft'),
    input,
    result,
  );
  return { el, destroy: () => clearTimeout(timer) };
}
