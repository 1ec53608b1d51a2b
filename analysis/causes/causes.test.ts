import { describe, expect, it } from 'vitest';
import {
  adjustedRandIndex,
  analyzeCause,
  buildCauseText,
  CauseIndex,
  candidateTerms,
  clusterCauses,
  findRecurrences,
  selectCandidates,
  similarity,
} from './index.js';
import { loadLabelled } from './labelled-fixture.test-helper.js';
import type { CauseInput } from './types.js';

const cause = (text: string, extra: Partial<CauseInput> = {}): CauseInput => ({
  rootCauses: [text],
  triggers: [],
  contributingFactors: [],
  summary: null,
  services: [],
  ...extra,
});

describe('buildCauseText', () => {
  it('uses stated causes and falls back to the summary only without them', () => {
    expect(
      buildCauseText(cause('Cert expired', { triggers: ['Cron stopped'], summary: 'What happened' })),
    ).toBe('Cert expired\nCron stopped');
    expect(buildCauseText({ ...cause(''), rootCauses: [], summary: 'The API was down.' })).toBe(
      'The API was down.',
    );
  });
});

describe('analyzeCause', () => {
  it('classifies each category on plain examples', () => {
    const cases: Array<[string, string]> = [
      ['A code change introduced a null pointer bug in the order service.', 'code-change'],
      ['A misconfigured YAML setting was pushed as a configuration change.', 'config-change'],
      ['The rollout skipped the canary and the pipeline deployed to every region at once.', 'deployment'],
      ['The worker pool ran out of memory under load.', 'capacity'],
      ['Our third-party payment provider had an outage.', 'dependency'],
      ['A power failure in the data centre took down two racks.', 'infrastructure'],
      ['A slow query with a missing index on the orders table.', 'data'],
      ['The TLS certificate was not configured with the intermediate chain.', 'security'],
      ['Clock skew after the leap second broke token validation.', 'time'],
      ['Something happened.', 'unknown'],
    ];
    for (const [text, category] of cases) expect(analyzeCause(cause(text)).primary, text).toBe(category);
  });

  it('labels the trigger apart from contributing factors, with several labels allowed', () => {
    const f = analyzeCause({
      rootCauses: ['The certificate on the gateway expired.'],
      triggers: ['A config push changed the DNS record.'],
      contributingFactors: ['No alert on pool exhaustion of database connections.'],
      summary: null,
      services: ['Gateway'],
    });
    expect(f.triggerLabels[0]?.category).toBe('config-change');
    expect(f.contributingLabels.map((l) => l.category)).toContain('capacity');
    expect(f.labels.length).toBeGreaterThan(1);
    expect(f.labels.every((l) => l.confidence > 0 && l.confidence <= 1)).toBe(true);
    expect(f.terms['concept:cert-expiry']).toBeGreaterThan(0);
    expect(f.components).toContain('gateway');
  });

  it('analyses more than 1000 documents per second', () => {
    const texts = loadLabelled().map((r) => r.text);
    const started = performance.now();
    let n = 0;
    while (n < 3000) analyzeCause(cause(texts[n++ % texts.length]!));
    const perSecond = n / ((performance.now() - started) / 1000);
    expect(perSecond).toBeGreaterThan(1000);
  });
});

