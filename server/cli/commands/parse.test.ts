import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CliIo, UsageError } from '../io.js';
import { run } from './parse.js';

const fixtures = fileURLToPath(new URL('../../../analysis/parse/fixtures/', import.meta.url));

function io() {
  const out: string[] = [];
  const value: CliIo = {
    stdout: (text) => out.push(text),
    stderr: () => {},
    readStdin: async () => '',
    isTty: false,
    env: {},
    cwd: fixtures,
  };
  return { io: value, out };
}

describe('pulse parse', () => {
  it('--json prints one object per file with the agreed fields', async () => {
    const { io: cli, out } = io();
    const code = await run(['atlassian.md', 'confluence-export.html', '--json'], cli);
    expect(code).toBe(0);
    const printed = JSON.parse(out.join(''));
    expect(printed).toHaveLength(2);
    expect(printed[0]).toMatchObject({
      file: 'atlassian.md',
      title: 'Incident: Search results empty for EU tenants',
      occurredAt: '2026-03-03',
      severity: 'SEV1',
      team: 'Search Platform',
      services: ['search-api', 'indexer'],
    });
    expect(printed[0].rootCauses).toHaveLength(2);
    const wontDo = printed[0].actionItems[3];
    expect(wontDo).toEqual({
      text: 'Update the reindex runbook',
      owner: 'Zhang Wei',
      status: 'done',
      resolution: 'wont-do',
      due: null,
      ticket: null,
    });
    expect(printed[1].file).toBe('confluence-export.html');
    expect(printed[1].team).toBe('Billing');
  });

  it('prints a readable summary without --json', async () => {
    const { io: cli, out } = io();
    expect(await run(['github-issue.md'], cli)).toBe(0);
    expect(out.join('')).toMatch(/action items \(5\)/);
    expect(out.join('')).toMatch(/\[done\] Back up orders and ledger manually \(owner olu-adeyemi\)/);
  });

  it('treats missing files and no files as usage errors', async () => {
    await expect(run(['nope.md'], io().io)).rejects.toThrow(UsageError);
    await expect(run([], io().io)).rejects.toThrow(/no FILE/);
    await expect(run(['--bogus', 'atlassian.md'], io().io)).rejects.toThrow(UsageError);
  });
});
