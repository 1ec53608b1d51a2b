/**
 * Trains the blame classifier and writes analysis/blame/model.json.
 *
 *   npm run train:blame                 # cross-validate, pick the threshold, train on everything, write the model
 *   npm run train:blame -- --cv-only    # cross-validation report only
 *   npm run train:blame -- --extra dismissed.jsonl   # add rows of the same schema (e.g. exported dismissals)
 *   npm run train:blame -- --cv-only --bayes         # the same cross-validation for natural's BayesClassifier
 *   npm run train:blame -- --cv-only --errors gen-c  # list one file's cross-validation errors (`gate`: the
 *                                                    # blameful sentences the model is never asked about)
 * Tuning flags (defaults are what ships): --epochs --l2 --lr --blame-features --category-features
 * --background-weight --document-budget.
 *
 * Two heads over the same sparse features (analysis/blame/features.ts), both L2 logistic regression
 * (scripts/lib/sparse-logistic.ts): P(blame) for sentences the model is asked about, and the likeliest
 * category among blameful ones. Training reads TRAINING_SPLITS only; `test` and `dev6` (and the documents)
 * are held out for scripts/eval-blame.ts and never read here.
 *
 * Cross-validation over the training rows, leaving out one labelled file (one author) at a time, picks
 * the probability threshold: the best F1 whose hard-negative false-positive rate stays within
 * HARD_NEGATIVE_BUDGET.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import { type BlameModel, compileModel, featureValue } from '../analysis/blame/classifier.js';
import { sentenceEvidence, systemNamesIn } from '../analysis/blame/features.js';
import { fnv1a } from '../analysis/blame/hash.js';
import { sentenceView } from '../analysis/blame/sentence.js';
import { BLAME_CATEGORIES } from '../analysis/blame/types.js';
import { documentOf, generateIncidents } from '../analysis/generator/index.js';
import { segmentSentences } from '../analysis/text/segment.js';
import { DEFAULT_TRAIN_OPTIONS, type SparseExample, trainSparse } from './lib/sparse-logistic.js';

/** Every labelled file except the held-out ones (test, dev6); see analysis/blame/data/README.md. */
const TRAINING_SPLITS = [
  'train',
  'dev2',
  'dev3',
  'dev4',
  'dev5',
  'gen-a',
  'gen-b',
  'gen-c',
  'gen-d',
  'gen-e',
  'gen-f',
  'gen-g',
  'gen-h',
  'gen-i',
  'gen-j',
  'gen-k',
  'gen-l',
  'gen-m',
  'gen-n',
  'gen-o',
  'gen-p',
  'gen-q',
  'gen-r',
  'gen-s',
  'gen-t',
  'gen-u',
  'gen-v',
  'gen-w',
  'gen-x',
];
const HARD_NEGATIVE_BUDGET = 0.08;
const numberArg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
/**
 * Share of written blameless documents (data/blameless-*) that may get a finding. Those documents are
 * adversarial (each full of near-blame), and rule hits alone, judged as in a lone sentence, already flag
 * about a fifth of them; the classifier-only document threshold may add a few more.
 */
const BLAMELESS_DOCUMENT_BUDGET = numberArg('document-budget', 0.25);
const OPTIONS = {
  ...DEFAULT_TRAIN_OPTIONS,
  epochs: numberArg('epochs', DEFAULT_TRAIN_OPTIONS.epochs),
  l2: numberArg('l2', DEFAULT_TRAIN_OPTIONS.l2),
  learningRate: numberArg('lr', DEFAULT_TRAIN_OPTIONS.learningRate),
};
/** Features seen fewer times than this in training are dropped. */
const MIN_FEATURE_COUNT = 2;
const BLAME_FEATURES = numberArg('blame-features', 4000);
const CATEGORY_FEATURES = numberArg('category-features', 400);

interface Row {
  id: string;
  text: string;
  blameful: boolean;
  category: string | null;
  hard: boolean;
}

const root = pathToFileURL(`${process.cwd()}/`);
const args = process.argv.slice(2);

