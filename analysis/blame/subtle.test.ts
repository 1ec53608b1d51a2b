import { describe, expect, it } from 'vitest';
import { analyzeBlame } from './index.js';
import type { BlameCategory } from './types.js';

// Blame without the classic trigger words: a person, role or pronoun plus judgement, causation or
// disregard. Each positive has a system-agent or blameless twin that must stay silent.
// These pin down the rule pass (analyzeBlame with rulesOnly); model.test.ts covers what the classifier
// adds and overrules, in aggregate.
const rules = (text: string) => analyzeBlame(text, { rulesOnly: true });
const categoriesOf = (text: string) => rules(text).findings.map((f) => f.category);

describe('subtle blame is found', () => {
  const positives: [BlameCategory, string][] = [
    ['fault-noun', 'Yaw is the reason the invoices went out twice.'],
    ['proximal-actor', "Priya's hotfix is the reason search returned nothing for an hour."],
    ['proximal-actor', "Ines's manual edit to the routing table cut the office off for an hour."],
    ['proximal-actor', 'Everything was stable until the contractor rebooted the core switch.'],
    ['proximal-actor', 'The rollout by @teodor is what left every pod crash-looping.'],
    ['omission', 'The operator decided to skip the canary to save time.'],
    ['omission', "Mustafa couldn't be bothered to check the replica lag."],
    ['omission', 'Why did Elin not page the storage team?'],
    ['omission', 'The handover note was never written by the night on-call.'],
    ['hindsight', 'Kwame was warned twice that the quota was almost used up.'],
    ['character-judgement', 'The new hire went rogue and rewrote the DNS records by hand.'],
    ['character-judgement', 'The release manager has never taken the freeze seriously.'],
    ['punitive', 'Soren will no longer have production access.'],
    ['punitive', 'We need to talk to Dana about what happened.'],
    ['people-remedy', 'Going forward, developers need to actually read the deploy plan.'],
    ['people-remedy', 'Follow-up: all operators to attend a refresher on failovers.'],
    ['fault-noun', 'This outage is on the release manager.'],
    ['fault-noun', 'Haruki owes the team an explanation.'],
    ['minimising', 'It takes ten seconds to check the region, yet Bola did not.'],
    ['human-error', 'Root cause: Dmitri.'],
    ['counterfactual', 'A quick look at the diff by Anya would have stopped this.'],
  ];
  it.each(positives)('%s: %s', (category, text) => {
    expect(categoriesOf(text)).toContain(category);
    expect(rules(text).blameful).toBe(true);
  });
});

describe('their system-agent and blameless twins are not', () => {
  const negatives = [
    'The retry storm is the reason the invoices went out twice.',
    'Everything was stable until the firmware update rebooted the core switch.',
    'The scheduler decided to skip the canary after a timeout.',
    'Why did the deploy tool not check the region?',
    'It is unclear why the autoscaler did not add nodes.',
    'The feature flag service went rogue and served stale values.',
    "Thanks to Oskar's quick rollback, the impact lasted eight minutes.",
    "Thanks to Daniel's careful notes, the timeline was easy to rebuild.",
    'The validation step was skipped by the pipeline because of a stale cache key.',
    'We need to talk to the vendor about their maintenance notices.',
    'The on-call should be given read access to the billing dashboard.',
    'Engineers will get a staging environment that mirrors production.',
    '11:30 Devon disabled the feature flag, and checkout recovered.',
    'The deployer never skipped a step; the checklist itself was missing one.',
    'None of the responders could have known the replica was stale.',
    'No individual will be held accountable for the outage.',
    'Saying the on-call should have noticed assumes the dashboard showed it.',
    'Retraining the on-call would not have changed the outcome.',
    'The first draft said the operator was careless; we removed that.',
    'Such unit tests would have prevented the oversight.',
    'Please be patient while the restore runs.',
    "A surge in traffic spiked CPU on Acme's application database and caused it to hang.",
  ];
  it.each(negatives)('no finding: %s', (text) => {
    expect(rules(text).findings).toEqual([]);
  });
});

describe('role + "to" is a remedy only in an action-item line', () => {
  it('"reviewers failed to take" is omission, not a people remedy', () => {
    expect(categoriesOf('Author and reviewers failed to take into account the encoding change.')).toEqual([
      'omission',
    ]);
  });
});
