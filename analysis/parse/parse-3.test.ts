import { describe, expect, it } from 'vitest';
import { parsePostmortem } from './index.js';

/**
 * The classes of writing the parse-3 changes cover, in wording of our own (not the unseen2 fixtures'),
 * so that a fix that only fits one fixture line fails here.
 */
const items = (lines: string[]) =>
  parsePostmortem({
    text: `# Queue outage\n\nDate: 2026-04-01\n\n## Action items\n\n${lines.join('\n')}\n`,
    contentType: 'markdown',
  }).actionItems.map(({ text, owner, status, due }) => ({ text, owner, status, due }));

describe('parse-3: owners in brackets', () => {
  it('reads a bracketed owner that a due date or a status follows', () => {
    expect(
      items([
        '- Cap the retry budget at three attempts (Olusegun) by 2026-05-01',
        '- Rotate the signing key (Beatriz Ortega) -- done',
        '- Remove the legacy webhook [Ana Lima], due 2026-06-10',
      ]),
    ).toEqual([
      {
        text: 'Cap the retry budget at three attempts',
        owner: 'Olusegun',
        status: 'unknown',
        due: '2026-05-01',
      },
      { text: 'Rotate the signing key', owner: 'Beatriz Ortega', status: 'done', due: null },
      { text: 'Remove the legacy webhook', owner: 'Ana Lima', status: 'unknown', due: '2026-06-10' },
    ]);
  });

  it('reads a team written with a lower-case group noun, acronyms included', () => {
    expect(
      items([
        '- Publish a status page template (Support team)',
        '- Add replica lag to the pager [SRE on-call]',
        '- Review quota alerts (Data Platform squad) by 2026-05-20',
      ]).map(({ owner }) => owner),
    ).toEqual(['Support team', 'SRE on-call', 'Data Platform squad']);
  });

  it('does not read a name that begins with an annotation word as that annotation', () => {
    // PR, lead, by, ETA, due, link, ref: each is the start of a real name here.
    const names = ['Prakash', 'Leadbetter', 'Byron', 'Etan', 'Duenas', 'Linkletter', 'Refsnes'];
    const parsed = items(names.map((name, index) => `- Write runbook ${index + 1} (${name})`));
    expect(parsed.map(({ owner }) => owner)).toEqual(names);
    expect(parsed.map(({ text }) => text)).toEqual(names.map((_, index) => `Write runbook ${index + 1}`));
  });

  it('leaves prose in brackets in the text', () => {
    expect(items(['- Upgrade the driver (see the vendor notes) by 2026-05-01'])).toEqual([
      {
        text: 'Upgrade the driver (see the vendor notes)',
        owner: null,
        status: 'unknown',
        due: '2026-05-01',
      },
    ]);
    expect(items(['- Move the cron host (AWS) -- done'])[0]).toMatchObject({ owner: null, status: 'done' });
  });
});

describe('parse-3: status prefixes and states', () => {
  it('strips an emoji with a status phrase, and reads progress emoji on their own', () => {
    expect(
      items([
        '- 👀 in review: Tighten the CSP header (@lin)',
        '- 🛠️ on hold — Migrate the cron host',
        '- 🔁 Rebuild the search index',
        '- 🚀 Launch: announce the new region',
      ]),
    ).toEqual([
      { text: 'Tighten the CSP header', owner: 'lin', status: 'open', due: null },
      { text: 'Migrate the cron host', owner: null, status: 'open', due: null },
      { text: 'Rebuild the search index', owner: null, status: 'open', due: null },
      // "Launch" is no status, so the emoji and the label stay in the text.
      { text: '🚀 Launch: announce the new region', owner: null, status: 'unknown', due: null },
    ]);
  });

  it('reads ITSM task states', () => {
    const table = [
      '| Task | Assigned to | State |',
      '|---|---|---|',
      '| Patch the relay | Ivo | Work in Progress |',
      '| Renew the certificate | Ivo | On Hold |',
      '| Add a queue alert | Rana | Closed Complete |',
      '| Replace the appliance | Rana | Closed Incomplete |',
    ];
    expect(items(table).map(({ status }) => status)).toEqual(['open', 'open', 'done', 'wont-do']);
  });
});

describe('parse-3: hand-over arrows', () => {
  it('reads the owner and due date after an arrow, and keeps an arrow inside the action', () => {
    expect(
      items([
        '- Split the deploy job -> @kai by 2026-05-04',
        '- Page on replica lag ⇒ Oksana',
        '- Map legacy -> new error codes',
      ]),
    ).toEqual([
      { text: 'Split the deploy job', owner: 'kai', status: 'unknown', due: '2026-05-04' },
      { text: 'Page on replica lag', owner: 'Oksana', status: 'unknown', due: null },
      { text: 'Map legacy -> new error codes', owner: null, status: 'unknown', due: null },
    ]);
  });
});

describe('parse-3: ITSM metadata', () => {
  it('reads the assignment group as the team and the affected CIs or systems involved as services', () => {
    const itsm = parsePostmortem({
      text: '# MI-1 Relay delays\n\nAssignment group: Identity Services\nAffected CIs: auth-gw, ldap-proxy\nDate: 2026-04-02\n\n## Summary\nLogins slowed.\n',
      contentType: 'markdown',
    });
    expect(itsm.team).toBe('Identity Services');
    expect(itsm.services).toEqual(['auth-gw', 'ldap-proxy']);
    const involved = parsePostmortem({
      text: '# Payout delay\n\nSystems involved: batcher, ledger\nDate: 2026-04-02\n\n## Summary\nPayouts were late.\n',
      contentType: 'markdown',
    });
    expect(involved.services).toEqual(['batcher', 'ledger']);
  });
});