function readRows(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

const rows: (Row & { split: string })[] = [];
for (const split of TRAINING_SPLITS) {
  const path = new URL(`analysis/blame/data/${split}.jsonl`, root).pathname;
  rows.push(...readRows(path).map((r) => ({ ...r, split })));
}
const extraAt = args.indexOf('--extra');
if (extraAt >= 0 && args[extraAt + 1])
  rows.push(...readRows(args[extraAt + 1]!).map((r) => ({ ...r, split: 'extra' })));

interface Example {
  row: Row & { split: string };
  /** Importance in training (background sentences count less than labelled ones). */
  weight: number;
  /** From a whole blameless document rather than the labelled sets: that document's name. */
  background?: string;
  features: string[];
  ruleHit: boolean;
  candidate: boolean;
}

const examples: Example[] = rows.map((row) => {
  const { masked } = segmentSentences(row.text);
  const evidence = sentenceEvidence(sentenceView(masked, 0, row.text.length), systemNamesIn(masked));
  return {
    row,
    weight: 1,
    features: evidence.features,
    ruleHit: evidence.ruleHits.length > 0,
    candidate: evidence.candidate,
  };
});

/**
 * Whole blameless documents, segmented as the runtime segments them, give the model what labelled
 * sentences lack: headings, table cells, status lines, action items and timelines full of names, all not
 * blame. Sources: the demo generator's blameless documents and the blameless documents in data/blameless-*.
 * Each distinct candidate sentence becomes a negative at BACKGROUND_WEIGHT.
 */
const BACKGROUND_WEIGHT = numberArg('background-weight', 0.5);
function backgroundExamples(): Example[] {
  const texts: { source: string; doc: string; text: string }[] = [];
  for (const incident of generateIncidents({ seed: 20261125, postmortems: 300, endDate: '2026-11-01' }))
    if (!incident.blameful)
      texts.push({
        source: 'generator',
        doc: `generator/${incident.index}`,
        text: documentOf(incident).text,
      });
  for (const dir of ['blameless-a', 'blameless-b']) {
    const path = new URL(`analysis/blame/data/${dir}/`, root).pathname;
    for (const file of readdirSync(path).filter((f) => f.endsWith('.md')))
      texts.push({ source: dir, doc: `${dir}/${file}`, text: readFileSync(`${path}${file}`, 'utf8') });
  }
  const seen = new Set<string>();
  const out: Example[] = [];
  for (const { source, doc, text } of texts) {
    const { masked, sentences } = segmentSentences(text);
    const systemNames = systemNamesIn(masked);
    for (const span of sentences) {
      const view = sentenceView(masked, span.start, span.end);
      const evidence = sentenceEvidence(view, systemNames);
      if (!evidence.candidate) continue;
      const key = view.lower.replace(/[^a-z]+/g, ' ').trim();
      if (seen.has(key)) continue;
      seen.add(key);
      const id = `${source}:${fnv1a(key)}`;
      out.push({
        row: { id, text: view.text, blameful: false, category: null, hard: false, split: source },
        weight: BACKGROUND_WEIGHT,
        background: doc,
        features: evidence.features,
        ruleHit: evidence.ruleHits.length > 0,
        candidate: true,
      });
    }
  }
  return out;
}
if (!args.includes('--no-background')) examples.push(...backgroundExamples());

interface Trained {
  model: BlameModel;
  predict: (features: readonly string[]) => number;
  category: (features: readonly string[]) => string;
}

function train(set: readonly Example[]): Trained {
  const candidates = set.filter((e) => e.candidate);
  const counts = new Map<string, number>();
  for (const e of candidates) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= MIN_FEATURE_COUNT).map(([f]) => f);
  const index = new Map(names.map((f, i) => [f, i]));
  const toX = (features: readonly string[]) =>
    features.map((f) => index.get(f)).filter((i): i is number => i !== undefined);
  const binary: SparseExample[] = candidates.map((e) => ({
    x: toX(e.features),
    y: e.row.blameful ? 1 : 0,
    weight: e.weight,
    value: featureValue(e.features.length),
  }));
  const blame = trainSparse(binary, names.length, 1, OPTIONS);
  const positives = candidates.filter((e) => e.row.blameful && e.row.category);
  const categoryExamples: SparseExample[] = positives.map((e) => ({
    x: toX(e.features),
    value: featureValue(e.features.length),
    y: BLAME_CATEGORIES.indexOf(e.row.category as (typeof BLAME_CATEGORIES)[number]),
  }));
  const category = trainSparse(categoryExamples, names.length, BLAME_CATEGORIES.length, OPTIONS);

  // Only the strongest weights ship (the Worker bundle carries the model): the blame head keeps
  // BLAME_FEATURES, the category head CATEGORY_FEATURES per category, rounded to one decimal (it only
  // picks an argmax). Cross-validation runs on the pruned model, so its figures are what ships.
  const strongest = (w: Float64Array, k: number) =>
    [...w.keys()]
      .filter((i) => Math.abs(w[i]!) >= 0.01)
      .sort((a, b) => Math.abs(w[b]!) - Math.abs(w[a]!))
      .slice(0, k);
  const weights: Record<string, number> = {};
  for (const i of strongest(blame.weights[0]!, BLAME_FEATURES))
    weights[names[i]!] = round(blame.weights[0]![i]!);
  const categoryWeights: Record<string, [number, number][]> = {};
  category.weights.forEach((w, c) => {
    for (const i of strongest(w, CATEGORY_FEATURES)) {
      const pairs = categoryWeights[names[i]!] ?? [];
      pairs.push([c, Math.round(w[i]! * 10) / 10]);
      categoryWeights[names[i]!] = pairs;
    }
  });
  const model: BlameModel = {
    version: '',
    threshold: 1,
    documentThreshold: 1,
    bias: round(blame.bias[0]!),
    weights,
    categories: [...BLAME_CATEGORIES],
    categoryBias: [...category.bias].map(round),
    categoryWeights,
  };
  const compiled = compileModel(model);
  return {
    model,
    predict: (features) => compiled.blameProbability(features),
    category: (features) => compiled.likelyCategory(features),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

interface Scored {
  e: Example;
  p: number;
  category?: string;
}

function evaluate(scored: readonly Scored[], fires: (s: Scored) => boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let hard = 0;
  let hardFp = 0;
  for (const s of scored) {
    const pred = fires(s);
    if (s.e.row.blameful && pred) tp++;
    if (!s.e.row.blameful && pred) fp++;
    if (s.e.row.blameful && !pred) fn++;
    if (!s.e.row.blameful && s.e.row.hard) {
      hard++;
      if (pred) hardFp++;
    }
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return {
    f1: (2 * precision * recall) / (precision + recall || 1),
    precision,
    recall,
    hardFpRate: hardFp / (hard || 1),
  };
}

const fmt = (m: ReturnType<typeof evaluate>) =>
  `F1 ${m.f1.toFixed(3)}  P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  hard-neg FP ${(100 * m.hardFpRate).toFixed(1)}%`;

/**
 * natural's BayesClassifier on the same features and candidates, as a baseline (`--bayes`): it is what the
 * logistic model has to beat to be worth its trainer. Its P(blame) is its normalised score for 'blame'.
 */
function trainBayes(set: readonly Example[]): Trained['predict'] {
  const nb = new BayesClassifier();
  for (const e of set) if (e.candidate) nb.addDocument(e.features, e.row.blameful ? 'blame' : 'none');
  nb.train();
  return (features) => {
    const scores = nb.getClassifications([...features]);
    const total = scores.reduce((sum, s) => sum + s.value, 0);
    return (scores.find((s) => s.label === 'blame')?.value ?? 0) / (total || 1);
  };
}

/**
 * Folds: one per labelled file (leave-one-author-out), since what matters is how the model does on
 * wording from someone it never saw; background sentences are spread over the folds by hash.
 */
const splitNames = [...new Set(examples.filter((e) => !e.background).map((e) => e.row.split))];
const FOLDS = splitNames.length;
const foldOf = (e: Example) =>
  e.background ? Number.parseInt(fnv1a(`blame-cv:${e.row.id}`), 16) % FOLDS : splitNames.indexOf(e.row.split);
const scored: Scored[] = [];
for (let k = 0; k < FOLDS; k++) {
  const trainSet = examples.filter((e) => foldOf(e) !== k);
  const fit = args.includes('--bayes')
    ? { predict: trainBayes(trainSet), category: () => '' }
    : train(trainSet);
  for (const e of examples.filter((x) => foldOf(x) === k))
    scored.push({ e, p: e.candidate ? fit.predict(e.features) : 0, category: fit.category(e.features) });
  process.stderr.write(`fold ${k + 1}/${FOLDS}\n`);
}

const labelled = scored.filter((s) => !s.e.background);
const background = scored.filter((s) => s.e.background);
const backgroundRate = (t: number) =>
  `background flagged ${((100 * background.filter((s) => s.p >= t).length) / (background.length || 1)).toFixed(1)}%`;
console.log(
  `${labelled.length} labelled sentences (${labelled.filter((s) => s.e.candidate).length} candidates), ${background.length} background sentences`,
);
console.log(
  `candidates cover ${labelled.filter((s) => s.e.row.blameful && s.e.candidate).length}/${labelled.filter((s) => s.e.row.blameful).length} blameful sentences`,
);
console.log(`rules only (cross-split)   ${fmt(evaluate(labelled, (s) => s.e.ruleHit))}`);
const thresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
let chosen = 1;
let best = -1;
for (const t of thresholds) {
  const m = evaluate(labelled, (s) => s.p >= t);
  console.log(`model p >= ${t.toFixed(2)}            ${fmt(m)}  ${backgroundRate(t)}`);
  if (m.hardFpRate <= HARD_NEGATIVE_BUDGET && m.f1 > best) {
    best = m.f1;
    chosen = t;
  }
}
console.log(`chosen threshold ${chosen}`);
const categorised = labelled.filter((s) => s.e.row.blameful && s.e.candidate);
console.log(
  `category head picks the labelled category for ${((100 * categorised.filter((s) => s.category === s.e.row.category).length) / categorised.length).toFixed(1)}% of blameful sentences`,
);

// Whole documents. A sentence with a rule hit is judged as it is alone (p >= the sentence threshold: the
// canonical "The on-call should have noticed the alert" must not vanish inside a document); one without
// needs p >= documentThreshold, the lowest that flags at most BLAMELESS_DOCUMENT_BUDGET of the written
// (non-generated) blameless documents.
const writtenDocs = new Map<string, Scored[]>();
for (const s of background)
  if (!s.e.background!.startsWith('generator/'))
    writtenDocs.set(s.e.background!, [...(writtenDocs.get(s.e.background!) ?? []), s]);
const positives = labelled.filter((s) => s.e.row.blameful);
const flags = (s: Scored, modelT: number) => s.p >= (s.e.ruleHit ? chosen : modelT);
let documentThreshold = 1;
for (const t of [chosen, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99].filter(
  (x) => x >= chosen,
)) {
  const flagged = [...writtenDocs.values()].filter((doc) => doc.some((s) => flags(s, t))).length;
  const found = positives.filter((s) => flags(s, t)).length / positives.length;
  console.log(
    `document threshold ${t.toFixed(2)}: blameless documents flagged ${flagged}/${writtenDocs.size}, blameful sentences found ${(100 * found).toFixed(1)}%`,
  );
  if (documentThreshold === 1 && flagged <= BLAMELESS_DOCUMENT_BUDGET * writtenDocs.size)
    documentThreshold = t;
}
console.log(`chosen document threshold ${documentThreshold}`);
const dumpAt = args.indexOf('--errors');
if (dumpAt >= 0)
  for (const s of labelled.filter(
    (x) =>
      (x.e.row.split === args[dumpAt + 1] || (args[dumpAt + 1] === 'gate' && !x.e.candidate)) &&
      x.p >= chosen !== x.e.row.blameful,
  ))
    console.log(
      `${s.e.row.blameful ? 'FN' : 'FP'} ${s.p.toFixed(2)} ${s.e.row.category ?? '-'} ${s.e.row.text}`,
    );
for (const split of new Set(labelled.map((s) => s.e.row.split)))
  console.log(
    `  ${split.padEnd(8)} model ${fmt(
      evaluate(
        scored.filter((s) => s.e.row.split === split),
        (s) => s.p >= chosen,
      ),
    )}   rules ${fmt(
      evaluate(
        scored.filter((s) => s.e.row.split === split),
        (s) => s.e.ruleHit,
      ),
    )}`,
  );

if (!args.includes('--cv-only')) {
  const { model } = train(examples);
  model.threshold = chosen;
  model.documentThreshold = documentThreshold;
  model.version = `model-lr-${fnv1a(JSON.stringify(model)).slice(0, 8)}`;
  const json = `${JSON.stringify(model)}\n`;
  writeFileSync(new URL('analysis/blame/model.json', root), json);
  console.log(
    `model.json: ${(json.length / 1024).toFixed(0)} KiB, ${(gzipSync(json).length / 1024).toFixed(1)} KiB gzip`,
  );
  console.log(
    `wrote analysis/blame/model.json (${model.version}, ${Object.keys(model.weights).length} features, threshold ${chosen})`,
  );
}
