export { analyzeCause, buildCauseText, CAUSE_ANALYSIS_VERSION } from './analyze.js';
export {
  CauseIndex,
  candidateTerms,
  type Posting,
  type PostingSource,
  selectCandidates,
  type WeightedTerm,
} from './cause-index.js';
export {
  adjustedRandIndex,
  type CauseCluster,
  type CauseCorrections,
  type CauseItem,
  chooseCluster,
  clusterCategory,
  clusterCauses,
  type DatedCauseItem,
  DEFAULT_MATCH_THRESHOLD,
  DEFAULT_RECURRENCE_WINDOW_DAYS,
  findRecurrences,
  labelCluster,
  type Recurrence,
} from './cluster.js';
export { FAILURE_CONCEPTS } from './concepts.js';
export { FLAT_IDF, type Idf, idfFromCounts, similarity } from './similarity.js';
export * from './types.js';
