/**
 * The rule pass: cue phrases per category, each gated by agency (a person, role or pronoun must be the
 * agent of the fault, judgement or punishment) and by negation / blame-rejecting context.
 * Every regex is precompiled and linear (no nested quantifiers over overlapping classes).
 */
import type { WordToken } from '../text/tokens.js';
import { type Agent, agentAfter, agentOf, looksLikeUsername, subjectAgent } from './agency.js';
import { LiteralGroups, requiredLiterals } from './prefilter.js';
import { type SentenceView, tokenIndexAt } from './sentence.js';
import type { BlameCategory } from './types.js';

export interface RuleHit {
  category: BlameCategory;
  ruleId: string;
  weight: number;
  agent: Agent | null;
  /** Absolute offsets of the cue phrase. */
  cueStart: number;
  cueEnd: number;
  /** Pieces of the sentence used to write the suggestion. */
  parts: { action?: string; object?: string; cue: string };
}

// --- vocabularies -------------------------------------------------------------------------------

const PERCEPTION =
  'known|noticed|caught|seen|spotted|realised|realized|recognised|recognized|anticipated|foreseen|predicted|detected|identified|understood|been aware|been more aware|picked up on|paid (?:more )?attention(?: to)?|paid closer attention(?: to)?|figured out|remembered|heeded|looked(?: at)?|read';
const HUMAN_COMPLEMENTS = new Set(
  `check|test|verify|validate|follow|read|review|wait|confirm|double-check|consult|notify|inform|escalate|communicate
|update|tell|ask|look|notice|run|monitor|coordinate|announce|document|ensure|respond|acknowledge|investigate|page|
inspect|heed|consider|understand|realise|realize|recognise|recognize|catch|spot|warn|alert|report|mention|apply|
use|copy|backup|back|merge|approve|sign|double|triple|pay|take|remove|revert|roll|rollback|stop|think|plan|
schedule|share|hand|handover|open|file|close|reply|answer|act|react|call|contact|reach|involve|loop|include|attach|
mark|label|set|configure|renew|rotate|restart|drain|depool|pool|disable|enable|deploy|sync|push|install|upgrade|
downgrade|patch|lock|unlock|clean|delete|create|add|write|fix|prepare|handle|load|save|commit|tag|release|migrate`
    .replace(/\s/g, '')
    .split('|'),
);
// Complements a machine "fails to" do; a bare capitalised word doing these is more likely a system.
const SYSTEM_COMPLEMENTS = new Set(
  `start|restart|respond|connect|boot|load|resolve|renew|replicate|serve|return|sync|compile|parse|allocate|bind|complete|
converge|acquire|elect|reach|apply|recover|propagate|handle|come|launch|mount|build|register|authenticate|process|
fetch|send|deliver|trigger|fire|run|execute|scale|spawn|initialize|initialise|reload|update|detect|page|alert|report|
match|find|open|close|write|read|flush|persist|commit|finish|terminate|stop|keep|produce|emit|publish|consume`
    .replace(/\s/g, '')
    .split('|'),
);
const OMISSION_OBJECTS =
  'runbook|procedure|process|checklist|playbook|policy|instructions|guidelines|protocol|steps?|warning|warnings|alert|alerts|page|pages|documentation|docs|review process|change process|rules?|guidance|advice';

// --- context gates ------------------------------------------------------------------------------

/** Sentences that discuss blame in order to reject it ("no one is to blame"). */
const REJECTS_BLAME = new RegExp(
  [
    String.raw`\b(?:no ?one|nobody|nothing|no individual|no single person|no person|none of (?:us|them|the \w+)|no (?:engineer|operator|responder|developer|sre|employee|staff member|team member|reviewer|contractor|on-?call(?:er)?)s?)\b[^.;]{0,60}\b(?:blame|fault|disciplin|punish|fired|removed|suspended|penali[sz]|sanction|reprimand|responsible|accountab|culprit|written up|taken off|pulled off|moved off|demoted|reassigned|at fault|to blame|errors?\b|mistakes?\b|careless|reckless|sloppy|lazy|negligen|incompetent|forg[eo]t|ignored|skipped|neglected|overlooked|could(?: reasonably)? have (?:known|seen|noticed|predicted))`,
    String.raw`\b(?:not|never|isn't|wasn't|aren't|weren't|no)\b[^.;]{0,25}\b(?:about blame|to blame|at fault|blaming|blame (?:anyone|any one|individuals|people|a person|the)|(?:a |an |the )?(?:simple |single )?(?:human|operator|user|individual|personal) (?:error|failure|mistake|fault)|punish|disciplin|retrain|careless|negligen|a mistake by|someone's fault|anyone's fault|the fault of)`,
    String.raw`\bblameless\b`,
    String.raw`\b(?:beside|besides|not|miss(?:es|ed)?) the point\b`,
    String.raw`\b(?:rather than|instead of|without|avoid(?:ing)?|not about|resist(?:ing)?)\s+(?:\w+\s+){0,2}(?:blam|finger[- ]?point|looking for (?:someone|a person|who)|singling out|punish|disciplin|naming)`,
    String.raw`\b(?:would be|is|was|it's|seems?) (?:easy|tempting|wrong|unfair|unhelpful|misleading|a mistake) to (?:blame|call|say|label|conclude|attribute|write (?:this )?(?:off|up) as|stop at|point)`,
    String.raw`\b(?:do|does|did|will|would|should|must|can|could)(?: not|n't) (?:blame|punish|disciplin|single out|fault|attribute (?:this|it) to)`,
    String.raw`\b(?:reject|avoid|drop|retire|stop using)(?:s|ed|ing)? (?:the )?(?:label|term|phrase|word|framing|words?) ["“']?(?:human error|operator error|user error|blame|careless|should have)`,
    String.raw`\b(?:labell?ing|calling|writing) (?:this|it|the incident) (?:as )?["“']?(?:human|operator|user) error["”']? (?:hides|explains nothing|is not|isn't|stops|would)`,
    `["“'](?:human error|operator error|user error|should have|careless|root cause: human error)["”']`,
    String.raw`\bnot (?:a |the )?(?:matter|question|case) of (?:who|blame|fault|someone)`,
    String.raw`\bno (?:disciplinary|punitive) (?:action|measures?|consequences?)\b`,
    String.raw`\b(?:the )?(?:term|label|phrase|words?|notion|idea|concept) (?:of )?["“']?(?:human|operator|user) (?:error|factors?)|\b(?:human|operator) error["”']? is (?:a |the |just |only |never |not )?(?:label|term|word|name|symptom|starting point|where|what|conclusion|description)`,
    String.raw`\b(?:saying|claiming|asserting|concluding|writing|arguing) (?:that )?(?:someone|somebody|they|he|she|the [\w-]+|a person|an? [\w-]+) (?:should|could|was|were|is|made|failed)`,
    String.raw`\bnot (?:treating|treat|framing|frame|counting|count|viewing|view|regarding|regard|recording|record)\b[^.;]{0,80}\bas (?:something|a|an|the|one)\b`,
    String.raw`\b(?:made|makes|make) no difference\b|\bhad no (?:effect|bearing|impact) on\b`,
    String.raw`\b(?:easy|tempting|natural|unfair) to ask why\b|\bthe question is not who\b|\bnot (?:who|which person) (?:broke|deleted|caused|ran|did|pushed)`,
    String.raw`\bno (?:evidence|sign|indication) (?:that |of )(?:anyone|anybody|someone|the \w+|any \w+)\b`,
    String.raw`\b(?:first|early|earlier|initial|original|previous) (?:draft|version|comment|report|theory|write-?up)s? (?:of (?:this|the) \w+ )?(?:said|called|blamed|claimed|read|stated|suggested)\b`,
    String.raw`\b(?:rather than|instead of) (?:ask(?:ing)?|tell(?:ing)?|remind(?:ing)?|retrain(?:ing)?|expect(?:ing)?|train(?:ing)?) (?:\w+ ){0,2}(?:to|people|engineers|operators|staff)\b`,
    String.raw`\b(?:blaming|punishing|retraining|disciplining|firing|naming) (?:the |an? |any |)(?:[\w-]+ ){0,2}(?:would|will|does|did|is|was|could|won't|wouldn't|doesn't|isn't|misses|miss)\b`,
    String.raw`\b(?:looking|searching|hunting) for (?:someone|somebody|a person|a culprit|who)`,
    String.raw`\boriginally (?:blamed|said|read|called|stated)\b`,
    // Blame voiced only to be answered, or kept out of people's records.
    String.raw`\b(?:saying|claiming|calling|concluding|labell?ing|filing|framing|writing (?:this|it) (?:off|up))\b[^.;]{0,60}\b(?:would (?:miss|hide|ignore|be wrong|be unfair|overlook)|hides?|misses|ignores|overlooks|is unhelpful|is unfair|is wrong|explains nothing|tells us nothing)\b`,
    String.raw`\b(?:one|you|some|someone|people) (?:could|might|may|would) (?:argue|say|claim|conclude)\b|\btempted to\b`,
    String.raw`\b(?:did not|didn't|never) fail(?:ed)? to\b`,
    String.raw`\b(?:human|operator|user) error as (?:a |an |the )?(?:symptom|label|starting point|consequence|effect|signal|sign|pointer)\b`,
    String.raw`\b(?:not|never)\b[^.;]{0,30}\b(?:anyone|anybody)'s (?:\w+ )?(?:file|record|review|performance)`,
    String.raw`\b(?:asking|telling|reminding|expecting|training) (?:\w+ ){0,3}to\b[^.;]{0,60}\b(?:would(?: not|n't)|won't|will not|doesn't|does not|isn't|is not)\b`,
  ].join('|'),
);

const NEGATION_BEFORE =
  /\b(?:not|never|no|isn't|wasn't|aren't|weren't|hardly|nor|without)\s+(?:\w+\s+){0,2}$/;

function negatedBefore(lower: string, relStart: number): boolean {
  return NEGATION_BEFORE.test(lower.slice(Math.max(0, relStart - 40), relStart));
}

// Text before the verb group that separates clauses: the subject must sit after it.
const CLAUSE_BREAK_GAP = /[;:—–()]|\s-\s/;
const CLAUSE_WORDS = new Set([
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'since',
  'if',
  'when',
  'but',
  'so',
  'unless',
  'until',
  'after',
  'before',
  'once',
  'as',
]);

function clauseStart(s: SentenceView, verbIndex: number): number {
  const { tokens, text } = s;
  for (let k = verbIndex - 1; k > 0 && k > verbIndex - 14; k--) {
    const gap = text.slice(tokens[k - 1]!.end - s.start, tokens[k]!.start - s.start);
    if (CLAUSE_BREAK_GAP.test(gap)) return k;
    if (CLAUSE_WORDS.has(tokens[k - 1]!.lower)) return k;
  }
  return leadingTimestampEnd(tokens);
}

/** Timeline prefixes ("14:02", "2020-01-01 14:02 UTC") are not subjects. */
export function leadingTimestampEnd(tokens: readonly WordToken[]): number {
  let i = 0;
  while (i < tokens.length && i < 6 && /^(?:\d[\d:.-]*|utc|gmt|am|pm|[a-z]{3}t|z)$/i.test(tokens[i]!.raw))
    i++;
  return i;
}

/** Agent of the subject of the verb group at `verbIndex`; falls back to the sentence subject for "X did A and forgot B". */
function subjectOf(s: SentenceView, verbIndex: number): Agent | null {
  const start = clauseStart(s, verbIndex);
  const direct = subjectAgent(s.tokens, verbIndex, start);
  if (direct) return direct;
  const prev = s.tokens[verbIndex - 1]?.lower;
  if (prev === 'and' || prev === 'then' || prev === 'but') {
    const first = sentenceSubject(s);
    if (first && first.index < verbIndex - 1) return first;
  }
  return null;
}

/** The agent that opens the sentence ("Mark pushed...", "14:02 the on-call engineer restarted..."). */
export function sentenceSubject(s: SentenceView): Agent | null {
  const t = s.tokens;
  let i = leadingTimestampEnd(t);
  while (
    i < t.length &&
    /^(?:the|a|an|one|of|then|also|later|at|that|point|this|afterwards|finally|so)$/.test(t[i]!.lower)
  )
    i++;
  // Skip a modifier before a role ("the on-call engineer", "the database team").
  for (let k = i; k < Math.min(t.length, i + 3); k++) {
    const agent = agentOf(t, k, k === leadingTimestampEnd(t));
    if (agent && (agent.kind !== 'name' || k === i || agentOf(t, i, false)?.kind === 'name')) return agent;
    if (k === i && looksLikeUsername(t[k]!)) return { kind: 'username', index: k, strong: false };
    if (t[k + 1] && /^(?:and|,)$/.test(t[k + 1]!.lower)) break;
    if (CLAUSE_WORDS.has(t[k]!.lower)) return null;
  }
  return null;
}

const DAMAGE =
  /\b(?:outage|down|broke|broken|break|fail|failed|failing|failure|crash|lost|loss|corrupt|incident|unavailable|impact|latenc|timeout|errors?|5\d\d|degrad|deleted|dropped|wiped|emptied|locked|blocked|overload|went|stopped|halt)/;
const DISCOVERY =
  /^(?:found|finds|noticed|notices|discovered|discovers|identified|identifies|reported|reports|saw|sees|observed|observes|realized|realised|realizes|realises|spotted|spots|noted|notes|said|says|mentioned|mentions|explained|explains|pointed|points|confirmed|confirms|investigated|investigates|suggested|suggests|asked|asks|pinged|pings|paged|pages|escalated|escalates|alerted|alerts|wrote|writes|opened|opens|filed|files)$/;

// --- rule helpers -------------------------------------------------------------------------------

interface Cue {
  re: RegExp;
  category: BlameCategory;
  ruleId: string;
  weight: number;
  /** Decides whether this match is blame; returns the agent (or 'implicit') or null to drop it. */
  gate: (s: SentenceView, m: RegExpExecArray) => Agent | 'implicit' | null;
  /** Allow "we" as the agent (self-blame and people-remedies say "we" too). */
  allowWe?: boolean;
  /** Substrings of which the lowercased sentence must contain one for the cue to run at all (speed). */
  pre?: readonly string[];
}

function firstVerbIndex(s: SentenceView, m: RegExpExecArray): number {
  return tokenIndexAt(s.tokens, s.start + m.index + (m[0].length - m[0].trimStart().length));
}

function subjectGate(weakNeedsHuman = false) {
  return (s: SentenceView, m: RegExpExecArray): Agent | null => {
    const agent = subjectOf(s, firstVerbIndex(s, m));
    if (!agent) return null;
    if (!agent.strong && weakNeedsHuman) {
      const complement = (m.groups?.verb ?? '').toLowerCase();
      if (!complement || SYSTEM_COMPLEMENTS.has(complement) || !HUMAN_COMPLEMENTS.has(complement))
        return null;
    }
    return agent;
  };
}

const implicit = () => 'implicit' as const;

function anyAgentGate(s: SentenceView): Agent | null {
  for (let i = 0; i < s.tokens.length; i++) {
    const a = agentOf(s.tokens, i, i === leadingTimestampEnd(s.tokens));
    if (a && a.kind !== 'we') return a;
  }
  return null;
}

// What a person owns that is not a cause: their recovery work, or an event that happened to them.
const RECOVERY_NOUNS =
  /^\s*(?:[\w-]+ ){0,2}?(?:rollback|roll-back|fix|revert|failover|restore|workaround|help|effort|vigilance|catch|escalation|quick thinking|mitigation|response)\b/;
const SYSTEM_EVENT_NOUNS =
  /^\s*(?:[\w-]+ ){0,2}?(?:outage|failure|fault|bug|incident|hardware|service|services|system|systems|platform|api|network|team|infrastructure|database|db|server|servers|cluster|application|app|load|conditions|traffic|customers|users|site|website|environment|region|datacenter|data center|provider|cloud)\b/;

const HUMAN_ACTIONS =
  /^(?:ran|pushed|deployed|merged|restarted|deleted|dropped|edited|changed|applied|rebooted|removed|typed|executed|started|killed|updated|upgraded|disabled|enabled|moved|migrated|reverted|truncated|wiped|shut|pulled|unplugged|flipped|toggled|committed|shipped)$/;

/** A possessive person between `from` and `to` ("Mei's config push is ..."): the owner of the cause. */
function possessivePerson(s: SentenceView, from: number, to: number): Agent | null {
  for (let i = Math.max(0, from); i < to && i < s.tokens.length; i++) {
    if (!s.tokens[i]!.lower.endsWith("'s")) continue;
    const agent = agentOf(s.tokens, i, i === leadingTimestampEnd(s.tokens));
    if (agent && agent.kind !== 'we') return agent;
  }
  return null;
}

// --- structural cues ----------------------------------------------------------------------------
// Subtle blame rarely reuses a cue word; it puts a person next to a judgement, a habit, a causal
// frame or a sanction. These cues match that structure (a frame plus who fills it) and lean on the
// same agency gates, so a system in the slot never counts.

