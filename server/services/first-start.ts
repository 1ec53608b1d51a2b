import type { AppDeps } from '../context.js';
import { bootstrapAdminToken } from './tokens.js';

/**
 * First start on an empty database: an admin token, printed once with a sign-in link (the token sits in
 * the URL fragment, which browsers never send to servers or logs).
 */
export async function onFirstStart(deps: AppDeps, publicUrl: string, print: (line: string) => void): Promise<void> {
  const admin = await bootstrapAdminToken(deps.db);
  if (admin) {
    print('');
    print('Postmortem Pulse is running. This is the first start, so an admin token was created.');
    print(`Sign in: ${publicUrl}/#/sign-in?token=${admin.secret}`);
    print('The token is shown only this once; create more with `pulse token create`.');
    print('');
  }
}
