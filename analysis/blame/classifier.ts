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

const model = modelJson as unknown as BlameModel;
// Maps: thousands of keys put a plain object in dictionary mode, and lookups are the hot path.
const blameWeights = new Map(Object.entries(model.weights));
const categoryWeights = new Map(Object.entries(model.categoryWeights));
export const MODEL_VERSION: string = model.version;
export const MODEL_THRESHOLD: number = model.threshold;
export const MODEL_DOCUMENT_THRESHOLD: number = model.documentThreshold;

/**
 * Every present feature counts 1/sqrt(n): a long sentence would otherwise pile up small weights until
 * any long sentence looked blameful (real postmortem sentences run far longer than labelled ones).
 */
export function featureValue(featureCount: number): number {
  return 1 / Math.sqrt(Math.max(1, featureCount));
}

function logistic(
  bias: number,
  weightOf: (feature: string) => number | undefined,
  features: readonly string[],
) {
  let sum = 0;
  for (const f of features) sum += weightOf(f) ?? 0;
  return 1 / (1 + Math.exp(-(bias + sum * featureValue(features.length))));
}

/** P(blame) under a model other than the shipped one (training and cross-validation). */
export function blameProbabilityWith(m: BlameModel, features: readonly string[]): number {
  return logistic(m.bias, (f) => m.weights[f], features);
}

export function blameProbability(features: readonly string[]): number {
  return logistic(model.bias, (f) => blameWeights.get(f), features);
}

/** The category head's score for each category id (higher is likelier). */
function categoryScores(features: readonly string[]): Map<string, number> {
  return categoryScoresWith(model, features, categoryWeights);
}

function categoryScoresWith(
  m: BlameModel,
  features: readonly string[],
  weights: ReadonlyMap<string, [number, number][]> = new Map(Object.entries(m.categoryWeights)),
): Map<string, number> {
  const scores = [...m.categoryBias];
  const value = featureValue(features.length);
  for (const f of features) {
    const pairs = weights.get(f);
    if (pairs) for (const [c, w] of pairs) scores[c]! += w * value;
  }
  return new Map(m.categories.map((id, c) => [id, scores[c]!]));
}

/** likelyCategory for a model other than the shipped one (training and cross-validation). */
export function likelyCategoryWith(m: BlameModel, features: readonly string[]): BlameCategory {
  return bestCategory(categoryScoresWith(m, features));
}

/** The category the model finds likeliest for a blameful sentence. */
export function likelyCategory(features: readonly string[]): BlameCategory {
  return bestCategory(categoryScores(features));
}

function bestCategory(scores: ReadonlyMap<string, number>): BlameCategory {
  let best: BlameCategory = 'proximal-actor';
  let top = Number.NEGATIVE_INFINITY;
  for (const [id, score] of scores) {
    if (score > top && (BLAME_CATEGORIES as readonly string[]).includes(id)) {
      best = id as BlameCategory;
      top = score;
    }
  }
  return best;
}
