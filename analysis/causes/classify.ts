import { conceptById } from './concepts.js';
import { CAUSE_CATEGORIES, type CauseCategory, type CauseLabel } from './types.js';

/** Cue phrases per taxonomy category, matched on normalised text; each hit adds its weight. */
const CATEGORY_CUES: Record<Exclude<CauseCategory, 'unknown'>, Array<[RegExp, number]>> = {
  'code-change': [
    [
      /\b(bugs?|regress\w*|code change|commit\w*|pull request|refactor\w*|null pointer|nil pointer|exceptions?|race condition|off-by-one|unhandled|logic error|patch\w*)\b/g,
      1,
    ],
    [/\b(new (code|feature|endpoint|build)|binary (push|release)|merged)\b/g, 0.8],
  ],
  'config-change': [
    [
      /\b(misconfigur\w*|configuration (change|push|update|value|error|drift)|config\w* (change|push)|settings? (change|was)|feature flags?|toggle\w*|yaml|manifests?|parameters?|typo\w*)\b/g,
      1,
    ],
    [/\b(configur\w*|settings?|flags?)\b/g, 0.4],
  ],
  deployment: [
    [
      /\b(deploy\w*|roll ?out\w*|rolled out|canary|pipelines?|ci\/cd|rollback|rolled back|blue[/-]green|release process|helm (upgrade|release)|gitops|flux|argo ?cd)\b/g,
      0.8,
    ],
  ],
  capacity: [
    [
      /\b(capacity|exhaust\w*|saturat\w*|overload\w*|limits?|quota\w*|throttl\w*|autoscal\w*|scal(e|ing) (up|out)|out of memory|oom|disk full|no space|spike\w*|surge\w*|load|starv\w*|backlog|resources?)\b/g,
      0.7,
    ],
  ],
  dependency: [
    [
      /\b(third[- ]party|vendors?|providers?|upstream|external|librar(y|ies)|packages?|saas|sdk|dependenc(y|ies)|npm|maven|pypi|aws|azure|gcp|cloudflare|okta|stripe)\b/g,
      0.7,
    ],
  ],
  infrastructure: [
    [
      /\b(hardware|power|network\w*|switch(es)?|routers?|routing|datacent(er|re)s?|data cent(er|re)s?|hosts?|kernel|vms?|virtual machines?|availability zones?|regions?|racks?|load balanc\w*|ingress|nodes?|bgp|firewall)\b/g,
      0.6,
    ],
  ],
  data: [
    [
      /\b(databases?|quer(y|ies)|schema|migrations?|replica\w*|replication|corrupt\w*|backups?|tables?|index(es)?|rows?|records?|postgres|mysql|mongo\w*|redis|cassandra|dynamo\w*|sql)\b/g,
      0.7,
    ],
  ],
  security: [
    [
      /\b(certificates?|tls|ssl|auth\w*|permissions?|credentials?|passwords?|secrets?|vulnerab\w*|cve|attack\w*|ddos|tokens?|iam|sso|saml|oauth|acls?|rbac|malicious|exploit\w*|keys?)\b/g,
      0.7,
    ],
  ],
  time: [
    [
      /\b(expir\w*|clock\w*|leap|time ?zones?|dates?|ttl|cron|schedul\w*|daylight|dst|ntp|renew\w*|midnight|year)\b/g,
      0.6,
    ],
  ],
};

function confidence(score: number): number {
  return Math.round((1 - Math.exp(-score)) * 1000) / 1000;
}

/** Minimum confidence for a secondary label; the top label is always kept. */
const LABEL_FLOOR = 0.45;

/**
 * Multi-label classification: cue words plus the categories of the failure concepts found, so a
 * certificate expiry is both `security` and `time`.
 */
export function classifyText(normalised: string, conceptCounts: ReadonlyMap<string, number>): CauseLabel[] {
  if (normalised.trim() === '') return [];
  const scores = new Map<CauseCategory, number>();
  const add = (category: CauseCategory, value: number) =>
    scores.set(category, (scores.get(category) ?? 0) + value);
  for (const [category, cues] of Object.entries(CATEGORY_CUES) as Array<
    [CauseCategory, Array<[RegExp, number]>]
  >) {
    for (const [cue, weight] of cues) {
      const hits = normalised.match(cue)?.length ?? 0;
      // Repeating a word should not outweigh a second, different cue.
      if (hits > 0) add(category, weight * (1 + Math.log(hits)));
    }
  }
  for (const [id, count] of conceptCounts) {
    const concept = conceptById(id);
    if (!concept || concept.category === 'unknown') continue;
    add(concept.category, concept.weight * 0.8 * Math.min(count, 2));
    if (id === 'cert-expiry' || id === 'credential-expiry') add('time', 1.2);
    if (id === 'cert-expiry' || id === 'credential-expiry') add('security', 0.5);
  }
  const labels = [...scores.entries()]
    .filter(([, score]) => score > 0)
    .map(([category, score]) => ({ category, confidence: confidence(score) }))
    .sort(
      (a, b) =>
        b.confidence - a.confidence ||
        CAUSE_CATEGORIES.indexOf(a.category) - CAUSE_CATEGORIES.indexOf(b.category),
    );
  return labels.filter((label, i) => i === 0 || label.confidence >= LABEL_FLOOR);
}
