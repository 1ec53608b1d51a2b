/**
 * A realistic data set for looking at the dashboard: 30 postmortems across three teams over the last
 * ~11 weeks, some with blame-oriented sentences, and causes that recur (certificate expiry in two teams,
 * connection pools, full disks, unvalidated config). All text is written for these tests.
 */
export type Api = (path: string, init?: { method?: string; json?: unknown }) => Promise<unknown>;

export function daysAgo(n: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

const CAUSES = {
  cert: 'The TLS certificate on the public API gateway expired because certificate renewal was a manual step and no alert watched the expiry date.',
  certAgain:
    'An expired TLS certificate on the internal load balancer broke service to service calls; renewal of the certificate was still manual and the expiry date had no alert.',
  pool: 'The database connection pool was limited to 20 connections, and the pool was exhausted when traffic doubled during the sale.',
  poolAgain:
    'Connection pool exhaustion: the database connection pool limit stayed at 20 while traffic grew, so requests queued and timed out.',
  disk: 'Debug logging filled the disk on the search indexer nodes, and the indexer stopped writing when the disk was full.',
  diskAgain:
    'The log volume filled the disk on the indexer hosts after debug logging was left on; a full disk stopped indexing.',
  config:
    'A configuration change to the ranking service was pushed to every region at once without schema validation of the config file.',
  configAgain:
    'An invalid configuration file reached production because config pushes skip schema validation and go to all regions at once.',
  dns: 'A DNS record for the payments provider was changed with a one-week TTL, so the fix took days to propagate.',
  queue:
    'The message queue consumer crashed on a malformed message and had no dead-letter queue, so the backlog grew for hours.',
  cache:
    'The cache cluster was resized during peak traffic and the cold cache sent every read to the primary database.',
  flag: 'A feature flag was enabled for all users instead of the 1% cohort because the rollout tool defaulted to 100%.',
  quota:
    'The cloud project hit its IP address quota, so autoscaling could not add nodes during the traffic spike.',
  clock: 'Clock skew on two batch hosts made signed requests fail validation at the storage API.',
  migration:
    'A schema migration locked the orders table for eleven minutes because it rewrote the table in place.',
};

const BLAMEFUL = [
  'The on-call engineer should have noticed the alert much earlier.',
  'It was human error: the operator forgot to check the dashboard before the change.',
  'Sam failed to follow the runbook and caused the outage.',
  'The developer should have tested the change in staging first.',
  'Careless review let the bad change through.',
];

const NEUTRAL = [
  'The alert fired at 02:10 and was acknowledged within five minutes.',
  'The rollback restored service; error rates returned to normal by 03:05.',
  'Customers saw failed checkouts for about forty minutes.',
  'The runbook did not cover this failure mode, so responders worked it out live.',
];

function body(title: string, cause: string, blame: string[], extra = ''): string {
  return [
    `# ${title}`,
    '',
    '## Summary',
    '',
    `${NEUTRAL[title.length % NEUTRAL.length]} ${extra}`.trim(),
    '',
    '## Timeline',
    '',
    '- 02:04 first errors in the logs',
    '- 02:10 alert fired and was acknowledged',
    '- 03:05 service restored',
    '',
    '## Root cause',
    '',
    cause,
    ...(blame.length ? ['', blame.join(' ')] : []),
    '',
    '## What went well',
    '',
    NEUTRAL[(title.length + 1) % NEUTRAL.length]!,
  ].join('\n');
}

interface Spec {
  key: string;
  team: 'payments' | 'search' | 'platform';
  title: string;
  ago: number;
  severity: 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';
  cause: string;
  blame?: string[];
  items?: {
    text: string;
    status: 'open' | 'done' | 'wont-do';
    due?: number;
    done?: number;
    owner?: string;
  }[];
}

const SPECS: Spec[] = [
  // Certificate expiry in payments and platform; the first one's renewal follow-up stays open.
  {
    key: 'cert-1',
    team: 'payments',
    title: 'Public API down: TLS certificate expired',
    ago: 74,
    severity: 'SEV1',
    cause: CAUSES.cert,
    blame: [BLAMEFUL[0]!],
    items: [
      { text: 'Automate certificate renewal with ACME', status: 'open', due: 50, owner: 'platform-oncall' },
      { text: 'Alert 30 days before any certificate expires', status: 'done', due: 60, done: 62 },
    ],
  },
  {
    key: 'cert-2',
    team: 'platform',
    title: 'Internal load balancer certificate expired',
    ago: 30,
    severity: 'SEV2',
    cause: CAUSES.certAgain,
    blame: [BLAMEFUL[1]!],
    items: [{ text: 'Inventory every certificate and its expiry date', status: 'open', due: 5 }],
  },
  {
    key: 'cert-3',
    team: 'payments',
    title: 'Checkout webhooks rejected after certificate expiry',
    ago: 9,
    severity: 'SEV2',
    cause: CAUSES.cert,
    items: [{ text: 'Move webhook certificates to the managed renewal service', status: 'open', due: -20 }],
  },
  {
    key: 'pool-1',
    team: 'payments',
    title: 'Checkout outage during the spring sale',
    ago: 66,
    severity: 'SEV1',
    cause: CAUSES.pool,
    blame: [BLAMEFUL[3]!],
    items: [
      { text: 'Raise the connection pool limit and load test it', status: 'done', due: 55, done: 58 },
      { text: 'Be more careful when changing pool settings', status: 'open' },
    ],
  },
  {
    key: 'pool-2',
    team: 'payments',
    title: 'Payment authorisations timing out under load',
    ago: 20,
    severity: 'SEV2',
    cause: CAUSES.poolAgain,
    items: [{ text: 'Autoscale the connection pool with traffic', status: 'open', due: 3, owner: 'kim' }],
  },
  {
    key: 'disk-1',
    team: 'search',
    title: 'Search indexing stopped: disks full',
    ago: 58,
    severity: 'SEV3',
    cause: CAUSES.disk,
    blame: [BLAMEFUL[2]!],
    items: [
      { text: 'Rotate indexer logs hourly', status: 'done', due: 40, done: 35 },
      { text: 'Alert at 80% disk on indexer nodes', status: 'open', due: 30 },
    ],
  },
  {
    key: 'disk-2',
    team: 'search',
    title: 'Stale search results for six hours',
    ago: 16,
    severity: 'SEV3',
    cause: CAUSES.diskAgain,
    items: [{ text: 'Turn debug logging off automatically after an hour', status: 'open', due: -10 }],
  },
  {
    key: 'config-1',
    team: 'search',
    title: 'Ranking config broke search in every region',
    ago: 45,
    severity: 'SEV2',
    cause: CAUSES.config,
    blame: [BLAMEFUL[4]!, BLAMEFUL[0]!],
    items: [
      { text: 'Validate config files against a schema in CI', status: 'open', due: 25 },
      { text: 'Roll config out one region at a time', status: 'wont-do' },
    ],
  },
  {
    key: 'config-2',
    team: 'search',
    title: 'Autocomplete returned nothing after a config push',
    ago: 6,
    severity: 'SEV2',
    cause: CAUSES.configAgain,
    items: [{ text: 'Block config pushes that fail validation', status: 'open', due: -14 }],
  },
  {
    key: 'long',
    team: 'platform',
    title:
      'Intermittent 502s from the edge proxy fleet in eu-west-1 and us-east-2 while the service mesh sidecars were being upgraded in place during business hours',
    ago: 38,
    severity: 'SEV3',
    cause: CAUSES.quota,
    items: [
      { text: 'Request a higher IP address quota and alert at 80% of it', status: 'done', due: 30, done: 31 },
    ],
  },
];

const FILLER: [Spec['team'], string, keyof typeof CAUSES, Spec['severity']][] = [
  ['payments', 'Refunds delayed by a DNS change', 'dns', 'SEV3'],
  ['payments', 'Invoice emails queued for hours', 'queue', 'SEV4'],
  ['payments', 'Orders table locked during a migration', 'migration', 'SEV2'],
  ['payments', 'Fraud checks slow after a cache resize', 'cache', 'SEV3'],
  ['payments', 'New checkout flow shown to every user', 'flag', 'SEV3'],
  ['search', 'Signed storage requests failing on batch hosts', 'clock', 'SEV4'],
  ['search', 'Query latency doubled after cache resize', 'cache', 'SEV3'],
  ['search', 'Suggestion service crash loop', 'queue', 'SEV3'],
  ['search', 'Synonym feature flag enabled too widely', 'flag', 'SEV4'],
  ['search', 'Reindex job blocked by a table lock', 'migration', 'SEV3'],
  ['platform', 'Autoscaling stuck at the address quota', 'quota', 'SEV2'],
  ['platform', 'Build cache misses after cluster resize', 'cache', 'SEV4'],
  ['platform', 'Deploy pipeline DNS lookups failing', 'dns', 'SEV3'],
  ['platform', 'Batch scheduler clock drift', 'clock', 'SEV4'],
  ['platform', 'Log shipping backlog from a poison message', 'queue', 'SEV3'],
  ['platform', 'Kubernetes upgrade paused by a feature flag default', 'flag', 'SEV4'],
  ['platform', 'Metrics database migration took the dashboards down', 'migration', 'SEV3'],
  ['search', 'Index snapshot upload failing', 'quota', 'SEV4'],
  ['payments', 'Card tokenisation errors for one bank', 'dns', 'SEV4'],
  ['platform', 'Secrets rotation job crashed', 'queue', 'SEV3'],
];

/** Posts every postmortem (through the API); returns ids by key (filler ones as `filler-N`). */
export async function seedRealistic(api: Api): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  const specs: Spec[] = [
    ...SPECS,
    ...FILLER.map(([team, title, cause, severity], i) => ({
      key: `filler-${i}`,
      team,
      title,
      ago: 3 + ((i * 37) % 76),
      severity,
      cause: CAUSES[cause],
      blame: i % 4 === 0 ? [BLAMEFUL[i % BLAMEFUL.length]!] : [],
      items: [
        i % 3 === 0
          ? {
              text: `Add a runbook section for: ${title.toLowerCase()}`,
              status: 'done' as const,
              due: 2,
              done: 4,
            }
          : {
              text: `Add an alert for: ${title.toLowerCase()}`,
              status: 'open' as const,
              due: i % 2 ? 1 : -30,
            },
      ],
    })),
  ];
  // Oldest first, as a real import would arrive.
  specs.sort((a, b) => b.ago - a.ago);
  for (const s of specs) {
    const items = s.items ?? [];
    const created = (await api('/api/postmortems', {
      method: 'POST',
      json: {
        externalId: `seed-${s.key}`,
        title: s.title,
        team: s.team,
        severity: s.severity,
        occurredAt: daysAgo(s.ago),
        rootCauses: [s.cause],
        body: body(s.title, s.cause, s.blame ?? []),
        actionItems: items.map((it) => ({
          text: it.text,
          // Completion dates come through the update endpoint, as a tracker sync would set them.
          status: it.done !== undefined ? 'open' : it.status,
          ...(it.owner ? { owner: it.owner } : {}),
          ...(it.due !== undefined ? { due: daysAgo(it.due) } : {}),
        })),
      },
    })) as { postmortemId: number };
    const id = created.postmortemId;
    ids[s.key] = id;
    if (items.some((it) => it.done !== undefined)) {
      const stored = (await api(`/api/postmortems/${id}`)) as { actionItems: { id: number }[] };
      for (const [i, it] of items.entries()) {
        if (it.done === undefined) continue;
        await api(`/api/action-items/${stored.actionItems[i]!.id}`, {
          method: 'PATCH',
          json: { status: 'done', completedOn: daysAgo(it.done) },
        });
      }
    }
  }
  return ids;
}
