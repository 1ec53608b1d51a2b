import { describe, expect, it } from 'vitest';
import { MODEL_DOCUMENT_THRESHOLD, MODEL_THRESHOLD, shippedModel } from './classifier.js';
import { sentenceEvidence, systemNamesIn } from './features.js';
import { analyzeBlame } from './index.js';
import { sentenceView } from './sentence.js';

const view = (text: string) => sentenceView(text, 0, text.length);
const evidence = (text: string) => sentenceEvidence(view(text), systemNamesIn(text));
/** P(blame) as analyzeBlame computes it for a text of one sentence. */
const probability = (text: string) => shippedModel.blameProbability(evidence(text).features);
const candidate = (text: string) => sentenceEvidence(view(text)).candidate;

describe('what the classifier is asked about', () => {
  it('sentences where a person, role, pronoun or rule is involved', () => {
    expect(candidate('Carmen has never taken the rotation seriously.')).toBe(true);
    expect(candidate("The intern's change, of course, was the problem.")).toBe(true);
    expect(candidate('This was a people problem, pure and simple.')).toBe(true);
  });

  it('not systems alone, "we" alone, or headings and labels', () => {
    expect(candidate('The load balancer dropped half the requests.')).toBe(false);
    expect(candidate('We restarted the pod and traffic recovered.')).toBe(false);
    expect(candidate('Lessons Learned')).toBe(false);
    expect(candidate('Owner: Priya')).toBe(false);
  });

  it('a capitalised word the document uses as a thing is not a person', () => {
    const text = 'The Zephyrus brokers ran out of disk. Zephyrus stopped accepting writes at 02:10.';
    const names = systemNamesIn(text);
    expect(names.has('zephyrus')).toBe(true);
    const second = sentenceView(text, text.indexOf('Zephyrus stopped'), text.length);
    expect(sentenceEvidence(second, names).candidate).toBe(false);
    expect(sentenceEvidence(second).candidate).toBe(true);
  });
});

describe('people are abstracted, not memorised', () => {
  it('the same sentence with different names gets the same probability', () => {
    const a = probability('Everything was green until Dmitri started poking at the routing table.');
    const b = probability('Everything was green until Oluwakemi started poking at the routing table.');
    expect(a).toBeCloseTo(b, 10);
  });
});

// Written for this test, in wordings that are in none of the data files.
const subtlePositives = [
  'Two quiet weeks, then Bartosz discovered the production console.',
  'The graphs were screaming for an hour and Inés kept refactoring her branch.',
  'Honestly, a first-year student would have checked the target region before pressing enter.',
  'Going forward every schema change from Mehmet needs a second signature.',
  'Hard to see how anyone with Kaito’s experience could push that on a Friday.',
  'Seriously, how do you wipe the wrong bucket twice in one quarter, Lars?',
  'All it took was Femi’s little shortcut around the migration checklist.',
  'The team lead has been told to keep a closer eye on what the juniors ship.',
];
const blamelessTwins = [
  'Two quiet weeks, then the disk on db-7 filled with audit logs.',
  'The graphs were flat for an hour because the exporter had crashed.',
  'A first-year student could read the new runbook, which is the point of rewriting it.',
  'Going forward every schema change runs through the migration linter.',
  'Kaito’s experience with the payment gateway shortened the recovery considerably.',
  'Lars restored the bucket from the replica and posted the timeline in the channel.',
  'Femi added a check to the migration checklist the same afternoon.',
  'The team lead paged the storage vendor at 03:40.',
];

describe('the classifier finds blame no rule has a cue for', () => {
  it('most subtle positives are blameful as single sentences', () => {
    const found = subtlePositives.filter((t) => analyzeBlame(t).blameful);
    expect(found.length).toBeGreaterThanOrEqual(subtlePositives.length - 2);
  });

  it('their blameless twins mostly are not', () => {
    const flagged = blamelessTwins.filter((t) => analyzeBlame(t).blameful);
    expect(flagged.length).toBeLessThanOrEqual(1);
  });

  it('a classifier finding has a category, a rewrite of its own sentence and the whole sentence as its span', () => {
    const text = subtlePositives.find((t) => {
      const findings = analyzeBlame(t).findings;
      return findings.length > 0 && findings.every((f) => f.ruleId.startsWith('model/'));
    });
    expect(text).toBeDefined();
    const [finding] = analyzeBlame(text!).findings;
    expect(finding!.start).toBe(0);
    expect(finding!.end).toBe(text!.length);
    expect(finding!.suggestion).not.toBe('');
    expect(finding!.suggestion).not.toContain('""');
  });
});

describe('documents need more confidence than a lone sentence', () => {
  it('the document threshold is at least the sentence threshold', () => {
    expect(MODEL_DOCUMENT_THRESHOLD).toBeGreaterThanOrEqual(MODEL_THRESHOLD);
  });

  it('a sentence between the two thresholds is a finding alone but not inside a long document', () => {
    const pool = [...subtlePositives, ...blamelessTwins];
    const between = pool.find((t) => {
      const e = evidence(t);
      const p = shippedModel.blameProbability(e.features);
      return e.candidate && e.ruleHits.length === 0 && p >= MODEL_THRESHOLD && p < MODEL_DOCUMENT_THRESHOLD;
    });
    expect(between).toBeDefined();
    expect(analyzeBlame(between!).findings.length).toBe(1);
    const document = [
      'The nightly export stalled at 02:10.',
      'The queue grew to forty thousand messages.',
      'The replica caught up at 03:05.',
      between!,
      'We added an alert on queue age.',
    ].join(' ');
    expect(analyzeBlame(document).findings).toEqual([]);
  });
});
