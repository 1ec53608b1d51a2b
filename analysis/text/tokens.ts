/** A word of a text with its UTF-16 offsets into that text (end exclusive). */
export interface WordToken {
  /** As written. */
  raw: string;
  /** Lowercased, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

// Words keep inner apostrophes and hyphens ("didn't", "on-call", "Mark's") and a leading @ for handles.
// Only bounded character classes: linear time on any input.
const WORD = /@?[\p{L}\p{N}_]+(?:['’\-.][\p{L}\p{N}_]+)*/gu;

/** Words of `text` with offsets relative to `base` (so callers can tokenize a slice of a larger text). */
export function wordTokens(text: string, base = 0): WordToken[] {
  const out: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    out.push({
      raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      start: base + m.index,
      end: base + m.index + raw.length,
    });
  }
  return out;
}