/** Something went wrong in the sentence (a harm the person can be tied to). */
const HARM =
  /\b(?:outage|down\b|broke|broken|break|fail|crash|lost|loss|corrupt|incident|unavailable|latenc|timeouts?|errors?|5\d\d\b|degrad|deleted|dropped|wiped|overload|stopped|halt|never recovered|split-brain|double-post|duplicat|stuck|stalled|paged|spike|backlog|rejected|expired|leak|exposed|led to|caused|triggered|resulted in|took (?:\w+ ){0,2}(?:down|out))/;
/** Recovery in the sentence ("which restored checkout"): the person is credited, not blamed. */
const RECOVERED =
  /\b(?<!never )(?:restored|resolved|mitigated|recovered|fixed|came back|stabili[sz]ed|able to (?:fix|solve|restore|recover))\b/;
/** An explicit causal tie between a clause and a failure, needed where "when" / "once" alone is only timing. */
const CAUSAL =
  /\b(?:led to|leads to|caused|triggered|resulted in|broke|took (?:\w+ ){0,3}(?:down|offline|out)|went down|never recovered|fell over|started (?:failing|erroring|timing out)|began (?:failing|erroring|timing out)|(?:was|were) down)\b/;
const RESPONSE_VERBS =
  /^(?:joined|responded|acknowledged|helped|escalated|paged|noticed|found|spotted|caught|rolled|reverted|restored|fixed|mitigated|declared|opened|posted|updated|confirmed|answered|investigated|called|started investigating|began investigating)$/;
const CHANGE_NOUNS =
  /^(?:push|deploy|deployment|change|changes|commit|merge|migration|edit|edits|script|query|command|config|rollout|release|patch|tweak|update|upgrade|refactor|cleanup|pr|fix|hotfix|flag|restart|resize|decision|click)$/;

function personAnywhere(s: SentenceView): Agent | null {
  const agent = anyAgentGate(s);
  return agent && agent.kind !== 'we' ? agent : null;
}

function agentAfterMatch(s: SentenceView, m: RegExpExecArray, limit = 4): Agent | null {
  let from = tokenIndexAt(s.tokens, s.start + m.index + m[0].length);
  // "down to one person's shortcut", "a single engineer's change": the quantifier is not the head.
  while (/^(?:one|single|some|same|lone)$/.test(s.tokens[from]?.lower ?? '')) from++;
  const agent = agentAfter(s.tokens, from, limit);
  if (agent && agent.kind !== 'we') return agent;
  const next = s.tokens[tokenIndexAt(s.tokens, s.start + m.index + m[0].length)];
  return next && looksLikeUsername(next) ? { kind: 'username', index: 0, strong: false } : null;
}

function isTimeline(s: SentenceView): boolean {
  return leadingTimestampEnd(s.tokens) > 0;
}

