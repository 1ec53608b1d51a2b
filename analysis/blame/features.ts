/**
 * Features the classifier sees for a sentence. People are abstracted to their kind (`<name>`, `<role>`,
 * `<3p>`...) so that "Björn got his hands on the routing table" and "kpatel got his hands on the DNS zone"
 * share features: the model learns what people are said to have done, never who they are. On top of
 * stemmed uni/bigrams come window features around each person ("what follows a person", "what
 * precedes one"), the rule pass's categories, and a few structural marks (timeline line, question,
 * rejected blame).
 */
import { stem } from '../text/stem.js';
import type { WordToken } from '../text/tokens.js';
import { agentOf, looksLikeBareUsername, looksLikeUsername } from './agency.js';
import { applyRules, leadingTimestampEnd, type RuleHit, rejectsBlame } from './rules.js';
import type { SentenceView } from './sentence.js';
import type { BlameCategory } from './types.js';

const FIRST_PERSON = /^(?:i|me|my|myself|i'd|i'll|i've|i'm)$/;
const SECOND_PERSON = /^(?:you|your|yourself|yours|you'd|you'll|you've|you're)$/;

/**
 * Capitalised words the document itself uses as things, not people: after an article or determiner ("the
 * Kafka brokers", "a Jenkins job") or before a system noun ("Varnish hosts"). Product and host names are
 * capitalised like people's names; where a document shows which they are, the model should not see a
 * person. Lowercased.
 */
export function systemNamesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(SYSTEM_NAME_CONTEXT)) names.add((m[1] ?? m[2])!.toLowerCase());
  return names;
}
const SYSTEM_NAME_CONTEXT =
  /\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Tt]his|[Ii]ts|[Ee]ach|[Ee]very)\s+(\p{Lu}[\p{L}\p{N}]+)\b|\b(\p{Lu}[\p{L}\p{N}]+)\s+(?:cluster|clusters|server|servers|service|services|broker|brokers|node|nodes|host|hosts|daemon|daemons|job|jobs|config|configuration|api|database|db|queue|queues|topic|topics|logs?|process|processes|version|instance|instances|pod|pods|container|containers|deployment|index|indices|shards?|replicas?|proxy|proxies|worker|workers|backend|frontend|client|clients|plugin|extension|module|script|scripts|pipeline|cache|caches|storage|bucket|table|tables|schema|cron|timer|agent|agents|dashboard|alerts?|check|checks|master|primary|slave|endpoint|endpoints|release|releases|upgrade|update|patch|library|package|app|application|tool|cli)\b/gu;

const NONE: ReadonlySet<string> = new Set();

