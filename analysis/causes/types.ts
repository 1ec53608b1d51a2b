/** Contract of the recurring-cause analysis. Pure functions; storage of the index lives in db/. */

export const CAUSE_CATEGORIES = [
  'code-change',
  'config-change',
  'deployment',
  'capacity',
  'dependency',
  'infrastructure',
  'data',
  'security',
  'time',
  'unknown',
] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

export interface CauseLabel {
  category: CauseCategory;
  /** 0..1 */
  confidence: number;
}

/** What the cause analysis needs from a parsed postmortem. */
export interface CauseInput {
  rootCauses: string[];
  triggers: string[];
  contributingFactors: string[];
  /** Fallbacks when no cause heading exists ("What happened" / summary). */
  summary: string | null;
  services: string[];
  /**
   * Document title. Like the summary, used as supporting evidence (down-weighted) even when cause
   * sections exist, because many postmortems name the failure only in the title or summary.
   */
  title?: string | null;
}

export interface CauseFeatures {
  /** The cause text the features came from (what a reader sees as "the cause"). */
  text: string;
  /** Multi-label classification of the whole cause. */
  labels: CauseLabel[];
  /** Category of the trigger alone, kept apart from contributing factors. */
  triggerLabels: CauseLabel[];
  contributingLabels: CauseLabel[];
  /** Highest-confidence label. */
  primary: CauseCategory;
  /**
   * Sparse term weights (normalised, stemmed terms and canonical concepts) BEFORE idf weighting.
   * Keys are what the inverted index stores.
   */
  terms: Record<string, number>;
  /** Normalised service/component names mentioned. */
  components: string[];
  /** Analysis version, stored so reanalysis can find stale rows. */
  version: string;
  /** Most frequent surface word per stemmed term, for readable cluster labels. */
  display?: Record<string, string>;
}
