// Test-only loader (node:fs); the analysis modules themselves stay free of runtime APIs.
import { readFileSync } from 'node:fs';

export interface LabelledCause {
  id: string;
  group: string;
  text: string;
  split: 'dev' | 'heldout';
}

/**
 * Rows of a labelled TSV (group, text). In `labelled-causes.tsv` alternating rows of each group go to
 * dev and held-out, fixed before any tuning; `labelled-causes-dev2.tsv` is all dev (pass `allDev`).
 */
export function loadLabelled(file = 'labelled-causes.tsv', allDev = false): LabelledCause[] {
  const tsv = readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8');
  const seen = new Map<string, number>();
  return tsv
    .trim()
    .split('\n')
    .slice(1)
    .map((line, i) => {
      const [group, text] = line.split('\t') as [string, string];
      const k = seen.get(group) ?? 0;
      seen.set(group, k + 1);
      return { id: `L${i + 1}`, group, text, split: allDev || k % 2 === 0 ? 'dev' : 'heldout' };
    });
}
