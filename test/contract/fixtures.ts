/** Documents the contract suite ingests. Written for these tests (no corpus text). */

export const CHECKOUT_OUTAGE = `---
title: Checkout latency after cache eviction storm
date: 2025-03-14
severity: SEV2
team: Payments
services: [checkout-api, session-cache]
---

# Checkout latency after cache eviction storm

## Summary

For 42 minutes checkout requests took over ten seconds because the session cache evicted most of its
keys at once and every request fell through to the primary database.

## Impact

About 18% of checkout attempts timed out. No payments were lost; customers retried.

## Root cause

The cache cluster's memory limit was lowered during a routine resize, and the eviction policy removed
hot session keys together with cold ones.

## Trigger

A scheduled resize of the session cache cluster.

## Action items

- [ ] Alert when the cache hit ratio drops below 80% for five minutes (PAY-101)
- [x] Restore the previous memory limit on the session cache
- [ ] Add a load test that covers a cold session cache, due 2025-04-30
`;

/** Same incident, one more action item: a new revision of the document above. */
export const CHECKOUT_OUTAGE_REVISED = CHECKOUT_OUTAGE.replace(
  '- [ ] Add a load test',
  '- [ ] Document the safe resize procedure for cache clusters\n- [ ] Add a load test',
);

/** A second team's postmortem, for visibility checks. */
export const SEARCH_INCIDENT = `---
title: Search index served stale results
date: 2025-05-02
severity: SEV3
team: Search
---

# Search index served stale results

## Summary

Search results lagged the catalogue by six hours after the indexing job stalled on a malformed record.

## Root cause

The indexer stopped at the first record it could not parse instead of skipping and reporting it.

## Action items

- [ ] Make the indexer skip and report records it cannot parse
`;
