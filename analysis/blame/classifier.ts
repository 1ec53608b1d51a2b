/**
 * Runtime side of the trained classifier (see scripts/train-blame.ts). The model is one-vs-rest
 * logistic regression from `natural`, exported as pruned per-feature weights; inference is a sparse dot
 * product here, so the Worker bundle carries no `natural` code.
 */
import modelJson from './model.json';
import { sentenceFeatures } from './features.js';
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
}

/** Features seen fewer times than this in training are dropped (noise on a few hundred sentences). */
export const MIN_FEATURE_COUNT = 2;

const model = modelJson as BlameModel;
export const MODEL_VERSION: string = model.version;
/** Whether the model may add findings at all (threshold < 1); lets callers skip the candidate check. */
export const MODEL_ENABLED: boolean = model.threshold < 1;
const CATEGORIES = new Set<string>(BLAME_CATEGORIES);

/** Most likely label for a sentence and its probability. */
export function classify(features: readonly string[]): { label: string; p: number } {
  let best = { label: 'none', p: 0 };
  for (let li = 0; li < model.labels.length; li++) {
    let z = 0;
    for (const f of features) z += model.weights[f]?.[li] ?? 0;
    const p = 1 / (1 + Math.exp(-z));
    if (p > best.p) best = { label: model.labels[li]!, p };
  }
  return best;
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
