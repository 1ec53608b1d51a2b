/**
 * L2-regularised logistic and softmax regression over sparse binary features, trained with AdaGrad.
 *
 * Why not natural's LogisticRegressionClassifier: it turns every example into a dense vector over the whole
 * vocabulary (sylvester matrices), which at a few thousand sentences and tens of thousands of n-gram
 * features is gigabytes and hours. natural's BayesClassifier stays available as a baseline in
 * train-blame.ts. Training is deterministic: the example order comes from a seeded shuffle.
 */

import { mulberry32, type Random } from '../../analysis/generator/random.js';

export interface SparseExample {
  /** Indexes of the features present (binary). */
  x: readonly number[];
  /** Class index (binary: 0 or 1). */
  y: number;
  /** Importance; defaults to 1. */
  weight?: number;
  /** Value of every present feature (e.g. 1/sqrt(n) for length normalisation); defaults to 1. */
  value?: number;
}

export interface TrainOptions {
  epochs: number;
  /** L2 penalty per example step (weight decay scaled by the learning rate). */
  l2: number;
  learningRate: number;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 30, l2: 1e-4, learningRate: 0.3, seed: 1 };

function shuffledOrder(n: number, random: Random): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Softmax regression with `classes` outputs; binary logistic is the case classes = 1 (sigmoid). */
export function trainSparse(
  examples: readonly SparseExample[],
  featureCount: number,
  classes: number,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): { weights: Float64Array[]; bias: Float64Array } {
  const weights = Array.from({ length: classes }, () => new Float64Array(featureCount));
  const bias = new Float64Array(classes);
  const g2 = Array.from({ length: classes }, () => new Float64Array(featureCount).fill(1e-8));
  const b2 = new Float64Array(classes).fill(1e-8);
  const random = mulberry32(options.seed);
  const scores = new Float64Array(classes);
  const grad = new Float64Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const idx of shuffledOrder(examples.length, random)) {
      const ex = examples[idx]!;
      const importance = ex.weight ?? 1;
      const value = ex.value ?? 1;
      for (let c = 0; c < classes; c++) {
        let z = 0;
        for (const f of ex.x) z += weights[c]![f]!;
        scores[c] = bias[c]! + z * value;
      }
      if (classes === 1) {
        const p = 1 / (1 + Math.exp(-scores[0]!));
        grad[0] = (p - ex.y) * importance;
      } else {
        const top = Math.max(...scores);
        let sum = 0;
        for (let c = 0; c < classes; c++) sum += Math.exp(scores[c]! - top);
        for (let c = 0; c < classes; c++)
          grad[c] = (Math.exp(scores[c]! - top) / sum - (c === ex.y ? 1 : 0)) * importance;
      }
      for (let c = 0; c < classes; c++) {
        const gc = grad[c]!;
        const w = weights[c]!;
        const acc = g2[c]!;
        for (const f of ex.x) {
          const g = gc * value + options.l2 * w[f]!;
          acc[f]! += g * g;
          w[f]! -= (options.learningRate * g) / Math.sqrt(acc[f]!);
        }
        b2[c]! += gc * gc;
        bias[c]! -= (options.learningRate * gc) / Math.sqrt(b2[c]!);
      }
    }
  }
  return { weights, bias };
}