const STRUCTURAL_CUES: Cue[] = [
  // Habit and sarcasm: "as usual", "yet again", "classic Dmitri", a possessive before scare quotes.
  {
    re: /\bas (?:usual|always|per usual|ever)\b|\b(?:once more|yet again|once again|again)\b|\bclassic (?=\S)|\b(?:ship|deploy|push|merge) (?:it )?first\b|'s ["“] +["”]|\bso-called\b/g,
    category: 'character-judgement',
    ruleId: 'character/habit-or-sarcasm',
    pre: [
      'usual',
      'always',
      'as ever',
      'again',
      'once more',
      'classic',
      'first',
      '\'s "',
      "'s “",
      'so-called',
    ],
    weight: 0.6,
    gate: (s, m) => {
      if (isTimeline(s) || RECOVERED.test(s.lower)) return null;
      if (/^classic/.test(m[0])) return agentAfterMatch(s, m, 2);
      if (/^'s/.test(m[0])) {
        const owner = possessivePerson(s, 0, tokenIndexAt(s.tokens, s.start + m.index + 2));
        return owner;
      }
      const subject =
        sentenceSubject(s) ??
        possessivePerson(s, 0, Math.min(6, s.tokens.length)) ??
        (m.index < 12 ? agentAfterMatch(s, m, 3) : null);
      const weakMarker = /^(?:again|once again|as always|as ever)$/.test(m[0]);
      // "again" is mostly plain repetition: only a person subject doing the damage counts.
      const agent = subject && subject.kind !== 'we' ? subject : weakMarker ? null : personAnywhere(s);
      if (!agent) return null;
      const verb = s.tokens[agent.index + 1]?.lower ?? '';
      if (RESPONSE_VERBS.test(verb) || /\bthanks?\b/.test(s.lower)) return null;
      if (weakMarker) {
        if (!HARM.test(s.lower) || !/(?:ed|ran|broke|took|put|hit|set|did|went)$/.test(verb)) return null;
        if (/\b(?:should|would|could|might|if|to|unlikely)\b/.test(s.lower.slice(0, m.index))) return null;
      }
      return agent;
    },
  },
  // Fault idioms with the person after the frame: "chalk it up to", "the buck stops with", "down to".
  {
    re: /\bchalk(?:ed|s|ing)? (?:\w+ ){0,3}up to |\bthe buck stops (?:with|at) |\b(?:credit|thanks) for (?:this|the|today's|that|last night's|our) (?:[\w-]+ ){0,2}(?:outage|incident|failure|mess|breakage|downtime|page|pages|weekend|evening|night) (?:goes|go|belongs) to |\bcourtesy of |\b(?:wrong|bad|poor|costly|expensive|questionable|risky) (?:call|decision|judg(?:e)?ment|move|choice)s? (?:by|from|on the part of) |\b(?:comes?|came|boils?|boiled|is|was|all) down to |\bthanks to |\bon (?:his|her|their) (?:watch|head|shoulders)\b|\bdropped the ball\b|\bsquarely (?:at|with|on) /g,
    category: 'fault-noun',
    ruleId: 'fault-noun/idiom',
    pre: [
      'chalk',
      'buck stops',
      'goes to',
      'go to',
      'belongs to',
      'courtesy of',
      'wrong ',
      'bad ',
      'poor ',
      'costly ',
      'expensive ',
      'questionable ',
      'risky ',
      'down to',
      'thanks to',
      'on his',
      'on her',
      'on their',
      'dropped the ball',
      'squarely',
    ],
    weight: 0.7,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index) || isTimeline(s)) return null;
      if (/^(?:on |dropped)/.test(m[0])) {
        return subjectOf(s, firstVerbIndex(s, m)) ?? personAnywhere(s);
      }
      if (/\bwhoever\b/.test(s.lower.slice(m.index + m[0].length, m.index + m[0].length + 12)))
        return 'implicit';
      const agent = agentAfterMatch(s, m);
      if (!agent) return null;
      if (/^(?:thanks to|courtesy of|.*down to)/.test(m[0])) {
        if (!HARM.test(s.lower) || RECOVERED.test(s.lower)) return null;
        // "Thanks to Ulrike for catching ...": gratitude, not sarcasm.
        if (/^thanks to/.test(m[0]) && /^\s*(?:\S+ ){1,3}for\b/.test(s.lower.slice(m.index + m[0].length)))
          return null;
        // "We learned, thanks to Brad, that ...": credit for knowledge.
        if (/\b(?:learn|learned|learnt|found out|discovered|know|knew|realised|realized)\b/.test(s.lower))
          return null;
        const rest = s.lower.slice(m.index + m[0].length);
        if (RECOVERY_NOUNS.test(rest.replace(/^\S+'s/, ''))) return null;
      }
      return agent;
    },
  },
  // Sanctions in any wording, as long as a person is on the receiving end.
  {
    re: /\b(?:was|were|been|be|got|get|getting|being|is|are) (?:\w+ )?(?:fired|let go|sacked|dismissed|demoted|benched|reprimanded|disciplined|written up|moved off|taken off|pulled off|removed from|kicked off|reassigned|stood down)\b|\bsit(?:s|ting)? out\b|(?:'s|\bhis|\bher|\btheir) (?:\w+ )?bonus\b|\b(?:apologi[sz]e|apologi[sz]ing|public apology)\b|'s (?:\w+ )?(?:file|record)\b|\bsign-?off from (?:a |an |their |his |her |the )?(?:\w+ )?(?:lead|manager|senior|supervisor|director)\b|\ballow-?list\b|\b(?:probation|formal warning|final warning|warning letter|performance (?:conversation|plan|improvement plan|talk|discussion|conversations)|improvement plan)\b|\bno longer (?:be )?(?:allowed|permitted|trusted)\b|\b(?:revoked|stripped)\b|\bconsequences? for (?!the |our |customers|users)/g,
    category: 'punitive',
    ruleId: 'punitive/any-wording',
    pre: [
      'fired',
      'let go',
      'sacked',
      'dismissed',
      'demoted',
      'benched',
      'reprimanded',
      'disciplined',
      'written up',
      'moved off',
      'taken off',
      'pulled off',
      'removed from',
      'kicked off',
      'reassigned',
      'stood down',
      'sit out',
      'sits out',
      'sitting out',
      'bonus',
      'apologi',
      'file',
      'record',
      'sign-off',
      'signoff',
      'allowlist',
      'allow-list',
      'probation',
      'formal warning',
      'final warning',
      'warning letter',
      'performance conv',
      'performance plan',
      'performance talk',
      'performance disc',
      'improvement plan',
      'no longer',
      'revoked',
      'stripped',
      'consequence',
    ],
    weight: 0.8,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index) || isTimeline(s)) return null;
      const agent = personAnywhere(s);
      if (!agent) return null;
      const w = m[0];
      if (/^'s/.test(w)) return possessivePerson(s, 0, tokenIndexAt(s.tokens, s.start + m.index + 2));
      if (/(?:moved off|taken off|pulled off|removed from|kicked off)$/.test(w)) {
        const rest = s.lower.slice(m.index + w.length, m.index + w.length + 50);
        if (
          !/\b(?:team|rotation|rota|on-?call|roster|project|allow-?list|access|pager|duty|duties|squad|group|channel|repo|release|migration|incident|work)\b/.test(
            rest,
          )
        )
          return null;
      }
      if (/^(?:apolog)/.test(w)) {
        if (
          !/\b(?:will|must|has to|have to|is to|are to|asked to|required to|expected to|needs? to|public|publicly|all-hands|whole company|entire company)\b/.test(
            s.lower,
          )
        )
          return null;
        const subject = sentenceSubject(s);
        return subject && subject.kind !== 'we' ? subject : null;
      }
      if (
        /^(?:revoked|stripped)/.test(w) &&
        !/\b(?:access|rights|permissions|privileges|keys|credentials|role|badge)\b/.test(s.lower)
      )
        return null;
      if (/^sit/.test(w)) {
        const subject = subjectOf(s, firstVerbIndex(s, m));
        return subject && subject.kind !== 'we' ? subject : null;
      }
      if (/^no longer/.test(w)) return agent.strong || agent.kind === 'name' ? agent : null;
      return agent;
    },
  },
  // A remedy aimed at people's behaviour: "<people> must/need to/should <behave>", "Action: <person> to be careful".
  {
    re: /\b(?:must|need to|needs to|have to|has to|should|are expected to|is expected to|are to|is to|will need to|ought to|are required to|is required to|are asked to|are reminded to)(?: (?:always|now|really|actually|also|all|each|simply|just|please|properly|personally))? (?:try harder|try to remember|read|remember|own their|own his|own her|watch|be (?:more |extra |much more |very |especially |)(?:careful|vigilant|cautious|mindful|attentive|diligent|thorough|disciplined|alert|rigorous|deliberate|responsible)|pay (?:more |closer |better |)attention|take (?:more |extra |greater |)(?:care|responsibility|ownership)|take the time|think (?:twice|harder|before|more carefully)|double-check|triple-check|sign|slow down|stick to|respect|make sure|stop (?:and|to|before|skipping|ignoring)|get better|do better|stay (?:alert|focused|vigilant|awake|sharp)|speak up)\b|^(?:(?:action|ai|follow-?up|todo|remediation|owner)s?(?: item)?[^:]{0,20}:\s*)(?:[\w@.-]+ ){1,2}to (?:be|pay|take|think|remember|double-check|triple-check|read|slow|stop|always|never|stay)\b/g,
    category: 'people-remedy',
    ruleId: 'people-remedy/obligation',
    pre: [
      'must',
      'need to',
      'needs to',
      'have to',
      'has to',
      'should',
      'expected to',
      'are to',
      'is to',
      'ought to',
      'required to',
      'asked to',
      'reminded to',
      'action',
      'follow',
      'todo',
      'remediation',
      'owner',
      'ai:',
      'ai ',
    ],
    weight: 0.6,
    allowWe: true,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index)) return null;
      if (/^(?:action|ai|follow|todo|remediation|owner)/.test(m[0])) {
        const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].indexOf(':') + 1);
        const named = agentAfter(s.tokens, idx, 2);
        if (named && named.kind !== 'we') return named;
        const token = s.tokens[idx];
        return token && looksLikeUsername(token) ? { kind: 'username', index: idx, strong: false } : null;
      }
      const verbIdx = firstVerbIndex(s, m);
      let agent = subjectOf(s, verbIdx);
      if (!agent) {
        // "Action: Jorge to be more careful", "Everyone on the night shift must sign": the clause opens with the person.
        const subject = sentenceSubject(s);
        if (subject && subject.index < verbIdx && verbIdx - subject.index <= 6) agent = subject;
      }
      if (!agent) return null;
      if (/\b(?:nobody|no one|no-one|none)\b/.test(s.lower.slice(0, m.index))) return null;
      if (
        agent.kind === 'we' &&
        !/\b(?:be (?:more |extra |much more |very |especially |)(?:careful|vigilant|cautious|mindful|attentive)|pay|take (?:more |extra |greater |)care|think twice|remember|try harder|slow down|double-check|triple-check)\b/.test(
          m[0],
        )
      )
        return null;
      return agent;
    },
  },
  // Temporal juxtaposition: "<n> minutes after Yusuf's push, checkout was down", "right as kwame ran ...".
  {
    re: /\b(?:(?:minutes?|seconds?|hours?|moments?|shortly|right|just|immediately|soon|not long) after|right as|just as|the moment|as soon as|once|when|within (?:\w+ ){1,2}of) /g,
    category: 'proximal-actor',
    ruleId: 'proximal/temporal',
    pre: [' after ', 'right as', 'just as', 'the moment', 'as soon as', 'once ', 'when ', 'within '],
    weight: 0.6,
    gate: (s, m) => {
      if (isTimeline(s) || RECOVERED.test(s.lower) || !HARM.test(s.lower)) return null;
      if (/^(?:when|once) /.test(m[0]) && !CAUSAL.test(s.lower)) return null;
      const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].length);
      const agent = agentAfter(s.tokens, idx, 3);
      let head = agent && agent.kind !== 'we' ? agent.index : -1;
      if (head < 0 && s.tokens[idx] && looksLikeUsername(s.tokens[idx]!)) head = idx;
      if (head < 0) return null;
      const next = s.tokens[head + 1]?.lower ?? '';
      const personal = s.tokens[head]!.lower.endsWith("'s")
        ? CHANGE_NOUNS.test(next) || CHANGE_NOUNS.test(s.tokens[head + 2]?.lower ?? '')
        : (HUMAN_ACTIONS.test(next) ||
            /^(?:decided|chose|touched|tried|began|got|made|took|put|hit|set|cut|clicked|logged|resized|scaled|ran|pushed|force-pushed|bumped|tweaked|approved|renamed|rotated|flushed|purged|reset)$/.test(
              next,
            )) &&
          !DISCOVERY.test(next) &&
          !RESPONSE_VERBS.test(next);
      return personal ? (agent ?? { kind: 'username', index: head, strong: false }) : null;
    },
  },
  // A person in a root-cause slot: "Trigger: Haruto.", "the failure was in the operator", "Because Olumide was operating it."
  {
    re: /^(?:[\w-]+ ){0,2}(?:trigger|triggered by|root cause|cause|culprit|cause category|source|primary cause)(?:,? [\w-]+){0,5},?:\s*(?=\S)|\b(?:failure|fault|problem|issue|error|weak link|weak point|weakness) (?:was|lay|lies|is|sat|sits) (?:in|with) (?=\w)|^because (?=\S+ (?:was|were) (?:operating|driving|running|at the|in charge|on shift|on call|on the))/g,
    category: 'human-error',
    ruleId: 'human-error/person-in-cause-slot',
    pre: [
      'trigger',
      'cause',
      'culprit',
      'source',
      'failure',
      'fault',
      'problem',
      'issue',
      'error',
      'weak',
      'because',
    ],
    weight: 0.7,
    gate: (s, m) => {
      const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].length);
      if (
        /^(?:personnel|people|staff|humans?|the human|manpower)\b/.test(s.lower.slice(m.index + m[0].length))
      )
        return 'implicit';
      const agent = agentAfter(s.tokens, idx, 3);
      if (!agent || agent.kind === 'we') return null;
      if (m[0].endsWith(':') || /:\s*$/.test(m[0])) {
        // The person must be the whole slot ("Trigger: Haruto."), not the start of a sentence about them.
        const next = s.tokens[agent.index + 1];
        const gap = next ? s.lower.slice(s.tokens[agent.index]!.end - s.start, next.start - s.start) : '';
        return !next || /[.;(]/.test(gap) ? agent : null;
      }
      return agent;
    },
  },
  // Minimising: "except apparently for the DBA", "not a lot to ask of a senior SRE", "someone in their first week would know".
  {
    re: /\bexcept(?:,)? (?:apparently |evidently |of course |obviously )?for |\bnot (?:a lot|much|too much|asking much|exactly hard|complicated|difficult|hard|rocket science|brain surgery) to ask\b|\bnot rocket science\b|\bisn't rocket science\b|\b(?:someone|anyone|anybody|a (?:junior|new hire|new starter|first-week \w+|trainee|student|child)|an intern)\b[^.;]{0,40}\bwould (?:know|have known|have caught|have checked|not have|spot|have spotted)\b|\ball (?:\w+ ){1,2}(?:had|needed|has|needs) to do\b|\bhow (?:hard|difficult) (?:is|was|can) it\b/g,
    category: 'minimising',
    ruleId: 'minimising/structural',
    pre: ['except', 'to ask', 'rocket science', 'would', 'to do', 'how hard', 'how difficult'],
    weight: 0.6,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index) && !/^not/.test(m[0])) return null;
      if (/^except/.test(m[0])) return agentAfterMatch(s, m, 3);
      if (/would/.test(m[0])) return 'implicit';
      return personAnywhere(s);
    },
  },
  // Omission without the cue words: "never turned it back on", "left maintenance mode on", "Yoni did not."
  {
    re: /\bnever (?:\w+ )?(?:turned|switched|put|set|changed|flipped|brought|re-?enabled|followed up|checked|looked|opened|read|replied|responded|answered|told|mentioned|bothered)\b|\bleft (?:the |a |an |his |her |their )?(?:[\w-]+ ){1,3}(?:on|off|enabled|disabled|open|running|muted|silenced|in place|paused|unlocked|half-done|unfinished)\b|\bnot (?:a single|one) (?:person|engineer|member|one|reviewer|developer|soul)\b|\bstarted at step\b|\bskipped (?:straight )?(?:to|past|over)\b|\bwithout (?:so much as |even |ever |first )?(?:checking|testing|reading|asking|telling|waiting|looking|verifying|reviewing|consulting|taking|opening|notifying|announcing|warning|a backup|a review|review|a second)\b|^(?:[\w@'.-]+ ){1,3}(?:did not|didn't|never did|did nothing|would not|wouldn't)\W*$/g,
    category: 'omission',
    ruleId: 'omission/structural',
    pre: [
      'never',
      'left ',
      'not a single',
      'not one',
      'started at step',
      'skipped',
      'without',
      'did not',
      "didn't",
      'did nothing',
      'would not',
      "wouldn't",
    ],
    weight: 0.6,
    gate: (s, m) => {
      if (isTimeline(s) || /^not/.test(m[0]) ? false : negatedBefore(s.lower, m.index)) return null;
      if (isTimeline(s)) return null;
      if (/^not /.test(m[0])) return 'implicit';
      if (/^(?:started|skipped|without)/.test(m[0])) {
        const agent = subjectOf(s, firstVerbIndex(s, m)) ?? sentenceSubject(s) ?? personAnywhere(s);
        return agent && agent.kind !== 'we' ? agent : null;
      }
      const first = s.tokens[0];
      if (/(?:did not|didn't|never did|did nothing|would not|wouldn't)\W*$/.test(m[0]) && m.index === 0) {
        const subject = sentenceSubject(s);
        if (subject && subject.kind !== 'we') return subject;
        return first && looksLikeUsername(first) ? { kind: 'username', index: 0, strong: false } : null;
      }
      const agent = subjectOf(s, firstVerbIndex(s, m)) ?? (/^never/.test(m[0]) ? null : sentenceSubject(s));
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  // Evidence placed in front of a person: "sitting in Jonas's terminal", "went to Paulo three times", "right there".
  {
    re: /\b(?:in|on) (?:[\w@.-]+)'s (?:own )?(?:terminal|screen|inbox|dashboard|desk|monitor|laptop|notifications|queue|channel|logs?|shell|console|tab|window)\b|\b(?:went|was sent|had been sent|were sent|was forwarded|was shown|was mentioned|was raised|was flagged|were flagged|had been flagged) to (?:[\w@.-]+ ){1,3}(?:two|three|four|five|several|multiple|many|\d+) times\b|\b(?:warned|told|reminded|flagged|pinged|emailed|notified|asked) (?:\w+ ){0,3}(?:twice|three times|repeatedly|several times|more than once)\b|\bconnected the dots\b|\bput two and two together\b|\bin plain sight\b|\bright (?:there|in front of)\b|\bstaring (?:\w+ )?(?:in the face|at)\b|\b(?:every|each|all the|the) (?:clue|sign|warning|signal|hint|symptom)s? (?:\w+ ){0,3}(?:was|were) (?:in|on|right|there)\b|\blogs (?:[\w@.-]+ )(?:was|were) (?:tailing|watching|reading)\b/g,
    category: 'hindsight',
    ruleId: 'hindsight/evidence-in-front',
    pre: [
      "'s ",
      'times',
      'twice',
      'repeatedly',
      'more than once',
      'connected the dots',
      'two and two',
      'plain sight',
      'right there',
      'right in front',
      'staring',
      'clue',
      'sign',
      'warning',
      'signal',
      'hint',
      'symptom',
      'tailing',
      'watching',
      'reading',
    ],
    weight: 0.6,
    gate: (s, m) => {
      if (isTimeline(s)) return null;
      if (/^(?:in|on) /.test(m[0]))
        return possessivePerson(s, tokenIndexAt(s.tokens, s.start + m.index), s.tokens.length);
      const agent = personAnywhere(s);
      if (agent) return agent;
      if (/connected the dots|two and two/.test(m[0]) && /\b(?:nobody|no one|none)\b/.test(s.lower))
        return 'implicit';
      return null;
    },
  },
  // Character through conduct: "panicked", "froze", "idea of a code review is", "treat production like their sandbox".
  {
    re: /\bidea of (?:a |an )?(?:[\w-]+ ){1,3}is\b|\btreat(?:s|ed|ing)? (?:[\w-]+ ){1,3}(?:like|as) (?:their|his|her|a|an) (?:own |personal )?(?:sandbox|playground|toy|scratchpad|test bed|testbed)\b|\b(?:panicked|froze(?=\s*(?:[.,;]|$| up\b| and\b| when\b| for\b| at\b| in\b))|freaked out|went quiet|went silent|went dark|gave up|winged it|cowboy(?:ed|ing)?|cut corners|cutting corners|asleep at the wheel|clueless|out of (?:his|her|their) depth|in over (?:his|her|their) head|couldn't care less|didn't care|did not care)\b|\b(?:think|thinking|thought) later\b|\bclicked past\b|\bas noise\b/g,
    category: 'character-judgement',
    ruleId: 'character/conduct',
    pre: [
      'idea of',
      'treat',
      'panicked',
      'froze',
      'freaked',
      'went quiet',
      'went silent',
      'went dark',
      'gave up',
      'winged',
      'cowboy',
      'corners',
      'asleep',
      'clueless',
      'depth',
      'over his',
      'over her',
      'over their',
      'care',
      'later',
      'clicked past',
      'as noise',
    ],
    weight: 0.65,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index) && !/care/.test(m[0])) return null;
      if (/^idea of/.test(m[0])) return possessivePerson(s, 0, tokenIndexAt(s.tokens, s.start + m.index));
      if (
        /^(?:panicked|froze|freaked|went|gave|winged|asleep|clueless|out of|in over|couldn't|didn't|did not)/.test(
          m[0],
        )
      ) {
        const agent = subjectOf(s, firstVerbIndex(s, m)) ?? null;
        return agent && agent.kind !== 'we' ? agent : null;
      }
      if (/later$/.test(m[0])) return 'implicit';
      const agent = anyAgentGate(s);
      return agent && agent.kind !== 'we'
        ? agent
        : /\bsome (?:people|folks|engineers)\b/.test(s.lower)
          ? 'implicit'
          : null;
    },
  },
  // Choice against the safe path: "chose to push on regardless", "kept trying forward fixes", "instead of waiting".
  {
    re: /\b(?:chose|choosing|chooses|decided|deciding|opted|opting|elected|insisted|insisting) (?:on |to )(?:\w+ ){0,8}?(?:instead of|regardless|anyway|rather than|without|despite)\b|\bkept (?:trying|pushing|retrying|going|insisting|clicking|restarting)\b|\bhinged on (?:\S+ ){0,2}(?:choosing|deciding|decision|choice)\b|\bwith a second pair of eyes on (?:\S+)'s\b|\b(?:a quick|one|a single|a simple) (?:message|question|check|look|call|ping|glance) (?:\w+ ){0,9}would have\b/g,
    category: 'counterfactual',
    ruleId: 'counterfactual/chose-otherwise',
    pre: [
      'chose',
      'choosing',
      'chooses',
      'decided',
      'deciding',
      'opted',
      'opting',
      'elected',
      'insist',
      'kept ',
      'hinged on',
      'second pair of eyes',
      'would have',
    ],
    weight: 0.6,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index) || isTimeline(s) || RECOVERED.test(s.lower)) return null;
      if (/^(?:hinged|with a second)/.test(m[0])) return personAnywhere(s);
      if (/would have$/.test(m[0]))
        return /\b(?:before|by|to|from) /.test(s.lower) ? (personAnywhere(s) ?? 'implicit') : null;
      const agent = subjectOf(s, firstVerbIndex(s, m)) ?? sentenceSubject(s);
      return agent && agent.kind !== 'we' ? agent : personAnywhere(s);
    },
  },
  // Imperative remedies naming the person: "Remind @mo_sre to confirm ...", "Ask Priya to double-check ...".
  {
    re: /^(?:please )?(?:remind|ask|tell|encourage|coach|get|have|make) (?=\S+ (?:\S+ )?to (?:confirm|check|verify|be|read|follow|remember|double-check|triple-check|always|never|not|pay|take|think|slow|stop|look|review|test))/g,
    category: 'people-remedy',
    ruleId: 'people-remedy/imperative-at-person',
    pre: ['remind', 'ask', 'tell', 'encourage', 'coach', 'get', 'have', 'make'],
    weight: 0.6,
    gate: (s, m) => {
      const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].length);
      const agent = agentAfter(s.tokens, idx, 2);
      if (agent && agent.kind !== 'we') return agent;
      const next = s.tokens[idx];
      return next && looksLikeUsername(next) ? { kind: 'username', index: idx, strong: false } : null;
    },
  },
  // "Everything was fine until Bartosz got involved": the calm before a person, with nothing else named.
  {
    re: /\b(?:fine|stable|healthy|working|green|calm|quiet|smooth(?:ly)?|normal(?:ly)?|ok|okay|uneventful)\b[^.;]{0,40}?\b(?:until|before|till) /g,
    category: 'proximal-actor',
    ruleId: 'proximal/calm-until-person',
    pre: ['until', 'before', 'till'],
    weight: 0.6,
    gate: (s, m) => {
      if (isTimeline(s) || RECOVERED.test(s.lower)) return null;
      const agent = agentAfterMatch(s, m, 4);
      if (!agent) return null;
      const next = s.tokens[agent.index + 1]?.lower ?? '';
      return DISCOVERY.test(next) || RESPONSE_VERBS.test(next) ? null : agent;
    },
  },
  // Scare quotes around a word that vouches for safety or skill ("battle-tested", "harmless") in a sentence
  // about a person's harm. Quotes in postmortems mostly mark commands, names and terms, hence the word list;
  // multi-word ones ("small tweak") are blanked and caught only after a possessive, by the habit rule.
  {
    re: /["“](?:small|quick|harmless|safe|minor|simple|trivial|tiny|tweak|cleanup|clean-up|fix|hotfix|improvement|improved|battle-tested|tested|well-tested|reviewed|expert|careful|routine|cosmetic|no-op|optimi[sz]ation|refactor|tidy-up|temporary|experienced|senior|bulletproof|foolproof|quick-fix|one-liner|innocent|innocuous|low-risk|risk-free|safe-change|proven)["”]/g,
    category: 'character-judgement',
    ruleId: 'character/scare-quotes',
    pre: ['"', '“'],
    weight: 0.55,
    gate: (s, m) => {
      if (isTimeline(s) || !HARM.test(s.lower) || RECOVERED.test(s.lower)) return null;
      const before = s.lower.slice(Math.max(0, m.index - 30), m.index);
      if (
        /\b(?:said|says|read|reads|showed|shows|displayed|message|error|banner|titled|called|named|label(?:l)?ed|text|string|alert|log|returned|printed|output|reported|wrote|replied|asked|typed|posted|status|field|button|flag|option|setting|value|key|header|column|command|word|term|phrase)\s*:?\s*$/.test(
          before,
        )
      )
        return null;
      return personAnywhere(s);
    },
  },
  // "It was a one-line check, and Zainab didn't run it": the size of the step set against the omission.
  {
    re: /\b(?:one|single|two|a|ten|five|thirty)[- ](?:line|click|command|step|keystroke|minute|second|liner|flag)s?\b[^.;]{0,60}\b(?:didn't|did not|never|skipped|forgot|still|yet|wouldn't|would not|couldn't be bothered)\b/g,
    category: 'minimising',
    ruleId: 'minimising/small-step-not-taken',
    pre: ['line', 'click', 'command', 'keystroke', 'liner', ' step', 'minute', 'second', 'flag'],
    weight: 0.6,
    gate: (s) => (isTimeline(s) ? null : personAnywhere(s)),
  },
  // Sanctions phrased as handing things back: "asked to hand back his production credentials".
  {
    re: /\b(?:hand(?:s|ed|ing)? (?:back|over|in)|return(?:s|ed|ing)?|surrender(?:s|ed|ing)?|give (?:up|back)|gave (?:up|back)) (?:his |her |their |the |all |any )?(?:[\w-]+ ){0,2}(?:credentials|keys|access|badge|token|tokens|rights|privileges|yubikey|laptop|pager)\b/g,
    category: 'punitive',
    ruleId: 'punitive/hand-back',
    pre: ['hand', 'return', 'surrender', 'give', 'gave'],
    weight: 0.8,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index) || isTimeline(s)) return null;
      // Returning keys after an office move is routine; being made to hand them back is the sanction.
      if (
        !/\b(?:asked|told|made|required|ordered|instructed|forced|expected) to (?:\w+ )?$|\b(?:must|will|has to|have to|had to|needs? to|is to|shall)(?: now)? $/.test(
          s.lower.slice(Math.max(0, m.index - 30), m.index),
        )
      )
        return null;
      const agent = subjectOf(s, firstVerbIndex(s, m)) ?? sentenceSubject(s);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  // A course for one person: "Pedro will attend a database safety course".
  {
    re: /\b(?:will|must|has to|have to|is to|are to|needs? to|should|to|is going to|has been asked to|was asked to|is required to)(?: (?:now|also|first))? (?:attend|take|complete|retake|redo|go on|go through|sign up for|enrol in|enroll in|do|repeat|sit) (?:a |an |the |)(?:[\w-]+ ){0,3}(?:course|training|workshop|refresher|module|class|bootcamp|certification|onboarding)\b/g,
    category: 'people-remedy',
    ruleId: 'people-remedy/course-for-person',
    pre: [
      'course',
      'training',
      'workshop',
      'refresher',
      'module',
      'class',
      'bootcamp',
      'certification',
      'onboarding',
    ],
    weight: 0.6,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index)) return null;
      const agent = subjectOf(s, firstVerbIndex(s, m)) ?? sentenceSubject(s);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  // Sarcastic frames: "Leave it to the data team to ...", "Funny how it only breaks when Rohan is on call".
  {
    re: /^(?:leave|trust) it to |^(?:funny|curious|interesting|strange|odd|amazing|remarkable) (?:how|that) /g,
    category: 'character-judgement',
    ruleId: 'character/sarcastic-frame',
    pre: [
      'leave it to',
      'trust it to',
      'funny',
      'curious',
      'interesting',
      'strange',
      'odd',
      'amazing',
      'remarkable',
    ],
    weight: 0.6,
    gate: (s, m) => {
      if (/^(?:leave|trust)/.test(m[0])) return agentAfterMatch(s, m, 4);
      return HARM.test(s.lower) || /\bfell over\b/.test(s.lower) ? personAnywhere(s) : null;
    },
  },
  // Effort judged: "took forty minutes to even open the dashboard", "didn't even look".
  {
    re: /\btook (?:\w+ ){1,3}(?:minutes?|hours?|days?|weeks?|tries|attempts|pages) (?:to even|just to|before (?:\w+ )?(?:even|finally)|to so much as)\b|\b(?:didn't|did not|never|couldn't|could not|wouldn't|would not|doesn't|does not|don't|do not) (?:even|once|so much as)\b/g,
    category: 'character-judgement',
    ruleId: 'character/effort-judged',
    pre: ['took', 'even', 'once', 'so much as'],
    weight: 0.6,
    gate: (s, m) => {
      if (isTimeline(s)) return null;
      if (!/^took/.test(m[0])) {
        // "didn't even look" judges effort; "didn't even need the runbook" praises.
        const next = s.lower.slice(m.index + m[0].length).match(/^\s*([a-z-]+)/)?.[1] ?? '';
        if (
          !HUMAN_COMPLEMENTS.has(next.replace(/(?:ed|ing)$/, '')) &&
          !/^(?:bother|glance|try|ask)/.test(next)
        )
          return null;
      }
      const agent = subjectOf(s, firstVerbIndex(s, m)) ?? sentenceSubject(s);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  // A safety step judged unnecessary by a person: "decided the staging check was optional".
  {
    re: /\b(?:decided|figured|thought|assumed|felt|treated|considered|deemed|judged|declared)\b[^.;]{0,50}?\b(?:optional|a formality|overkill|unnecessary|not needed|not necessary|pointless|a waste of time|beneath)\b|\b(?:is|are|was|were) (?:apparently |evidently |clearly |now |still |)(?:optional|a formality|a suggestion|beneath) (?:for|to) /g,
    category: 'character-judgement',
    ruleId: 'character/safety-step-optional',
    pre: [
      'optional',
      'formality',
      'overkill',
      'unnecessary',
      'not needed',
      'not necessary',
      'pointless',
      'waste of time',
      'beneath',
      'suggestion',
    ],
    weight: 0.6,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index)) return null;
      if (/ (?:for|to) $/.test(m[0]))
        return /\b(?:apparently|evidently|clearly|i guess|it seems|seemingly|now)\b/.test(s.lower)
          ? agentAfterMatch(s, m, 4)
          : null;
      // Only a safeguard judged unnecessary is the judgement; retiring old code is engineering.
      if (!SAFETY_STEPS.test(m[0])) return null;
      const agent = subjectOf(s, firstVerbIndex(s, m)) ?? sentenceSubject(s);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  // A person as the whole origin: "The root of it all was Carlos".
  {
    re: /\b(?:root|heart|source|origin|start) of (?:it all|all this|all of this|the (?:problem|issue|outage|incident|failure|trouble|mess)|this)\b,? (?:was|is|lies with|lay with|sits with|sat with) /g,
    category: 'human-error',
    ruleId: 'human-error/person-as-origin',
    pre: ['root of', 'heart of', 'source of', 'origin of', 'start of'],
    weight: 0.7,
    gate: (s, m) => agentAfterMatch(s, m, 3),
  },
  // Extra oversight for one person: "everything Femi merges goes through a senior", "rubber-stamped".
  {
    re: /\b(?:goes|go|must go|will go|has to go|have to go|needs to go|will need to go) through (?:a |an |the |)(?:senior|lead|manager|supervisor|second reviewer|extra review|additional review|approval from)\b|\brubber-?stamp(?:ed|ing|s)?\b|\bwaved (?:it|the \w+|\w+) through\b/g,
    category: 'punitive',
    ruleId: 'punitive/extra-oversight',
    pre: ['through', 'rubber'],
    weight: 0.65,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index) || isTimeline(s)) return null;
      if (/^(?:rubber|waved)/.test(m[0])) {
        const agent = subjectOf(s, firstVerbIndex(s, m)) ?? sentenceSubject(s);
        return agent && agent.kind !== 'we' ? agent : null;
      }
      return possessivePerson(s, 0, s.tokens.length) ?? personAnywhere(s);
    },
  },
];

