/**
 * The invented organisation and the phrase banks its postmortems are written from. All wording here is
 * original. Placeholders: {service} (the affected service), {dep} (a dependency it calls), {version},
 * {n} (a number that fits the sentence), {minutes}.
 */

export interface TeamSpec {
  id: string;
  name: string;
  services: string[];
  /** Tracker project key for tickets ("PAY-1234"). */
  ticketKey: string;
}

export const TEAMS: readonly TeamSpec[] = [
  {
    id: 'payments',
    name: 'Payments',
    ticketKey: 'PAY',
    services: ['checkout-api', 'ledger', 'payment-gateway', 'refunds-worker'],
  },
  {
    id: 'search',
    name: 'Search',
    ticketKey: 'SRCH',
    services: ['search-api', 'indexer', 'query-router', 'autocomplete'],
  },
  {
    id: 'identity',
    name: 'Identity',
    ticketKey: 'IDN',
    services: ['auth-service', 'session-store', 'sso-bridge'],
  },
  {
    id: 'platform',
    name: 'Platform',
    ticketKey: 'PLAT',
    services: ['edge-proxy', 'service-mesh', 'deploy-pipeline', 'secrets-broker'],
  },
  { id: 'mobile', name: 'Mobile', ticketKey: 'MOB', services: ['mobile-bff', 'push-notifier', 'app-config'] },
  {
    id: 'data',
    name: 'Data',
    ticketKey: 'DATA',
    services: ['event-ingest', 'warehouse-loader', 'metrics-rollup'],
  },
  {
    id: 'growth',
    name: 'Growth',
    ticketKey: 'GRO',
    services: ['experiments', 'recommendations', 'email-sender'],
  },
  {
    id: 'fulfilment',
    name: 'Fulfilment',
    ticketKey: 'FUL',
    services: ['order-router', 'inventory-sync', 'shipping-quotes'],
  },
];

/** Shared infrastructure the services depend on; failures often sit here. */
export const DEPENDENCIES = [
  'postgres',
  'redis',
  'kafka',
  'elasticsearch',
  'the internal DNS resolvers',
  'the object store',
  'the load balancers',
  'the message queue',
];

/** Invented handles for action-item owners. Owners are shown with items, never aggregated. */
export const HANDLES = [
  'a.okafor',
  'b.lindqvist',
  'c.moreau',
  'd.tanaka',
  'e.novak',
  'f.haddad',
  'g.silva',
  'h.kowalski',
  'i.mensah',
  'j.ferreira',
  'k.osei',
  'l.petrov',
  'm.rahman',
  'n.ivanova',
  'o.brennan',
  'p.castillo',
  'q.zhou',
  'r.nakamura',
  's.adeyemi',
  't.larsen',
  'u.kaplan',
  'v.rossi',
  'w.achebe',
  'x.quinn',
  'y.demir',
  'z.holm',
];

/** First names used only by blameful documents, which single a person out. */
export const FIRST_NAMES = [
  'Dana',
  'Marek',
  'Priya',
  'Tomas',
  'Lena',
  'Kofi',
  'Ines',
  'Ravi',
  'Yusuf',
  'Greta',
  'Hugo',
  'Mei',
];

/** What set the failure off, with the mix Google reports for its own incidents. */
export type TriggerKind =
  | 'binary-push'
  | 'config-push'
  | 'user-behaviour'
  | 'pipeline'
  | 'provider-change'
  | 'performance-decay'
  | 'capacity'
  | 'hardware';

export const TRIGGER_MIX: readonly (readonly [TriggerKind, number])[] = [
  ['binary-push', 37],
  ['config-push', 31],
  ['user-behaviour', 9],
  ['pipeline', 6],
  ['provider-change', 5],
  ['performance-decay', 5],
  ['capacity', 5],
  ['hardware', 2],
];

