import { api, setCsrf } from '../api.js';
import { h } from '../dom.js';
import type { View } from '../main.js';

export async function signInWithToken(token: string): Promise<boolean> {
  try {
    const session = await api.post<{ csrfToken: string }>('/api/auth/session', { token });
    setCsrf(session.csrfToken);
    return true;
  } catch {
    return false;
  }
}

export function signInForm(error: string | null, done: () => void): View {
  const input = h('input', {
    id: 'token',
    name: 'token',
    type: 'password',
    autocomplete: 'off',
    required: true,
  });
  const message = h('p', { class: 'error', role: 'alert' }, error ?? '');
  const form = h(
    'form',
    {
      class: 'card sign-in',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        if (await signInWithToken(input.value.trim())) done();
        else message.textContent = 'That token is unknown, revoked or expired.';
      },
    },
    h('h1', {}, 'Sign in'),
    h(
      'p',
      {},
      'Open the sign-in link printed at first start, or paste an API token (admin, leader or member).',
    ),
    h('label', { for: 'token' }, 'Token'),
    input,
    h('button', { type: 'submit' }, 'Sign in'),
    message,
  );
  return { el: form, destroy: () => {} };
}
