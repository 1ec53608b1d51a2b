/**
 * Blame-oriented language in postmortem text. Pure and Workers-safe: text in, findings and score out.
 *
 * Pipeline: markdown-aware sentence segmentation (code, logs, quotes and URLs masked) -> a rule pass
 * where every cue is gated by agency (a person, role or pronoun must be the agent) -> a trained
 * logistic classifier, asked about every sentence that involves a person, which sees the rule hits as
 * features, keeps or overrules them and finds blame no rule has a cue for -> fingerprints, disable
 * comments and dismissals -> a saturating document score weighted by section kind.
 */
import { segmentSentences } from '../text/segment.js';
import { MODEL_DOCUMENT_THRESHOLD, MODEL_THRESHOLD, MODEL_VERSION, shippedModel } from './classifier.js';
import { isSuppressed, parseDirectives } from './directives.js';
import { type SentenceEvidence, sentenceEvidence, systemNamesIn } from './features.js';
import { fnv1a } from './hash.js';
import { answeredQuestionHit, type RuleHit } from './rules.js';
import { type SentenceView, sentenceView } from './sentence.js';
import { suggestRewrite } from './suggest.js';
import type { BlameCategory, BlameFinding, BlameOptions, BlameResult } from './types.js';

export type { BlameCategory, BlameFinding, BlameOptions, BlameResult } from './types.js';
export { BLAME_CATEGORIES } from './types.js';

/** Bump when rules change so stored results can be found stale by `pulse reanalyze`. */
export const RULES_VERSION = 'rules-4';
export { MODEL_VERSION };

export const BLAME_VERSION = `${RULES_VERSION}+${MODEL_VERSION}`;

/**
 * A document is `blameful` when its score reaches this. The score is 100 * (1 - e^-W), W the sum of
 * finding weights times section factors, so 30 means W >= 0.36: any single finding of ordinary
 * strength (weights 0.45-0.95) outside the timeline makes a document blameful, while a lone weak
 * finding in the timeline (factor 0.6) does not. Several findings push the score towards 100.
 */
export const BLAMEFUL_THRESHOLD = 30;

/**
 * How much a finding counts by where it sits: blame in the causal analysis shapes what the
 * organisation learns; a name in the timeline narrative matters less.
 */
export const SECTION_FACTORS: Readonly<Record<string, number>> = {
  'root-cause': 1.5,
  trigger: 1.4,
  'contributing-factors': 1.4,
  analysis: 1.4,
  lessons: 1.2,
  summary: 1.1,
  'action-items': 1.1,
  resolution: 1,
  impact: 1,
  detection: 1,
  other: 1,
  timeline: 0.6,
};

const EXPLANATIONS: Record<BlameCategory, string> = {
  'human-error':
    '"Human error" offered as a cause ends the inquiry where it should start: what made the action possible?',
  counterfactual:
    'A counterfactual about what a person should have done judges them against knowledge they did not have.',
  hindsight: 'Hindsight: what is obvious now was not obvious at the time; ask what made it hard to see.',
  omission:
    'Frames the incident as a person failing to act, rather than a process that made the step easy to miss.',
  'character-judgement': 'Judges a person’s character or care instead of describing what the system allowed.',
  'proximal-actor':
    'Names the person closest to the failure as its cause; causes live in the system around them.',
  'fault-noun': 'Assigns fault to a person; describe the change and the missing safeguard instead.',
  minimising:
    '“Obviously / simply / just” implies the failure was easy to avoid, which hides why it was not.',
  punitive: 'Punishment of individuals teaches people to hide problems; postmortems should not mention it.',
  'people-remedy':
    'A remedy aimed at people (be careful, retrain) does not change the system that allowed the failure.',
};