export const TRIGGER_PHRASES: Record<TriggerKind, readonly string[]> = {
  'binary-push': [
    'Release {version} of {service} was rolled out to all regions.',
    'A new build of {service} ({version}) went out in the afternoon deploy train.',
    'The rollout of {service} {version} reached the production fleet.',
    'Deployment of {service} {version}, which bundled several unrelated changes.',
  ],
  'config-push': [
    'A configuration change to {service} was pushed to production.',
    'An updated config bundle for {service} was applied to every instance at once.',
    'A change to the {service} settings file was merged and synced to the fleet.',
    'A runtime flag for {service} was flipped for all traffic.',
  ],
  'user-behaviour': [
    'A marketing campaign sent a burst of traffic to {service}.',
    'A large customer began calling {service} in a tight loop after upgrading their integration.',
    'Traffic to {service} roughly tripled within ten minutes after a mobile release prompted users to re-sync.',
  ],
  pipeline: [
    'The nightly pipeline published a partial artefact for {service}.',
    'A data pipeline job wrote a malformed batch that {service} then loaded.',
    'The build pipeline promoted a stale image of {service} to production.',
  ],
  'provider-change': [
    'Our cloud provider changed behaviour on their side without notice.',
    'An upstream vendor rotated an endpoint that {service} depends on.',
    'A third-party provider had a regional outage affecting {dep}.',
  ],
  'performance-decay': [
    'Load on {service} had been creeping up for weeks until it crossed a limit.',
    'Latency of {dep} degraded slowly over several days.',
    'Nothing changed that day; a slow trend finally reached its threshold.',
  ],
  capacity: [
    'Peak traffic exceeded the capacity {service} was provisioned for.',
    'A planned failover left {service} running on half of its usual capacity.',
    'Seasonal peak load hit {service} while one zone was drained for maintenance.',
  ],
  hardware: [
    'A storage node under {dep} failed.',
    'A top-of-rack switch in one zone dropped links intermittently.',
    'A host running {service} lost a disk.',
  ],
};

export interface FailureMode {
  /** Stable key: the same mechanism in different words. Documents reuse it across teams. */
  key: string;
  triggers: readonly TriggerKind[];
  titles: readonly string[];
  /** The same failure worded several ways, so recurrence detection has to see through wording. */
  rootCauses: readonly string[];
  contributing: readonly string[];
  impacts: readonly string[];
  detections: readonly string[];
  /** Specific, checkable follow-ups. */
  actions: readonly string[];
  /** Trigger wording that fits this mechanism better than the generic phrases. */
  triggerPhrases?: Partial<Record<TriggerKind, readonly string[]>>;
}

