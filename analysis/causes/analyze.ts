import { classifyText } from './classify.js';
import { type ConceptMatch, conceptById, conceptMatches, SPECIFIC_CONCEPT_WEIGHT } from './concepts.js';
import { contentTokens, isGenericStem, normaliseText, splitSentences } from './text.js';
import type { CauseFeatures, CauseInput, CauseLabel } from './types.js';

export const CAUSE_ANALYSIS_VERSION = 'causes-3';

export const CONCEPT_PREFIX = 'concept:';
export const COMPONENT_PREFIX = 'comp:';

/** Where a failure happened: normalised component names, with the spellings teams use for them. */
const COMPONENTS: Array<[RegExp, string]> = [
  [/\b(postgres|postgresql|psql|rds postgres|aurora)\b/, 'postgres'],
  [/\b(mysql|mariadb)\b/, 'mysql'],
  [/\b(redis|elasticache)\b/, 'redis'],
  [/\bmemcached?\b/, 'memcached'],
  [/\bkafka\b/, 'kafka'],
  [/\brabbitmq\b/, 'rabbitmq'],
  [/\b(elasticsearch|opensearch)\b/, 'elasticsearch'],
  [/\b(mongo|mongodb)\b/, 'mongodb'],
  [/\bcassandra\b/, 'cassandra'],
  [/\b(dynamo|dynamodb)\b/, 'dynamodb'],
  [/\bnginx\b/, 'nginx'],
  [/\bhaproxy\b/, 'haproxy'],
  [/\benvoy\b/, 'envoy'],
  [/\btraefik\b/, 'traefik'],
  [/\b(alb|elb|nlb|load balancers?|target groups?)\b/, 'load-balancer'],
  [/\b(cdn|cloudfront|fastly|akamai)\b/, 'cdn'],
  [/\bcloudflare\b/, 'cloudflare'],
  [/\b(route53|coredns|kube-dns|dns)\b/, 'dns'],
  [/\b(kubernetes|kubelet|pods?)\b/, 'kubernetes'],
  [/\b(fluentd|fluent-?bit|logshipper|log shipper|cloudwatch logs?|cwl)\b/, 'log-pipeline'],
  [/\b(prometheus|grafana|exporters?)\b/, 'metrics-stack'],
  [/\bvault\b/, 'vault'],
  [/\bconsul\b/, 'consul'],
  [/\betcd\b/, 'etcd'],
  [/\bzookeeper\b/, 'zookeeper'],
  [/\b(s3|bucket)\b/, 's3'],
  [/\bterraform\b/, 'terraform'],
  [/\bhelm\b/, 'helm'],
  [/\b(flux|gitops|argo ?cd)\b/, 'gitops'],
  [/\b(jenkins|github actions|gitlab ci|ci pipeline|circleci)\b/, 'ci'],
  [/\b(kiam|iam)\b/, 'iam'],
  [/\b(adfs|okta|sso|saml|ldap|active directory)\b/, 'identity-provider'],
  [/\b(api gateway|gateway)\b/, 'api-gateway'],
  [/\b(payments?|checkout|billing)\b/, 'payments'],
  [/\b(auth service|login|authentication)\b/, 'auth'],
  [/\b(search)\b/, 'search'],
];

const CONCEPT_RANK_DECAY = [1, 0.6, 0.45, 0.35];

/** Weight of summary/title evidence relative to the stated causes. */
const CONTEXT_WEIGHT = 0.5;
/** Generic words still count, at a tenth, so that texts with nothing else can be compared. */
const GENERIC_WEIGHT = 0.1;