describe('similarity', () => {
  const f = (t: string) => analyzeCause(cause(t));
  it('matches the same failure worded differently', () => {
    expect(
      similarity(f('The TLS certificate expired.'), f('Our SSL cert was not renewed in time.')),
    ).toBeGreaterThanOrEqual(0.4);
    expect(
      similarity(f('OOMKilled pods in a loop.'), f('The JVM ran out of memory.')),
    ).toBeGreaterThanOrEqual(0.4);
  });
  it('does not merge different failures that share words', () => {
    const pairs: Array<[string, string]> = [
      [
        'The certificate expired after a config change.',
        'The cached price list expired after a config change.',
      ],
      ['The certificate expired.', 'The service account password expired.'],
      [
        'Database connections exhausted the connection pool.',
        'Database connections dropped during the failover.',
      ],
      [
        'A config change broke the DNS record for the API.',
        'A config change broke the TLS certificate chain of the API.',
      ],
    ];
    for (const [a, b] of pairs) expect(similarity(f(a), f(b)), `${a} | ${b}`).toBeLessThan(0.4);
  });
  it('needs context before an ambiguous word names a mechanism', () => {
    const concepts = (t: string) =>
      Object.keys(f(t).terms)
        .filter((k) => k.startsWith('concept:'))
        .map((k) => k.slice('concept:'.length));
    expect(concepts('The DHCP pool was exhausted.')).toEqual(['ip-exhaustion']);
    expect(concepts('The executor thread pool was saturated.')).toEqual(['thread-pool-exhaustion']);
    expect(concepts('The JDBC connection pool was exhausted.')).toEqual(['conn-pool-exhaustion']);
    expect(concepts('The new version moved the health endpoint.')).not.toContain('version-upgrade');
    expect(concepts('The storage backend throttled the volume to its IOPS.')).not.toContain('rate-limit');
    expect(concepts('The AD password expired per domain policy.')).toEqual(['credential-expiry']);
    expect(concepts('Our domain registration expired at the registrar.')).toEqual(['domain-expiry']);
  });
  it('keeps failures apart that share pool, expired, version and throttled wording', () => {
    const pairs: Array<[string, string]> = [
      ['The DHCP pool was exhausted.', 'The database connection pool was exhausted.'],
      ['All worker threads in the pool were blocked.', 'The database connection pool was exhausted.'],
      ['The licence key expired.', 'The API key expired.'],
      ['Our domain registration expired.', 'The TLS certificate expired.'],
      ['The DB password was rotated but pods kept the old one.', 'The service account password expired.'],
      ['The new image crashed on startup.', 'Bumping the JSON library changed null handling.'],
      ['The kernel update changed conntrack defaults.', 'The npm package upgrade changed date parsing.'],
      [
        'The EBS volume was throttled and IO latency spiked.',
        'The vendor API throttled our requests with 429s.',
      ],
      ['Long GC pauses stalled the JVM.', 'The JVM heap ran out of memory.'],
    ];
    for (const [a, b] of pairs) expect(similarity(f(a), f(b)), `${a} | ${b}`).toBeLessThan(0.4);
  });
  it('reads the mechanism where its evidence completes, not where its subject is named', () => {
    const oomThenBacklog = f('The consumer process was OOM killed, so the queue backed up.');
    const backlog = f('The queue backed up because a poison message crashed the consumer.');
    expect(similarity(oomThenBacklog, backlog)).toBeLessThan(0.4);
    expect(similarity(oomThenBacklog, f('Pods were OOMKilled every hour.'))).toBeGreaterThanOrEqual(0.4);
  });
});

describe('candidate lookup', () => {
  it('puts mechanism concepts first and finds candidates without scanning every document', () => {
    const features = analyzeCause(cause('The TLS certificate on the load balancer expired.'));
    const terms = candidateTerms(features, 3);
    expect(terms[0]?.term).toBe('concept:cert-expiry');
    expect(terms).toHaveLength(3);
    const looked: string[] = [];
    const postings = new Map([
      ['concept:cert-expiry', [{ id: 'a', weight: 3 }]],
      ['concept:dns-failure', [{ id: 'b', weight: 3 }]],
    ]);
    const found = selectCandidates(terms, (t) => {
      looked.push(t);
      return postings.get(t);
    });
    expect(found.map((c) => c.id)).toEqual(['a']);
    expect(looked).toEqual(terms.map((t) => t.term));
  });

  it('CauseIndex keeps document frequencies in step with adds and removes', () => {
    const index = new CauseIndex();
    index.add('1', analyzeCause(cause('The certificate expired.')));
    index.add('2', analyzeCause(cause('The TLS cert lapsed.')));
    expect(index.documentFrequency('concept:cert-expiry')).toBe(2);
    index.remove('1');
    expect(index.documentFrequency('concept:cert-expiry')).toBe(1);
    expect(index.candidates(analyzeCause(cause('SSL certificate expiry')))).toEqual(['2']);
  });
});

