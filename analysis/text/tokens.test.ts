import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_PATTERN, wordTokens } from './tokens.js';

/** The definition the scan must reproduce: every match of WORD_PATTERN. */
function byRegex(text: string, base: number) {
  return [...text.matchAll(new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags))].map((m) => ({
    raw: m[0],
    lower: m[0].toLowerCase().replace(/’/g, "'"),
    start: base + m.index,
    end: base + m.index + m[0].length,
  }));
}

describe('wordTokens', () => {
  it('keeps inner apostrophes, hyphens and dots, and a leading @', () => {
    expect(wordTokens("@mei-ling didn't run v1.2 on-call. Bob’s @ x").map((t) => t.raw)).toEqual([
      '@mei-ling',
      "didn't",
      'run',
      'v1.2',
      'on-call',
      'Bob’s',
      'x',
    ]);
  });

  // Letters and digits of several scripts and planes, combining marks, lone and paired surrogates,
  // connectors and the characters whose lowercase is wider or context-dependent.
  const unit = fc.constantFrom(
    ...['a', 'Z', '7', '_', '@', "'", '’', '-', '.', ' ', ',', '\n', 'é', 'Σ', 'İ', 'ß', '٣', '²', '中'],
    ...['\u0301', '\ud835\udc00', '\ud83d\ude00', '\ud800', '\udc00', '\ud835', '\ud801\udc28'],
  );

  it('finds exactly the matches of the word pattern', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.nat(1000), (text, base) => {
        expect(wordTokens(text, base)).toEqual(byRegex(text, base));
      }),
      { numRuns: 3000 },
    );
  });

  it('slices lowercase words from a lowered text only where that is the same', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const lowered = text.toLowerCase().replace(/’/g, "'");
        expect(wordTokens(text, 0, lowered)).toEqual(byRegex(text, 0));
      }),
      { numRuns: 3000 },
    );
  });
});
