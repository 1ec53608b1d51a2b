import { COMPONENT_PREFIX, CONCEPT_PREFIX } from './analyze.js';
import { conceptById, SPECIFIC_CONCEPT_WEIGHT } from './concepts.js';
import type { CauseFeatures } from './types.js';

/** Inverse document frequency of a term in the collection the features are compared within. */
export type Idf = (term: string) => number;

/** Smoothed idf (never below 1) so that a term seen everywhere still counts a little. */
export function idfFromCounts(df: (term: string) => number, documents: number): Idf {
  return (term) => Math.log((documents + 1) / (df(term) + 1)) + 1;
}

/** Every term equally informative: for comparing two texts with no collection around them. */
export const FLAT_IDF: Idf = () => 1;

export type TermKind = 'concept' | 'component' | 'word';

export function termKind(term: string): TermKind {
  if (term.startsWith(CONCEPT_PREFIX)) return 'concept';
  if (term.startsWith(COMPONENT_PREFIX)) return 'component';
  return 'word';
}

/** Word cosine that lets a shared but not leading mechanism count (tuned on the dev half). */
const CORROBORATING_WORD_SIMILARITY = 0.5;

/** Block weights: the mechanism dominates, wording helps, location barely moves the score. */
const BOTH_MECHANISMS = { concept: 0.62, word: 0.3, component: 0.08 };
/** One side names a known mechanism and the other none: wording can still match, at a discount. */
const ONE_MECHANISM = { concept: 0, word: 0.6, component: 0.1 };
/** Neither side names a known mechanism: wording is all there is. */
const NO_MECHANISM = { concept: 0, word: 0.8, component: 0.15 };

interface Split {
  concept: Map<string, number>;
  component: Map<string, number>;
  word: Map<string, number>;
  specific: Set<string>;
  /** The highest-weighted specific concept: the mechanism the text leads with. */
  primary: string | null;
}

function split(features: CauseFeatures, idf: Idf): Split {
  const out: Split = {
    concept: new Map(),
    component: new Map(),
    word: new Map(),
    specific: new Set(),
    primary: null,
  };
  let primaryWeight = 0;
  for (const [term, weight] of Object.entries(features.terms)) {
    const kind = termKind(term);
    if (kind === 'concept') {
      // No idf on concepts: a common mechanism is still the same mechanism.
      out.concept.set(term, weight);
      // Specificity is the concept's own, not the term weight: a mechanism named only in the summary
      // is still that mechanism, just with less weight.
      const specific =
        (conceptById(term.slice(CONCEPT_PREFIX.length))?.weight ?? 0) >= SPECIFIC_CONCEPT_WEIGHT;
      if (!specific) continue;
      out.specific.add(term);
      if (weight > primaryWeight) {
        primaryWeight = weight;
        out.primary = term;
      }
    } else {
      out[kind].set(term, weight * idf(term));
    }
  }
  return out;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other;
  }
  if (dot === 0) return 0;
  let na = 0;
  let nb = 0;
  for (const w of a.values()) na += w * w;
  for (const w of b.values()) nb += w * w;
  return dot / Math.sqrt(na * nb);
}

/**
 * Similarity of two causes in [0, 1]: weighted cosine per block (mechanism concepts, stemmed words,
 * components). When both causes name specific mechanisms and share none, only the concept block can
 * lift the score and it is zero, so a shared location or shared generic words cannot make a match.
 */
export function similarity(a: CauseFeatures, b: CauseFeatures, idf: Idf = FLAT_IDF): number {
  const sa = split(a, idf);
  const sb = split(b, idf);
  const word = cosine(sa.word, sb.word);
  const component = cosine(sa.component, sb.component);
  const hasA = sa.specific.size > 0;
  const hasB = sb.specific.size > 0;
  if (hasA && hasB) {
    // Each side's leading mechanism must appear in the other: a consequence one text mentions in
    // passing ("... and CPU spiked") must not tie it to a text whose cause is exactly that.
    // A mechanism both mention but only one leads with counts when the wording agrees as well.
    // Same leading mechanism; two texts that each lead with a different one but mention the other's
    // are mixtures and need the wording to agree as well.
    const leadsBoth = sa.primary === sb.primary;
    const overlaps = [...sa.specific].some((id) => sb.specific.has(id));
    const sharesMechanism = leadsBoth || (overlaps && word >= CORROBORATING_WORD_SIMILARITY);
    const concept = cosine(sa.concept, sb.concept);
    const score =
      BOTH_MECHANISMS.concept * concept + BOTH_MECHANISMS.word * word + BOTH_MECHANISMS.component * component;
    // Different mechanisms: the wording overlap is about where, not what; cap below any threshold.
    return sharesMechanism ? score : Math.min(score, 0.5 * score);
  }
  const weights = hasA || hasB ? ONE_MECHANISM : NO_MECHANISM;
  return weights.word * word + weights.component * component;
}
