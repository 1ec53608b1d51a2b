import type { AppDeps } from '../context.js';
import { loadDemoOrganisation, shouldLoadDemo } from './demo.js';
import { bootstrapAdminToken } from './tokens.js';

/**
 * First start on an empty database: an admin token, printed once with a sign-in link (the token sits in
 * the URL fragment, which browsers never send to servers or logs).
 */
export async function onFirstStart(
  deps: AppDeps,
  publicUrl: string,
  print: (line: string) => void,
): Promise<void> {
  const admin = await bootstrapAdminToken(deps.db);
  if (admin) {
    print('');
    print('Postmortem Pulse is running. This is the first start, so an admin token was created.');
    print(`Sign in: ${publicUrl}/#/sign-in?token=${admin.secret}`);
    print('The token is shown only this once; create more with `pulse token create`.');
    print('');
  }
  if (deps.config.PULSE_DEMO && (await shouldLoadDemo(deps.db))) {
    const started = Date.now();
    const ctx = {
      db: deps.db,
      maxDocumentBytes: deps.config.MAX_DOCUMENT_BYTES,
      recurrenceWindowDays: deps.config.RECURRENCE_WINDOW_DAYS,
    };
    const demo = await loadDemoOrganisation(ctx, { today: deps.now() });
    print(
      `Loaded the demo organisation (${demo.postmortems} generated postmortems, ${demo.actionItems} action items) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    print(
      'It is removed automatically by the first real import, or now with `pulse demo remove`; PULSE_DEMO=off skips it.',
    );
  }
}
