import type { Me } from '../api.js';
import { h } from '../dom.js';
import type { View } from '../main.js';
import { filterForm, syncForm } from './filters.js';
import { filtersFrom, metricsPanel } from './metrics-panel.js';

export function overviewView(params: URLSearchParams, me: Me): View {
  const panel = metricsPanel(null);
  const f = filtersFrom(params, null);
  const form = filterForm('#/', f, true);
  const status = h('p', { class: 'error', role: 'alert' });
  const el = h(
    'div',
    { class: 'view overview' },
    h('h1', {}, me.role === 'member' ? `Your teams: ${me.teams.join(', ')}` : 'Organisation overview'),
    form,
    status,
    panel.el,
  );
  const load = (p: URLSearchParams) => {
    const filters = filtersFrom(p, null);
    syncForm(form, filters);
    status.textContent = '';
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
