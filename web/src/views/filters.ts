import { api, type TeamRow } from '../api.js';
import { h } from '../dom.js';
import { defaultRange, type Filters } from './metrics-panel.js';

/** Date range, bucket and (on the overview) team filters; applying them changes the hash query. */
export function filterForm(base: string, f: Filters, withTeam: boolean): HTMLFormElement {
  const from = h('input', { type: 'date', id: 'f-from', name: 'from', value: f.from ?? '' });
  const to = h('input', { type: 'date', id: 'f-to', name: 'to', value: f.to ?? '' });
  const bucket = h(
    'select',
    { id: 'f-bucket', name: 'bucket' },
    h('option', { value: 'week' }, 'ISO week'),
    h('option', { value: 'month' }, 'Month'),
  );
  bucket.value = f.bucket;
  const team = h('select', { id: 'f-team', name: 'team' }, h('option', { value: '' }, 'Whole organisation'));
  if (withTeam) {
    void api
      .get<{ teams: TeamRow[] }>('/api/metrics/team-comparison')
      .then(({ teams }) => {
        for (const t of teams) team.append(h('option', { value: t.team }, t.name));
        team.value = f.team ?? '';
      })
      .catch(() => {});
  }
  const form = h(
    'form',
    {
      class: 'filters',
      'aria-label': 'Filters',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const q = new URLSearchParams();
        // An untouched default range stays implicit, so switching week/month picks that bucket's default.
        const isDefault = from.value === form.dataset.defaultFrom && to.value === form.dataset.defaultTo;
        if (from.value && !isDefault) q.set('from', from.value);
        if (to.value && !isDefault) q.set('to', to.value);
        q.set('bucket', bucket.value);
        if (withTeam && team.value) q.set('team', team.value);
        location.hash = `${base}?${q.toString()}`;
      },
    },
    h('label', { for: 'f-from' }, 'From', from),
    h('label', { for: 'f-to' }, 'To', to),
    h('label', { for: 'f-bucket' }, 'Per', bucket),
    withTeam ? h('label', { for: 'f-team' }, 'Team', team) : null,
    h('button', { type: 'submit' }, 'Apply'),
    h('span', { class: 'muted tz' }, `Dates in ${f.tz}`),
  );
  markDefault(form, f);
  return form;
}

function markDefault(form: HTMLFormElement, f: Filters): void {
  const range = defaultRange(f.bucket, f.tz);
  form.dataset.defaultFrom = range.from;
  form.dataset.defaultTo = range.to;
}

/** Keeps the form's inputs in step with the hash after an update in place. */
export function syncForm(form: HTMLFormElement, f: Filters): void {
  const set = (name: string, value: string) => {
    const el = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (el) el.value = value;
  };
  set('from', f.from ?? '');
  set('to', f.to ?? '');
  set('bucket', f.bucket);
  set('team', f.team ?? '');
  markDefault(form, f);
}
