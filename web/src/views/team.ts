import { type ActionItem, api, HttpError, type Me, type RecurringReport } from '../api.js';
import { clear, h } from '../dom.js';
import type { View } from '../main.js';
import { filterForm, syncForm } from './filters.js';
import { filtersFrom, metricsPanel } from './metrics-panel.js';

const SHOWN_ITEMS = 8;

const QUALITY_TEXT: Record<string, string> = {
  vague: 'Vague: relies on people trying harder rather than a change to the system',
  'no-owner': 'No owner',
  'no-due-date': 'No due date',
};

export function teamView(team: string, params: URLSearchParams, _me: Me): View {
  const panel = metricsPanel(team);
  const f = filtersFrom(params, team);
  const form = filterForm(`#/team/${encodeURIComponent(team)}`, f, false);
  const report = h(
    'section',
    { class: 'card', 'aria-labelledby': 'rep-h', 'data-area': 'recurring-report' },
    h('h2', { id: 'rep-h' }, 'Recurring-cause report'),
    h('p', { class: 'muted' }, 'Loading…'),
  );
  const items = h(
    'section',
    { class: 'card', 'aria-labelledby': 'items-h', 'data-area': 'action-items-list' },
    h('h2', { id: 'items-h' }, 'Action items'),
    h('p', { class: 'muted' }, 'Loading…'),
  );
  const status = h('p', { class: 'error', role: 'alert' });
  const el = h(
    'div',
    { class: 'view team' },
    h('p', {}, h('a', { href: '#/' }, '← Overview')),
    h('h1', {}, `Team ${team}`),
    form,
    status,
    h('div', { class: 'two' }, report, items),
    panel.el,
  );

  void api
    .get<RecurringReport>(`/api/teams/${encodeURIComponent(team)}/recurring-report`)
    .then((r) => {
      clear(report);
      report.append(h('h2', { id: 'rep-h' }, 'Recurring-cause report'));
      if (!r.clusters.length) {
        report.append(h('p', { class: 'empty' }, 'No cause has recurred for this team yet.'));
        return;
      }
      report.append(
        h(
          'p',
          { class: 'muted' },
          `Causes this team shares with earlier incidents (its own or other teams’). ${r.repeats} of its incidents repeat an earlier cause.`,
        ),
      );
      for (const c of r.clusters) {
        const others = c.teams.filter((t) => t !== team);
        report.append(
          h(
            'article',
            { class: 'cluster', 'data-cluster': c.id },
            h('h3', {}, c.label, ' ', h('span', { class: 'tag' }, c.category)),
            h(
              'p',
              { class: 'muted' },
              `${c.incidents.length} incidents`,
              others.length ? ` · also seen in ${others.join(', ')}` : ' · only this team',
            ),
            h(
              'ul',
              { class: 'links' },
              ...c.incidents.map((i) =>
                h(
                  'li',
                  {},
                  i.restricted || i.title === null
                    ? h(
                        'span',
                        { class: 'restricted' },
                        `an incident in team ${i.team ?? 'unknown'} (no access)`,
                      )
                    : h('a', { href: `#/postmortems/${i.id}` }, i.title),
                  ' ',
                  h(
                    'span',
                    { class: 'muted' },
                    [i.occurredAt ?? 'date unknown', i.restricted ? null : i.team, i.severity]
                      .filter(Boolean)
                      .join(' · '),
                  ),
                ),
              ),
            ),
            c.openFollowUps.length
              ? h(
                  'div',
                  {},
                  h('h4', {}, 'This team’s follow-ups still open'),
                  h(
                    'ul',
                    {},
                    ...c.openFollowUps.map((a) =>
                      h(
                        'li',
                        {},
                        a.text,
                        ' ',
                        h(
                          'span',
                          { class: 'muted' },
                          `${a.status} · ${a.due ? `due ${a.due}` : 'no due date'} · `,
                        ),
                        h(
                          'a',
                          { href: `#/postmortems/${a.postmortemId}` },
                          c.incidents.find((i) => i.id === a.postmortemId)?.title ??
                            `postmortem ${a.postmortemId}`,
                        ),
                      ),
                    ),
                  ),
                )
              : h('p', { class: 'muted' }, 'No open follow-ups from this team for this cause.'),
          ),
        );
      }
    })
    .catch((error: unknown) => {
      clear(report);
      report.append(
        h('h2', { id: 'rep-h' }, 'Recurring-cause report'),
        h(
          'p',
          { class: 'empty' },
          error instanceof HttpError && error.status === 404
            ? 'No recurring-cause report for this team yet.'
            : `Could not load the report: ${(error as Error).message}`,
        ),
      );
    });

  void api
    .get<{ asOf: string; items: ActionItem[] }>(
      `/api/action-items?team=${encodeURIComponent(team)}&tz=${encodeURIComponent(f.tz)}`,
    )
    .then(({ items: list, asOf }) => {
      clear(items);
      items.append(
        h('h2', { id: 'items-h' }, 'Action items'),
        h('p', { class: 'muted' }, `Overdue first (as of ${asOf}), then by due date.`),
      );
      if (!list.length) {
        items.append(h('p', { class: 'empty' }, 'No action items.'));
        return;
      }
      items.append(
        h(
          'ul',
          { class: 'items' },
          ...list.map((i, index) =>
            h(
              'li',
              { class: i.overdue ? 'overdue' : '', hidden: index >= SHOWN_ITEMS },
              h('div', { class: 'item-text' }, i.text),
              h(
                'div',
                { class: 'muted' },
                `${i.status}`,
                i.overdue ? ` · overdue ${i.ageDays} days` : '',
                i.effectiveDue ? ` · due ${i.effectiveDue}${i.dueSource === 'slo' ? ' (SLO)' : ''}` : '',
                i.owner ? ` · owner ${i.owner}` : '',
                ' · ',
                h('a', { href: `#/postmortems/${i.postmortemId}` }, i.postmortemTitle ?? 'postmortem'),
              ),
              i.quality?.length
                ? h(
                    'ul',
                    { class: 'flags', 'aria-label': 'Quality flags' },
                    ...i.quality.map((q) => h('li', { class: `flag flag-${q}` }, QUALITY_TEXT[q] ?? q)),
                  )
                : null,
            ),
          ),
        ),
      );
      if (list.length > SHOWN_ITEMS) {
        // A long backlog would push the team's figures far down the page; the rest is one press away.
        const more = h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            onclick: () => {
              const rest = [...items.querySelectorAll<HTMLLIElement>('.items > li[hidden]')];
              for (const li of rest) li.hidden = false;
              more.remove();
              // The button is gone: keep the keyboard where the newly shown items start.
              rest[0]?.querySelector('a')?.focus();
            },
          },
          `Show all ${list.length} action items`,
        );
        items.append(more);
      }
    })
    .catch((error: Error) => {
      clear(items);
      items.append(
        h('h2', { id: 'items-h' }, 'Action items'),
        h('p', { class: 'error' }, `Could not load: ${error.message}`),
      );
    });

  const load = (p: URLSearchParams) => {
    const filters = filtersFrom(p, team);
    syncForm(form, filters);
    panel
      .load(filters)
      .then((resolved) => syncForm(form, resolved))
      .catch((error: Error) => {
        status.textContent = `Could not load the figures: ${error.message}`;
      });
  };
  load(params);
  return { el, update: load, destroy: panel.destroy };
}
