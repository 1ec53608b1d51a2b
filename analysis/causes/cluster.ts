import { CONCEPT_PREFIX } from './analyze.js';
import { CauseIndex } from './cause-index.js';
import { conceptById } from './concepts.js';
import { FLAT_IDF, type Idf, similarity, termKind } from './similarity.js';
import { CAUSE_CATEGORIES, type CauseCategory, type CauseFeatures } from './types.js';

/** Similarity at or above which two causes are the same kind of failure (tuned on the dev half). */
export const DEFAULT_MATCH_THRESHOLD = 0.4;
export const DEFAULT_RECURRENCE_WINDOW_DAYS = 365;

/** Human corrections a reanalysis must honour. Ids are the caller's item ids. */
export interface CauseCorrections {
  /** Pairs a person marked "not a repeat": never linked, never in one cluster. */
  notRepeat?: Array<[string, string]>;
  /** Pairs a person said share a cause: always in one cluster (unless that breaks a notRepeat). */
  merge?: Array<[string, string]>;
  /** Label chosen by a person for the cluster that contains `member`. */
  relabel?: Array<{ member: string; label: string }>;
}

export interface CauseItem {
  id: string;
  features: CauseFeatures;
}

export interface CauseCluster {
  /** 1-based, in order of the cluster's first member in the input. */
  id: number;
  label: string;
  category: CauseCategory;
  /** Item ids in input order. */
  members: string[];
}

export interface ClusterCandidate {
  clusterId: number;
  features: CauseFeatures;
}

export interface ChooseOptions {
  idf?: Idf;
  threshold?: number;
  /** Clusters the item may not join (a "not a repeat" correction against one of their members). */
  excluded?: ReadonlySet<number>;
}

/**
 * Best cluster for a new cause among candidate members: a cluster scores its best-matching member
 * (single link), and wins if that reaches the threshold. Returns every cluster that reached it too, so
 * the caller can merge clusters the new item bridges (which keeps the result independent of order).
 */
export function chooseCluster(
  features: CauseFeatures,
  candidates: readonly ClusterCandidate[],
  options: ChooseOptions = {},
): { clusterId: number; similarity: number; alsoMatched: number[] } | null {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const idf = options.idf ?? FLAT_IDF;
  const best = new Map<number, number>();
  for (const candidate of candidates) {
    if (options.excluded?.has(candidate.clusterId)) continue;
    const score = similarity(features, candidate.features, idf);
    if (score > (best.get(candidate.clusterId) ?? -1)) best.set(candidate.clusterId, score);
  }
  const matched = [...best.entries()]
    .filter(([, score]) => score >= threshold)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const top = matched[0];
  if (!top) return null;
  return { clusterId: top[0], similarity: top[1], alsoMatched: matched.slice(1).map(([id]) => id) };
}

