import { type Idf, idfFromCounts, termKind } from './similarity.js';
import type { CauseFeatures } from './types.js';

export interface WeightedTerm {
  term: string;
  weight: number;
}

/** One row of the inverted index: the same shape as `cause_terms(term, postmortem_id, weight)`. */
export interface Posting {
  id: string;
  weight: number;
}

/** Lookup of postings by term; the in-memory index and the database both provide one. */
export type PostingSource = (term: string) => readonly Posting[] | undefined;

const KIND_PRIORITY = { concept: 3, component: 1, word: 0 } as const;

/**
 * The terms to look up for a new cause: its mechanism concepts first, then its most informative
 * words and components (by weight × idf). Bounded so lookup cost does not grow with the text.
 */
export function candidateTerms(features: CauseFeatures, maxTerms = 12, idf?: Idf): WeightedTerm[] {
  return Object.entries(features.terms)
    .map(([term, weight]) => ({
      term,
      weight: termKind(term) === 'concept' ? weight : weight * (idf ? idf(term) : 1),
    }))
    .filter((t) => t.weight > 0)
    .sort(
      (a, b) =>
        KIND_PRIORITY[termKind(b.term)] - KIND_PRIORITY[termKind(a.term)] ||
        b.weight - a.weight ||
        a.term.localeCompare(b.term),
    )
    .slice(0, maxTerms);
}

/**
 * Candidate documents for a query: score = Σ query weight × posting weight over shared terms, best
 * first. Pure over (query, postings) so the SQL-backed index can reuse it on rows it fetched.
 * Postings lists longer than `maxPostingsPerTerm` are skipped: a term on that many documents
 * discriminates nothing and would make lookup a scan.
 */
export function selectCandidates(
  query: readonly WeightedTerm[],
  postings: PostingSource,
  limit = 50,
  maxPostingsPerTerm = 5000,
): Array<{ id: string; score: number }> {
  const scores = new Map<string, number>();
  for (const { term, weight } of query) {
    const list = postings(term);
    if (!list || list.length > maxPostingsPerTerm) continue;
    for (const posting of list)
      scores.set(posting.id, (scores.get(posting.id) ?? 0) + weight * posting.weight);
  }
  return [...scores.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** In-memory inverted index of cause features: term → postings, with document frequencies for idf. */
export class CauseIndex {
  private readonly postings = new Map<string, Posting[]>();
  private readonly documents = new Map<string, CauseFeatures>();

  get size(): number {
    return this.documents.size;
  }

  add(id: string, features: CauseFeatures): void {
    if (this.documents.has(id)) this.remove(id);
    this.documents.set(id, features);
    for (const [term, weight] of Object.entries(features.terms)) {
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
      }
      list.push({ id, weight });
    }
  }

  remove(id: string): void {
    const features = this.documents.get(id);
    if (!features) return;
    this.documents.delete(id);
    for (const term of Object.keys(features.terms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const kept = list.filter((p) => p.id !== id);
      if (kept.length > 0) this.postings.set(term, kept);
      else this.postings.delete(term);
    }
  }

  get(id: string): CauseFeatures | undefined {
    return this.documents.get(id);
  }

  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** Idf over the documents indexed so far. */
  idf(): Idf {
    return idfFromCounts((term) => this.documentFrequency(term), this.documents.size);
  }

  /** Ids of indexed causes worth comparing with `features`, found through its top terms only. */
  candidates(features: CauseFeatures, limit = 50, maxTerms = 12): string[] {
    const query = candidateTerms(features, maxTerms, this.idf());
    return selectCandidates(query, (term) => this.postings.get(term), limit).map((c) => c.id);
  }
}
