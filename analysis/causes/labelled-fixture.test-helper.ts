// Test-only loader (node:fs); the analysis modules themselves stay free of runtime APIs.
import { readFileSync } from 'node:fs';

export interface LabelledCause {
  id: string;
  group: string;
  text: string;
  split: 'dev' | 'heldout';
}

/** Alternating rows of each group go to dev and held-out, fixed before any tuning. */
export function loadLabelled(): LabelledCause[] {
  const tsv = readFileSync(new URL('./data/labelled-causes.tsv', import.meta.url), 'utf8');
  const seen = new Map<string, number>();
  return tsv
    .trim()
    .split('\n')
    .slice(1)
    .map((line, i) => {
      const [group, text] = line.split('\t') as [string, string];
      const k = seen.get(group) ?? 0;
      seen.set(group, k + 1);
      return { id: `L${i + 1}`, group, text, split: k % 2 === 0 ? 'dev' : 'heldout' };
    });
}
