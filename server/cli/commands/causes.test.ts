import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, UsageError } from '../io.js';
import { run } from './causes.js';

function io(cwd: string) {
  const out: string[] = [];
  const value: CliIo = {
    stdout: (t) => out.push(t),
    stderr: () => {},
    readStdin: async () => '',
    isTty: false,
    env: {},
    cwd,
  };
  return { io: value, out };
}

describe('pulse causes', () => {
  it('--each-line --json prints one object per line with cluster ids by first appearance', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-causes-'));
    writeFileSync(
      join(dir, 'causes.txt'),
      [
        'The TLS certificate expired.',
        'Connection pool exhausted.',
        '',
        'Our SSL cert was not renewed.',
        'Power failure in the data centre.',
      ].join('\n'),
    );
    const { io: cli, out } = io(dir);
    expect(await run(['--each-line', 'causes.txt', '--json'], cli)).toBe(0);
    const rows = out
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toEqual([
      { line: 1, cluster: 1, category: 'security' },
      { line: 2, cluster: 2, category: 'capacity' },
      { line: 3, cluster: 3, category: 'unknown' },
      { line: 4, cluster: 1, category: 'security' },
      { line: 5, cluster: 4, category: 'infrastructure' },
    ]);
  });

  it('groups documents and prints paths as given in --json', async () => {
    const cwd = new URL('../../../../shared/corpus', import.meta.url).pathname;
    const { io: cli, out } = io(cwd);
    expect(await run(['dfds', 'templates', '--json'], cli)).toBe(0);
    const result = JSON.parse(out.join(''));
    const members = result.clusters.flatMap((c: { members: string[] }) => c.members);
    expect(members.every((m: string) => m.startsWith('dfds/'))).toBe(true);
    expect(result.recurrences).toContainEqual(
      expect.objectContaining({
        file: 'dfds/PM2021-006-all-services-returning-503-in-kubernetes.md',
        repeats: 'dfds/PM2021-005-all-services-returning-503-in-kubernetes.md',
      }),
    );
  });

  it('rejects bad usage', async () => {
    await expect(run([], io('/').io)).rejects.toBeInstanceOf(UsageError);
    await expect(run(['--threshold', 'x', 'a'], io('/').io)).rejects.toBeInstanceOf(UsageError);
  });
});
