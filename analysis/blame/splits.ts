/**
 * Which labelled rows belong to which named split (used by scripts/eval-blame.ts and
 * scripts/train-blame.ts). dev4.jsonl is partitioned by a hash of the id, not by position, so both parts
 * mix categories and writing order: `dev4a` (~60%) is for tuning and training, `dev4b` (~40%) is held
 * out and measured only for the baseline and the final figures.
 */
import { fnv1a } from './hash.js';

export function dev4Part(id: string): 'a' | 'b' {
  return Number.parseInt(fnv1a(`dev4-split:${id}`), 16) % 10 < 6 ? 'a' : 'b';
}

/** The data file a split is read from, and the filter that selects its rows. */
export function splitSource(split: string): { file: string; keep: (id: string) => boolean } {
  const part = /^dev4([ab])$/.exec(split)?.[1];
  if (!part) return { file: split, keep: () => true };
  return { file: 'dev4', keep: (id) => dev4Part(id) === part };
}
