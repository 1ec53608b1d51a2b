import { api, type Finding, type Postmortem, type RecurrenceLink, type Recurrences } from '../api.js';
import { clear, h, uniqueId } from '../dom.js';
import type { View } from '../main.js';
import { highlightedText } from './highlight.js';

function other(l: RecurrenceLink): HTMLElement {
  // A restricted link names only the team: the title and follow-ups of a team you cannot read stay hidden.
  return l.restricted || l.title === null
    ? h('span', { class: 'restricted' }, `an incident in team ${l.team ?? 'unknown'} (no access)`)
    : h('a', { href: `#/postmortems/${l.postmortemId}` }, l.title);
}

function linkMeta(l: RecurrenceLink): string {
  return `${l.occurredAt ?? 'date unknown'}${l.team && !l.restricted ? ` · ${l.team}` : ''} · similarity ${Math.round(l.similarity * 100)}%`;
}

function repeatsList(links: RecurrenceLink[]): HTMLElement {
  if (!links.length) return h('p', { class: 'empty' }, 'Not linked to an earlier incident.');
  return h(
    'ul',
    { class: 'links' },
    ...links.map((l) =>
      h(
        'li',
        {},
        other(l),
        ' ',
        h('span', { class: 'muted' }, linkMeta(l)),
        l.openFollowUps?.length
          ? h(
              'div',
              { class: 'prevent' },
              h(
                'p',
                {},
                `${l.openFollowUps.length} follow-up${l.openFollowUps.length === 1 ? ' was' : 's were'} still open from that incident and might have prevented this:`,
              ),
              h(
                'ul',
                {},
                ...l.openFollowUps.map((a) =>
                  h(
                    'li',
                    {},
                    a.text,
                    ' ',
                    h(
                      'span',
                      { class: 'muted' },
                      `${a.status === 'done' ? 'done since' : a.status}${a.due ? ` · due ${a.due}` : ' · no due date'}`,
                    ),
                  ),
                ),
              ),
            )
          : l.openFollowUpCount > 0
            ? h(
                'p',
                { class: 'muted' },
                `${l.openFollowUpCount} follow-up${l.openFollowUpCount === 1 ? ' was' : 's were'} still open from that incident.`,
              )
            : h('p', { class: 'muted' }, 'None of its follow-ups were still open.'),
      ),
    ),
  );
}

function repeatedByList(links: RecurrenceLink[]): HTMLElement {
  if (!links.length) return h('p', { class: 'empty' }, 'No later incident repeats this cause.');
  return h(
    'ul',
    { class: 'links' },
    ...links.map((l) => h('li', {}, other(l), ' ', h('span', { class: 'muted' }, linkMeta(l)))),
  );
}