export const FAILURE_MODES: readonly FailureMode[] = [
  {
    key: 'cert-expiry',
    triggers: ['performance-decay', 'provider-change', 'config-push'],
    titles: [
      'TLS certificate expiry on {service}',
      '{service} handshake failures after certificate lapsed',
      'Expired certificate broke calls to {service}',
    ],
    rootCauses: [
      'The TLS certificate served by {service} expired; renewal had silently stopped working.',
      'The certificate for {service} ran past its expiry date because the renewal job lost its permissions.',
      'Clients rejected {service} because its cert was no longer valid: automatic rotation had not run for three months.',
      'An intermediate certificate in the {service} chain reached its end date and nobody was told in advance.',
    ],
    contributing: [
      'Expiry alerts went to a mailing list that was retired last year.',
      'The renewal job reported success even when it wrote nothing.',
      'Certificates are tracked in a spreadsheet rather than by the monitoring system.',
    ],
    impacts: [
      'All HTTPS calls to {service} failed for {minutes} minutes.',
      'Roughly {n}% of API clients could not connect to {service}.',
    ],
    detections: [
      'Synthetic checks failed and paged the on-call.',
      'Customers reported handshake errors before any alert fired.',
    ],
    actions: [
      'Alert when any certificate is within 21 days of expiry',
      'Move {service} certificates to automated issuance',
      'Add a renewal smoke test that fails loudly when no new certificate is written',
      'Inventory every certificate the team owns in the service catalogue',
    ],
    triggerPhrases: {
      'performance-decay': ['Nothing changed on our side; the certificate simply reached its end date.'],
      'provider-change': [
        'The certificate authority changed its renewal API and our client stopped renewing.',
      ],
      'config-push': ['A config push pointed the renewal job of {service} at a new, empty secret path.'],
    },
  },
  {
    key: 'conn-pool-exhaustion',
    triggers: ['binary-push', 'config-push', 'user-behaviour', 'capacity'],
    titles: [
      '{service} connection pool exhausted',
      'Timeouts on {service}: no free database connections',
      '{service} stalled waiting for {dep} connections',
    ],
    rootCauses: [
      'The database connection pool of {service} was exhausted, so requests queued until they timed out.',
      '{service} ran out of connections to {dep}: each request held a connection across a slow downstream call.',
      'All pooled connections were checked out and never returned because an error path skipped the release.',
      'Pool size per instance was lowered to {n}, far below what peak traffic needs, and callers starved.',
    ],
    contributing: [
      'There was no metric for pool saturation, only for query latency.',
      'Client timeouts were longer than the load balancer timeout, so retries piled up.',
      'The pool size had never been revisited since the service launched.',
    ],
    impacts: [
      '{n}% of requests to {service} timed out for {minutes} minutes.',
      'Checkout latency rose above 10 seconds for {minutes} minutes.',
    ],
    detections: [
      'The latency SLO alert paged the on-call.',
      'A spike in 503s on the dashboard was noticed by the team.',
    ],
    actions: [
      'Export pool saturation as a metric and alert at 80%',
      'Release connections before calling downstream services',
      'Load-test {service} with production pool settings before each release',
      'Set client timeouts below the load balancer timeout',
    ],
  },
  {
    key: 'dns-ttl',
    triggers: ['config-push', 'provider-change'],
    titles: [
      'Stale DNS records sent {service} traffic to old hosts',
      'DNS cutover for {service} took hours instead of minutes',
      'Name resolution failures for {dep}',
    ],
    rootCauses: [
      'The DNS record for {dep} had a TTL of one day, so clients kept resolving the retired address long after the cutover.',
      'Resolvers cached the old address of {dep} because the record TTL was set far too high before migrating.',
      'A long time-to-live on the {service} DNS entry meant the failover could not take effect.',
      'Clients of {service} cached name lookups indefinitely and never picked up the new endpoint.',
    ],
    contributing: [
      'The migration runbook did not include lowering the TTL ahead of time.',
      'The JVM DNS cache setting was left at its default of caching forever.',
    ],
    impacts: [
      'Around {n}% of traffic kept going to decommissioned hosts for {minutes} minutes.',
      'Intermittent failures for clients in two regions.',
    ],
    detections: [
      'Error budgets burned in one region while others were healthy.',
      'The team saw traffic on hosts that should have been idle.',
    ],
    actions: [
      'Lower TTLs to 60 seconds one day before any DNS migration',
      'Add the TTL step to the migration runbook',
      'Cap the client-side DNS cache at 30 seconds',
    ],
  },
  {
    key: 'bad-config',
    triggers: ['config-push', 'pipeline'],
    titles: [
      'Invalid configuration took down {service}',
      'Config push disabled routing for {service}',
      '{service} rejected requests after a settings change',
    ],
    rootCauses: [
      'A configuration change with a typo in the upstream list was applied to every instance of {service} at once.',
      'The new config for {service} referenced a key that does not exist, so it fell back to denying all requests.',
      'A malformed config file passed review because nothing validated it before rollout.',
      'The settings change was correct for staging but pointed production {service} at the staging {dep}.',
    ],
    contributing: [
      'Config changes skip the canary stage that code changes go through.',
      'The config schema is not validated in CI.',
      'Rollback of config takes a full pipeline run.',
    ],
    impacts: [
      '{service} returned errors to all callers for {minutes} minutes.',
      'About {n}% of requests were rejected with 403.',
    ],
    detections: [
      'Error-rate alert fired two minutes after the push.',
      'The person making the change noticed errors in the deploy dashboard.',
    ],
    actions: [
      'Validate {service} configuration against a schema in CI',
      'Roll config changes through the canary stage like code',
      'Make config rollback a single command',
      'Block production configs that reference staging hosts',
    ],
  },
  {
    key: 'oom',
    triggers: ['binary-push', 'performance-decay', 'capacity'],
    titles: [
      '{service} pods killed for memory',
      'Memory leak in {service} {version}',
      'OOM restarts on {service}',
    ],
    rootCauses: [
      '{service} exceeded its memory limit and the kernel OOM killer restarted it in a loop.',
      'A memory leak introduced in {version} made every {service} instance grow until it was killed.',
      'An unbounded in-process cache in {service} consumed all available heap under production traffic.',
      'Processes of {service} ran out of memory because large responses from {dep} were buffered whole.',
    ],
    contributing: [
      'Memory limits were set from a benchmark that no longer matches production payloads.',
      'Restarts were not alerted on, only sustained downtime.',
    ],
    impacts: [
      'Capacity of {service} dropped by half for {minutes} minutes.',
      'Requests failed intermittently while instances restarted.',
    ],
    detections: [
      'Crash-loop alerts from the orchestrator.',
      'The team noticed a saw-tooth memory graph during a routine review.',
    ],
    actions: [
      'Bound the in-process cache of {service} by size',
      'Alert on container restarts above two per hour',
      'Stream large responses from {dep} instead of buffering them',
      'Add a memory soak test to the release checklist',
    ],
  },
  {
    key: 'disk-full',
    triggers: ['performance-decay', 'capacity', 'pipeline', 'hardware'],
    titles: [
      'Disk full on {dep} hosts',
      '{service} stopped writing: no space left on device',
      'Log volume filled the disk under {service}',
    ],
    rootCauses: [
      'The data volume on the {dep} primary filled up and writes started failing.',
      'Log rotation was misconfigured, so logs of {service} grew until the disk had no free space.',
      'Old build artefacts were never cleaned up and the volume ran out of space.',
      '{service} could not write because the disk reached 100% after a burst of verbose logging.',
    ],
    contributing: [
      'Disk alerts fired at 95%, which left minutes rather than days to react.',
      'Nobody owned the cleanup job after the team reorganisation.',
    ],
    impacts: [
      'Writes to {service} failed for {minutes} minutes.',
      'About {n}% of events were delayed by up to an hour.',
    ],
    detections: [
      'The disk usage alert fired when it was already too late.',
      'Write errors in the application logs.',
    ],
    actions: [
      'Alert on disk usage growth rate, not only on a fixed threshold',
      'Fix log rotation on {service} hosts',
      'Schedule artefact cleanup with an owner in the service catalogue',
    ],
  },
  {
    key: 'dependency-outage',
    triggers: ['provider-change', 'hardware', 'capacity'],
    titles: [
      '{service} degraded during a {dep} outage',
      'Upstream outage cascaded into {service}',
      '{dep} unavailable',
    ],
    rootCauses: [
      '{dep} became unavailable and {service} had no fallback, so every request that needed it failed.',
      'An outage of {dep} cascaded into {service} because calls to it had no timeout or circuit breaker.',
      'The third-party provider behind {dep} went down and {service} depended on it synchronously.',
    ],
    contributing: [
      'Retries without backoff multiplied the load once {dep} recovered.',
      'The dependency was not listed in the service catalogue, so its risk was never reviewed.',
    ],
    impacts: ['{service} was unavailable for {minutes} minutes.', 'Degraded responses for {n}% of users.'],
    detections: [
      'Alerts on {service} error rate.',
      'The provider status page announced the incident after our alerts fired.',
    ],
    actions: [
      'Add a circuit breaker and timeout around calls to {dep}',
      'Serve cached responses when {dep} is down',
      'Retry with exponential backoff and jitter',
      'Document {dep} as a critical dependency with a fallback plan',
    ],
  },
  {
    key: 'retry-storm',
    triggers: ['binary-push', 'user-behaviour'],
    titles: [
      'Retry storm overloaded {service}',
      'Clients hammered {service} after a brief blip',
      'Thundering herd on {service}',
    ],
    rootCauses: [
      'A short blip made every client retry immediately and in lockstep, and the retries kept {service} overloaded.',
      'Clients retried failed calls to {service} without backoff, multiplying load by {n}.',
      'The new client library in {version} retried on every error, including ones that could never succeed.',
    ],
    contributing: ['There was no server-side load shedding.', 'Retry budgets were not shared across layers.'],
    impacts: ['{service} stayed overloaded for {minutes} minutes after the original cause was gone.'],
    detections: ['Request rate alerts fired at four times normal volume.'],
    actions: [
      'Add jittered exponential backoff to the client library',
      'Shed load in {service} when queues exceed a bound',
      'Set a retry budget per caller',
    ],
  },
  {
    key: 'migration-lock',
    triggers: ['binary-push', 'pipeline'],
    titles: [
      'Schema migration locked the {service} tables',
      '{service} writes blocked by a migration',
      'Long-running migration stalled {service}',
    ],
    rootCauses: [
      'A schema migration took an exclusive lock on a large table in {dep}, blocking all writes from {service}.',
      'Adding an index without the concurrent option locked the table for {minutes} minutes.',
      'The migration shipped with {version} rewrote a large table in place while traffic was live.',
    ],
    contributing: [
      'Migrations were tested only on small staging data.',
      'The deploy did not separate schema and code changes.',
    ],
    impacts: ['Writes to {service} hung for {minutes} minutes.'],
    detections: ['Lock wait alerts on {dep}.', 'Queue depth grew on the dashboard.'],
    actions: [
      'Lint migrations for locking operations in CI',
      'Test migrations against a production-sized snapshot',
      'Deploy schema changes separately from code',
    ],
  },
  {
    key: 'cache-stampede',
    triggers: ['user-behaviour', 'binary-push', 'config-push'],
    titles: [
      'Cache stampede on {service}',
      'Cold cache overloaded {dep}',
      '{service} cache expiry sent all traffic to {dep}',
    ],
    rootCauses: [
      'Many cache keys of {service} expired at the same moment and every miss went to {dep} at once.',
      'A cache flush during the deploy sent the full read load of {service} straight to {dep}.',
      'Cache entries shared one TTL, so they all expired together and the backing store was overwhelmed.',
    ],
    contributing: [
      'No request coalescing for cache misses.',
      'The cache flush was part of the default deploy script.',
    ],
    impacts: ['Latency of {service} rose tenfold for {minutes} minutes.'],
    detections: ['{dep} CPU alerts.', 'p99 latency alert on {service}.'],
    actions: [
      'Add jitter to cache TTLs',
      'Coalesce concurrent misses for the same key',
      'Remove the cache flush from the deploy script',
    ],
  },
  {
    key: 'rate-limit',
    triggers: ['config-push', 'user-behaviour'],
    titles: [
      'Rate limiter rejected legitimate {service} traffic',
      'Misconfigured rate limit on {service}',
      'Clients throttled by {service}',
    ],
    rootCauses: [
      'The rate limit for {service} was set per cluster instead of per client, so normal traffic got throttled.',
      'A rate-limit rule meant for one abusive client matched every caller of {service}.',
      'Throttling thresholds for {service} were copied from a smaller region and were {n} times too low.',
    ],
    contributing: ['Rate-limit rules have no dry-run mode.', 'Throttled requests were not graphed per rule.'],
    impacts: ['{n}% of legitimate requests got 429 responses for {minutes} minutes.'],
    detections: ['Customer support escalated a wave of complaints.', 'The 429 rate alert fired.'],
    actions: [
      'Add a dry-run mode for rate-limit rules',
      'Graph throttled requests per rule',
      'Derive thresholds from measured traffic per region',
    ],
  },
  {
    key: 'queue-backlog',
    triggers: ['capacity', 'performance-decay', 'user-behaviour'],
    titles: [
      '{service} queue backlog',
      'Consumer lag on {dep} delayed {service}',
      'Processing delays in {service}',
    ],
    rootCauses: [
      'Consumers of {service} could not keep up with the {dep} topic and the backlog grew for hours.',
      'A slow handler in {service} reduced consumer throughput below the incoming rate.',
      'Consumer lag built up because autoscaling for {service} was capped at {n} workers.',
    ],
    contributing: [
      'Lag was graphed but not alerted on.',
      'The autoscaling cap was a leftover from a cost-saving exercise.',
    ],
    impacts: ['Events were delayed by up to {minutes} minutes.'],
    detections: ['A downstream team noticed stale data.', 'Consumer lag alert.'],
    actions: [
      'Alert on consumer lag above five minutes',
      'Raise the autoscaling cap for {service}',
      'Profile the slow handler and fix the hot path',
    ],
  },
  {
    key: 'bad-deploy',
    triggers: ['binary-push', 'pipeline'],
    titles: [
      'Errors after {service} {version} deploy',
      'Regression in {service} {version}',
      'Rollback of {service} {version}',
    ],
    rootCauses: [
      'A code change in {version} of {service} mishandled empty responses from {dep} and threw on every such call.',
      'A regression in {service} {version} broke request parsing for older clients.',
      'The {version} release of {service} contained an untested code path that failed under production data.',
    ],
    contributing: [
      'The canary stage only ran for five minutes.',
      'Integration tests did not cover older client versions.',
    ],
    impacts: ['{n}% of requests to {service} failed for {minutes} minutes.'],
    detections: ['Canary analysis flagged errors but the rollout continued.', 'Error-rate alert.'],
    actions: [
      'Extend the canary stage to thirty minutes',
      'Make canary failures block the rollout automatically',
      'Add contract tests for older client versions',
    ],
  },
];

