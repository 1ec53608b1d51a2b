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
import { leadingTimestampEnd, type RuleHit, rejectsBlame } from './rules.js';
import type { SentenceView } from './sentence.js';

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
  const agent = personAt(tokens, i, timestampEnd, systemNames);
  if (agent) {
    if (agent.kind === 'pronoun')
      return FIRST_PERSON.test(t.lower) ? '<i>' : SECOND_PERSON.test(t.lower) ? '<you>' : '<3p>';
    return `<${agent.kind}>${possessive}`;
  }
  if (i >= timestampEnd && (looksLikeUsername(t) || looksLikeBareUsername(t)))
    return `<username>${possessive}`;
  if (/^\d/.test(t.raw)) return '<num>';
  return stem(possessive ? t.lower.slice(0, -2) : t.lower) + possessive;
}

function personAt(
  tokens: readonly WordToken[],
  i: number,
  timestampEnd: number,
  systemNames: ReadonlySet<string>,
): ReturnType<typeof agentOf> {
  const agent = agentOf(tokens, i, i === timestampEnd);
  if (agent?.kind === 'name' && systemNames.has(tokens[i]!.lower.replace(/'s$/, ''))) return null;
  return agent;
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

/**
 * `systemNames`: the document's capitalised system words (systemNamesIn over the whole document).
 * `ungatedCues`: categories whose cue matched but whose agency gate refused it (see applyRules).
 */
export function sentenceFeatures(
  view: SentenceView,
  hits: readonly RuleHit[],
  systemNames: ReadonlySet<string> = NONE,
  ungatedCues: ReadonlySet<string> = NONE,
): string[] {
  const tokens = view.tokens;
  const timestampEnd = leadingTimestampEnd(tokens);
  const words: string[] = [];
  for (let i = timestampEnd; i < tokens.length; i++)
    words.push(normalisedWord(tokens, i, timestampEnd, systemNames));
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

/** Whether the model is asked about a sentence at all: someone (not only "we") or a rule is involved. */
export function modelCandidate(
  view: SentenceView,
  hits: readonly RuleHit[],
  systemNames: ReadonlySet<string> = NONE,
): boolean {
  if (hits.length > 0) return true;
  const tokens = view.tokens;
  const timestampEnd = leadingTimestampEnd(tokens);
  // Headings, table cells and labels ("Lessons Learned", "Owner: Priya") say nothing about conduct.
  if (tokens.length - timestampEnd < MIN_CANDIDATE_WORDS) return false;
  for (let i = timestampEnd; i < tokens.length; i++) {
    const agent = personAt(tokens, i, timestampEnd, systemNames);
    if (agent && agent.kind !== 'we') return true;
    const t = tokens[i]!;
    if (looksLikeUsername(t) || looksLikeBareUsername(t) || PEOPLE_WORDS.has(t.lower)) return true;
  }
  return false;
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