function cleanParts(parts: readonly string[] | null | undefined): string[] {
  return (parts ?? []).map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * The text a reader sees as "the cause": root causes, then trigger, then contributing factors;
 * the summary only when the document states none of those.
 */
export function buildCauseText(input: CauseInput): string {
  const stated = [
    ...cleanParts(input.rootCauses),
    ...cleanParts(input.triggers),
    ...cleanParts(input.contributingFactors),
  ];
  const unique = [...new Set(stated)];
  if (unique.length > 0) return unique.join('\n');
  return (input.summary ?? '').trim();
}

interface Accumulator {
  terms: Map<string, number>;
  concepts: Map<string, number>;
  /** Concept ids in order of first mention. */
  conceptOrder: string[];
  components: Set<string>;
  surface: Map<string, Map<string, number>>;
}

/**
 * Concept matches per normalised sentence, shared by the term vector and the labels of one analysis:
 * the same sentences are read for both, and matching every concept is most of the cost.
 */
type SentenceConcepts = Map<string, ConceptMatch[]>;

function matchesOf(sentence: string, memo: SentenceConcepts): ConceptMatch[] {
  let matches = memo.get(sentence);
  if (!matches) {
    matches = conceptMatches(sentence);
    memo.set(sentence, matches);
  }
  return matches;
}

function accumulate(acc: Accumulator, text: string, weight: number, memo: SentenceConcepts): void {
  const normalised = normaliseText(text);
  for (const sentence of splitSentences(normalised)) {
    for (const { id } of matchesOf(sentence, memo)) {
      if (!acc.concepts.has(id)) acc.conceptOrder.push(id);
      acc.concepts.set(id, (acc.concepts.get(id) ?? 0) + weight);
    }
  }
  for (const [pattern, name] of COMPONENTS) {
    if (pattern.test(normalised)) {
      acc.components.add(name);
      const key = COMPONENT_PREFIX + name;
      acc.terms.set(key, Math.max(acc.terms.get(key) ?? 0, weight));
    }
  }
  for (const { word, stem } of contentTokens(normalised)) {
    const w = isGenericStem(stem) ? weight * GENERIC_WEIGHT : weight;
    acc.terms.set(stem, (acc.terms.get(stem) ?? 0) + w);
    let forms = acc.surface.get(stem);
    if (!forms) {
      forms = new Map();
      acc.surface.set(stem, forms);
    }
    forms.set(word, (forms.get(word) ?? 0) + 1);
  }
}

function conceptCountsOf(text: string, memo: SentenceConcepts): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of splitSentences(normaliseText(text))) {
    for (const { id } of matchesOf(sentence, memo)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

function labelsOf(parts: string[], memo: SentenceConcepts): CauseLabel[] {
  if (parts.length === 0) return [];
  const text = parts.join('\n');
  return classifyText(normaliseText(text), conceptCountsOf(text, memo));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Labels and a sparse term vector for one postmortem's cause. Terms: `concept:<id>` (failure
 * mechanism, weighted by concept specificity), `comp:<name>` (where), and Porter stems (how it was
 * worded; generic words at a tenth). Weights are before idf.
 */
export function analyzeCause(input: CauseInput): CauseFeatures {
  const text = buildCauseText(input);
  const causeParts = [
    ...cleanParts(input.rootCauses),
    ...cleanParts(input.triggers),
    ...cleanParts(input.contributingFactors),
  ];
  const acc: Accumulator = {
    terms: new Map(),
    concepts: new Map(),
    conceptOrder: [],
    components: new Set(),
    surface: new Map(),
  };
  const memo: SentenceConcepts = new Map();
  accumulate(acc, text, 1, memo);
  // The summary and title are context: when causes are stated they support, never lead.
  const contextWeight = causeParts.length > 0 ? CONTEXT_WEIGHT : 1;
  const summary = causeParts.length > 0 ? (input.summary ?? '') : '';
  const context = [input.title ?? '', summary].filter((s) => s.trim() !== '').join('\n');
  if (context) accumulate(acc, context, contextWeight, memo);
  for (const service of input.services) {
    const name = normaliseText(service).trim().replace(/\s+/g, '-');
    if (name) {
      acc.components.add(name);
      acc.terms.set(COMPONENT_PREFIX + name, Math.max(acc.terms.get(COMPONENT_PREFIX + name) ?? 0, 1));
    }
  }

  const terms: Record<string, number> = {};
  let rank = 0;
  for (const id of acc.conceptOrder) {
    const concept = conceptById(id);
    const count = acc.concepts.get(id) ?? 0;
    if (!concept) continue;
    // Later-mentioned mechanisms are more often consequences ("... and CPU spiked") than causes.
    const decay = concept.weight >= SPECIFIC_CONCEPT_WEIGHT ? (CONCEPT_RANK_DECAY[rank++] ?? 0.3) : 1;
    // Saturating: a mechanism stated three times is not three times more that mechanism.
    terms[CONCEPT_PREFIX + id] = round(
      decay * (concept.weight * Math.min(1, count) + 0.2 * Math.log1p(Math.max(0, count - 1))),
    );
  }
  for (const [term, tf] of acc.terms) terms[term] = round(tf >= 1 ? 1 + Math.log(tf) : tf);

  const display: Record<string, string> = {};
  for (const [stemmed, forms] of acc.surface) {
    let best = '';
    let bestCount = -1;
    for (const [form, count] of forms) {
      if (count > bestCount || (count === bestCount && form < best)) {
        best = form;
        bestCount = count;
      }
    }
    display[stemmed] = best;
  }

  const labelText = text || context;
  const labels = labelText ? classifyText(normaliseText(labelText), conceptCountsOf(labelText, memo)) : [];
  const finalLabels = labels.length > 0 ? labels : [{ category: 'unknown' as const, confidence: 0 }];
  return {
    text,
    labels: finalLabels,
    triggerLabels: labelsOf(cleanParts(input.triggers), memo),
    contributingLabels: labelsOf(cleanParts(input.contributingFactors), memo),
    primary: finalLabels[0]!.category,
    terms,
    components: [...acc.components].sort(),
    version: CAUSE_ANALYSIS_VERSION,
    display,
  };
}
