import { describe, expect, it } from 'vitest';
import { analyzeBlame } from './index.js';
import type { BlameCategory } from './types.js';

// Structural cues (rules-3): a person filling a judgement, habit, causal or sanction frame. Sentences
// here are written for the tests, in wordings that are in none of the data files; each positive shape
// has a blameless twin below (system in the slot, gratitude, recovery, negation).
// These pin down the rule pass (analyzeBlame with rulesOnly); model.test.ts covers what the classifier
// adds and overrules, in aggregate.
const rules = (text: string) => analyzeBlame(text, { rulesOnly: true });
const categoriesOf = (text: string) => rules(text).findings.map((f) => f.category);

describe('structural blame is found', () => {
  const positives: [BlameCategory, string][] = [
    ['character-judgement', 'Tomasz merged without tests again, and the billing export broke.'],
    ['character-judgement', 'Lucia rewrote the cron schedule on a holiday eve, as usual.'],
    ['character-judgement', 'Classic Okonkwo: change it live, explain it never.'],
    ['character-judgement', 'Then came Ravi\'s "harmless cleanup" of the IAM roles.'],
    ['character-judgement', 'The duty engineer panicked and stopped answering the bridge.'],
    ['fault-noun', 'We can chalk the lost orders up to Beatriz.'],
    ['fault-noun', 'The buck stops with the DBA who approved the schema change.'],
    ['fault-noun', 'Poor judgement from Viktor turned a warning into an outage.'],
    ['punitive', 'Ingrid was taken off the platform team after the review.'],
    ['punitive', "Marek's merge rights now need sign-off from his manager."],
    ['punitive', "A record of the incident was added to Sione's file."],
    ['people-remedy', 'Operators must pay closer attention to the region selector.'],
    ['people-remedy', 'Action item: @lena_k to double-check hostnames before any reboot.'],
    ['people-remedy', 'Ask Jonah to confirm the cluster name before running drains.'],
    ['proximal-actor', "Ninety seconds after Farouk's config push, logins started failing."],
    ['proximal-actor', 'When the intern renamed the bucket, it caused every upload to fail.'],
    ['human-error', 'Trigger: Yevgenia.'],
    ['human-error', 'The weak link was with the operator, not the tooling.'],
    ['minimising', 'None of it was tricky, except evidently for the on-call engineer.'],
    ['omission', 'Dario left the feature flag enabled over the weekend and the queue filled up.'],
    ['omission', 'The guide says to snapshot the volume first. Ketut did not.'],
    ['hindsight', "The failing health check was on Amara's dashboard all morning."],
    ['hindsight', 'The expiry notice went to Piotr four times before the cutover.'],
    ['counterfactual', 'Wen chose to skip the canary regardless of the freeze.'],
    ['counterfactual', "If @dsouza had read the migration notes, we'd still have the audit table."],
    ['proximal-actor', 'Who broke the nightly export? Halvard.'],
    ['proximal-actor', 'Everything was healthy before Ngozi touched the load balancer.'],
    ['character-judgement', 'The "battle-tested" importer that Arjun wrote wiped the orders table.'],
    ['minimising', "It was a one-line check, and Zainab didn't run it."],
    ['punitive', 'Siddharth has been asked to hand back his production credentials.'],
    ['people-remedy', 'Pedro will attend a database safety course next month.'],
    ['character-judgement', 'Leave it to the data team to ship a migration on a Friday.'],
    ['character-judgement', 'Funny how the cache only fell over on the nights Rohan was on call.'],
    ['character-judgement', 'Juno took forty minutes to even open the dashboard.'],
    ['character-judgement', 'Ahmed decided the staging check was optional.'],
    ['human-error', 'The root of it all was Carlos, plain and simple.'],
    ['punitive', 'From now on, everything Femi merges goes through a senior.'],
    ['omission', "Why didn't Lars just check the region flag?"],
    ['counterfactual', 'Had the reviewer actually opened the diff, the typo would never have shipped.'],
  ];
  it.each(positives)('%s: %s', (category, text) => {
    expect(categoriesOf(text)).toContain(category);
    expect(rules(text).blameful).toBe(true);
  });
});

describe('structural twins stay silent', () => {
  const negatives = [
    'The retry worker failed again, and the billing export broke.',
    'Lucia joined the bridge within minutes, as usual.',
    'Thanks to Ravi for catching the expired certificate before customers noticed.',
    'We later learned, thanks to Aiko, that the cache writes twice when one node fails.',
    'The pod was taken off the node pool after the kernel update.',
    'No engineer will be taken off the rotation because of this incident.',
    'Ninety seconds after the config push, logins started failing.',
    'When Farouk noticed the errors, he paged the identity team.',
    'Ninety seconds after Farouk rolled back the flag, logins recovered.',
    'Trigger: a certificate that expired at midnight.',
    'The weak link was with the retry policy, not the people.',
    'The renewal job left the lock file in place and the queue filled up.',
    'The certificate for ledger ran past its expiry date because the renewal job lost its permissions.',
    'Saying Wen was reckless would ignore that the freeze calendar was empty.',
    'Nobody skipped anything: the snapshot step was not in the guide.',
    'Zeus, our oldest build host, crashed twice during the backfill.',
    'Asking operators to pay closer attention would not have prevented this.',
    'Nobody should have to remember to rotate that key by hand.',
    'Imani chose to fail over to the secondary region, which restored service.',
    'Who restored the nightly export? Halvard.',
    'As a bonus, the new dashboard shows queue depth per shard.',
    'Chase froze the index to run a test restart.',
    'Everything was fine until the upstream provider rotated its keys.',
    'The banner said "degraded" while Priya restarted the API.',
    'Kemal returned the spare keys after the office move.',
    'Once again, the nightly backup job overran its window.',
    "Thanks to Gustavo's quick rollback, checkout recovered.",
    'Developers need to be given read access to the logs.',
    "Why didn't the alert fire? The threshold was set per host.",
    'The outage is down to a race in the lock manager.',
    'From now on, every merge goes through the canary pipeline.',
    "Priya didn't even need the runbook; the alert named the broken shard.",
    'The payments team decided the old retry path was unnecessary and removed it.',
  ];
  it.each(negatives)('no finding: %s', (text) => {
    expect(rules(text).findings).toEqual([]);
  });
});
