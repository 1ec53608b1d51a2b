/** A word of a text with its UTF-16 offsets into that text (end exclusive). */
export interface WordToken {
  /** As written. */
  raw: string;
  /** Lowercased, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

// Words keep inner apostrophes and hyphens ("didn't", "on-call", "Mark's") and a leading @ for handles:
// exactly the matches of WORD_PATTERN, found by a hand-written scan (the regex was the costliest part of
// tokenizing; tokens.test.ts checks the scan against it). Linear time on any input.
export const WORD_PATTERN = /@?[\p{L}\p{N}_]+(?:['’\-.][\p{L}\p{N}_]+)*/gu;

const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
/** Per BMP code unit: 0 not yet known, 1 a word character, 2 not one. */
const BMP_WORD = new Uint8Array(65_536);
for (let c = 0; c < 128; c++) BMP_WORD[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 2;
// Surrogates are never word characters on their own; pairs are looked at as one code point below.
BMP_WORD.fill(2, 0xd800, 0xe000);

/** UTF-16 length of the word character at `i` (1 or 2), or 0 when there is none. */
function wordCharLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = BMP_WORD[c]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    BMP_WORD[c] = known;
  }
  return known === 1 ? 1 : 0;
}

function isConnector(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e; // ' ’ - .
}

/**
 * Words of `text` with offsets relative to `base` (so callers can tokenize a slice of a larger text).
 * `lowered`, when the caller already has it, must be `text` lowercased with curly apostrophes
 * straightened; token `lower`s are then sliced from it instead of lowercased one by one.
 */
export function wordTokens(text: string, base = 0, lowered?: string): WordToken[] {
  // Slicing is only the same as lowercasing each word when lowercasing kept every character's width
  // and no final sigma is involved (the one context-dependent lowercase mapping).
  const aligned = lowered !== undefined && lowered.length === text.length && !text.includes('Σ');
  const out: WordToken[] = [];
  let i = 0;
  while (i < text.length) {
    let end: number;
    if (text.charCodeAt(i) === 0x40 && wordCharLength(text, i + 1) > 0) end = i + 1;
    else if (wordCharLength(text, i) > 0) end = i;
    else {
      // No word starts here. Stepping one code unit, even into a surrogate pair, is safe: a low
      // surrogate on its own never starts a word.
      i++;
      continue;
    }
    for (let n = wordCharLength(text, end); n > 0; n = wordCharLength(text, end)) end += n;
    while (isConnector(text.charCodeAt(end)) && wordCharLength(text, end + 1) > 0) {
      end++;
      for (let n = wordCharLength(text, end); n > 0; n = wordCharLength(text, end)) end += n;
    }
    const raw = text.slice(i, end);
    out.push({
      raw,
      lower: aligned ? lowered.slice(i, end) : lowerWord(raw),
      start: base + i,
      end: base + end,
    });
    i = end;
  }
  return out;
}

function lowerWord(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
