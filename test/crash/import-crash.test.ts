/**
 * Crash safety: the built CLI imports ~300 documents, is killed with SIGKILL mid-import, and is run
 * again. The database must be consistent: every postmortem has exactly one current revision that is
 * its own, no orphan rows, no duplicates, and the counts are exact.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../load/ingest-load.js';

const REPO = new URL('../..', import.meta.url).pathname;
const DOCUMENTS = 300;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  // `npm test` builds first; a lone run of this file builds the CLI when it is missing.
  if (!existsSync(join(REPO, 'dist', 'cli.js')))
    execFileSync('node', ['scripts/build.mjs', '--no-web'], { cwd: REPO, stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'pulse-crash-'));
  mkdirSync(join(dir, 'docs'));
  for (let i = 0; i < DOCUMENTS; i++)
    writeFileSync(join(dir, 'docs', `pm-${String(i).padStart(4, '0')}.md`), loadDocument(i));
  env = {
    ...process.env,
    DATABASE_URL: `file:${join(dir, 'pulse.db')}`,
    PULSE_DEMO: 'off',
    LOG_LEVEL: 'silent',
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runImport(): ChildProcess & {
  done: Promise<{ code: number | null; signal: string | null; stdout: string }>;
} {
  const child = spawn(process.execPath, [join(REPO, 'bin', 'pulse.js'), 'import', join(dir, 'docs')], {
    env,
    cwd: dir,
  });
  let stdout = '';
  child.stdout!.on('data', (d) => {
    stdout += d;
  });
  child.stderr!.resume();
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout })),
  );
  return Object.assign(child, { done });
}

async function scalar(query: string): Promise<number> {
  const client = createClient({ url: env.DATABASE_URL! });
  try {
    const rs = await client.execute(query);
    return Number(rs.rows[0]![0]);
  } finally {
    client.close();
  }
}

/** Count postmortems while another process writes; a busy database just means "try again". */
async function storedSoFar(): Promise<number> {
  try {
    return await scalar('select count(*) from postmortems');
  } catch {
    return -1;
  }
}

describe('crash safety of pulse import', () => {
  it('survives SIGKILL mid-import; the re-run completes with exact, consistent counts', async () => {
    const first = runImport();
    let seen = -1;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      seen = await storedSoFar();
      if (seen >= 40) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    first.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal, 'the import finished before it could be killed; make the corpus bigger').toBe(
      'SIGKILL',
    );
    const survived = await scalar('select count(*) from postmortems');
    expect(survived).toBeGreaterThanOrEqual(40);
    expect(survived).toBeLessThan(DOCUMENTS);

    const second = runImport();
    const finished = await second.done;
    expect(finished.code, finished.stdout).toBe(0);
    // Exact: what the killed run stored is unchanged, the rest is created, nothing else.
    expect(finished.stdout).toContain(
      `imported ${DOCUMENTS - survived}, updated 0, unchanged ${survived}, skipped 0, failed 0`,
    );

    const checks: Record<string, string> = {
      postmortems: 'select count(*) from postmortems',
      revisions: 'select count(*) from revisions',
      notExactlyOneRevision:
        'select count(*) from postmortems p where (select count(*) from revisions r where r.postmortem_id = p.id) <> 1',
      currentRevisionNotItsOwn:
        'select count(*) from postmortems p left join revisions r on r.id = p.current_revision_id where r.id is null or r.postmortem_id <> p.id',
      duplicateIdentities:
        'select count(*) from (select 1 from postmortems group by source, external_id having count(*) > 1)',
      orphanRevisions:
        'select count(*) from revisions where postmortem_id not in (select id from postmortems)',
      orphanSections: 'select count(*) from sections where revision_id not in (select id from revisions)',
      orphanFindings:
        'select count(*) from blame_findings where revision_id not in (select id from revisions) or postmortem_id not in (select id from postmortems)',
      orphanActionItems:
        'select count(*) from action_items where postmortem_id not in (select id from postmortems)',
      orphanCauseStatements:
        'select count(*) from cause_statements where postmortem_id not in (select id from postmortems)',
      orphanServices:
        'select count(*) from postmortem_services where postmortem_id not in (select id from postmortems)',
      postmortemsWithoutSections:
        'select count(*) from postmortems p where not exists (select 1 from sections s where s.revision_id = p.current_revision_id)',
      actionItems: 'select count(*) from action_items',
    };
    const found: Record<string, number> = {};
    for (const [name, query] of Object.entries(checks)) found[name] = await scalar(query);
    expect(found).toEqual({
      postmortems: DOCUMENTS,
      revisions: DOCUMENTS,
      notExactlyOneRevision: 0,
      currentRevisionNotItsOwn: 0,
      duplicateIdentities: 0,
      orphanRevisions: 0,
      orphanSections: 0,
      orphanFindings: 0,
      orphanActionItems: 0,
      orphanCauseStatements: 0,
      orphanServices: 0,
      postmortemsWithoutSections: 0,
      // Two items per generated document.
      actionItems: DOCUMENTS * 2,
    });
    // The cause analysis runs after the revision's batch, so a kill between the two leaves a postmortem
    // without cause features; the re-import's "unchanged" path must finish it.
    const withoutCauses = await scalar(
      'select count(*) from postmortems p where not exists (select 1 from cause_features f where f.postmortem_id = p.id)',
    );
    expect(withoutCauses).toBe(0);
  }, 180_000);
});
