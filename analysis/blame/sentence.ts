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

export function sentenceView(masked: string, start: number, end: number): SentenceView {
  const text = masked.slice(start, end);
  return { start, end, text, lower: text.toLowerCase().replace(/’/g, "'"), tokens: wordTokens(text, start) };
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