export function postmortemView(id: number): View {
  const el = h('div', { class: 'view postmortem' }, h('p', { class: 'muted' }, 'Loading…'));
  // Outlives re-renders, so "Dismissed" is still announced after the list is rebuilt.
  const message = h('p', { role: 'status', class: 'status-line', tabindex: -1 });
  let alive = true;

  function dismissControl(f: Finding & { id: number }, done: () => void): HTMLElement {
    const formId = uniqueId('dismiss');
    const reasonId = uniqueId('reason');
    const reason = h('input', { type: 'text', id: reasonId, name: 'reason', maxlength: 1000 });
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'secondary small',
        'aria-expanded': 'false',
        'aria-controls': formId,
        'data-dismiss': f.id,
      },
      'Not blame here',
    );
    const error = h('p', { class: 'error', role: 'alert' });
    const confirm = h('button', { type: 'submit', class: 'small' }, 'Dismiss finding');
    const form = h(
      'form',
      { class: 'dismiss', id: formId, hidden: true, 'aria-label': `Dismiss “${f.text}”` },
      h('label', { for: reasonId }, 'Why is this not blame here? (optional)'),
      reason,
      h(
        'div',
        { class: 'actions' },
        confirm,
        h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            onclick: () => {
              form.hidden = true;
              toggle.setAttribute('aria-expanded', 'false');
              toggle.focus();
            },
          },
          'Cancel',
        ),
      ),
      error,
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      confirm.disabled = true;
      error.textContent = '';
      try {
        await api.post(`/api/findings/${f.id}/dismiss`, { reason: reason.value.trim() || null });
        message.textContent = `Dismissed “${f.text}”. It stays dismissed when the document is analysed again.`;
        done();
      } catch (e) {
        confirm.disabled = false;
        error.textContent = `Could not dismiss: ${(e as Error).message}`;
      }
    });
    toggle.addEventListener('click', () => {
      const opening = form.hidden;
      form.hidden = !opening;
      toggle.setAttribute('aria-expanded', String(opening));
      if (opening) reason.focus();
    });
    return h('div', { class: 'dismiss-control' }, toggle, form);
  }

  async function load(focusAfter = false): Promise<void> {
    let pm: Postmortem;
    try {
      pm = await api.get<Postmortem>(`/api/postmortems/${id}`);
    } catch (error) {
      if (!alive) return;
      clear(el);
      el.append(
        h('h1', {}, 'Postmortem not available'),
        h('p', { class: 'error' }, (error as Error).message),
        h('p', {}, h('a', { href: '#/' }, 'Back to the overview')),
      );
      return;
    }
    if (!alive) return;
    const recurrences = h(
      'section',
      { class: 'card', 'aria-labelledby': 'rec-h', 'data-area': 'recurrences' },
      h('h2', { id: 'rec-h' }, 'Recurrence'),
      h('p', { class: 'muted' }, 'Loading…'),
    );
    const findings = pm.blame.findings;
    clear(el);
    el.append(
      h(
        'p',
        { class: 'back' },
        h(
          'a',
          { href: pm.team ? `#/team/${encodeURIComponent(pm.team)}` : '#/' },
          pm.team ? `← Team ${pm.teamName ?? pm.team}` : '← Overview',
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
        `Blame score ${pm.blame.score ?? '—'} · ${findings.length} finding${findings.length === 1 ? '' : 's'}.`,
        findings.length ? ' Marked phrases show a blameless rewrite on hover or keyboard focus.' : '',
      ),
      h(
        'div',
        { class: 'two' },
        h(
          'article',
          { class: 'card document', 'aria-labelledby': 'doc-h' },
          h('h2', { id: 'doc-h', class: 'visually-hidden' }, 'Document'),
          highlightedText(pm.body, findings),
        ),
        h(
          'div',
          { class: 'side' },
          h(
            'section',
            { class: 'card', 'aria-labelledby': 'find-h', 'data-area': 'findings' },
            h('h2', { id: 'find-h' }, 'Findings'),
            message,
            findings.length
              ? h(
                  'ul',
                  { class: 'findings' },
                  ...findings.map((f) =>
                    h(
                      'li',
                      { 'data-finding': f.id },
                      h('q', {}, f.text),
                      ' ',
                      h('span', { class: 'tag' }, f.category),
                      h('p', {}, f.explanation),
                      h('p', { class: 'suggestion' }, `Try: ${f.suggestion}`),
                      dismissControl(f, () => void load(true)),
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
    if (focusAfter) message.focus();
    try {
      const r = await api.get<Recurrences>(`/api/postmortems/${id}/recurrences`);
      if (!alive) return;
      clear(recurrences);
      recurrences.append(
        h('h2', { id: 'rec-h' }, 'Recurrence'),
        h('h3', {}, 'Repeats an earlier incident'),
        repeatsList(r.repeats),
        h('h3', {}, 'Repeated later by'),
        repeatedByList(r.repeatedBy),
      );
    } catch (error) {
      if (!alive) return;
      clear(recurrences);
      recurrences.append(
        h('h2', { id: 'rec-h' }, 'Recurrence'),
        h('p', { class: 'error' }, `Could not load recurrence links: ${(error as Error).message}`),
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
