import { describe, expect, it } from 'vitest';
import { loadLabelled } from './labelled-fixture.test-helper.js';
import {
  adjustedRandIndex,
  analyzeCause,
  CauseIndex,
  clusterCauses,
  DEFAULT_MATCH_THRESHOLD,
  similarity,
} from './index.js';

/** ARI of the clustering and pairwise precision/recall of "same cause" links against the labels. */
function evaluate(split: 'dev' | 'heldout') {
  const rows = loadLabelled().filter((r) => r.split === split);
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
    split,
    items: rows.length,
    clusters: clusters.length,
    ari,
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    falseLinks,
  };
  console.log(JSON.stringify(result, null, 2));
  return result;
}

describe('labelled recurring-cause set (own writing, analysis/causes/data)', () => {
  it('dev half: the set the vocabulary and thresholds were tuned on', () => {
    const r = evaluate('dev');
    expect(r.ari).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
  });

  // Target was ARI >= 0.8 with no false links. Measured once, untuned: ARI 0.770, precision 0.864,
  // recall 0.704; the false links come from a bare "pool" cue (DHCP pool, worker pool) and from
  // "new version/image" wording. These floors pin the measured result until the vocabulary is fixed
  // on new dev data (tuning on this half would make it a second dev set).
  it('held-out half: measured once, kept as a regression floor', () => {
    const r = evaluate('heldout');
    expect(r.ari).toBeGreaterThanOrEqual(0.75);
    expect(r.precision).toBeGreaterThanOrEqual(0.85);
  });
});