function normaliseForFingerprint(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Stable id of a finding: category plus the normalised sentence, so offsets may shift without changing it. */
export function findingFingerprint(category: BlameCategory, sentence: string): string {
  return fnv1a(`${category}\u0000${normaliseForFingerprint(sentence)}`);
}

function sectionAt(sections: BlameOptions['sections'], start: number): string | null {
  if (!sections) return null;
  let best: { kind: string; start: number; end: number } | null = null;
  for (const s of sections) {
    if (start >= s.start && start < s.end && (!best || s.start >= best.start)) best = s;
  }
  return best?.kind ?? null;
}

/** Integer 0-100 from findings' weights and their section factors. */
export function scoreFindings(findings: readonly Pick<BlameFinding, 'weight' | 'sectionKind'>[]): number {
  let total = 0;
  for (const f of findings) total += f.weight * (SECTION_FACTORS[f.sectionKind ?? 'other'] ?? 1);
  return Math.max(0, Math.min(100, Math.round(100 * (1 - Math.exp(-total)))));
}

export function analyzeBlame(text: string, options: BlameOptions = {}): BlameResult {
  const { masked, sentences } = segmentSentences(text);
  const suppressed = parseDirectives(text);
  const findings: BlameFinding[] = [];
  const systemNames = systemNamesIn(masked);
  // A whole document has a lower base rate of blame per sentence than a line linted alone, so blame only
  // the classifier sees needs more confidence there; a rule hit is judged as it is alone.
  const modelOnlyThreshold =
    sentences.length > SHORT_TEXT_SENTENCES ? MODEL_DOCUMENT_THRESHOLD : MODEL_THRESHOLD;
  let previous: SentenceView | null = null;
  for (const span of sentences) {
    const view = sentenceView(masked, span.start, span.end);
    const evidence = sentenceEvidence(view, systemNames, answeredQuestionHit(previous, view));
    previous = view;
    const hits = options.rulesOnly ? evidence.ruleHits : decide(view, evidence, modelOnlyThreshold);
    if (hits.length === 0) continue;
    const sentence = text.slice(span.start, span.end);
    const sectionKind = sectionAt(options.sections, span.start);
    for (const hit of hits) {
      if (isSuppressed(suppressed, span.start, span.end, hit.category)) continue;
      const fingerprint = findingFingerprint(hit.category, sentence);
      if (options.dismissed?.has(fingerprint)) continue;
      findings.push(toFinding(hit, sentence, span.start, span.end, sectionKind, fingerprint));
    }
  }
  const score = scoreFindings(findings);
  return { score, blameful: score >= BLAMEFUL_THRESHOLD, findings, version: BLAME_VERSION };
}

/** Up to this many sentences a text is judged like a lone sentence (a lint of a line or two); longer is a document. */
const SHORT_TEXT_SENTENCES = 3;

/** Weight of a finding only the classifier made: enough on its own to make a document blameful outside the timeline. */
const MODEL_FINDING_WEIGHT = 0.5;

/**
 * The classifier has the last word on every sentence that involves a person or a rule hit: it sees the
 * rule hits as features, so it keeps them unless the rest of the sentence argues against blame, and it
 * adds findings the rules have no cue for ("Two weeks of uptime, then Björn got his hands on the
 * routing table"). Sentences about systems alone never reach it.
 */
function decide(view: SentenceView, evidence: SentenceEvidence, modelOnlyThreshold: number): RuleHit[] {
  const { ruleHits, candidate, features } = evidence;
  if (!candidate) return [];
  const p = shippedModel.blameProbability(features);
  if (ruleHits.length > 0) return p >= MODEL_THRESHOLD ? ruleHits : [];
  if (p < modelOnlyThreshold) return [];
  const category = shippedModel.likelyCategory(features);
  return [
    {
      category,
      ruleId: `model/${category}`,
      weight: MODEL_FINDING_WEIGHT,
      agent: null,
      cueStart: view.start,
      cueEnd: view.start,
      parts: { cue: '' },
    },
  ];
}

function toFinding(
  hit: RuleHit,
  sentence: string,
  start: number,
  end: number,
  sectionKind: string | null,
  fingerprint: string,
): BlameFinding {
  return {
    category: hit.category,
    start,
    end,
    text: sentence,
    weight: Math.round(hit.weight * 100) / 100,
    explanation: EXPLANATIONS[hit.category],
    suggestion: suggestRewrite(sentence, start, hit),
    fingerprint,
    ruleId: hit.ruleId,
    sectionKind,
  };
}
