import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh database file in its own temp folder. */
export async function tempDatabaseUrl(): Promise<{ url: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-test-'));
  return {
    url: `file:${join(dir, 'pulse.db')}`,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Resolves a path under the shared corpus (../shared/corpus from the repository root). */
export function corpusPath(...parts: string[]): string {
  return join(new URL('../../shared/corpus', import.meta.url).pathname, ...parts);
}
