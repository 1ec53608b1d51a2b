import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralGroups, requiredLiterals } from './prefilter.js';

const sorted = (xs: string[] | null) => (xs ? [...xs].sort() : xs);

describe('requiredLiterals', () => {
  it.each([
    [/\b(?:obviously|clearly)\b,?/g, ['clearly', 'obviously']],
    [/\bif (?:only )?(?<subj>(?:[\w@'.-]+ ){1,4}?)(?:had|hadn't)/g, ['if ']],
    [/(?:,|;|\band\b)\s*(?:caus(?:ed|es)|le(?:d|ads) to)\b/g, ['caused', 'causes', 'leads to', 'led to']],
    [/\b(?:re-?train(?:ed|s)?)\b/g, ['re-train', 'retrain']],
    [/(?<!never )(?:restored|fixed)\b/g, ['fixed', 'restored']],
    [/x(?=ab)ab/g, ['xab']], // assertions consume nothing, so the literals around them are contiguous
    [/abc(?:de)+f/g, ['abc']], // the longest certain run wins over "de" and "f"
    [/[a-z]+ing/g, ['ing']],
    [/abc*/g, ['ab']],
  ])('%s', (re, expected) => {
    expect(sorted(requiredLiterals(re))).toEqual(expected);
  });

  it('gives up where it cannot be sure', () => {
    expect(requiredLiterals(/\w+/g)).toBeNull();
    expect(requiredLiterals(/abc|\d+/g)).toBeNull(); // one branch has no literal
    expect(requiredLiterals(/Hello/gi)).toBeNull(); // case-insensitive: literals would not be exact
    expect(requiredLiterals(/a\u2019b/g)).toBeNull(); // escapes other than punctuation count as unknown
    expect(requiredLiterals(/(?:abc)?/g)).toBeNull(); // can match the empty string
  });

  it('keeps only the shortest of nested literals', () => {
    expect(sorted(requiredLiterals(/\b(?:error|errors|terror)\b/g))).toEqual(['error']);
  });

  // Soundness: every string a regex matches contains one of its literals.
  const piece = fc.constantFrom('ab', 'ba', 'abc', 'cab', ' ', 'a', 'b', 'c', "'s ", 'x-y');
  const regexSource: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      piece.map((p) => p.replace(/[-']/g, (c) => `\\${c}`)),
      fc.constantFrom('[a-c]', '\\s', '\\w', '.'),
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => `${a}${b}`),
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(?:${a}|${b})`),
      fc
        .tuple(tie('node'), fc.constantFrom('?', '*', '+', '{2}', '{0,2}', '{1,3}'))
        .map(([a, q]) => `(?:${a})${q}`),
    ),
  })).node;

  it('never names literals a match can lack', () => {
    fc.assert(
      fc.property(
        regexSource.chain((source) => {
          const re = new RegExp(source);
          return fc.tuple(fc.constant(source), fc.stringMatching(re));
        }),
        ([source, text]) => {
          const re = new RegExp(source, 'g');
          const literals = requiredLiterals(re, 1);
          const match = new RegExp(source).exec(text);
          if (!literals || !match) return;
          expect(literals.some((l) => match[0].includes(l))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('LiteralGroups', () => {
  it('reports the groups with a literal in the text, and groups without literals always', () => {
    const groups = new LiteralGroups([['the moment'], ['moment', 'xyz'], null, ["n't "], ['he'], ['😀b']]);
    expect([...groups.present("at the moment they didn't see 😀b")]).toEqual([1, 1, 1, 1, 1, 1]);
    expect([...groups.present('a moment')]).toEqual([0, 1, 1, 0, 0, 0]);
    expect([...groups.present('')]).toEqual([0, 0, 1, 0, 0, 0]);
    // Same high surrogate, different low one: not the literal.
    expect([...groups.present('😁b')]).toEqual([0, 0, 1, 0, 0, 0]);
  });

  it('agrees with includes() on every group', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '.', "'", '\ud83d', '\ude00');
    const literal = fc.string({ unit, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.array(literal, { minLength: 1, maxLength: 4 }), { nil: null }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.string({ unit: fc.oneof(unit, fc.constantFrom('c', 'é')), maxLength: 40 }),
        (groups, text) => {
          const expected = groups.map((g) => (g === null || g.some((l) => text.includes(l)) ? 1 : 0));
          expect([...new LiteralGroups(groups).present(text)]).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
