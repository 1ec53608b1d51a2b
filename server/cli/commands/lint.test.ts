import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, UsageError } from '../io.js';
import { main } from '../pulse.js';
import { run } from './lint.js';

function fakeIo(stdin = '', cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => stdin,
    isTty: false,
    env: {},
    cwd,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('pulse lint', () => {
  it('exits 0 on a blameless draft and 1 on a blameful one (stdin)', async () => {
    const clean = fakeIo('The deploy tool accepted a production target with no confirmation step.\n');
    expect(await run([], clean.io)).toBe(0);
    const blame = fakeIo('Root cause: human error.\n');
    expect(await run(['-'], blame.io)).toBe(1);
    expect(blame.out()).toMatch(/<stdin>:1:1 {2}human-error/);
  });

  it('reads a FILE and prints JSON only on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-lint-'));
    writeFileSync(join(dir, 'draft.md'), '# Root cause\n\nThe engineer failed to check replication lag.\n');
    const t = fakeIo('', dir);
    expect(await run(['draft.md', '--json'], t.io)).toBe(1);
    const json = JSON.parse(t.out());
    expect(json.blameful).toBe(true);
    expect(json.findings[0].category).toBe('omission');
  });

  it('--each-line prints one object per input line, blank lines included', async () => {
    const t = fakeIo('Root cause: human error.\n\nWe added a guard.\n');
    expect(await run(['--each-line'], t.io)).toBe(1);
    const lines = t
      .out()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].blameful).toBe(true);
    expect(lines[1]).toEqual({ score: 0, blameful: false, findings: [] });
    expect(lines[2].blameful).toBe(false);
    const clean = fakeIo('All fine.\nStill fine.\n');
    expect(await run(['--each-line'], clean.io)).toBe(0);
  });

  it('--format sarif and --suggest', async () => {
    const s = fakeIo('Obviously the config was wrong.\n');
    expect(await run(['--format', 'sarif'], s.io)).toBe(1);
    expect(JSON.parse(s.out()).version).toBe('2.1.0');
    const g = fakeIo('Obviously the config was wrong.\n');
    await run(['--suggest'], g.io);
    expect(g.out()).toContain('[minimising:');
  });

  it('usage errors exit 2 through the CLI entry', async () => {
    await expect(run(['--nope'], fakeIo().io)).rejects.toBeInstanceOf(UsageError);
    await expect(run(['a.md', 'b.md'], fakeIo().io)).rejects.toBeInstanceOf(UsageError);
    await expect(run(['--format', 'xml'], fakeIo().io)).rejects.toBeInstanceOf(UsageError);
    const t = fakeIo();
    expect(await main(['lint', '--format', 'xml'], t.io)).toBe(2);
    expect(t.err()).toContain('pulse lint');
    expect(await main(['lint', 'missing-file.md'], fakeIo().io)).toBe(2);
  });
});
