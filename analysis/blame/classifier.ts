/**
 * Runtime side of the trained classifier (see scripts/train-blame.ts). Two model kinds share one
 * format of sparse per-feature weights: one-vs-rest logistic regression (a sigmoid per label) and
 * naive Bayes from `natural` (log-likelihoods per label plus log-priors, softmax over labels).
 * Inference is a sparse sum here, so the Worker bundle carries no `natural` code.
 */

import { sentenceFeatures } from './features.js';
import modelJson from './model.json';
import type { RuleHit } from './rules.js';
import type { SentenceView } from './sentence.js';
import { BLAME_CATEGORIES, type BlameCategory } from './types.js';

export interface BlameModel {
  version: string;
  /** Class labels in weight order: category ids and 'none'. */
  labels: string[];
  /** feature -> weight per label. */
  weights: Record<string, number[]>;
  /** Probability at which a sentence without rule hits gets a model finding; 1 disables that. */
  threshold: number;
  /** Absent or 'logistic': sigmoid per label. 'naive-bayes': `bias` holds log-priors, softmax over labels. */
  kind?: 'logistic' | 'naive-bayes';
  bias?: number[];
}

/** Features seen fewer times than this in training are dropped (noise on a few hundred sentences). */
export const MIN_FEATURE_COUNT = 2;

const model = modelJson as BlameModel;
export const MODEL_VERSION: string = model.version;
/** Whether the model may add findings at all (threshold < 1); lets callers skip the candidate check. */
export const MODEL_ENABLED: boolean = model.threshold < 1;
const CATEGORIES = new Set<string>(BLAME_CATEGORIES);

/**
 * Most likely label for a sentence and its probability. For naive Bayes the label is the likeliest
 * category and `p` the probability of any blame (1 - P(none)), which is what the threshold is about.
 */
export function classifyWith(m: BlameModel, features: readonly string[]): { label: string; p: number } {
  if (m.kind === 'naive-bayes') {
    const scores = m.labels.map((_, li) => m.bias?.[li] ?? 0);
    for (const f of features) {
      const w = m.weights[f];
      if (w) for (let li = 0; li < scores.length; li++) scores[li]! += w[li] ?? 0;
    }
    const top = Math.max(...scores);
    const exp = scores.map((x) => Math.exp(x - top));
    const sum = exp.reduce((a, b) => a + b, 0);
    let best = { label: 'none', p: 0 };
    let pNone = 0;
    m.labels.forEach((label, li) => {
      const p = exp[li]! / sum;
      if (label === 'none') pNone = p;
      else if (p > best.p) best = { label, p };
    });
    return { label: best.label, p: 1 - pNone };
  }
  let best = { label: 'none', p: 0 };
  for (let li = 0; li < m.labels.length; li++) {
    let z = 0;
    for (const f of features) z += m.weights[f]?.[li] ?? 0;
    const p = 1 / (1 + Math.exp(-z));
    if (p > best.p) best = { label: m.labels[li]!, p };
  }
  return best;
}

export function classify(features: readonly string[]): { label: string; p: number } {
  return classifyWith(model, features);
}

/** Weight of a rule hit after the model's vote: rules decide; the model only breaks near-ties. */
export function vetHit(_view: SentenceView, hit: RuleHit): number {
  return hit.weight;
}

/** A finding for a candidate sentence (mentions a person, no rule hit) when the model is confident enough. */
export function modelHit(view: SentenceView): RuleHit | null {
  if (model.threshold >= 1) return null;
  const guess = classify(sentenceFeatures(view, []));
  if (guess.label === 'none' || guess.p < model.threshold || !CATEGORIES.has(guess.label)) return null;
  return {
    category: guess.label as BlameCategory,
    ruleId: `model/${guess.label}`,
    weight: 0.5,
    agent: null,
    cueStart: view.start,
    cueEnd: view.start,
    parts: { cue: '' },
  };
}