describe('clustering', () => {
  const items = [
    ['a', 'The TLS certificate expired.'],
    ['b', 'Our SSL cert was not renewed.'],
    ['c', 'The connection pool was exhausted.'],
    ['d', 'All database connections in the pool were checked out.'],
    ['e', 'The x509 certificate hit its expiry date.'],
  ].map(([id, text]) => ({
    id: id!,
    features: analyzeCause(cause(text!)),
    occurredAt: null as string | null,
  }));

  it('groups by mechanism with readable labels, ids in order of first appearance', () => {
    const clusters = clusterCauses(items);
    expect(clusters.map((c) => c.members)).toEqual([
      ['a', 'b', 'e'],
      ['c', 'd'],
    ]);
    expect(clusters[0]).toMatchObject({ id: 1, label: 'TLS certificate expiry', category: 'security' });
    expect(clusters[1]?.label).toBe('Connection pool exhaustion');
  });

  it('honours corrections: not-a-repeat, forced merge, relabel', () => {
    const clusters = clusterCauses(items, {
      corrections: {
        notRepeat: [['a', 'b']],
        merge: [['c', 'e']],
        relabel: [{ member: 'c', label: 'Mixed bag' }],
      },
    });
    const of = (id: string) => clusters.find((c) => c.members.includes(id))!;
    expect(of('a')).not.toBe(of('b'));
    expect(of('c')).toBe(of('e'));
    expect(of('c').label).toBe('Mixed bag');
    const dated = items.map((it, i) => ({ ...it, occurredAt: `2024-01-0${i + 1}` }));
    const links = findRecurrences(dated, { corrections: { notRepeat: [['a', 'b']] } });
    expect(links.some((l) => l.id === 'b' && l.repeats === 'a')).toBe(false);
    expect(links.some((l) => l.id === 'e' && l.repeats === 'a')).toBe(true);
  });

  it('links a later repeat to an earlier one only inside the window', () => {
    const dated = [
      { ...items[0]!, occurredAt: '2023-01-01' },
      { ...items[1]!, occurredAt: '2023-06-01' },
      { ...items[4]!, occurredAt: '2025-01-01' },
    ];
    expect(findRecurrences(dated).map((l) => [l.id, l.repeats])).toEqual([['b', 'a']]);
    const wide = findRecurrences(dated, { windowDays: 1000 }).map((l) => `${l.id}>${l.repeats}`);
    expect(wide.sort()).toEqual(['b>a', 'e>a', 'e>b']);
  });

  it('hardly depends on ingest order (ARI >= 0.9 between shuffled orders)', () => {
    const rows = [
      ...loadLabelled().filter((r) => r.split === 'dev'),
      ...loadLabelled('labelled-causes-dev2.tsv', true).map((r) => ({ ...r, id: `D2-${r.id}` })),
    ];
    const labelled = rows.map((r) => ({ id: r.id, features: analyzeCause(cause(r.text)) }));
    const asMap = (clusters: ReturnType<typeof clusterCauses>) =>
      new Map(clusters.flatMap((c) => c.members.map((m) => [m, c.id] as const)));
    const reference = asMap(clusterCauses(labelled));
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const scores: number[] = [];
    for (let round = 0; round < 10; round++) {
      const shuffled = [...labelled];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      scores.push(adjustedRandIndex(reference, asMap(clusterCauses(shuffled))));
    }
    console.log('order independence ARI min', Math.min(...scores).toFixed(3));
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0.9);
  });
});
