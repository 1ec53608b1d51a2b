import { api, type Postmortem, type RecurrenceLink } from '../api.js';
import { clear, h } from '../dom.js';
import type { View } from '../main.js';
import { highlightedText } from './highlight.js';

function linkList(title: string, links: RecurrenceLink[], empty: string): HTMLElement {
  return h(
    'div',
    {},
    h('h3', {}, title),
    links.length
      ? h(
          'ul',
          {},
          ...links.map((l) =>
            h(
              'li',
              {},
              l.restricted || l.title === null
                ? h('span', {}, `A postmortem of ${l.team ?? 'another team'} you cannot open`)
                : h('a', { href: `#/postmortems/${l.postmortemId}` }, l.title),
              ' ',
              h(
                'span',
                { class: 'muted' },
                `${l.occurredAt ?? 'date unknown'} · similarity ${Math.round(l.similarity * 100)}%`,
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, empty),
  );
}

export function postmortemView(id: number): View {
  const el = h('div', { class: 'view postmortem' }, h('p', { class: 'muted' }, 'Loading…'));
  let alive = true;

  async function load(): Promise<void> {
    let pm: Postmortem;
    try {
      pm = await api.get<Postmortem>(`/api/postmortems/${id}`);
    } catch (error) {
      clear(el);
      el.append(
        h('h1', {}, 'Postmortem not available'),
        h('p', { class: 'error' }, (error as Error).message),
      );
      return;
    }
    if (!alive) return;
    const recurrences = h(
      'section',
      { class: 'card', 'aria-labelledby': 'rec-h' },
      h('h2', { id: 'rec-h' }, 'Recurrence'),
      h('p', { class: 'muted' }, 'Loading…'),
    );
    const findings = pm.blame.findings;
    const message = h('p', { role: 'status', class: 'muted' });
    clear(el);
    el.append(
      h(
        'p',
        {},
        h(
          'a',
          { href: pm.team ? `#/team/${encodeURIComponent(pm.team)}` : '#/' },
          pm.team ? `← ${pm.teamName ?? pm.team}` : '← Overview',
        ),
      ),
      h('h1', {}, pm.title),
      h(
        'p',
        { class: 'muted' },
        `${pm.occurredAt ?? 'Date unknown'} · ${pm.severity ?? 'severity unknown'} · ${pm.teamName ?? pm.team ?? 'no team'}${pm.isDemo ? ' · demo' : ''}`,
      ),
      h(
        'p',
        {},
        `Blame score ${pm.blame.score ?? '—'} · ${findings.length} finding${findings.length === 1 ? '' : 's'}. Marked phrases show a blameless rewrite on hover or keyboard focus.`,
      ),
      h(
        'div',
        { class: 'two' },
        h(
          'article',
          { class: 'card document', 'aria-label': 'Document' },
          highlightedText(pm.body, findings),
        ),
        h(
          'div',
          {},
          h(
            'section',
            { class: 'card', 'aria-labelledby': 'find-h' },
            h('h2', { id: 'find-h' }, 'Findings'),
            message,
            findings.length
              ? h(
                  'ul',
                  { class: 'findings' },
                  ...findings.map((f) =>
                    h(
                      'li',
                      {},
                      h('q', {}, f.text),
                      ' ',
                      h('span', { class: 'tag' }, f.category),
                      h('p', {}, f.explanation),
                      h('p', { class: 'suggestion' }, `Try: ${f.suggestion}`),
                      h(
                        'button',
                        {
                          type: 'button',
                          class: 'secondary',
                          onclick: async () => {
                            const reason = window.prompt('Why is this not blame here? (optional)') ?? null;
                            try {
                              await api.post(`/api/findings/${f.id}/dismiss`, { reason });
                              message.textContent =
                                'Dismissed. It stays dismissed when the document is analysed again.';
                              void load();
                            } catch (error) {
                              message.textContent = `Could not dismiss: ${(error as Error).message}`;
                            }
                          },
                        },
                        'Not blame here',
                      ),
                    ),
                  ),
                )
              : h('p', { class: 'empty' }, 'No blame-oriented language found.'),
          ),
          h(
            'section',
            { class: 'card', 'aria-labelledby': 'ai-h' },
            h('h2', { id: 'ai-h' }, 'Action items'),
            pm.actionItems.length
              ? h(
                  'ul',
                  { class: 'items' },
                  ...pm.actionItems.map((a) =>
                    h(
                      'li',
                      {},
                      h('div', { class: 'item-text' }, a.text),
                      h(
                        'div',
                        { class: 'muted' },
                        `${a.status}${a.due ? ` · due ${a.due}` : ' · no due date'}${a.owner ? ` · owner ${a.owner}` : ''}`,
                      ),
                    ),
                  ),
                )
              : h('p', { class: 'empty' }, 'No action items.'),
          ),
          recurrences,
        ),
      ),
    );
    try {
      const r = await api.get<{ repeats: RecurrenceLink[]; repeatedBy: RecurrenceLink[] }>(
        `/api/postmortems/${id}/recurrences`,
      );
      clear(recurrences);
      recurrences.append(
        h('h2', { id: 'rec-h' }, 'Recurrence'),
        linkList('Repeats an earlier incident', r.repeats, 'Not linked to an earlier incident.'),
        linkList('Repeated later by', r.repeatedBy, 'No later incident repeats this cause.'),
      );
    } catch {
      clear(recurrences);
      recurrences.append(
        h('h2', { id: 'rec-h' }, 'Recurrence'),
        h('p', { class: 'empty' }, 'No recurrence information.'),
      );
    }
  }

  void load();
  return {
    el,
    destroy: () => {
      alive = false;
    },
  };
}