/** The word as the model sees it: a person placeholder, `<num>`, or its Porter stem. */
function normalisedWord(
  tokens: readonly WordToken[],
  i: number,
  timestampEnd: number,
  systemNames: ReadonlySet<string>,
): string {
  const t = tokens[i]!;
  const possessive = t.lower.endsWith("'s") ? "'s" : '';
  const agent = agentOf(tokens, i, i === timestampEnd);
  if (agent && !(agent.kind === 'name' && systemNames.has(t.lower.replace(/'s$/, '')))) {
    if (agent.kind === 'pronoun')
      return FIRST_PERSON.test(t.lower) ? '<i>' : SECOND_PERSON.test(t.lower) ? '<you>' : '<3p>';
    return `<${agent.kind}>${possessive}`;
  }
  if (i >= timestampEnd && (looksLikeUsername(t) || looksLikeBareUsername(t)))
    return `<username>${possessive}`;
  if (/^\d/.test(t.raw)) return '<num>';
  return stem(possessive ? t.lower.slice(0, -2) : t.lower) + possessive;
}

// Stems, as normalisedWord produces them.
const NEGATIONS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'nobodi',
  'none',
  'nor',
  "didn't",
  "wasn't",
  "isn't",
  "won't",
  "doesn't",
  "don't",
  "weren't",
  "aren't",
  "hasn't",
  "haven't",
  "hadn't",
  "shouldn't",
  "couldn't",
  'without',
]);
const NEGATION_SCOPE = 3;

const PERSON_PLACEHOLDER = /^<(?:name|role|team|handle|username|3p|you|i)>/;
/** Words after a person that the window features look at ("Noor left the migration half-finished"). */
const WINDOW_AFTER = 4;
const WINDOW_BEFORE = 3;

/** The sentence's words after any timeline prefix, as the model sees them (see normalisedWord). */
function modelWords(view: SentenceView, timestampEnd: number, systemNames: ReadonlySet<string>): string[] {
  const words: string[] = [];
  for (let i = timestampEnd; i < view.tokens.length; i++)
    words.push(normalisedWord(view.tokens, i, timestampEnd, systemNames));
  return words;
}

/** What the classifier knows of one sentence: the rule hits, whether it is asked at all, and its features. */
export interface SentenceEvidence {
  ruleHits: RuleHit[];
  /** Someone (not only "we") or a rule is involved: only then is the model asked. */
  candidate: boolean;
  /** Empty unless `candidate`. */
  features: string[];
}

/**
 * The rule pass and the classifier's view of one sentence, the same for analyzeBlame and for training.
 * `systemNames`: the document's capitalised system words (systemNamesIn over the whole document).
 * `contextHit`: a hit that needs the sentence before (answeredQuestionHit), used when no rule fires.
 */
export function sentenceEvidence(
  view: SentenceView,
  systemNames: ReadonlySet<string> = NONE,
  contextHit: RuleHit | null = null,
): SentenceEvidence {
  // Categories whose cue matched but whose agency gate refused it: still evidence for the model.
  const ungatedCues = new Set<BlameCategory>();
  const ruleHits = applyRules(view, ungatedCues);
  if (contextHit && ruleHits.length === 0) ruleHits.push(contextHit);
  const timestampEnd = leadingTimestampEnd(view.tokens);
  // Headings, table cells and labels ("Lessons Learned", "Owner: Priya") say nothing about conduct.
  if (ruleHits.length === 0 && view.tokens.length - timestampEnd < MIN_CANDIDATE_WORDS)
    return { ruleHits, candidate: false, features: [] };
  const words = modelWords(view, timestampEnd, systemNames);
  const candidate =
    ruleHits.length > 0 ||
    words.some((w) => PERSON_PLACEHOLDER.test(w)) ||
    view.tokens.some((t, i) => i >= timestampEnd && PEOPLE_WORDS.has(t.lower));
  if (!candidate) return { ruleHits, candidate, features: [] };
  return {
    ruleHits,
    candidate,
    features: sentenceFeatures(view, words, timestampEnd, ruleHits, ungatedCues),
  };
}

function sentenceFeatures(
  view: SentenceView,
  words: readonly string[],
  timestampEnd: number,
  hits: readonly RuleHit[],
  ungatedCues: ReadonlySet<string>,
): string[] {
  const out = new Set<string>();
  if (timestampEnd > 0) out.add('#timeline');
  if (view.lower.trimEnd().endsWith('?')) out.add('#question');
  if (rejectsBlame(view)) out.add('#rejects');
  out.add(`#len${Math.min(5, words.length >> 3)}`);
  let people = 0;
  let negatedUntil = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    out.add(w);
    if (negatedUntil >= i) out.add(`not:${w}`);
    if (NEGATIONS.has(w)) negatedUntil = i + NEGATION_SCOPE;
    if (i + 1 < words.length) out.add(`${w}_${words[i + 1]}`);
    if (i + 2 < words.length) out.add(`${w}_${words[i + 1]}_${words[i + 2]}`);
    else out.add(`${w}_</s>`);
    if (i === 0) out.add(`<s>_${w}`);
    if (!PERSON_PLACEHOLDER.test(w)) continue;
    people++;
    for (let j = i + 1; j <= i + WINDOW_AFTER && j < words.length; j++) out.add(`P>${words[j]}`);
    for (let j = Math.max(0, i - WINDOW_BEFORE); j < i; j++) out.add(`${words[j]}<P`);
  }
  if (people > 0) out.add('#person');
  for (const hit of hits) {
    out.add(`rule:${hit.category}`);
    out.add('rule');
  }
  for (const category of ungatedCues) out.add(`cue:${category}`);
  return [...out];
}

const MIN_CANDIDATE_WORDS = 4;

/** Words that put people in frame without naming anyone ("a people problem", "anyone paying attention"). */
const PEOPLE_WORDS = new Set([
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'whoever',
  'people',
  'person',
  'personnel',
  'human',
  'humans',
  'staff',
  'individual',
  'individuals',
  'colleague',
  'colleagues',
  'who',
  'whose',
]);
