// natural's BayesClassifier, the baseline scripts/train-blame.ts compares against (runtime inference is our own code).
declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  export default class BayesClassifier {
    features: Record<string, number>;
    /** The apparatus classifier underneath: per label, feature index -> smoothed count. */
    classifier: {
      classFeatures: Record<string, Record<number, number>>;
      classTotals: Record<string, number>;
      totalExamples: number;
      smoothing: number;
    };
    addDocument(tokens: string[], label: string): void;
    train(): void;
    getClassifications(tokens: string[]): { label: string; value: number }[];
  }
}
