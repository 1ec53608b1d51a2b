import { describe, expect, it } from 'vitest';
import {
  adjustedRandIndex,
  analyzeCause,
  CauseIndex,
  clusterCauses,
  DEFAULT_MATCH_THRESHOLD,
  similarity,
} from './index.js';
import { type LabelledCause, loadLabelled } from './labelled-fixture.test-helper.js';

/** ARI of the clustering and pairwise precision/recall of "same cause" links against the labels. */
function evaluate(name: string, rows: readonly LabelledCause[]) {
  const items = rows.map((r) => ({
    id: r.id,
    features: analyzeCause({
      rootCauses: [r.text],
      triggers: [],
      contributingFactors: [],
      summary: null,
      services: [],
    }),
  }));
  const clusters = clusterCauses(items);
  const predicted = new Map(clusters.flatMap((c) => c.members.map((m) => [m, c.id] as const)));
  const ari = adjustedRandIndex(new Map(rows.map((r) => [r.id, r.group])), predicted);
  const index = new CauseIndex();
  for (const item of items) index.add(item.id, item.features);
  const idf = index.idf();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const falseLinks: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const linked = similarity(items[i]!.features, items[j]!.features, idf) >= DEFAULT_MATCH_THRESHOLD;
      const same = rows[i]!.group === rows[j]!.group;
      if (linked && same) tp++;
      else if (linked) {
        fp++;
        falseLinks.push(`${rows[i]!.group}: ${rows[i]!.text} || ${rows[j]!.group}: ${rows[j]!.text}`);
      } else if (same) fn++;
    }
  }
  const result = {
    name,
    items: rows.length,
    groups: new Set(rows.map((r) => r.group)).size,
    clusters: clusters.length,
    ari,
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    falseLinks,
  };
  console.log(JSON.stringify(result, null, 2));
  return result;
}

describe('labelled recurring-cause sets (own writing, analysis/causes/data)', () => {
  it('dev half of labelled-causes.tsv: tuned on', () => {
    const r = evaluate(
      'dev',
      loadLabelled().filter((row) => row.split === 'dev'),
    );
    // Measured with causes-2 and causes-3: ARI 1.000, precision 1.000, recall 1.000.
    expect(r.ari).toBeGreaterThanOrEqual(0.99);
    expect(r.precision).toBe(1);
    expect(r.recall).toBeGreaterThanOrEqual(0.99);
  });

  // Written for causes-2 to be adversarial (same failure worded apart, different failures sharing
  // "pool", "expired", "version", "throttled", ...) and tuned on, so its figures are optimistic. Three
  // batches were scored before any tuning on them, as a check on generalisation: ARI 0.66 / 0.91 /
  // 0.66 (precision 0.85 / 1.00 / 0.75), then folded in.
  it('dev2 (labelled-causes-dev2.tsv): tuned on', () => {
    const r = evaluate('dev2', loadLabelled('labelled-causes-dev2.tsv', true));
    expect(r.items).toBeGreaterThanOrEqual(120);
    expect(r.groups).toBeGreaterThanOrEqual(25);
    // Measured with causes-2 and causes-3: 287 texts, 36 groups, ARI 1.000, precision 1.000, recall 1.000.
    expect(r.ari).toBeGreaterThanOrEqual(0.99);
    expect(r.precision).toBe(1);
    expect(r.recall).toBeGreaterThanOrEqual(0.99);
  });

  // Fresh batches for causes-3, each scored once before any tuning on it, then folded in. Before-tuning
  // figures (the honest estimate on unseen wording): dev3 with causes-2: ARI 0.699, precision 0.947,
  // recall 0.563; dev4 after tuning on dev3 only: ARI 0.609 / 0.920 / 0.465; dev5 after tuning on dev3
  // and dev4: ARI 0.552 / 0.846 / 0.423. Recall on new wording is what still breaks first.
  it.each([
    ['dev3', 'labelled-causes-dev3.tsv', 110, 26, 0.99, 0.99],
    ['dev4', 'labelled-causes-dev4.tsv', 75, 24, 0.99, 0.99],
    ['dev5', 'labelled-causes-dev5.tsv', 50, 17, 0.95, 0.9],
  ] as const)('%s (%s): tuned on', (name, file, minItems, minGroups, minAri, minRecall) => {
    const r = evaluate(name, loadLabelled(file, true));
    expect(r.items).toBeGreaterThanOrEqual(minItems);
    expect(r.groups).toBeGreaterThanOrEqual(minGroups);
    // Measured with causes-3: dev3 ARI 1.000 / P 1.000 / R 1.000, dev4 1.000 / 1.000 / 1.000,
    // dev5 0.958 / 1.000 / 0.923.
    expect(r.ari).toBeGreaterThanOrEqual(minAri);
    expect(r.precision).toBe(1);
    expect(r.recall).toBeGreaterThanOrEqual(minRecall);
  });

  // Never tuned on. causes-1 measured ARI 0.770, precision 0.864 (9 false links), recall 0.704.
  // causes-2 was run on it once, after the vocabulary was frozen on dev + dev2: ARI 0.872,
  // precision 1.000 (no false links), recall 0.778, 37 clusters for 27 groups. causes-3 (tuned on
  // dev3-dev5) measured it once at the end: unchanged, ARI 0.872 / precision 1.000 / recall 0.778,
  // 37 clusters. Floors pin that result; lowering them, or tuning on this half, turns it into a dev set.
  it('held-out half of labelled-causes.tsv: measured once, kept as a regression floor', () => {
    const r = evaluate(
      'heldout',
      loadLabelled().filter((row) => row.split === 'heldout'),
    );
    expect(r.ari).toBeGreaterThanOrEqual(0.87);
    expect(r.precision).toBe(1);
    expect(r.recall).toBeGreaterThanOrEqual(0.77);
  });
});
