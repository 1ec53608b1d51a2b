import './styles.css';
import { api, type Me } from './api.js';
import { clear, h } from './dom.js';
import { lintView } from './views/lint.js';
import { overviewView } from './views/overview.js';
import { postmortemView } from './views/postmortem.js';
import { signInForm, signInWithToken } from './views/sign-in.js';
import { teamView } from './views/team.js';

export interface View {
  el: HTMLElement;
  /** Called when only the query of the same route changes (filters): update in place. */
  update?: (params: URLSearchParams) => void;
  destroy: () => void;
}

const main = document.getElementById('main')!;
let current: { key: string; view: View } | null = null;
let me: Me | null = null;

function parseHash(): { path: string; params: URLSearchParams } {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = raw.split('?', 2) as [string, string | undefined];
  return { path: path || '/', params: new URLSearchParams(qs ?? '') };
}

function show(key: string, make: () => View): void {
  current?.view.destroy();
  clear(main);
  const view = make();
  current = { key, view };
  main.appendChild(view.el);
}

async function whoAmI(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/auth/me');
  } catch {
    return null;
  }
}

async function banner(): Promise<void> {
  const el = document.getElementById('banner')!;
  try {
    const status = await api.get<{ demo: boolean }>('/api/meta/status');
    el.hidden = !status.demo;
    clear(el);
    if (status.demo)
      el.append(
        'Demo data is present: the figures below include made-up postmortems. Remove them with `pulse demo remove`.',
      );
  } catch {
    el.hidden = true;
  }
}

async function route(): Promise<void> {
  const { path, params } = parseHash();
  if (path === '/sign-in' && params.get('token')) {
    show('sign-in', () => ({ el: h('p', { class: 'muted' }, 'Signing in…'), destroy: () => {} }));
    const ok = await signInWithToken(params.get('token')!);
    if (ok) {
      me = null;
      location.replace('#/');
      return;
    }
    show('sign-in-form', () =>
      signInForm('That sign-in link is unknown, expired or already revoked.', onSignedIn),
    );
    return;
  }
  me ??= await whoAmI();
  if (!me) {
    show('sign-in-form', () => signInForm(null, onSignedIn));
    renderWho();
    return;
  }
  renderWho();
  void banner();
  const team = /^\/team\/([^/]+)$/.exec(path);
  const pm = /^\/postmortems\/(\d+)$/.exec(path);
  const key = team ? `team:${team[1]}` : pm ? `pm:${pm[1]}` : path === '/lint' ? 'lint' : 'overview';
  if (current && current.key === key && current.view.update) {
    current.view.update(params);
    return;
  }
  if (team) show(key, () => teamView(decodeURIComponent(team[1]!), params, me!));
  else if (pm) show(key, () => postmortemView(Number(pm[1])));
  else if (path === '/lint') show(key, () => lintView());
  else show(key, () => overviewView(params, me!));
  main.focus({ preventScroll: true });
}

function onSignedIn(): void {
  me = null;
  location.hash = '#/';
  void route();
}

function renderWho(): void {
  const el = document.getElementById('who')!;
  clear(el);
  if (!me) return;
  el.append(
    me.role === 'member' ? `Member · ${me.teams.join(', ')}` : me.role === 'admin' ? 'Admin' : 'Leader',
  );
  el.append(
    ' ',
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        onclick: async () => {
          await fetch('/api/auth/session', { method: 'DELETE', credentials: 'same-origin' });
          sessionStorage.clear();
          me = null;
          void route();
        },
      },
      'Sign out',
    ),
  );
}

window.addEventListener('hashchange', () => void route());
void route();
