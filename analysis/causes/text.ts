import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';

/**
 * Abbreviations and spelling variants teams use for the same thing, rewritten before concept matching
 * and tokenising so "conn pool", "k8s" and "OOMKilled" meet their long forms.
 */
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bk8s\b/g, 'kubernetes'],
  [/\bkube\b/g, 'kubernetes'],
  [/\beks\b/g, 'kubernetes eks'],
  [/\bgke\b/g, 'kubernetes gke'],
  [/\bconn[- ]pool\b/g, 'connection pool'],
  [/\bconns?\b/g, 'connections'],
  [/\bdbs?\b/g, 'database'],
  [/\bpg\b/g, 'postgres'],
  [/\bpostgresql\b/g, 'postgres'],
  [/\bcerts?\b/g, 'certificate'],
  [/\bcfg\b/g, 'configuration'],
  [/\bconf\b/g, 'configuration'],
  [/\bconfigs?\b/g, 'configuration'],
  [/\bprod\b/g, 'production'],
  [/\bmem\b/g, 'memory'],
  [/\bperms\b/g, 'permissions'],
  [/\br53\b/g, 'route53'],
  [/\boom[- ]?kill(ed|er|s)?\b/g, 'oom killed out of memory'],
  [/\boom\b/g, 'oom out of memory'],
  [/\benospc\b/g, 'enospc no space left'],
  [/\b429s\b/g, '429'],
  [/\bhttp 429\b/g, '429'],
  [/\bpw(d)?s?\b/g, 'password'],
  [/\bcreds\b/g, 'credentials'],
  [/\bsvc\b/g, 'service'],
  [/\bdeps?\b/g, 'dependency'],
  [/\bfail-?over\b/g, 'failover'],
  [/\bfailed over\b/g, 'failover'],
  [/\bload-balancer\b/g, 'load balancer'],
  [/\bloadbalancer\b/g, 'load balancer'],
  [/\bcache-?miss\b/g, 'cache miss'],
];

export function normaliseText(text: string): string {
  let out = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const [pattern, replacement] of ABBREVIATIONS) out = out.replace(pattern, replacement);
  return out;
}

/** Sentence-ish units: concepts must be evidenced inside one unit, not across a whole document. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const STOPWORDS = new Set([
  ...naturalStopwords,
  'were',
  'was',
  'has',
  'had',
  'have',
  'this',
  'that',
  'these',
  'those',
  'which',
  'when',
  'while',
  'then',
  'than',
  'into',
  'onto',
  'our',
  'their',
  'its',
  'it',
  'they',
  'them',
  'we',
  'us',
  'very',
  'not',
  'no',
  'yes',
  'would',
  'should',
  'could',
  'might',
  'may',
  'will',
  'shall',
  'one',
  'two',
  'some',
  'many',
  'much',
  'more',
  'most',
  'less',
  'each',
  'every',
  'via',
  'per',
  'etc',
  'e.g',
  'i.e',
  'got',
  'get',
  'gets',
  'getting',
  'went',
  'led',
  'lead',
  'leads',
  'even',
  'still',
  'already',
  'since',
  'because',
  'due',
]);

/**
 * Words unrelated failures share ("config", "expired", "database connections", "outage"): kept, but
 * weighted far below mechanism concepts so they cannot merge two different failures by themselves.
 * Stored as stems.
 */
const GENERIC_WORDS = [
  'config',
  'configuration',
  'configured',
  'setting',
  'settings',
  'expired',
  'expiry',
  'expire',
  'deploy',
  'deployed',
  'deployment',
  'database',
  'connection',
  'connections',
  'outage',
  'user',
  'users',
  'customer',
  'customers',
  'service',
  'services',
  'issue',
  'issues',
  'problem',
  'problems',
  'fail',
  'failed',
  'failure',
  'failures',
  'failing',
  'error',
  'errors',
  'cause',
  'caused',
  'causing',
  'incident',
  'system',
  'systems',
  'production',
  'team',
  'teams',
  'change',
  'changed',
  'changes',
  'result',
  'resulted',
  'time',
  'application',
  'applications',
  'server',
  'servers',
  'request',
  'requests',
  'traffic',
  'cluster',
  'clusters',
  'node',
  'nodes',
  'new',
  'old',
  'default',
  'update',
  'updated',
  'version',
  'work',
  'working',
  'used',
  'use',
  'using',
  'run',
  'running',
  'ran',
  'make',
  'made',
  'did',
  'does',
  'need',
  'needed',
  'data',
  'down',
  'back',
  'able',
  'unable',
  'also',
  'hour',
  'hours',
  'minutes',
  'day',
  'days',
  'week',
  'weeks',
  'all',
  'any',
  'across',
  'after',
  'before',
  'again',
  'other',
  'another',
  'same',
  'first',
  'second',
  'last',
  'nobody',
  'someone',
  'anyone',
  'everyone',
  'lack',
  'missing',
  'without',
  'process',
];

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** Porter stem, memoised: stemming dominates the cost of analysing a document. */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

const GENERIC_STEMS = new Set(GENERIC_WORDS.map((w) => PorterStemmer.stem(w)));

export function isGenericStem(stemmed: string): boolean {
  return GENERIC_STEMS.has(stemmed);
}

export interface ContentToken {
  word: string;
  stem: string;
}

/** Content words of normalised text: no stopwords, no bare numbers except status codes, no one-letter tokens. */
export function contentTokens(normalised: string): ContentToken[] {
  const tokens: ContentToken[] = [];
  for (const match of normalised.matchAll(/[a-z0-9][a-z0-9_+.-]*[a-z0-9+]|[a-z0-9]/g)) {
    const raw = match[0];
    for (const word of raw.split(/[._-]/)) {
      if (word.length < 2 || STOPWORDS.has(word)) continue;
      if (/^\d+$/.test(word) && !/^[45]\d\d$/.test(word)) continue;
      tokens.push({ word, stem: stem(word) });
    }
  }
  return tokens;
}