function titleCase(words: string[]): string {
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Readable label: the mechanism most members share when there is one ("TLS certificate expiry"),
 * otherwise the words that carry most weight across members.
 */
export function labelCluster(members: readonly CauseFeatures[]): string {
  if (members.length === 0) return 'Empty';
  const conceptScore = new Map<string, number>();
  const conceptMembers = new Map<string, number>();
  for (const member of members) {
    for (const [term, weight] of Object.entries(member.terms)) {
      if (!term.startsWith(CONCEPT_PREFIX)) continue;
      conceptScore.set(term, (conceptScore.get(term) ?? 0) + weight);
      conceptMembers.set(term, (conceptMembers.get(term) ?? 0) + 1);
    }
  }
  const dominant = [...conceptScore.entries()]
    .filter(([term]) => (conceptMembers.get(term) ?? 0) * 2 >= members.length)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const concept = dominant ? conceptById(dominant[0].slice(CONCEPT_PREFIX.length)) : undefined;
  if (concept && concept.weight >= 1) return concept.label;

  const wordScore = new Map<string, number>();
  const surface = new Map<string, string>();
  for (const member of members) {
    for (const [term, weight] of Object.entries(member.terms)) {
      if (termKind(term) !== 'word' || weight < 0.5) continue;
      wordScore.set(term, (wordScore.get(term) ?? 0) + weight);
      const form = member.display?.[term];
      if (form && !surface.has(term)) surface.set(term, form);
    }
  }
  const words = [...wordScore.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([term]) => surface.get(term) ?? term);
  if (words.length > 0) return titleCase(words);
  return concept?.label ?? 'Unclassified cause';
}

/** Most common primary category among members; ties go to the taxonomy order. */
export function clusterCategory(members: readonly CauseFeatures[]): CauseCategory {
  const counts = new Map<CauseCategory, number>();
  for (const m of members) counts.set(m.primary, (counts.get(m.primary) ?? 0) + 1);
  const sorted = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || CAUSE_CATEGORIES.indexOf(a[0]) - CAUSE_CATEGORIES.indexOf(b[0]),
  );
  return sorted[0]?.[0] ?? 'unknown';
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export interface ClusterOptions {
  threshold?: number;
  corrections?: CauseCorrections;
  /** How many candidate documents the index returns per new item. */
  candidateLimit?: number;
}

/**
 * Recurring-cause clusters, built incrementally: each item is compared only with candidates from the
 * inverted index (never with everything), joins the best cluster above the threshold or starts one,
 * and merges clusters it matches at once. Corrections are applied while building and again at the end.
 */
export function clusterCauses(items: readonly CauseItem[], options: ClusterOptions = {}): CauseCluster[] {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const corrections = options.corrections ?? {};
  const notRepeat = new Set((corrections.notRepeat ?? []).map(([a, b]) => pairKey(a, b)));
  const blockedWith = new Map<string, string[]>();
  for (const [a, b] of corrections.notRepeat ?? []) {
    blockedWith.set(a, [...(blockedWith.get(a) ?? []), b]);
    blockedWith.set(b, [...(blockedWith.get(b) ?? []), a]);
  }

  const index = new CauseIndex();
  const clusterOf = new Map<string, number>();
  const clusters = new Map<number, string[]>();
  let nextCluster = 1;

  const conflicts = (left: readonly string[], right: readonly string[]): boolean =>
    notRepeat.size > 0 && left.some((a) => right.some((b) => notRepeat.has(pairKey(a, b))));

  const mergeInto = (target: number, source: number): boolean => {
    if (target === source) return true;
    const into = clusters.get(target);
    const from = clusters.get(source);
    if (!into || !from || conflicts(into, from)) return false;
    for (const id of from) clusterOf.set(id, target);
    into.push(...from);
    clusters.delete(source);
    return true;
  };

  for (const item of items) {
    const idf = index.idf();
    const candidates: ClusterCandidate[] = [];
    for (const id of index.candidates(item.features, options.candidateLimit ?? 50)) {
      const features = index.get(id);
      const clusterId = clusterOf.get(id);
      if (features && clusterId !== undefined) candidates.push({ clusterId, features });
    }
    const excluded = new Set<number>();
    for (const other of blockedWith.get(item.id) ?? []) {
      const c = clusterOf.get(other);
      if (c !== undefined) excluded.add(c);
    }
    const choice = chooseCluster(item.features, candidates, { idf, threshold, excluded });
    let clusterId: number;
    if (choice) {
      clusterId = choice.clusterId;
      clusters.get(clusterId)!.push(item.id);
      for (const other of choice.alsoMatched) mergeInto(clusterId, other);
    } else {
      clusterId = nextCluster++;
      clusters.set(clusterId, [item.id]);
    }
    clusterOf.set(item.id, clusterId);
    index.add(item.id, item.features);
  }

  for (const [a, b] of corrections.merge ?? []) {
    const ca = clusterOf.get(a);
    const cb = clusterOf.get(b);
    if (ca !== undefined && cb !== undefined) mergeInto(ca, cb);
  }

  const order = new Map(items.map((item, i) => [item.id, i]));
  const featuresOf = new Map(items.map((item) => [item.id, item.features]));
  const relabels = new Map<number, string>();
  for (const { member, label } of corrections.relabel ?? []) {
    const c = clusterOf.get(member);
    if (c !== undefined) relabels.set(c, label);
  }
  return [...clusters.entries()]
    .map(([internalId, members]) => ({
      internalId,
      members: [...members].sort((a, b) => order.get(a)! - order.get(b)!),
    }))
    .sort((a, b) => order.get(a.members[0]!)! - order.get(b.members[0]!)!)
    .map(({ internalId, members }, i) => {
      const memberFeatures = members.map((id) => featuresOf.get(id)!);
      return {
        id: i + 1,
        label: relabels.get(internalId) ?? labelCluster(memberFeatures),
        category: clusterCategory(memberFeatures),
        members,
      };
    });
}

export interface DatedCauseItem extends CauseItem {
  /** YYYY-MM-DD (or ISO); items without a date cannot be ordered and are never linked. */
  occurredAt: string | null;
}

export interface Recurrence {
  /** The later incident. */
  id: string;
  /** The earlier incident it repeats. */
  repeats: string;
  similarity: number;
}

export interface RecurrenceOptions {
  threshold?: number;
  windowDays?: number;
  corrections?: CauseCorrections;
  candidateLimit?: number;
}

const DAY_MS = 86_400_000;

/**
 * B repeats A when their causes match (similarity ≥ threshold), A happened strictly earlier, and B is
 * within the window after A. Forced merges count as matches; "not a repeat" pairs never link.
 * Sorted by the later item's date, then by similarity.
 */
export function findRecurrences(
  items: readonly DatedCauseItem[],
  options: RecurrenceOptions = {},
): Recurrence[] {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const windowMs = (options.windowDays ?? DEFAULT_RECURRENCE_WINDOW_DAYS) * DAY_MS;
  const notRepeat = new Set((options.corrections?.notRepeat ?? []).map(([a, b]) => pairKey(a, b)));
  const forced = new Set((options.corrections?.merge ?? []).map(([a, b]) => pairKey(a, b)));
  const time = new Map<string, number>();
  for (const item of items) {
    const t = item.occurredAt ? Date.parse(item.occurredAt) : Number.NaN;
    if (!Number.isNaN(t)) time.set(item.id, t);
  }
  const index = new CauseIndex();
  for (const item of items) index.add(item.id, item.features);
  const idf = index.idf();
  const byId = new Map(items.map((item) => [item.id, item]));

  const links: Recurrence[] = [];
  for (const later of items) {
    const laterTime = time.get(later.id);
    if (laterTime === undefined) continue;
    const candidates = new Set(index.candidates(later.features, options.candidateLimit ?? 50));
    for (const key of forced) {
      const [a, b] = key.split('\u0000') as [string, string];
      if (a === later.id) candidates.add(b);
      if (b === later.id) candidates.add(a);
    }
    for (const earlierId of candidates) {
      if (earlierId === later.id) continue;
      const earlierTime = time.get(earlierId);
      if (earlierTime === undefined || earlierTime >= laterTime || laterTime - earlierTime > windowMs)
        continue;
      const key = pairKey(later.id, earlierId);
      if (notRepeat.has(key)) continue;
      const earlier = byId.get(earlierId)!;
      const score = forced.has(key) ? 1 : similarity(later.features, earlier.features, idf);
      if (score >= threshold)
        links.push({ id: later.id, repeats: earlierId, similarity: Math.round(score * 1000) / 1000 });
    }
  }
  return links.sort(
    (a, b) =>
      time.get(a.id)! - time.get(b.id)! || b.similarity - a.similarity || a.repeats.localeCompare(b.repeats),
  );
}

/** Adjusted Rand index between two flat clusterings of the same items (1 = identical partitions). */
export function adjustedRandIndex(
  left: ReadonlyMap<string, string | number>,
  right: ReadonlyMap<string, string | number>,
): number {
  const ids = [...left.keys()].filter((id) => right.has(id));
  const n = ids.length;
  if (n < 2) return 1;
  const choose2 = (x: number) => (x * (x - 1)) / 2;
  const table = new Map<string, number>();
  const rowSums = new Map<string | number, number>();
  const colSums = new Map<string | number, number>();
  for (const id of ids) {
    const a = left.get(id)!;
    const b = right.get(id)!;
    const key = `${a}\u0000${b}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rowSums.set(a, (rowSums.get(a) ?? 0) + 1);
    colSums.set(b, (colSums.get(b) ?? 0) + 1);
  }
  let index = 0;
  for (const v of table.values()) index += choose2(v);
  let rows = 0;
  for (const v of rowSums.values()) rows += choose2(v);
  let cols = 0;
  for (const v of colSums.values()) cols += choose2(v);
  const expected = (rows * cols) / choose2(n);
  const max = (rows + cols) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
