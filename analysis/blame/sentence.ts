import { type WordToken, wordTokens } from '../text/tokens.js';

/** One sentence as the rules see it: masked text (non-prose blanked), offsets into the exact input. */
export interface SentenceView {
  start: number;
  end: number;
  /** Masked sentence text: same length as input.slice(start, end). */
  text: string;
  /** Lowercased `text` with curly apostrophes straightened; same length. */
  lower: string;
  /** Words with absolute offsets. */
  tokens: WordToken[];
}

const QUOTED = /"[^"\n]{1,300}"|“[^”\n]{1,300}”/g;

export function sentenceView(masked: string, start: number, end: number): SentenceView {
  // Quoted speech ("the banner read “We made a mistake”") is not the author's claim: blank it, keeping length.
  const slice = masked.slice(start, end);
  const text =
    slice.includes('"') || slice.includes('“')
      ? slice.replace(QUOTED, (q) => (q.includes(' ') ? q[0] + ' '.repeat(q.length - 2) + q.at(-1) : q))
      : slice;
  const lower = text.toLowerCase().replace(/’/g, "'");
  return { start, end, text, lower, tokens: wordTokens(text, start, lower) };
}

/** Index of the first token starting at or after absolute offset `offset` (tokens.length when none). */
export function tokenIndexAt(tokens: readonly WordToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
