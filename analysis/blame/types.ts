/** Contract of the blame-language analysis (`analyzeBlame`). Pure: text in, findings out. */

export const BLAME_CATEGORIES = [
  'human-error',
  'counterfactual',
  'hindsight',
  'omission',
  'character-judgement',
  'proximal-actor',
  'fault-noun',
  'minimising',
  'punitive',
  'people-remedy',
] as const;
export type BlameCategory = (typeof BLAME_CATEGORIES)[number];

export interface BlameFinding {
  category: BlameCategory;
  /** 0-based UTF-16 offsets into the exact input; end exclusive; text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  weight: number;
  /** One line: why this reads as blame. */
  explanation: string;
  /** A blameless rewrite of this sentence. */
  suggestion: string;
  /** Stable across reanalysis: hash of category + normalised sentence, used for dismissals. */
  fingerprint: string;
  /** Which rule fired (for debugging and versioned reanalysis). */
  ruleId: string;
  /** Kind of the section the finding sits in, when sections were given. */
  sectionKind: string | null;
}

export interface BlameResult {
  /** Integer 0-100. */
  score: number;
  blameful: boolean;
  findings: BlameFinding[];
  /** Rule + model version, recorded with stored results so `pulse reanalyze` can find stale ones. */
  version: string;
}

export interface BlameOptions {
  /** Section map of the input (offsets into the same text) so root-cause findings weigh more. */
  sections?: { kind: string; start: number; end: number }[];
  /** Fingerprints dismissed by users ("not blame here"): such findings are dropped. */
  dismissed?: ReadonlySet<string>;
  /** The rule pass alone, without the classifier: for testing the rules and measuring what the model adds. */
  rulesOnly?: boolean;
}