const SAFETY_STEPS =
  /\b(?:check|checks|test|tests|testing|review|reviews|canary|staging|backup|backups|runbook|checklist|procedure|sign-?off|approval|dry-?run|validation|verification|step|drain|snapshot|rollback plan|freeze|peer review|two-person|second pair)\b/;
const WEAK_LINK_THINGS =
  /^(?:policy|policies|process|processes|tool|tools|tooling|system|systems|config|configuration|design|alerting|monitoring|runbook|documentation|docs|automation|code|software|script|pipeline|retry|retries|timeout|dependency|vendor|hardware|network|architecture)$/;

// --- the cues -----------------------------------------------------------------------------------

const CUES: Cue[] = [
  // human-error: offered as the cause; not when the sentence is about reducing the risk of it.
  {
    re: /\b(?:human|operator|operational|manual|engineer(?:ing)?|personnel|staff|administrator|admin|procedural|user|people|pilot|individual)[- ](?:error|mistake|failure|fault|slip|lapse|oversight)s?\b|\bhuman[- ]factors?\b|\bfat[- ]finger(?:ed|ing|s)?\b|\bpebkac\b|\bpicnic\b|\blayer[- ]8\b|\bhuman[- ]caused\b|\berror between (?:the )?(?:keyboard|chair)\b/g,
    category: 'human-error',
    ruleId: 'human-error/cause',
    weight: 0.8,
    gate: (s, m) => {
      // "Was this human error?" asks; it does not offer human error as the cause.
      if (/^(?:was|is|were|did|could|can|should|would)\b/.test(s.lower) && /\?\W*$/.test(s.lower))
        return null;
      const before = s.lower.slice(Math.max(0, m.index - 60), m.index);
      if (
        /\b(?:reduc|avoid|prevent|eliminat|minimi[sz]|mitigat|guard(?:s|ing)? against|protect(?:s|ing)? against|less|risk of|chance of|possibilit(?:y|ies) of|prone|susceptible|room for|likelihood of|potential for|cases? of|class(?:es)? of|categor(?:y|ies) of|kinds? of|types? of|forms? of|sources? of|tolerat|resilien|robust|research on|studies of|stud(?:y|ies) on|literature on|chances? for|opportunit(?:y|ies) for|fewer|less)\w*\s+(?:\w+\s+){0,3}$/.test(
          before,
        )
      )
        return null;
      if (
        /^human[- ]factors?$/.test(m[0]) &&
        /^\s*(?:engineering|research|design|experts?|team|analysis|approach|discipline)/.test(
          s.lower.slice(m.index + m[0].length),
        )
      )
        return null;
      if (
        /^user/.test(m[0]) &&
        /^\s*(?:rate|codes?|responses?|messages?|pages?|counts?|reports?|s?\s*\(4)/.test(
          s.lower.slice(m.index + m[0].length, m.index + m[0].length + 12),
        )
      )
        return null;
      return 'implicit';
    },
  },
  // hindsight: someone should have known/noticed.
  {
    re: new RegExp(
      String.raw`\b(?:should|ought to|must|could)(?: not|n't)?(?: have|'ve| of) (?:been able to |easily |reasonably |obviously |clearly |)(?:${PERCEPTION})\b`,
      'g',
    ),
    category: 'hindsight',
    ruleId: 'hindsight/should-have-known',
    weight: 0.75,
    gate: (s, m) => {
      // "could not have known" exonerates; "we could have detected" is a lesson, not blame.
      if (/\b(?:could|must)(?: not|n't)\b/.test(m[0])) return null;
      const agent = subjectOf(s, firstVerbIndex(s, m));
      if (agent?.kind === 'we' && !/^(?:should|ought)/.test(m[0])) return null;
      return agent;
    },
    allowWe: true,
  },
  {
    re: new RegExp(
      String.raw`\bshould(?: not|n't)? have been (?:${PERCEPTION.replace(/been (?:more )?aware\|/g, '')})\b(?: (?:by (?<by>[\w@'-]+(?: [\w'-]+){0,2})|in (?:code )?review|during (?:code )?review|earlier|sooner|beforehand|before (?:deploy|merg|rollout)\w*))`,
      'g',
    ),
    category: 'hindsight',
    ruleId: 'hindsight/passive',
    weight: 0.65,
    gate: (s, m) => {
      if (!m.groups?.by)
        return /review/.test(m[0])
          ? 'implicit'
          : /noticed|spotted|realised|realized|known/.test(m[0])
            ? 'implicit'
            : null;
      return agentAfter(s.tokens, tokenIndexAt(s.tokens, s.start + m.index + m[0].lastIndexOf('by ') + 3));
    },
  },
  {
    re: /\b(?:should|ought to) have been (?:obvious|clear|apparent|evident)\b|\bin (?:hindsight|retrospect),? (?:it was )?(?:obvious|clear)\b|\bany (?:competent|reasonable|experienced|careful|good|decent|attentive|half-decent) (?:engineer|operator|developer|reviewer|sre|admin|person|dba)\b/g,
    category: 'hindsight',
    ruleId: 'hindsight/obvious-in-hindsight',
    weight: 0.6,
    gate: implicit,
  },
  // counterfactual: should/could have done, if only X had.
  {
    re: /\b(?:should|ought to|could|might)(?: not|n't)?(?: have|'ve| of) (?:simply |just |at least |first |also |properly |actually |)(?<verb>[a-z-]+)\b/g,
    category: 'counterfactual',
    ruleId: 'counterfactual/should-have',
    weight: 0.7,
    gate: (s, m) => {
      const verb = m.groups?.verb ?? '';
      // "should not have had to / needed to": the person is who the system failed, not the agent.
      if (
        /^(?:had|to|needed|required)$/.test(verb) ||
        /\bhave (?:had )?to\b/.test(s.lower.slice(m.index, m.index + m[0].length + 4))
      )
        return null;
      if (
        /^(?:been|known|noticed|caught|seen|spotted|realised|realized|recognised|recognized|anticipated|foreseen|detected|understood)$/.test(
          verb,
        )
      ) {
        // Perception verbs are hindsight; "should have been <done>" is a passive without an agent.
        if (verb !== 'been') return null;
        return null;
      }
      const agent = subjectOf(s, firstVerbIndex(s, m));
      if (!agent) return null;
      if (agent.kind === 'we' && !/^(?:should|ought)/.test(m[0].trim())) return null;
      return agent;
    },
    allowWe: true,
  },
  {
    re: /\bif (?:only )?(?<subj>(?:[\w@'.-]+ ){1,4}?)(?:had|hadn't|'d|would have|did|didn't|were|was)\b(?: not| only| just| simply| first)? ?(?<verb>[a-z-]*)/g,
    category: 'counterfactual',
    ruleId: 'counterfactual/if-had',
    weight: 0.7,
    gate: (s, m) => {
      // Needs a counterfactual consequence in the same sentence, or "if only".
      const hasConsequent =
        /\b(?:would|could|might)(?: not|n't| never)? (?:have|still|be|exist|happen)\b|\bwould(?:n't| not) (?:be|exist|happen)|\bif only\b|'d(?: not| never)? (?:still|have|be|never)\b/.test(
          s.lower,
        );
      if (!hasConsequent) return null;
      if (
        /\bwere to\b/.test(s.lower) ||
        (/\bwould have to\b/.test(s.lower) && !/\bwould(?: not|n't)? have (?!to)/.test(s.lower))
      )
        return null;
      if (
        /\b(?:were|was|did|didn't)$/.test(m[0].trim().split(/\s+/).slice(-1)[0] ?? '') &&
        !/\bhad\b/.test(m[0]) &&
        !/would have/.test(s.lower)
      )
        return null;
      const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].indexOf(m.groups?.subj ?? ''));
      const subjTokens = (m.groups?.subj ?? '').trim().split(/\s+/).length;
      const subj = subjectAgent(s.tokens, idx + subjTokens, idx);
      return subj && subj.kind !== 'we' ? subj : null;
    },
  },
  {
    re: /(?:^|[,;:]\s*|\b(?:and|but)\s+)had (?<subj>(?:the |an? |our )?[\w@'-]+(?: [\w'-]+)?) (?:not |only |just |simply |first |actually |even |properly |really |bothered to |)(?<verb>[a-z-]+(?:ed|en|un|ne|wn|ught|one|ade|et|ut|ead|ept|eft))\b/g,
    category: 'counterfactual',
    ruleId: 'counterfactual/had-inversion',
    weight: 0.7,
    gate: (s, m) => {
      if (!/\b(?:would|could|might)(?: not|n't| never)? (?:have|still|be)\b/.test(s.lower)) return null;
      const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].indexOf(m.groups?.subj ?? ''));
      const agent = agentAfter(s.tokens, idx, 3);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  // omission by a person.
  {
    re: /\b(?:failed|fail|fails|neglected|forgot|forgets|forgotten|omitted|refused|didn't bother|did not bother|never bothered|was supposed|were supposed|was expected|were expected)\s+to\s+(?:\w+ly\s+)?(?<verb>[a-z-]+)/g,
    category: 'omission',
    ruleId: 'omission/failed-to',
    weight: 0.7,
    gate: (s, m) => {
      // Only "failed to" is something machines do; forgetting and neglecting are human by nature.
      const human = !/^fail/.test(m[0].trim());
      return subjectGate(!human)(s, m);
    },
    allowWe: true,
  },
  {
    re: new RegExp(
      String.raw`\b(?:didn't|did not|never|hadn't|had not|wasn't|was not)\s+(?:\w+ly\s+)?(?<verb>${[...HUMAN_COMPLEMENTS].filter((v) => !/^(?:set|add|use|open|hand|take|act|load|save|handle|create|write|fix|close|call|mark|run|stop|apply|plan|think|share|include|reach|sync|push|install|deploy|lock|unlock|clean|delete|restart|enable|disable|label|configure|page|prepare|release|migrate|commit|tag|attach|involve|loop|file|answer|reply|react|contact)$/.test(v)).join('|')}|bother|wait|read|follow|notice|double-check)(?:ed|ing)?\b`,
      'g',
    ),
    category: 'omission',
    ruleId: 'omission/did-not',
    weight: 0.65,
    gate: subjectGate(true),
    allowWe: true,
  },
  {
    re: /\b(?:forgot|neglected|ignored|overlooked|disregarded|skipped|bypassed|circumvented|missed|dismissed|silenced|acked and ignored|snoozed)\b(?!\s+(?:by|in|during|because)\b)(?<rest>[^.;,]{0,40})/g,
    category: 'omission',
    ruleId: 'omission/ignored',
    weight: 0.7,
    gate: (s, m) => {
      if (/\b(?:never|not|n't)\s+(?:\w+ly\s+)?$/.test(s.lower.slice(Math.max(0, m.index - 20), m.index)))
        return null;
      const agent = subjectOf(s, firstVerbIndex(s, m));
      if (!agent) return null;
      // "skipped"/"missed" are also things jobs do ("the cron skipped a run"); a bare name needs a human object.
      if (
        !agent.strong &&
        /^(?:skipped|missed|dismissed|silenced|bypassed|circumvented|snoozed)/.test(m[0]) &&
        !new RegExp(
          `\\b(?:${OMISSION_OBJECTS}|review|tests?|checks?|step|canary|dashboard|lag|message|email|ticket)\\b`,
        ).test(m.groups?.rest ?? '')
      )
        return null;
      return agent;
    },
    allowWe: true,
  },
  {
    re: new RegExp(
      String.raw`\b(?:the |our |this |that )?(?:${OMISSION_OBJECTS})(?: \w+)? (?:was|were|had been|has been|have been|went) (?:not followed|not read|ignored|skipped|overlooked|disregarded|bypassed|missed|unheeded|unread|circumvented)\b`,
      'g',
    ),
    category: 'omission',
    ruleId: 'omission/passive-procedure',
    weight: 0.6,
    gate: (s, m) => {
      const by = /^\s+by\s+/.exec(s.lower.slice(m.index + m[0].length));
      if (!by) return 'implicit';
      const agent = agentAfter(
        s.tokens,
        tokenIndexAt(s.tokens, s.start + m.index + m[0].length + by[0].length),
        3,
      );
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  {
    re: /\bwithout (?:first |properly |even |actually |bothering to |)(?<verb>checking|testing|waiting|reviewing|verifying|validating|asking|consulting|reading|opening|following|getting (?:a |an )?(?:review|approval|sign-?off)|confirming|telling|notifying|looking|double-checking|running (?:the )?tests|informing|coordinating|announcing|thinking)\b/g,
    category: 'omission',
    ruleId: 'omission/without',
    weight: 0.65,
    gate: (s, m) => {
      const subj = sentenceSubject(s);
      if (subj && subj.kind !== 'we') return subj;
      const near = subjectOf(s, tokenIndexAt(s.tokens, s.start + m.index) - 2);
      return near && near.kind !== 'we' ? near : null;
    },
  },
  // character judgement: inherently about people, so no agent is needed; negations drop it.
  {
    re: /\b(?:careless(?:ly|ness)?|sloppy|sloppiness|sloppily|negligen(?:t|tly|ce)|reckless(?:ly|ness)?|lazy|laziness|lazily|incompeten(?:t|ce|tly)|irresponsib(?:le|ly|ility)|inattentive(?:ness)?|inattention|clumsy|clumsily|foolish(?:ly|ness)?|stupid(?:ly|ity)?|dumb|idiot(?:ic)?(?![- ](?:check|proof))|unprofessional(?:ly)?|inexperienced|complacen(?:t|cy)|cowboy|amateurish|amateur|half-hearted|thoughtless(?:ly)?|heedless(?:ly)?|lack(?:ed|s|ing)? (?:of )?(?:attention to detail|attention|care|diligence|discipline|competence|professionalism|ownership|common sense|judge?ment|rigou?r)|poor (?:judge?ment|attention|discipline|work ethic|decision-making)|bad judge?ment|lapse (?:in|of) (?:judge?ment|concentration|attention)|cut(?:ting)? corners|should (?:have )?know(?:n)? better|didn't care|did not care|not paying attention|wasn't paying attention|weren't paying attention|asleep at the wheel|rookie|unqualified|hasty|hastily|rushed (?:through|job)|in a hurry)\b/g,
    category: 'character-judgement',
    ruleId: 'character/judgement-word',
    weight: 0.85,
    gate: (s, m) => {
      const after = s.lower.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (
        /^lazy$/.test(m[0]) &&
        /^\s*(?:load|loading|loaded|evaluat|initiali|init|fetch|instantiat|eval|sequence|val|property|attribute|binding|import|compil)/.test(
          after,
        )
      )
        return null;
      if (/^dumb$/.test(m[0]) && /^\s*(?:terminal|pipe|client|proxy|switch|hub|device)/.test(after))
        return null;
      if (/^sloppy$/.test(m[0]) && /^\s*quorum/.test(after)) return null;
      if (
        /^(?:amateur|rookie)$/.test(m[0]) &&
        !/^\s*(?:mistake|error|move|hour|engineer|work|setup|operator)/.test(after)
      )
        return null;
      if (/^(?:hasty|hastily|in a hurry)$/.test(m[0]) && !anyAgentGate(s)) return null;
      if (
        /^lack/.test(m[0]) &&
        !anyAgentGate(s) &&
        !/\b(?:engineers?|operators?|team|staff|people|developers?|reviewers?|on-?call)\b/.test(s.lower)
      )
        return null;
      if (negatedBefore(s.lower, m.index)) return null;
      return 'implicit';
    },
  },
  // proximal actor: a person's action plus a causal link to the damage.
  {
    re: /(?:,|;|—|\band\b|\bwhich\b|\bthat\b|\bthereby\b|\bthis\b|\bin turn\b)\s*(?:which |this |that |thereby |then |in turn |is what |was what |what |ultimately |directly |immediately |accidentally |promptly |)*(?:caus(?:ed|ing|es)|result(?:ed|ing|s) in|le(?:d|ading|ads) to|br(?:oke|eaking)|took|taking|brought|bringing|knock(?:ed|ing)|trigger(?:ed|ing)|crash(?:ed|ing)|kill(?:ed|ing)|wip(?:ed|ing) out|overload(?:ed|ing)|made (?:\w+ ){1,3}(?:unavailable|fail|crash|go down)|start(?:ed|ing) the (?:outage|incident))\b/g,
    category: 'proximal-actor',
    ruleId: 'proximal/action-causing',
    weight: 0.7,
    gate: (s, m) => {
      const tail = s.lower.slice(m.index, m.index + m[0].length + 60);
      if (
        /\b(?:took|taking|brought|bringing|knock(?:ed|ing))\b/.test(m[0]) &&
        !/\b(?:down|offline|out|over)\b/.test(tail)
      )
        return null;
      // Positive outcomes are not damage ("..., causing the error rate to drop").
      if (
        /\b(?:recover|drop|decreas|resolv|restor|fix|improv|return to normal|clear|subside|stabili|mitigat)/.test(
          tail,
        )
      )
        return null;
      const subj = sentenceSubject(s);
      if (!subj || subj.kind === 'we') return null;
      const connective = tokenIndexAt(s.tokens, s.start + m.index);
      if (subj.index >= connective) return null;
      // The person reports or discovers; the causal clause is about what they found.
      if (DISCOVERY.test(s.tokens[subj.index + 1]?.lower ?? '')) return null;
      // "X rolls out a fix, but puppet had already run ..., causing": a new subject took over.
      const between = s.lower.slice(s.tokens[subj.index]!.end - s.start, m.index);
      if (/\b(?:but|although|though|however|while|whereas|meanwhile)\b|;/.test(between)) return null;
      return subj;
    },
  },
  {
    re: /\b(?:caused|triggered|started|introduced|initiated|broken|brought down|taken down|knocked out|precipitated) by (?:a |an |the )?(?:mistake|error|change|action|command|typo|deploy|push|commit|edit|decision)?(?: (?:made |run |pushed |by |of |from ))*/g,
    category: 'proximal-actor',
    ruleId: 'proximal/caused-by',
    weight: 0.75,
    gate: (s, m) => {
      const agent = agentAfter(s.tokens, tokenIndexAt(s.tokens, s.start + m.index + m[0].length), 3);
      if (
        agent &&
        /^(?:error|errors|mistake|mistakes|oversight|factors?)$/.test(s.tokens[agent.index + 1]?.lower ?? '')
      )
        return null;
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  {
    re: /\b(?:because(?: of)?|due to|thanks to|owing to|as a result of)\s+/g,
    category: 'proximal-actor',
    ruleId: 'proximal/because-of-person',
    weight: 0.7,
    gate: (s, m) => {
      const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].length);
      const agent = agentAfter(s.tokens, idx, 3);
      if (!agent || agent.kind === 'we') return null;
      // "because the engineer ran X" / "due to Mark's change": the agent acts or owns the cause.
      const next = s.tokens[agent.index + 1]?.lower ?? '';
      const own = s.tokens[agent.index]!.lower.endsWith("'s");
      // "thanks to Oskar's quick rollback": what a person did to recover is not the cause.
      if (own && RECOVERY_NOUNS.test(s.lower.slice(s.tokens[agent.index]!.end - s.start))) return null;
      // "due to operator error" is the human-error cue's business.
      if (/^(?:error|errors|mistake|mistakes|oversight|factors?)$/.test(next)) return null;
      if (!DAMAGE.test(s.lower)) return null;
      if (
        own ||
        /(?:ed|ran|did|made|put|set|sent|wrote|forgot|took|broke|pushed|didn't|hadn't|wasn't|accidentally|mistakenly|typo|change|action)$/.test(
          next,
        )
      )
        return agent;
      return null;
    },
  },
  {
    re: /\b(?<name>[\p{L}@][\p{L}\p{N}_.-]*)(?:'s|’s) (?:\w+ )?(?:change|commit|deploy|deployment|push|patch|typo|command|script|config|configuration|mistake|action|edit|query|pr|pull request|merge|migration|update|code|fix|decision|error)s? (?:caus|broke|took|brought|trigger|led|result|introduc|knock|crash|kill|wip|start)/giu,
    category: 'proximal-actor',
    ruleId: 'proximal/possessive-cause',
    // Substrings every match contains (speed only: the regex decides).
    pre: ["'s "],
    weight: 0.75,
    gate: (s, m) => {
      const agent = agentOf(s.tokens, tokenIndexAt(s.tokens, s.start + m.index), false);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  {
    re: /\b(?:broke|took down|brought down|knocked out|knocked over|crashed|wiped out|nuked|destroyed|blew away|blew up|trashed|hosed|borked|fried|killed) (?:the |our |all |a |)(?:\w+ )?(?:site|production|prod|database|db|cluster|service|services|api|website|wiki|network|server|servers|build|deploy|pipeline|data|everything|things|it)\b/g,
    category: 'proximal-actor',
    ruleId: 'proximal/direct-damage',
    weight: 0.7,
    gate: (s, m) => {
      const agent = subjectOf(s, firstVerbIndex(s, m));
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  // fault nouns: only with a person in the sentence.
  {
    re: /\b(?:culprits?|to blame|at fault|fault of|(?:his|her|their|my|your|whose) (?:own )?fault|blame (?:lies|rests|falls|sits|goes)|(?:is|was|are|were|be) responsible for (?:the |this |that )?(?:outage|incident|failure|downtime|breakage|problem|issue|data loss|mess|error|mistake|disruption)|dropped the ball|screw(?:ed|s)? up|screw-?ups?|mess(?:ed)? up|fouled up|botch(?:ed)?|blunders?|goofs?|goofed|slip-?ups?|(?:made|make|makes|making) (?:a |an |the |another |)(?:\w+ )?(?:mistake|error|blunder|bad call|misjudge?ment|wrong call|poor choice)s?|(?:mistake|error|oversight|blunder|lapse)s? (?:(?:was|were) )?(?:by|on the part of|from|made by) |(?:blame|blamed|blaming) (?:him|her|them|the \w+|\p{Lu}\w+))\b/gu,
    category: 'fault-noun',
    ruleId: 'fault-noun/person',
    weight: 0.8,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index)) return null;
      if (
        /^(?:culprits?|blunders?|goofs?|slip-?ups?|screw-?ups?)$/.test(m[0]) ||
        /^(?:to blame|at fault|blame (?:lies|rests|falls|sits|goes))/.test(m[0])
      ) {
        return anyAgentGate(s);
      }
      if (/^(?:his|her|their|my|your|whose)/.test(m[0])) return { kind: 'pronoun', index: 0, strong: true };
      if (/by|part of|from/.test(m[0]) && /(?:mistake|error|oversight|blunder|lapse)/.test(m[0])) {
        return agentAfter(s.tokens, tokenIndexAt(s.tokens, s.start + m.index + m[0].length), 3);
      }
      const agent = subjectOf(s, firstVerbIndex(s, m));
      if (agent) return agent;
      return /^(?:blame|blamed|blaming)/.test(m[0]) ? anyAgentGate(s) : null;
    },
    allowWe: true,
  },
  // minimising: "obviously", "simply", "just" applied to a person's action or to how avoidable it was.
  {
    re: /\b(?:obviously|clearly|of course|evidently|naturally|plainly)\b,?/g,
    category: 'minimising',
    ruleId: 'minimising/obviously',
    weight: 0.5,
    gate: (s, m) => {
      const rest = s.lower.slice(m.index);
      if (
        !/\b(?:wrong|incorrect|bad|broken|mistake|error|should|shouldn't|careless|forgot|didn't|did not|failed|missed|ignored|stupid|silly|trivial|sloppy|invalid|typo|never|skipped|wasn't|weren't|not (?:tested|checked|reviewed|read)|no one|nobody|avoidable|preventable|misconfigured|misread|overlooked)\b/.test(
          rest,
        )
      )
        return null;
      const agent = anyAgentGate(s);
      if (
        !agent &&
        !/\b(?:wrong|incorrect|mistake|should|shouldn't|careless|forgot|typo|misconfigured|stupid|silly|sloppy|avoidable|preventable)\b/.test(
          rest,
        )
      )
        return null;
      if (
        /^(?:clearly|plainly) (?:show|indicat|visible|mark|label|document|defin|stat|separat|communicat|explain|communicat|written|display)/.test(
          rest,
        )
      )
        return null;
      return agent ?? 'implicit';
    },
  },
  {
    re: /\b(?:(?:just|simply|merely|only) (?:had to|needed to|have to|need to|has to|needs to|should have|could have|had to remember to|forgot|didn't|did not|failed|ignored|skipped|decided|chose)|all (?:he|she|they|you|we|it|\w+) (?:had|needed|has|needs) to do (?:was|is)|(?:easily|trivially) (?:avoid(?:ed|able)|prevent(?:ed|able)|caught|fixed|spotted)|(?:trivial|basic|elementary|rookie|silly|stupid|dumb|simple|obvious) (?:mistake|error|oversight|slip)|(?:a )?(?:simple|quick|basic|single) (?:check|glance|look|test|question|read|grep)\b[^.;]{0,60}\b(?:would|could) have|not rocket science|no-?brainer|it's that simple|it is that simple|should (?:just|simply) have)\b/g,
    category: 'minimising',
    ruleId: 'minimising/simply',
    weight: 0.55,
    gate: (s, m) => {
      if (subjectOf(s, firstVerbIndex(s, m))?.kind === 'we') return null;
      if (
        /\b(?:simple|basic|single|quick) (?:check|glance|look|test|question|read|grep)/.test(m[0]) &&
        !/\b(?:should|would|could) have\b/.test(s.lower)
      )
        return null;
      return 'implicit';
    },
  },
  // punitive: an action against a person.
  {
    re: /\b(?:disciplinary|(?<!\b(?:be|more|less|very|stay|remain|being) )disciplined|discipline (?:him|her|them|the)|reprimand(?:ed|s)?|written up|write (?:him|her|them) up|performance improvement plan|put on (?:a |an )?pip|formal warning|final warning|written warning|verbal warning|on probation|put on notice|sanction(?:ed|s)?|punish(?:ed|ment|ing)?|penali[sz](?:ed|e)|held (?:personally |directly |fully )?accountable|hold (?:\w+ ){1,2}accountable|face (?:the )?consequences|consequences for|demoted|docked|let go|answer for|pay for (?:this|it|their|his|her))\b/g,
    category: 'punitive',
    ruleId: 'punitive/sanction',
    weight: 0.95,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index)) return null;
      if (
        /^(?:let go|answer for|pay for|consequences for|face)/.test(m[0]) ||
        /^(?:sanction|punish|penali)/.test(m[0])
      ) {
        return (
          anyAgentGate(s) ??
          (/\b(?:staff|engineers?|operators?|team|employees?|individuals?|person)\b/.test(s.lower)
            ? 'implicit'
            : null)
        );
      }
      return anyAgentGate(s) ?? 'implicit';
    },
    allowWe: true,
  },
  {
    re: /\b(?:fired|sacked|terminated|suspended|dismissed|removed|banned|barred|kicked|stripped|revoked|taken off|pulled off|relieved)\b(?<rest>[^.;]{0,50})/g,
    category: 'punitive',
    ruleId: 'punitive/removed',
    weight: 0.9,
    gate: (s, m) => {
      const rest = m.groups?.rest ?? '';
      const word = /^\w+/.exec(m[0])?.[0] ?? '';
      const personTarget =
        /^\s+(?:from (?:the )?(?:on-?call|rotation|the rotation|production|prod|deploy|the team|the project|the company|their (?:role|position|job)|his (?:role|position|job)|her (?:role|position|job)|duty|duties|access|shift)|(?:of|from) (?:his|her|their) (?:duties|role|position|access|responsibilities)|(?:his|her|their) (?:access|privileges|rights|permissions|commit|deploy|sudo|root))/.test(
          rest,
        );
      const subjAgent = subjectOf(s, firstVerbIndex(s, m));
      if (word === 'fired' || word === 'sacked') {
        // "the alert fired" is the usual sense; only a person being fired counts.
        const obj = agentAfter(s.tokens, tokenIndexAt(s.tokens, s.start + m.index + word.length), 3);
        if (
          /\b(?:was|were|been|be|get|got|gets|getting)\s+(?:\w+\s+)?$/.test(
            s.lower.slice(Math.max(0, m.index - 20), m.index),
          ) &&
          subjAgent &&
          subjAgent.kind !== 'we'
        )
          return subjAgent;
        if (obj && obj.kind !== 'we' && obj.kind !== 'name') return obj;
        if (obj?.kind === 'name' && subjAgent) return obj;
        return null;
      }
      if (
        /^(?:revoked|stripped)$/.test(word) &&
        /\b(?:his|her|their|\p{Lu}\w+'s) (?:access|privileges|rights|permissions)\b/u.test(s.text)
      )
        return { kind: 'pronoun', index: 0, strong: true };
      if (!personTarget) return null;
      if (subjAgent && subjAgent.kind !== 'we') return subjAgent;
      return /\b(?:his|her|their)\b/.test(rest) ? { kind: 'pronoun', index: 0, strong: true } : null;
    },
  },
  // remedies aimed at people instead of the system.
  {
    re: /\b(?:re-?train(?:ed|ing|s)?|re-?educat(?:e|ed|ion|ing)|refresher (?:training|course|session)|(?:additional|more|further|mandatory|better|extra|proper|formal|targeted|specific|remedial) training|training (?:for|of) (?:the |all |our )?(?:engineers?|staff|team|operators?|developers?|on-?call|sres?|employees|people|new hires|him|her|them)|awareness (?:training|session|campaign|sessions)|(?:provide|give|schedule|arrange|organi[sz]e|conduct|hold|require|complete|attend|mandate|run|offer)(?:s|d|ed|ing)? (?:a |an |some |more |the )?(?:\w+ )?training(?! data| set| job| pipeline| run| model)|coach(?:ed|ing)? (?:the |him|her|them)|counsel(?:l?ed|l?ing)? (?:the |him|her|them))\b/g,
    category: 'people-remedy',
    ruleId: 'people-remedy/retrain',
    weight: 0.65,
    // Models and classifiers get retrained too.
    gate: (s, m) =>
      /^\s*(?:the |our |a |)(?:[\w-]+ ){0,4}(?:model|classifier|filter|detector|network|embedding|index|ranker|predictor)s?\b/.test(
        s.lower.slice(m.index + m[0].length),
      )
        ? null
        : 'implicit',
  },
  {
    re: /\b(?:be|being|to be|are|is|was|were|remain|stay)(?: more| extra| much more| very| especially| extremely| even more)? (?:careful|vigilant|cautious|mindful|attentive|diligent|thorough|disciplined)\b|\bpay (?:more |closer |extra |better |careful |special )?attention\b|\btake (?:more |extra |greater |better )?care\b|\bthink twice\b|\b(?:double|triple)[- ]check\b|\bremember to\b|\bstricter adherence\b|\bbe (?:more )?aware\b/g,
    category: 'people-remedy',
    ruleId: 'people-remedy/be-careful',
    // Substrings every match contains (speed only: the regex decides).
    pre: [
      'care',
      'vigilant',
      'cautious',
      'mindful',
      'attentive',
      'diligent',
      'thorough',
      'disciplined',
      'attention',
      'think twice',
      'check',
      'remember to',
      'stricter adherence',
      'aware',
    ],
    weight: 0.6,
    gate: (s, m) => {
      const before = s.lower.slice(0, m.index);
      if (/\b(?:nobody|no one|no-one)\b/.test(before)) return null;
      if (
        /\b(?:rely|relying|relies|depend|depending|depends|counting|rather than|instead of|not|no longer|cannot|can't|won't work|doesn't scale|without (?:having|needing) to)\b[^.]{0,40}$/.test(
          before,
        )
      )
        return null;
      // Remedy framing: a modal/imperative aimed at people, or "remind/ask/tell people to".
      const modal =
        /\b(?:should|must|need to|needs to|needs?|will|shall|have to|has to|to|please|always|going to|ought to|make sure|ensure|remind(?:ed|ing)?|ask(?:ed)?|tell|told|encourage[ds]?|instruct(?:ed)?|urge[ds]?)\b[^.;]{0,40}$/.test(
          before,
        );
      const imperative =
        /^\s*(?:(?:action|fix|follow-?up|remediation|todo|ai|lesson)s?[^:]{0,20}:\s*)?(?:please |always |)$/.test(
          before,
        );
      if (!modal && !imperative) return null;
      const agent =
        anyAgentGate(s) ?? (/\bwe\b/.test(before) ? ({ kind: 'we', index: 0, strong: true } as Agent) : null);
      if (agent) return agent;
      return imperative ||
        /\b(?:remind|ask|tell|told|encourage|instruct|urge|make sure|ensure)\b/.test(before)
        ? 'implicit'
        : null;
    },
    allowWe: true,
  },
  {
    re: /\b(?:remind|reminded|reminding|tell|told|ask|asked|instruct|instructed|warn|warned|encourage|encouraged|urge|urged|educate|educated|email|emailed|notify|re-?emphasi[sz]e|reiterate|stress)(?:s|d)? (?:all |the |our |every |each |)(?:engineers?|developers?|staff|operators?|everyone|everybody|people|the team|team members?|on-?call(?:ers)?|sres?|admins?|reviewers?|deployers?|interns?|contractors?|new hires|him|her|them|individuals|employees) (?:to|that|about|of|not to)\b|\b(?:reiterate|re-?emphasi[sz]e|stress|emphasi[sz]e) (?:to (?:\w+ ){1,3})?the importance of\b|\bmake sure (?:that )?(?:engineers?|developers?|staff|operators?|everyone|people|the team|on-?call(?:ers)?|they|he|she|reviewers?|individuals|employees) (?:follow|read|check|know|understand|are|remember|double|always|do not|don't|never)\b|\bensure (?:that )?(?:engineers?|developers?|staff|operators?|everyone|people|reviewers?|individuals|employees) (?:follow|read|check|know|understand|are aware|remember|double|always|do not|don't|never)\b/g,
    category: 'people-remedy',
    ruleId: 'people-remedy/remind',
    weight: 0.6,
    gate: (s, m) => (negatedBefore(s.lower, m.index) ? null : 'implicit'),
  },
  // ---- second-wave cues: blame phrased without the classic trigger words ----
  {
    re: /\b(?:weak(?:est)? link|problem was the (?:human|person|operator|people)|(?:the )?people operating (?:it|them|the)|(?:root )?cause (?:of (?:the |this )?(?:outage|incident|failure) )?(?:is|was) (?:the |an? |our )?(?:operator|engineer|human|person|people|intern|developer|contractor|on-?call|dba|sre|admin)\b|a person made a (?:slip|mistake|error)|no deeper (?:story|cause|reason))/g,
    category: 'human-error',
    ruleId: 'human-error/person-as-cause',
    weight: 0.75,
    gate: (s, m) => {
      if (!/^weak/.test(m[0])) return 'implicit';
      // "The weak link was the operator" blames; "the weak link was the retry policy, not the people" does not.
      const from = tokenIndexAt(s.tokens, s.start + m.index + m[0].length);
      for (let i = from; i < s.tokens.length && i < from + 6; i++) {
        if (/^(?:not|never|rather)$/.test(s.tokens[i]!.lower)) return null;
        const agent = agentOf(s.tokens, i, false);
        if (agent && agent.kind !== 'we') return agent;
        if (WEAK_LINK_THINGS.test(s.tokens[i]!.lower)) return null;
      }
      return 'implicit';
    },
  },
  {
    re: /\b(?:(?:outage|incident|problem|failure|trouble|issue|disruption|downtime|degradation)s? (?:began|started|happened|occurred|was triggered) (?:when|after|because|once|as soon as)|traces? back\b[^.;]{0,30}\bto (?:what |when )|(?:is|was) what (?:broke|took|caused|brought|knocked|killed|emptied|deleted|started|triggered)|none of this (?:started|happened|would have happened) until|by \d{1,2}[:.]\d{2}[^.;]{0,20}\b(?:every|all|the site|errors|requests)|^it was \p{Lu}\p{Ll}+(?:'s|’s) [^.;]{0,40} that)/gu,
    category: 'proximal-actor',
    ruleId: 'proximal/person-then-damage',
    weight: 0.7,
    gate: (s, m) => {
      const after = s.tokens.slice(tokenIndexAt(s.tokens, s.start + m.index));
      for (let i = 0; i < after.length && i < 12; i++) {
        const agent = agentOf(after, i, false);
        if (agent && agent.kind !== 'we')
          return { ...agent, index: agent.index + (s.tokens.length - after.length) };
      }
      return anyAgentGate(s);
    },
  },
  {
    re: /\b(?:locked|blocked|emptied|deleted|dropped|wiped|corrupted|overwrote|overwritten|disabled|exhausted|saturated|flooded|stopped|halted|disconnected|erased|truncated|purged|removed|destroyed|took out|cut off|broke|broken|crashed|killed|caused|started|triggered|made) (?:all |the |every |our |a |an |)(?:\w+ ){0,3}?(?:traffic|table|tables|database|data|bucket|site|service|cluster|requests|outage|incident|api|production|prod|queue|disk|storm|errors?|inconsistency|failures?|downtime|payroll|search|checkout|login|users|customers|writes|reads|zone|rack|racks|fleet|region|hosts|servers|nodes|network|vpn|dns|power|replicas|pods|cache|backups?)\b/g,
    category: 'proximal-actor',
    ruleId: 'proximal/which-damaged',
    weight: 0.7,
    gate: (s, m) => {
      const before = s.lower.slice(0, m.index);
      // Needs a relative/causal link back to a person's action: "X ran Y, which locked Z".
      if (
        !/(?:,\s*|\b)(?:which|that|and|then|this|thereby|in turn|what)\s+(?:\w+\s+){0,3}$/.test(before) &&
        !/(?:'s|’s)\s+(?:[\w-]+\s+){0,6}$/.test(before)
      ) {
        return null;
      }
      if (/(?:'s|’s)\s+(?:[\w-]+\s+){0,6}$/.test(before)) {
        const idx = tokenIndexAt(s.tokens, s.start + before.search(/\S+(?:'s|’s)\s+(?:[\w-]+\s+){0,6}$/));
        const agent = agentOf(s.tokens, idx, false) ?? agentAfter(s.tokens, idx, 3);
        if (agent && agent.kind !== 'we') return agent;
      }
      const subj = sentenceSubject(s);
      return subj && subj.kind !== 'we' && subj.index < tokenIndexAt(s.tokens, s.start + m.index)
        ? subj
        : null;
    },
  },
  {
    re: /\b(?:(?:bears?|bore|takes?|took|carr(?:y|ies|ied)|shoulders?) (?:full |the |sole |primary |most of the |all the |)(?:responsibility|blame)|person responsible|(?:who|one) (?:is|was) responsible|fault lies|responsibility lies|lies with|rests with|(?:on|off) (?:\p{Lu}\p{Ll}+|his|her|their|the \w+)(?:'s|’s)? shoulders|\w+(?:'s|’s) fault|owns? (?:this|the) (?:failure|outage|incident|mess)|whose (?:commit|change|fault|mistake|deploy|script|code) (?:this|it) was|needs? a name|(?:name|names) for the report|(?:\p{Lu}\p{Ll}+|his|her|their|the \w+)(?:'s|’s) (?:mistake|error|blunder|oversight|screw-?up|slip))/gu,
    category: 'fault-noun',
    ruleId: 'fault-noun/responsibility',
    // Substrings every match contains (speed only: the regex decides).
    pre: [
      'responsib',
      'blame',
      'fault',
      'lies with',
      'rests with',
      'shoulders',
      'own',
      'whose',
      'a name',
      'for the report',
      "'s ",
    ],
    weight: 0.8,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index)) return null;
      const agent = anyAgentGate(s);
      if (agent) return agent;
      return /\b(?:person responsible|whose|needs? a name|names? for the report|who is responsible|who was responsible)\b/.test(
        m[0],
      )
        ? 'implicit'
        : null;
    },
  },
  {
    re: /\b(?:suspended|placed on leave|on administrative leave|lost (?:\w+ ){0,2}(?:permissions|access|rights|privileges|bonus|job)|performance review|annual review|(?:taken|pulled|removed|kicked|dropped) (?:off|out of|from) (?:the |his |her |their )?(?:\w+ )?(?:rotation|on-?call|roster|team|project)|(?:rights|access|permissions|privileges) (?:have|has|had|will) (?:been |be )?(?:revoked|removed|suspended|withdrawn|pulled)|hr (?:has|have|was|were|will) (?:been |be )?(?:informed|notified|involved|contacted|looped in|brought in)|(?:bonus|bonuses|raise|raises|promotion|pay) (?:\w+ ){0,6}(?:withheld|cancell?ed|docked|cut|frozen|denied)|withh(?:e|o)ld(?:ing)? (?:\w+ ){0,3}(?:bonus|bonuses|raise|pay)|note (?:placed |put )?in (?:their|his|her) (?:file|record)|contract (?:will not|won't|will no longer) be renewed|(?:will not|won't) be on the [\w -]{1,30} team|manager (?:watch|look|sit) over|watch over (?:his|her|their) shoulder|(?:must|will|shall) (?:now )?(?:have|get) (?:sign-?off|approval) from (?:a |their |his |her )?manager)\b/g,
    category: 'punitive',
    ruleId: 'punitive/consequence',
    weight: 0.9,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index) && !/won't|will not/.test(m[0])) return null;
      if (/^lost /.test(m[0])) {
        // "the renewal job lost its permissions": "its" marks a thing, whatever the subject finder says.
        if (/^lost (?:its|all its) /.test(m[0])) return null;
        const subj = subjectOf(s, firstVerbIndex(s, m));
        return subj && subj.kind !== 'we' ? subj : null;
      }
      const agent = anyAgentGate(s);
      if (agent) return agent;
      return /\b(?:suspended)\b/.test(m[0]) ? null : 'implicit';
    },
  },
  {
    re: /\b(?:send|sent|enrol|enroll|put|book) (?:the |all |our |)(?:[\w-]+ ){0,3}(?:on|to|through|for) (?:a |an |the |)(?:\w+ ){0,2}(?:course|training|workshop|bootcamp|class|refresher)|\bmore carefully\b|\bre-?read\b|\btake (?:more |greater |full |)ownership\b|\b(?:read|check|review|test|verify) (?:\w+ ){0,3}(?:twice|thoroughly|properly|harder|more closely)\b|\bstay (?:alert|focused|vigilant|sharp|awake)\b|\bnot (?:get|be|become) distracted\b|\bthink (?:harder|more|carefully)\b|\bpromise to\b|\bpersonally (?:promise|commit|guarantee|ensure)\b|\bpay (?:closer|more) attention\b/g,
    category: 'people-remedy',
    ruleId: 'people-remedy/try-harder',
    // Substrings every match contains (speed only: the regex decides).
    pre: [
      'course',
      'training',
      'workshop',
      'bootcamp',
      'class',
      'refresher',
      'carefully',
      'read',
      'ownership',
      'twice',
      'thoroughly',
      'properly',
      'harder',
      'more closely',
      'stay ',
      'distracted',
      'think ',
      'promise',
      'personally',
      'attention',
    ],
    weight: 0.6,
    gate: (s, m) => {
      const before = s.lower.slice(0, m.index);
      if (
        /\b(?:rely|relying|relies|depend|depending|rather than|instead of|no longer|cannot|can't|without)\b[^.]{0,40}$/.test(
          before,
        )
      )
        return null;
      const agent = anyAgentGate(s);
      if (agent) return agent;
      return /\b(?:we|everyone|all)\b/.test(before) ? 'implicit' : null;
    },
  },
  {
    re: /\b(?:just|simply|merely) (?:left|forgot|ignored|skipped|didn't|did not|clicked|typed|ran|pushed|deleted|dropped|missed|assumed|guessed|wasn't|never)\b|\b(?:obviously|clearly) (?:have |should |recogni[sz]e|know|knew|see|saw|realise|realize|understand)|\bobvious to (?:everyone|anyone|all)\b|\b(?:one|two|a single|five|ten)[- ](?:click|second|minute|line|step|command)s? (?:\w+ ){0,2}(?:check|fix|rollback|change|task|job)?\b[^.;]{0,40}\b(?:skip|took|forgot|ignored|decided|still|yet|failed)|\beven a (?:first-year|junior|new|child|student|intern)\b|\byet \p{Lu}\p{Ll}+ (?:typed|ran|did|chose|clicked|went)|\b(?:it's|it is|that's) not (?:complicated|hard|difficult|rocket science)\b|\bstill took (?:\p{Lu}\p{Ll}+|him|her|them|the \w+)\b/gu,
    category: 'minimising',
    ruleId: 'minimising/easy-for-them',
    // Substrings every match contains (speed only: the regex decides).
    pre: [
      'just',
      'simply',
      'merely',
      'obviously',
      'clearly',
      'obvious to',
      'click',
      'second',
      'minute',
      'line',
      'step',
      'command',
      'even a',
      'yet ',
      'not ',
      'still took',
    ],
    weight: 0.55,
    gate: (s, m) => {
      const agent = anyAgentGate(s);
      if (!agent)
        return /\bobvious to|even a|not (?:complicated|hard|difficult|rocket)/.test(m[0]) ? 'implicit' : null;
      return agent;
    },
  },
  // ---- third wave: blame with no trigger word, recognised by a human agent plus judgement, causation
  // or disregard. Every cue needs a person, role, pronoun or possessive person, never a system. ----
  {
    re: /\b(?:is|was|are|were) (?:the (?:\w+ )?reason|(?:\w+ )?behind (?:this|the (?:outage|incident|failure|downtime)))\b/g,
    category: 'fault-noun',
    ruleId: 'fault-noun/is-the-reason',
    pre: ['reason', 'behind'],
    weight: 0.7,
    gate: (s, m) => {
      const verb = firstVerbIndex(s, m);
      if (possessivePerson(s, clauseStart(s, verb), verb)) return null;
      const agent = subjectOf(s, verb);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  {
    re: /\b(?:is|was|are|were),? (?:\w+,? )?(?:the (?:\w+ )?reason|the (?:problem|trigger|cause|root cause|issue|culprit)\b|what (?:broke|took|caused|started|killed|brought))/g,
    category: 'proximal-actor',
    ruleId: 'proximal/possessive-is-cause',
    pre: ["'s "],
    weight: 0.7,
    gate: (s, m) => {
      const verb = firstVerbIndex(s, m);
      const owner = possessivePerson(s, clauseStart(s, verb), verb);
      if (!owner) return null;
      const owned = s.lower.slice(s.tokens[owner.index]!.end - s.start, m.index);
      if (RECOVERY_NOUNS.test(owned) || SYSTEM_EVENT_NOUNS.test(owned)) return null;
      return negatedBefore(s.lower, s.tokens[owner.index]!.start - s.start) ? null : owner;
    },
  },
  {
    re: /(?:'s) (?:[\w:-]+,? ){0,6}?(?:took (?:\w+ ){0,3}(?:down|offline|out)|brought (?:\w+ ){0,3}down|knocked|cut (?:\w+ ){0,3}off|broke|wiped|emptied|locked|deleted|dropped|killed|crashed|corrupted|overwrote|caused|triggered|started (?:the |an? )?(?:outage|incident|fire|storm|cascade|failure)|filled|saturated|overloaded|exhausted|flooded|sent (?:\w+ ){0,3}into|backed up|blocked|stalled|froze|hit)\b/g,
    category: 'proximal-actor',
    ruleId: 'proximal/possessive-damage',
    pre: ["'s "],
    weight: 0.7,
    gate: (s, m) => {
      const owner = tokenIndexAt(s.tokens, s.start + m.index) - 1;
      const token = s.tokens[owner];
      if (!token?.lower.endsWith("'s")) return null;
      const agent = agentOf(s.tokens, owner, owner === leadingTimestampEnd(s.tokens));
      if (!agent || agent.kind === 'we') return null;
      if (RECOVERY_NOUNS.test(m[0].slice(3)) || SYSTEM_EVENT_NOUNS.test(m[0].slice(3))) return null;
      if (/\b(?:is|was|are|were|been|being|get|got|gets|be)\s+(?:\w+\s+)?\w+$/.test(m[0])) return null;
      if (negatedBefore(s.lower, token.start - s.start)) return null;
      return agent;
    },
  },
  {
    re: /\b(?:thanks to|because of|due to|owing to)\s+(?=\S+'s )/g,
    category: 'proximal-actor',
    ruleId: 'proximal/thanks-to-possessive',
    pre: ["'s "],
    weight: 0.65,
    gate: (s, m) => {
      const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].length);
      const agent = agentOf(s.tokens, idx, false);
      if (!agent || agent.kind === 'we') return null;
      const rest = s.lower.slice(m.index + m[0].length);
      if (RECOVERY_NOUNS.test(rest.slice(rest.indexOf("'s") + 2))) return null;
      // "thanks to Daniel's notes, the timeline was easy": credit, unless something went wrong.
      if (!DAMAGE.test(rest) && !/\b(?:cold|stale|hit|missed|delayed|slow|backed up|lost)\b/.test(rest))
        return null;
      return agent;
    },
  },
  {
    re: /\b(?:change|changes|deletion|deploy|deployment|push|edit|edits|command|commit|migration|script|query|restart|reboot|typo|rollout|cleanup|update|failover|switchover|upgrade|operation|action)s? (?:\w+ed |typed |run |made |written |pushed |sent |done )?(?:by|from) /g,
    category: 'proximal-actor',
    ruleId: 'proximal/by-person',
    pre: ['by ', 'from '],
    weight: 0.65,
    gate: (s, m) => {
      const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].length);
      const agent =
        agentAfter(s.tokens, idx, 3) ??
        (looksLikeUsername(s.tokens[idx] ?? s.tokens[0]!)
          ? { kind: 'username' as const, index: idx, strong: false }
          : null);
      if (!agent || agent.kind === 'we') return null;
      const after = s.lower.slice(s.tokens[agent.index]!.end - s.start);
      const before = s.lower.slice(0, m.index);
      if (
        /\bif\b/.test(before) ||
        /\b(?:not|n't|never) (?:have )?(?:\w+ )?(?:took|brought|started|caused|triggered)/.test(after)
      )
        return null;
      if (
        /\b(?:took|brought|knocked|cut|broke|wiped|emptied|locked|deleted|dropped|killed|crashed|corrupted|caused|triggered|started|overloaded|exhausted|flooded|took down)\b|^\s*(?:is|was) what\b/.test(
          after,
        )
      )
        return agent;
      return /\b(?:began|started|traces? back|trac(?:ed|ing) (?:\w+ ){0,3}back)\b/.test(before)
        ? agent
        : null;
    },
  },
  {
    re: /\b(?:until|the moment|the minute|right after|just after|shortly after|seconds after|minutes after|as soon as)\s+/g,
    category: 'proximal-actor',
    ruleId: 'proximal/until-person',
    pre: ['until', 'the moment', 'the minute', ' after', 'as soon as'],
    weight: 0.65,
    gate: (s, m) => {
      const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].length);
      const agent = agentAfter(s.tokens, idx, 3);
      if (!agent || agent.kind === 'we') return null;
      const before = s.lower.slice(0, m.index);
      const word = m[0].trim();
      const calm =
        /\b(?:healthy|fine|stable|flat|normal|green|working|smooth|quiet|calm|ok|okay)\b/.test(before) &&
        !/\b(?:down|fail|error|outage|broken|degraded)/.test(before);
      const broke =
        /\b(?:went (?:down|dark|offline|red)|started|began|broke|failed|crashed|fell over|spiked|errors (?:rose|climbed|began|started))\b/.test(
          before,
        );
      const acted =
        s.tokens[agent.index]!.lower.endsWith("'s") ||
        /(?:ed|ran|did|put|sent|wrote|broke|pushed|took|typed|made|hit|cut|pulled|began|ran)$/.test(
          s.tokens[agent.index + 1]?.lower ?? '',
        );
      if (!acted) return null;
      if (word === 'until') return calm ? agent : null;
      return broke ? agent : null;
    },
  },
  {
    re: /\band (?:then )?(?:the |our |every |all )(?:[\w-]+ ){0,3}(?:fell over|went down|went dark|went offline|crashed|died|broke|stopped responding|stopped serving|fell apart|ground to a halt|started failing|started erroring|locked up)\b/g,
    category: 'proximal-actor',
    ruleId: 'proximal/and-then-broke',
    pre: [
      'fell over',
      'went down',
      'went dark',
      'went offline',
      'crashed',
      'died',
      'broke',
      'stopped',
      'fell apart',
      'halt',
      'started failing',
      'started erroring',
      'locked up',
    ],
    weight: 0.65,
    gate: (s, m) => {
      const subj = sentenceSubject(s);
      if (!subj || subj.kind === 'we' || subj.index >= tokenIndexAt(s.tokens, s.start + m.index)) return null;
      const next = s.tokens[subj.index + 1]?.lower ?? '';
      if (DISCOVERY.test(next)) return null;
      // A bare capitalised word may be a component ("Link between A and B went down"): it must have acted.
      if (!subj.strong && !HUMAN_ACTIONS.test(next)) return null;
      return subj;
    },
  },
  {
    re: /\b(?:decided|chose|opted|elected) (?:not to|to (?:ignore|skip|leave|bypass|disregard|override|silence|mute|snooze|push|merge|deploy|go ahead|proceed|let|ship|run it|force))\b|\bdecided against\b|\bcould(?:n't| not) be bothered\b|\bwent (?:ahead|straight to|right to)\b|\bleft (?:the |a |an |his |her |their |)(?:[\w-]+ ){0,2}(?:unread|unchecked|untested|unreviewed|unanswered|unacknowledged|muted|for later|half-done|unfinished|undone)\b|\bnever came back to\b|\bstayed (?:silent|quiet)\b|\blet (?:the |a |his |her |their )?(?:pager|page|alert|phone)s? (?:ring|go|sit)\b|\bsat (?:unopened|unread|untouched|ignored)\b|\bknew (?:the |about the |of the )?risks?\b[^.;]{0,40}\b(?:anyway|regardless|still|went ahead|proceeded|did it)\b/g,
    category: 'omission',
    ruleId: 'omission/chose-to-skip',
    pre: [
      'decided',
      'chose',
      'opted',
      'elected',
      'bothered',
      'went ',
      'left ',
      'came back',
      'stayed',
      'let ',
      'sat ',
      'knew',
    ],
    weight: 0.65,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index)) return null;
      const verb = firstVerbIndex(s, m);
      const agent = subjectOf(s, verb) ?? (/^(?:sat|knew)/.test(m[0]) ? anyAgentGate(s) : null);
      if (!agent || agent.kind === 'we') return null;
      // "went ahead with the failover, which restored service" is a decision that worked.
      if (/^went/.test(m[0]) && /\b(?:restor|recover|resolv|fix|mitigat)/.test(s.lower.slice(m.index)))
        return null;
      return agent;
    },
  },
  {
    re: /\b(?:was|were|had been) (?:warned|told|reminded|alerted)(?: (?:twice|repeatedly|several times|more than once|again|in advance|multiple times))?(?= (?:twice|repeatedly|several|more|about|that|of|not to|before|multiple))|\bread (?:right )?past\b|\blooked (?:straight |right )?past\b|\bsaid nothing\b|\bhard to miss\b[^.;]{0,40}\b(?:but|yet)\b|\bright there (?:in|on)\b|\bhad (?:the |all the |every )?(?:information|data|signal|alert|evidence|warning)s?\b[^.;]{0,60}\bbefore (?:anyone|anybody|someone|somebody) (?:looked|noticed|checked|acted)\b|\bunder (?:the )?(?:[\w'-]+ ){0,3}nose(?:s)?\b|\b(?:signs|warnings|clues|symptoms) were (?:all )?(?:there|visible|on)\b|\bit was (?:plain|obvious|clear|evident)\b[^.;]{0,80}\b(?:and|yet|but) (?:\w+ )?(?:still|carried on|went|ignored|kept)\b|\bwould have (?:seen|noticed|spotted|caught|known|realised|realized|recognised|recognized|mistaken)\b/g,
    category: 'hindsight',
    ruleId: 'hindsight/warned-or-plain',
    pre: [
      'warned',
      'told',
      'reminded',
      'alerted',
      'past',
      'said nothing',
      'hard to miss',
      'right there',
      'nose',
      'before any',
      'before some',
      'were',
      'it was',
      'would have',
    ],
    weight: 0.6,
    gate: (s, m) => {
      if (/^would have/.test(m[0])) {
        // "anyone looking at the graph would have seen": a generic person judged against hindsight.
        return /\b(?:anyone|anybody|any (?:\w+ ){0,2}(?:engineer|operator|developer|reviewer|sre|admin|person|dba|on-?call)|(?:nobody|no one) with|a (?:first-week|new|junior) \w+)\b/.test(
          s.lower.slice(0, m.index),
        ) && !/\b(?:tool|dashboard|alert|monitor|system|check)\w* would have\b/.test(s.lower)
          ? 'implicit'
          : null;
      }
      if (/^(?:was|were|had)/.test(m[0])) {
        const agent = subjectOf(s, firstVerbIndex(s, m));
        return agent && agent.kind !== 'we' ? agent : null;
      }
      if (/^right there/.test(m[0])) {
        const after = s.tokens[tokenIndexAt(s.tokens, s.start + m.index + m[0].length)];
        const owner = s.tokens
          .slice(tokenIndexAt(s.tokens, s.start + m.index + m[0].length))
          .find((t) => t.lower.endsWith("'s") || /^(?:his|her|their|your)$/.test(t.lower));
        if (!after || !owner) return null;
        const agent = agentOf(s.tokens, s.tokens.indexOf(owner), false);
        return agent && agent.kind !== 'we' ? agent : null;
      }
      if (/^under/.test(m[0])) {
        const owner =
          possessivePerson(s, tokenIndexAt(s.tokens, s.start + m.index), s.tokens.length) ?? anyAgentGate(s);
        return owner && owner.kind !== 'we' ? owner : null;
      }
      const agent = subjectOf(s, firstVerbIndex(s, m)) ?? anyAgentGate(s);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  {
    re: /^(?:so )?(?:why|how come)\b[^?]{0,80}(?:\bnot|n't|\bnever)\b[^?]{0,80}\??$|\b(?:unclear|not clear|no one knows|nobody knows|we do not know|we don't know) why\b/g,
    category: 'omission',
    ruleId: 'omission/why-not',
    pre: ['why'],
    weight: 0.55,
    gate: (s, m) => {
      const start = tokenIndexAt(s.tokens, s.start + m.index + (/why/.exec(m[0])?.index ?? 0)) + 1;
      let negatedAux = false;
      // Questions about process ("Why did the deploy tool not check?") are the point of a postmortem.
      for (let i = start; i < s.tokens.length && i < start + 5; i++) {
        const t = s.tokens[i]!;
        if (
          /^(?:did|didn't|does|doesn't|was|wasn't|were|weren't|had|hadn't|has|hasn't|is|isn't|would|wouldn't|could|couldn't)$/.test(
            t.lower,
          )
        ) {
          negatedAux ||= t.lower.endsWith("n't");
          continue;
        }
        const agent = agentOf(s.tokens, i, false) ?? agentAfter(s.tokens, i, 3);
        if (!agent || agent.kind === 'we') return null;
        const rest = s.lower.slice(s.tokens[agent.index]!.end - s.start);
        // "Why didn't Lars just check ...?" carries the negation before the person.
        return negatedAux || /\b(?:not|n't|never|ignored|skipped|chose|decided|went ahead)\b/.test(rest)
          ? agent
          : null;
      }
      return null;
    },
  },
  {
    re: /\b(?<role>engineers|developers|devs|operators|reviewers|staff|everyone|everybody|people|folks|on-?call(?:ers)?|sres|admins|deployers|interns|contractors|responders|team members|the team)\s+(?:also |now |all |really |will |)(?<modal>should|must|need to|needs to|have to|has to|are expected to|is expected to|are required to|ought to|to)\s+(?:always |actually |really |now |also |)(?<verb>[a-z-]+)/g,
    category: 'people-remedy',
    ruleId: 'people-remedy/role-must',
    pre: [
      'engineers',
      'developers',
      'devs',
      'operators',
      'reviewers',
      'staff',
      'everyone',
      'everybody',
      'people',
      'folks',
      'on-call',
      'oncall',
      'sres',
      'admins',
      'deployers',
      'interns',
      'contractors',
      'responders',
      'team',
    ],
    weight: 0.55,
    gate: (s, m) => {
      const verb = m.groups?.verb ?? '';
      const insisting = /\b(?:always|actually|really)\s+\S+$/.test(m[0]);
      if (
        !insisting &&
        !/^(?:read|re-read|reread|check|double-check|verify|confirm|think|slow|pay|look|review|follow|consult|remember|attend|learn|study|focus|take|start|stop|ask|test|wait|watch|avoid|refrain|go|stay|keep|make|complete|understand|familiari[sz]e)$/.test(
          verb,
        )
      )
        return null;
      const before = s.lower.slice(0, m.index);
      if (m.groups?.modal === 'to' && !/(?:^|:)\s*(?:all |the |our |every |each |)(?:[\w-]+ )?$/.test(before))
        return null;
      if (
        /\b(?:rather than|instead of|no longer|not|without|for|so that|so|than)\s+(?:\w+\s+){0,2}$/.test(
          before,
        )
      )
        return null;
      if (/\b(?:rely|relying|depend|depending|expecting)\b/.test(before)) return null;
      return 'implicit';
    },
  },
  {
    re: /^\s*(?:(?:action|fix|follow-?up|remediation|todo|ai|lesson|takeaway)s?[^:]{0,20}:\s*)?please (?:slow down|be (?:more |extra )?(?:careful|mindful|vigilant|cautious|attentive)|take (?:more |extra )?care|think (?:twice|before|harder)|remember to|double-check|pay (?:more |closer )?attention)|\b(?:go|walk|work) through (?:the |our |)(?:[\w-]+ ){0,3}(?:again|once more)\b|\bwith (?:a |an |their |his |her )?(?:mentor|supervisor|buddy|senior engineer)\b|\bshadow (?:a |an |the )?(?:senior|more experienced|lead|experienced)\b|\b(?:takeaway|lesson|learning)s? for (?:the |our |all |every |each |)[\w-]+ (?:is|are|was) to\b/g,
    category: 'people-remedy',
    ruleId: 'people-remedy/directed-at-person',
    pre: [
      'please',
      'through',
      'mentor',
      'supervisor',
      'buddy',
      'senior engineer',
      'shadow',
      'takeaway',
      'lesson',
      'learning',
    ],
    weight: 0.55,
    gate: (s, m) => {
      if (/^\s*(?:\S+\s*:\s*)?please/.test(m[0])) return 'implicit';
      if (/^(?:takeaway|lesson|learning)/.test(m[0])) {
        const agent = agentAfter(
          s.tokens,
          tokenIndexAt(s.tokens, s.start + m.index + m[0].indexOf(' for ') + 5),
          3,
        );
        return agent && agent.kind !== 'we' ? agent : null;
      }
      const agent = anyAgentGate(s);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  {
    re: /\bremind(?:ed|ing|s)? (?:all |the |our |every |each |)(?:[\w-]+ )?(?:team|teams|squad|engineers|developers|operators|on-?call(?:ers)?)\b/g,
    category: 'people-remedy',
    ruleId: 'people-remedy/remind-team',
    pre: ['remind'],
    weight: 0.55,
    gate: (s, m) => (negatedBefore(s.lower, m.index) ? null : 'implicit'),
  },
  {
    re: /\bno longer (?:have|has|hold|be allowed|be permitted|get|be able)\b[^.;]{0,30}\b(?:rights|access|permissions|privileges|deploy|merge|on-?call|lead|approve|production)\b|\b(?:rights|access|permissions|privileges)\b[^.;]{0,40}\b(?:revoked|withdrawn|pulled|on hold|frozen|suspended)\b|\b(?:personnel|hr|employee) (?:file|record)\b|\bapologi[sz]e\b|\breturn offer\b|\b(?:engagement|contract) (?:\w+ ){0,3}(?:will end|ends|terminated|cancell?ed|not be (?:renewed|extended))\b|\bserious (?:conversation|talk|word)s?\b|\btalk(?:ing)? to (?:[\w@.-]+ ){1,3}about (?:this|it|what happened|the (?:incident|outage|mistake|failure))\b|\b(?:second (?:person|pair of eyes|engineer) (?:watching|looking over|supervising|signing off))\b|\b(?:(?:manager|supervisor|lead) (?:present|watching|in the room|on the call|sign-?off))\b|\b(?:should|will|may|can)(?: not|n't) (?:be )?(?:lead|run|handl|approv|deploy|touch|merg|own|be on)\w*\b[^.;]{0,40}\b(?:for the (?:next|rest)|until|again|quarter|month|weeks?|for a while|for now|for some time|on (?:his|her|their) own|unsupervised|alone)\b/g,
    category: 'punitive',
    ruleId: 'punitive/soft-sanction',
    pre: [
      'no longer',
      'rights',
      'access',
      'permissions',
      'privileges',
      'file',
      'record',
      'apologi',
      'return offer',
      'engagement',
      'contract',
      'serious',
      'talk',
      'second ',
      'not ',
      "n't ",
      'manager',
      'supervisor',
      'lead ',
    ],
    weight: 0.75,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index) && !/^(?:should|will|may|can)/.test(m[0])) return null;
      const agent = anyAgentGate(s);
      if (!agent || agent.kind === 'we') return null;
      // A vendor or customer being talked to or apologised to is not a sanction.
      if (
        /^(?:apologi|talk)/.test(m[0]) &&
        !/\b(?:asked to|must|will have to|required to|needs? to|has to|have to) (?:\w+ )?(?:apologi|talk)|\bneed to talk to\b|\bwill talk to\b/.test(
          s.lower,
        )
      )
        return null;
      if (/^talk/.test(m[0]) && /\b(?:vendor|provider|supplier|customer|client)s?\b/.test(s.lower))
        return null;
      return agent;
    },
  },
  {
    re: /\b(?:not|never|n't) (?:\w+ )?(?:taking|taken|take|takes|treat(?:ed|ing|s)?) (?:[\w-]+ ){0,4}(?:seriously|as real work|as a priority)\b|\b(?:treat|regard|see|view)(?:s|ed|ing)? (?:[\w-]+ ){1,4}(?:as|like) (?:optional|a formality|an afterthought|a suggestion|suggestions|box-ticking|busywork|a sandbox|a playground|a toy|a test environment|beneath)\b|\bthe (?:kind|sort|type) of (?:\w+ )?(?:engineer|person|developer|operator|guy|admin|reviewer)s? who\b|\b(?:went|gone|going|goes) rogue\b|\bbeneath (?:him|her|them)\b|\b(?:half-baked|shoddy|slapdash|haphazard|cavalier|lackadaisical|gung-ho|trigger-happy)\b/g,
    category: 'character-judgement',
    ruleId: 'character/attitude',
    pre: [
      'seriously',
      'real work',
      'priority',
      'treat',
      'regard',
      ' like ',
      'view',
      ' see',
      'kind of',
      'sort of',
      'type of',
      'rogue',
      'beneath',
      'half-baked',
      'shoddy',
      'slapdash',
      'haphazard',
      'cavalier',
      'lackadaisical',
      'gung-ho',
      'trigger-happy',
    ],
    weight: 0.7,
    gate: (s, m) => {
      if (
        /^(?:half-baked|shoddy|slapdash|haphazard|cavalier|lackadaisical|gung-ho|trigger-happy)$/.test(m[0])
      )
        return negatedBefore(s.lower, m.index) ? null : 'implicit';
      if (/rogue$/.test(m[0])) {
        const agent = subjectOf(s, firstVerbIndex(s, m));
        return agent && agent.kind !== 'we' ? agent : null;
      }
      const agent = anyAgentGate(s);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  {
    re: /\b(?:yet|but still|and still|still) (?:the |a |)(?:[\w@.-]+ )?(?:didn't|did not|never|typed|ran|chose|went|managed to|missed|skipped|forgot|ignored)\b|\bhow (?:hard|difficult) (?:is|was|can) it\b|\btoo much to ask\b|^(?:of course|obviously|naturally),? (?=the |a |[a-z]+ (?:ran|pushed|deleted|typed|merged|deployed|clicked|dropped))|\b(?:simply|just|merely) \w+ing\b[^.;]{0,60}\b(?:would have|was all)\b/g,
    category: 'minimising',
    ruleId: 'minimising/should-be-easy',
    pre: [
      'yet',
      'still',
      'how hard',
      'how difficult',
      'too much to ask',
      'of course',
      'obviously',
      'naturally',
      'simply',
      'just',
      'merely',
    ],
    weight: 0.55,
    gate: (s, m) => {
      if (/^(?:of course|obviously|naturally)/.test(m[0])) {
        const subj = sentenceSubject(s);
        if (!subj || subj.kind === 'we') return null;
        const next = s.tokens[subj.index + 1]?.lower ?? '';
        return /(?:ed|ran|did|put|sent|wrote|broke|pushed|typed)$/.test(next) &&
          !/^(?:followed|restored|fixed|resolved|confirmed|noticed|acknowledged)$/.test(next)
          ? subj
          : null;
      }
      const agent = anyAgentGate(s);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  {
    re: /\b(?:root )?cause(?: of (?:the |this )?(?:outage|incident|failure))?(?::| (?:is|was):?)\s+(?=\S)|\bcause (?:category|type|class)?:? ?(?:human|people|personnel)\b|\bnothing wrong with the (?:\w+ )?(?:system|pipeline|tool|tooling|software|platform|code|process)\b[^.;]{0,40}\b(?:only|just|but|except) (?:with )?the (?:person|human|engineer|operator|people|individual)|\b(?:hands|person|people|human|humans) (?:on|at) the (?:keyboard|controls|wheel)\b[^.;]{0,20}\b(?:were not|was not|weren't|wasn't|got it wrong|slipped|failed)|\bcomes? down to (?:a |one |the |)(?:person|human|engineer|operator|someone|somebody|people)\b|\bweak (?:point|spot|link)\b[^.;]{0,40}\bwas (?:the )?(?:people|person|humans?|engineers?|operators?)\b|\b(?:it was|was) the (?:engineer|person|operator|human|people|individual) (?:who|that) (?:did not|didn't|was|failed|broke|got)\b|\bthe (?:person|human|engineer|operator|individual) (?:driving|operating|behind|at the keyboard)\b[^.;]{0,20}\b(?:got it wrong|did not|didn't|failed|messed)/g,
    category: 'human-error',
    ruleId: 'human-error/person-was-cause',
    pre: [
      'cause',
      'nothing wrong',
      'comes down',
      'come down',
      'weak ',
      'was the',
      'driving',
      'operating',
      'behind',
      'keyboard',
    ],
    weight: 0.7,
    gate: (s, m) => {
      if (
        !/^(?:root )?cause(?: of [^:]*)?(?::| is| was)/.test(m[0]) ||
        /^cause (?:category|type|class)/.test(m[0])
      )
        return 'implicit';
      const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].length);
      const agent = agentAfter(s.tokens, idx, 3);
      if (!agent || agent.kind === 'we') return null;
      const next = s.tokens[agent.index + 1];
      // "Root cause: Dmitri." / "the cause was the on-call engineer": the person is the whole cause.
      if (agent.strong && agent.kind !== 'pronoun')
        return !next || /^(?:who|himself|herself|alone)$/.test(next.lower) ? agent : null;
      return !next ? agent : null;
    },
  },
  {
    re: /\b(?:the )?(?:right|correct|obvious|safe|proper|sensible) (?:call|move|thing|choice|step|decision|response)\b[^.;]{0,70}\b(?:did not|didn't|chose not|decided not|failed|never|not to do|skipped|went straight|jumped straight|jumped)\b|\ball it would have taken\b|\bwould have (?:been enough|saved|prevented|avoided|kept|stopped|told|caught)\b|\b(?:was|were) in a position to\b|\bany other (?:engineer|operator|developer|reviewer|sre|admin|person|dba|on-?call)\b[^.;]{0,40}\bwould have\b|\b(?:needed|had|was supposed|were supposed|was meant|were meant) to\b[^.;]{0,60}\b(?:and|but) (?:he|she|they|\w+) (?:did not|didn't|never did|chose not to|did nothing)\b/g,
    category: 'counterfactual',
    ruleId: 'counterfactual/right-call',
    pre: [
      'right',
      'correct',
      'obvious',
      'safe',
      'proper',
      'sensible',
      'would have',
      'position to',
      'any other',
      'needed to',
      'had to',
      'supposed to',
      'meant to',
    ],
    weight: 0.6,
    gate: (s, m) => {
      if (/^would have|^all it/.test(m[0])) {
        // "A quick check by Valentina would have kept the lights on": needs a person in the sentence.
        const agent = anyAgentGate(s);
        if (!agent || agent.kind === 'we' || agent.index >= tokenIndexAt(s.tokens, s.start + m.index))
          return null;
        if (
          /\b(?:if|had|were)\b/.test(s.lower.slice(0, s.tokens[agent.index]!.start - s.start)) &&
          agent.kind === 'pronoun'
        )
          return null;
        const named =
          s.tokens[agent.index - 1]?.lower === 'by' || s.tokens[agent.index]!.lower.endsWith("'s");
        return agent.strong || named ? agent : null;
      }
      if (/^any other/.test(m[0])) return 'implicit';
      const agent = anyAgentGate(s);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  {
    re: /\b(?:this|that|it|(?:the|this|that) (?:outage|incident|failure|downtime|breakage|mess)|this one|that one|the blame) (?:(?:is|was|sits|rests|falls|lands|lies) (?:squarely |entirely |firmly |all |solely |)on|belongs (?:squarely |entirely |)to) (?=\S)|\bguilty (?:party|parties|one)\b|'s doing\b|\bfingerprints (?:all )?over\b|\bowes? (?:\w+ ){0,3}(?:an )?(?:explanation|apology)\b|\bsome explaining to do\b|\bwho (?:broke|caused|did) (?:this|it)\b|\bresponsibility for (?:the |this )?(?:outage|incident|failure|downtime|data loss)\b[^.;]{0,20}\b(?:falls|lies|rests|sits) (?:\w+ )?on\b|\b(?:mistake|error|fault|blunder) (?:was|is) (?:[\w@.-]+)'s\b/g,
    category: 'fault-noun',
    ruleId: 'fault-noun/owns-it',
    pre: [
      ' on ',
      'belongs',
      'guilty',
      "'s doing",
      'fingerprints',
      'owe',
      'explaining',
      'who broke',
      'who caused',
      'who did',
      'responsibility',
      'mistake',
      'error',
      'fault',
      'blunder',
    ],
    weight: 0.7,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index)) return null;
      if (/ (?:on|to) $/.test(m[0])) {
        const agent = agentAfter(s.tokens, tokenIndexAt(s.tokens, s.start + m.index + m[0].length), 3);
        return agent && agent.kind !== 'we' ? agent : null;
      }
      if (/^who /.test(m[0]) && !/\b(?:honest|clear|know|knows|everyone|we all)\b/.test(s.lower)) return null;
      const agent = anyAgentGate(s);
      if (agent && agent.kind !== 'we') return agent;
      return /^guilty|whoever/.test(m[0]) || /\bwhoever\b/.test(s.lower) ? 'implicit' : null;
    },
  },
  {
    re: /\b(?:was|were|had been|has been|have been) (?:never|not) (?:\w+ )?(?:written|done|checked|reviewed|run|tested|updated|read|filed|sent|followed|completed|verified|acknowledged|answered|escalated) by |\b(?:nobody|no one|none) (?:on|in|from|of) (?:the |our )?(?:[\w-]+ )?(?:team|squad|group)\b[^.;]{0,30}\b(?:looked|checked|read|noticed|reviewed|tested|bothered|responded|answered|acted|opened)\b/g,
    category: 'omission',
    ruleId: 'omission/by-person-or-group',
    pre: [' by ', 'nobody', 'no one', 'none'],
    weight: 0.6,
    gate: (s, m) => {
      if (/^(?:nobody|no one|none)/.test(m[0])) return 'implicit';
      const agent = agentAfter(s.tokens, tokenIndexAt(s.tokens, s.start + m.index + m[0].length), 3);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  {
    re: /^(?:but |and )?instead of (?:following|reading|checking|using|waiting for|asking|consulting|running)\b[^,;]{0,60},\s*/g,
    category: 'omission',
    ruleId: 'omission/instead-of-procedure',
    pre: ['instead of'],
    weight: 0.6,
    gate: (s, m) => {
      const agent = agentAfter(s.tokens, tokenIndexAt(s.tokens, s.start + m.index + m[0].length), 3);
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  {
    re: /\b(?:didn't|did not|never) (?:stop to |bother to )?think (?:about|through|twice|of|to)\b/g,
    category: 'counterfactual',
    ruleId: 'counterfactual/did-not-think',
    pre: ['think'],
    weight: 0.6,
    gate: (s, m) => {
      const agent = subjectOf(s, firstVerbIndex(s, m));
      return agent && agent.kind !== 'we' ? agent : null;
    },
  },
  ...STRUCTURAL_CUES,
];

// Which hints let a cue run: its hand-written `pre` substrings, or else the literals its regex cannot
// match without (derived from the regex source, so they only ever skip a cue that could not have
// matched). A cue with neither runs on every sentence.
const CUE_HINTS: (readonly string[] | null)[] = CUES.map((c) => c.pre ?? requiredLiterals(c.re));

// Every cue's hints found in one pass over the sentence.
const HINTS = new LiteralGroups(CUE_HINTS);

/** Run every cue over one sentence; at most one hit per category (the heaviest). */
/**
 * Rule hits for a sentence. `ungatedCues`, when given, collects the categories whose cue matched but whose
 * agency gate refused it ("the router failed to", "the script should have"): the classifier sees those as
 * features, since a cue word near a person the gate missed is still evidence.
 */
export function applyRules(s: SentenceView, ungatedCues?: Set<BlameCategory>): RuleHit[] {
  const best = new Map<BlameCategory, RuleHit>();
  const runnable = HINTS.present(s.lower);
  for (let i = 0; i < CUES.length; i++) {
    if (runnable[i] === 0) continue;
    const cue = CUES[i]!;
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(s.lower); m !== null; m = cue.re.exec(s.lower)) {
      if (m[0].length === 0) {
        cue.re.lastIndex++;
        continue;
      }
      const gated = cue.gate(s, m);
      if (gated === null) {
        ungatedCues?.add(cue.category);
        continue;
      }
      const agent = gated === 'implicit' ? null : gated;
      if (agent?.kind === 'we' && !cue.allowWe) continue;
      const weight = agent?.kind === 'we' ? cue.weight * WE_FACTOR : cue.weight;
      const prev = best.get(cue.category);
      if (prev && prev.weight >= weight) continue;
      const cueStart = s.start + m.index;
      best.set(cue.category, {
        category: cue.category,
        ruleId: cue.ruleId,
        weight,
        agent,
        cueStart,
        cueEnd: cueStart + m[0].trimEnd().length,
        parts: {
          cue: s.text.slice(m.index, m.index + m[0].trimEnd().length),
          ...(m.groups?.verb ? { action: m.groups.verb } : {}),
        },
      });
    }
  }
  // Checked last: most sentences have no hit, and this large alternation is the costliest single test.
  if (best.size === 0 || REJECTS_BLAME.test(s.lower)) return [];
  return [...best.values()];
}

/** "We" blaming ourselves is still blame, but a collective "we" is the blameless register's default voice. */
export const WE_FACTOR = 0.75;

/** Whether a sentence mentions a human agent at all (used to pick classifier candidates). */
/** The sentence discusses blame in order to reject or negate it ("no one is to blame", "rather than blame"). */
export function rejectsBlame(s: SentenceView): boolean {
  return REJECTS_BLAME.test(s.lower);
}

const ENDS_WITH_QUESTION = /\?["”')\]]*$/;
const QUESTION_OPENERS = /^(?:why|who|what|where|how|which|whose|and why|so why|so who)\b/;
const BLAME_QUESTION =
  /\bcome from\b|\bwho (?:broke|caused|pushed|ran|deleted|changed|approved|merged|deployed|shipped|touched|did|decided|thought|signed off|let)\b|\bwhose (?:idea|call|decision|change|bright idea)\b/;

/**
 * A rhetorical question answered with a person in the next sentence ("Where did the bad routes come
 * from? Mei-Ling." / "Why did the database go down? Because Olumide was operating it."). Neither
 * sentence blames on its own, so this needs the sentence before.
 */
export function answeredQuestionHit(prev: SentenceView | null, s: SentenceView): RuleHit | null {
  // The includes() check is only a fast exit: the end-anchored regex would otherwise be tried at every position.
  if (!prev?.lower.includes('?') || !ENDS_WITH_QUESTION.test(prev.lower.trimEnd())) return null;
  if (!QUESTION_OPENERS.test(prev.lower)) return null;
  if (!(HARM.test(prev.lower) || BLAME_QUESTION.test(prev.lower)) || RECOVERED.test(prev.lower)) return null;
  if (REJECTS_BLAME.test(s.lower) || s.tokens.length === 0 || s.tokens.length > 12) return null;
  let i = 0;
  if (/^(?:because|it was|blame|ask|that was|that would be|one word)$/.test(s.tokens[0]!.lower)) i = 1;
  if (s.tokens[0]!.lower === 'it' && s.tokens[1]?.lower === 'was') i = 2;
  const agent = agentAfter(s.tokens, i, 3);
  if (!agent || agent.kind === 'we') return null;
  const short = s.tokens.length - agent.index <= 3;
  if (!short && i === 0) return null;
  return {
    category: i > 0 && s.tokens[0]!.lower === 'because' ? 'human-error' : 'proximal-actor',
    ruleId: 'proximal/answered-question',
    weight: 0.6,
    agent,
    cueStart: s.start,
    cueEnd: s.end,
    parts: { cue: s.text },
  };
}
