/**
 * Runtime side of the trained classifier (scripts/train-blame.ts writes model.json). Two logistic heads
 * over the sparse features of features.ts: P(blame) for a candidate sentence, and the likeliest category
 * when a sentence is blameful but no rule named one. Inference is a sparse sum, so the Worker bundle
 * carries no training code.
 */
import modelJson from './model.json';
import { BLAME_CATEGORIES, type BlameCategory } from './types.js';

export interface BlameModel {
  version: string;
  /** P(blame) at or above which a candidate sentence is blameful, in a text of a few sentences. */
  threshold: number;
  /**
   * The same for a sentence without a rule hit in a whole document. Most sentences of a postmortem are
   * not blame, a lower base rate than a sentence someone lints on its own, so the model alone must be
   * surer; chosen in training so that few written blameless documents get a finding.
   */
  documentThreshold: number;
  bias: number;
  /** feature -> weight of the blame head. */
  weights: Record<string, number>;
  /** Category ids in the order of `categoryBias`. */
  categories: string[];
  categoryBias: number[];
  /** feature -> [category index, weight] pairs (sparse: most features say nothing about most categories). */
  categoryWeights: Record<string, [number, number][]>;
}

/** A model ready to score: weights in Maps (thousands of keys put a plain object in dictionary mode). */
export interface CompiledModel {
  /** P(blame) for a sentence's features. */
  blameProbability(features: readonly string[]): number;
  /** The category the model finds likeliest for a blameful sentence. */
  likelyCategory(features: readonly string[]): BlameCategory;
}

export function compileModel(m: BlameModel): CompiledModel {
  const blameWeights = new Map(Object.entries(m.weights));
  const categoryWeights = new Map(Object.entries(m.categoryWeights));
  return {
    blameProbability(features) {
      let sum = 0;
      for (const f of features) sum += blameWeights.get(f) ?? 0;
      return 1 / (1 + Math.exp(-(m.bias + sum * featureValue(features.length))));
    },
    likelyCategory(features) {
      const scores = [...m.categoryBias];
      const value = featureValue(features.length);
      for (const f of features) {
        const pairs = categoryWeights.get(f);
        if (pairs) for (const [c, w] of pairs) scores[c]! += w * value;
      }
      let best: BlameCategory = 'proximal-actor';
      let top = Number.NEGATIVE_INFINITY;
      m.categories.forEach((id, c) => {
        if (scores[c]! > top && (BLAME_CATEGORIES as readonly string[]).includes(id)) {
          best = id as BlameCategory;
          top = scores[c]!;
        }
      });
      return best;
    },
  };
}

/**
 * Every present feature counts 1/sqrt(n): a long sentence would otherwise pile up small weights until
 * any long sentence looked blameful (real postmortem sentences run far longer than labelled ones).
 */
export function featureValue(featureCount: number): number {
  return 1 / Math.sqrt(Math.max(1, featureCount));
}

const model = modelJson as unknown as BlameModel;
/** The shipped model. */
export const shippedModel: CompiledModel = compileModel(model);
export const MODEL_VERSION: string = model.version;
export const MODEL_THRESHOLD: number = model.threshold;
export const MODEL_DOCUMENT_THRESHOLD: number = model.documentThreshold;