/** Follow-ups that cannot be checked; realistic documents contain a few. */
export const VAGUE_ACTIONS = [
  'Improve monitoring',
  'Communicate better during incidents',
  'Look into better testing',
  'Review the process',
];

/** "Be more careful" follow-ups put the fix on people; only blameful documents carry them. */
export const CAREFUL_ACTIONS = [
  'Be more careful when pushing changes',
  'Make sure people double-check their work',
  'Remind the on-call to read alerts properly',
];

/** Blameful root-cause wordings (the minority of documents that single a person out). */
export const BLAMEFUL_ROOT_CAUSES = [
  'Root cause: human error. {person} pushed the change without testing it and should have known better.',
  'The on-call engineer should have noticed the alert much sooner; {person} ignored it for twenty minutes.',
  '{person} was careless and skipped the checklist, which caused the outage.',
  'This happened because {person} failed to follow the runbook. Engineers need to pay more attention.',
];

export const BLAMEFUL_LESSONS = [
  'People need to be more careful before clicking deploy.',
  '{person} has been reminded to follow the process.',
  'The on-call should have escalated earlier instead of guessing.',
];

export const BLAMELESS_LESSONS_WENT_WELL = [
  'The rollback procedure worked as documented.',
  'The incident channel was opened quickly and roles were clear.',
  'Dashboards showed the failing component within minutes.',
  'Customer support had a status message out early.',
];

export const BLAMELESS_LESSONS_WENT_WRONG = [
  'The alert that should have caught this earlier did not exist.',
  'The runbook described a setup we no longer run.',
  'It took a while to find who owned the affected dependency.',
  'Our safeguards allowed the change to reach every instance at once.',
];

export const BLAMELESS_LESSONS_LUCKY = [
  'The failure happened during low traffic hours.',
  'Someone familiar with the system happened to be online.',
  'A cached copy of the data limited the damage.',
];

export const RESOLUTIONS = [
  'The change was rolled back and {service} recovered.',
  'Traffic was shifted to the healthy region while the fix was deployed.',
  '{service} was restarted with the previous settings.',
  'Capacity was added and the backlog drained.',
  'A hotfix was deployed and error rates returned to normal.',
];
