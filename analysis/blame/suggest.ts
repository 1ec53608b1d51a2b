/**
 * Blameless rewrites built from the sentence's own parts: the action a person is blamed for becomes a
 * property of the process ("X failed to check replication lag" -> "Checking replication lag was not part
 * of the procedure; what made it easy to skip?"). Heuristic English morphology, no lexicon.
 */
import type { RuleHit } from './rules.js';

const IRREGULAR_BASE: Record<string, string> = {
  ran: 'run',
  run: 'run',
  done: 'do',
  did: 'do',
  written: 'write',
  wrote: 'write',
  taken: 'take',
  took: 'take',
  seen: 'see',
  saw: 'see',
  known: 'know',
  knew: 'know',
  caught: 'catch',
  gone: 'go',
  went: 'go',
  made: 'make',
  left: 'leave',
  set: 'set',
  put: 'put',
  sent: 'send',
  built: 'build',
  read: 'read',
  kept: 'keep',
  held: 'hold',
  told: 'tell',
  found: 'find',
  thought: 'think',
  brought: 'bring',
  given: 'give',
  gave: 'give',
  begun: 'begin',
  chosen: 'choose',
  chose: 'choose',
  forgotten: 'forget',
  forgot: 'forget',
  got: 'get',
  gotten: 'get',
  paid: 'pay',
  said: 'say',
  understood: 'understand',
  broke: 'break',
  broken: 'break',
  shut: 'shut',
  cut: 'cut',
  hit: 'hit',
  spun: 'spin',
  led: 'lead',
  fed: 'feed',
  meant: 'mean',
  spent: 'spend',
  lost: 'lose',
  let: 'let',
  rolled: 'roll',
  pushed: 'push',
  checked: 'check',
  merged: 'merge',
  dropped: 'drop',
  stopped: 'stop',
  skipped: 'skip',
  shipped: 'ship',
  planned: 'plan',
  committed: 'commit',
  submitted: 'submit',
  tagged: 'tag',
  mapped: 'map',
  scanned: 'scan',
  pinned: 'pin',
  swapped: 'swap',
  used: 'use',
  caused: 'cause',
  paused: 'pause',
  noticed: 'notice',
  reviewed: 'review',
  closed: 'close',
  released: 'release',
  removed: 'remove',
  deployed: 'deploy',
  tested: 'test',
  missed: 'miss',
  ignored: 'ignore',
  overlooked: 'overlook',
  waited: 'wait',
  followed: 'follow',
  updated: 'update',
  escalated: 'escalate',
  validated: 'validate',
  verified: 'verify',
  applied: 'apply',
  copied: 'copy',
  renewed: 'renew',
  rotated: 'rotate',
  deleted: 'delete',
  created: 'create',
  executed: 'execute',
};
const DOUBLE_FINAL = new Set([
  'run',
  'stop',
  'set',
  'get',
  'put',
  'ship',
  'plan',
  'drop',
  'skip',
  'tag',
  'log',
  'commit',
  'submit',
  'forget',
  'begin',
  'map',
  'scan',
  'pin',
  'cut',
  'hit',
  'swap',
  'split',
  'trim',
  'step',
  'flag',
  'grab',
  'shut',
  'rerun',
  'chat',
  'admit',
  'permit',
  'dig',
  'spin',
  'let',
  'wrap',
]);

export function toBase(verb: string): string {
  const v = verb.toLowerCase();
  const known = IRREGULAR_BASE[v];
  if (known) return known;
  if (v.endsWith('ied') && v.length > 4) return `${v.slice(0, -3)}y`;
  if (
    /(?:ated|ized|ised|uced|iced|ved|nged|rged|sed|oked|aked|iked|uled|aded|oded|ured|ared|ored|ired)$/.test(
      v,
    )
  )
    return v.slice(0, -1);
  if (/([bdgklmnprt])\1ed$/.test(v) && !/(?:ll|ss)ed$/.test(v)) return v.slice(0, -3);
  if (v.endsWith('ed')) return v.slice(0, -2);
  return v;
}

export function toGerund(base: string): string {
  const v = base.toLowerCase();
  if (v.endsWith('ing')) return v;
  if (DOUBLE_FINAL.has(v)) return `${v}${v.at(-1)}ing`;
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(v) && v !== 'be') return `${v.slice(0, -1)}ing`;
  return `${v}ing`;
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

