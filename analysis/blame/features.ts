/** Features the classifier sees for a sentence: stemmed word uni/bigrams plus what the rules and agency found. */
import { stem } from '../text/stem.js';
import { mentionsPerson, type RuleHit, sentenceSubject } from './rules.js';
import type { SentenceView } from './sentence.js';

export function sentenceFeatures(view: SentenceView, hits: readonly RuleHit[]): string[] {
  const words = view.tokens.map((t) =>
    /^\p{Lu}/u.test(t.raw) && t.start > view.start ? '<cap>' : stem(t.lower.replace(/'s$/, '')),
  );
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]!);
    if (i + 1 < words.length) out.add(`${words[i]}_${words[i + 1]}`);
  }
  for (const hit of hits) {
    out.add(`rule:${hit.ruleId}`);
    out.add(`agent:${hit.agent?.kind ?? 'implicit'}`);
  }
  const subject = sentenceSubject(view);
  if (subject) out.add(`subj:${subject.kind}`);
  if (mentionsPerson(view)) out.add('person');
  return [...out];
}