const CLAUSE_END =
  /(?:[,;:.!?—()]|\s(?:which|causing|so|because|and then|but|this|that caused|resulting|leading|before|after|when|while|until|even though|although|if|and (?:this|that|it))\b)/;

/** Words after `from` up to the end of the clause, at most `maxWords` words. */
function clauseAfter(text: string, from: number, maxWords = 8): string {
  const rest = text.slice(from);
  const cut = CLAUSE_END.exec(rest);
  const clause = (cut ? rest.slice(0, cut.index) : rest).trim();
  return clause.split(/\s+/).slice(0, maxWords).join(' ');
}

/** Replace people in a sentence with neutral wording: "Aaron's commit" -> "the commit". */
function neutralise(text: string): string {
  return text
    .replace(/@[\w.-]+(?:'s|’s)?/g, 'someone')
    .replace(
      /\b(?:by|from) (?:the )?(?:on-?call |night |junior |new |senior |storage |database |)(?:engineer|operator|developer|sre|dba|intern|reviewer|contractor|admin)s?\b/gi,
      '',
    )
    .replace(/\b(?:his|her|their|my)\b/gi, 'the')
    .replace(/\b\p{Lu}[\p{Ll}-]+(?:'s|’s)\s+/gu, (_m, offset: number) => (offset === 0 ? 'The ' : 'the '))
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function withoutCue(text: string, cueStart: number, cueEnd: number): string {
  const out = `${text.slice(0, cueStart)}${text.slice(cueEnd)}`
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/^[\s,]+/, '')
    .replace(/\b(a) ([aeiou])/gi, '$1n $2')
    .replace(/\b(an) ([^aeiou\s])/gi, (_m, a: string, c: string) => `${a.slice(0, 1)} ${c}`);
  return capitalise(out.trim());
}

function sentenceEnd(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/**
 * A rewrite of `sentence` (the exact input slice) for the hit. `offset` is the sentence's start in the
 * input, so the hit's absolute offsets can be made relative.
 */
export function suggestRewrite(sentence: string, offset: number, hit: RuleHit): string {
  if (hit.cueStart === hit.cueEnd) return rewriteWithoutCue(sentence, hit.category);
  const cueStart = hit.cueStart - offset;
  const cueEnd = hit.cueEnd - offset;
  const cue = sentence.slice(cueStart, cueEnd);
  const after = clauseAfter(sentence, cueEnd);

  switch (hit.category) {
    case 'omission': {
      if (hit.ruleId === 'omission/passive-procedure') {
        const subject = neutralise(
          sentence.slice(0, cueStart + cue.search(/\b(?:was|were|had|has|have|went)\b/)),
        ).trim();
        return `${capitalise(subject || 'The step')} was easy to skip under pressure; what would make following it the default (a check, a gate, automation)?`;
      }
      if (hit.ruleId === 'omission/ignored') {
        const object = after || 'the signal';
        return `What made ${object} easy to set aside at the time (noise, competing work, nothing to mark it urgent), and how can the system make it stand out?`;
      }
      const verb = hit.parts.action ?? '';
      const action = verb
        ? `${toGerund(toBase(verb.replace(/(?:ed|ing)$/, (x) => (verb.endsWith('ing') ? '' : x))))} ${clauseAfter(sentence, sentence.toLowerCase().indexOf(verb.toLowerCase(), cueStart) + verb.length)}`.trim()
        : after;
      const phrase = action || 'This step';
      return `${capitalise(phrase)} was not built into the procedure or tooling; what made it easy to skip?`;
    }
    case 'counterfactual': {
      const verb = hit.parts.action;
      let action = '';
      if (verb) {
        const verbAt = sentence.toLowerCase().indexOf(verb.toLowerCase(), cueStart);
        action = `${toGerund(toBase(verb))} ${clauseAfter(sentence, verbAt + verb.length)}`.trim();
      }
      if (!action) action = 'this step';
      return `${capitalise(action)} was optional in the process at the time; what would make it the default or automatic?`;
    }
    case 'hindsight': {
      const object = after && !/^(?:this|that|it)$/i.test(after) ? after : 'the warning signs';
      return `What made ${object} hard to notice at the time (volume, signal, competing alerts), and what would make it stand out?`;
    }
    case 'character-judgement': {
      const rest = neutralise(withoutCue(sentence, cueStart, cueEnd));
      return `${sentenceEnd(rest)} Describe what the tooling and review showed at the time, without judging the person.`;
    }
    case 'proximal-actor': {
      const lower = sentence.toLowerCase();
      const verbMatch = hit.agent
        ? /\b([a-z]+(?:ed|an|ove|ook|ut|ent|ew|ade|ote|et))\b\s+(.*)/.exec(lower.slice(0, cueStart))
        : null;
      if (verbMatch?.[1] && hit.ruleId === 'proximal/action-causing') {
        const start = lower.lastIndexOf(verbMatch[0].slice(0, verbMatch[1].length), cueStart);
        const action = sentence
          .slice(start + verbMatch[1].length, cueStart)
          .replace(/[\s,;—-]+$/, '')
          .trim();
        const consequence = sentence
          .slice(cueStart)
          .replace(/^[\s,;—-]+/, '')
          .replace(/[.!?]+$/, '');
        return `${capitalise(`${toGerund(toBase(verbMatch[1]))} ${action}`.trim())} was possible without a safeguard (${consequence}); what would have stopped or confirmed it?`;
      }
      return `${sentenceEnd(neutralise(sentence.replace(/\s*\b(?:by|because of|due to|thanks to)\s+(?:the\s+)?(?:\p{Lu}[\p{Ll}-]+|@[\w.-]+)(?:'s|’s)?/gu, ' by a change').trim()))} Name the change and the safeguard that was missing, not the person.`;
    }
    case 'fault-noun': {
      const replaced =
        withoutCue(sentence, cueStart, cueEnd).length > 0
          ? sentence.slice(0, cueStart) +
            (/culprit/i.test(cue)
              ? 'trigger'
              : /mistake|error|blunder|oversight|slip|screw|mess|goof/i.test(cue)
                ? 'change'
                : 'involved') +
            sentence.slice(cueEnd)
          : sentence;
      return `${sentenceEnd(neutralise(replaced))} Which test, review step or guard could have caught it?`;
    }
    case 'minimising': {
      const rest = withoutCue(sentence, cueStart, cueEnd);
      return `${sentenceEnd(rest)} What made it look right (or easy to miss) at the time?`;
    }
    case 'human-error': {
      const replaced = `${sentence.slice(0, cueStart)}a step the tooling did not guard against${sentence.slice(cueEnd)}`;
      return `${sentenceEnd(neutralise(replaced))} Which check, confirmation or safe default was missing?`;
    }
    case 'punitive':
      return `Leave out "${cue}": actions against people do not belong in a postmortem. Name the system change (a guard, an alert, a runbook step) that makes this failure harder to repeat.`;
    case 'people-remedy':
      return `Replace "${cue}${after ? ` ${after}` : ''}" with a safeguard that does not rely on people remembering: a check, a confirmation step or automation${after ? ` for ${after}` : ''}.`;
  }
}

/** What each category asks the author to write instead, for findings the classifier made without a cue word. */
const QUESTIONS: Record<RuleHit['category'], string> = {
  'human-error': 'Name the check, confirmation or safe default that was missing instead of a person.',
  counterfactual: 'Describe what the process made optional at the time and what would make it the default.',
  hindsight: 'What made the signal hard to see at the time (volume, noise, competing work)?',
  omission: 'What made this step easy to skip, and how can the tooling make it the default?',
  'character-judgement':
    'Describe what the tooling and review showed at the time, without judging the person.',
  'proximal-actor': 'Name the change and the safeguard that was missing, not the person.',
  'fault-noun': 'Which test, review step or guard could have caught it?',
  minimising: 'What made it look right (or easy to miss) at the time?',
  punitive:
    'Actions against people do not belong in a postmortem; name the system change that makes this harder to repeat.',
  'people-remedy':
    'Replace the expectation on people with a safeguard that does not rely on them remembering: a check, a gate or automation.',
};

/**
 * A rewrite for a finding without a cue span (the classifier's): the sentence with people replaced by
 * neutral wording, and the question its category asks. Punishment and people-remedies are quoted to be
 * removed rather than rephrased, since no rewording of them is blameless.
 */
function rewriteWithoutCue(sentence: string, category: RuleHit['category']): string {
  const trimmed = sentence.trim().replace(/\s+/g, ' ');
  if (category === 'punitive' || category === 'people-remedy')
    return `Leave out "${trimmed.replace(/[.!?]+$/, '')}". ${QUESTIONS[category]}`;
  return `${sentenceEnd(capitalise(neutralise(trimmed)))} ${QUESTIONS[category]}`;
}
