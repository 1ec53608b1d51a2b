import type { CauseCategory } from './types.js';

/**
 * Failure concepts: "what failed and how", the part of a cause that makes two incidents the same kind of
 * failure. A concept fires when one of its cue sets matches inside a single sentence (every regex of
 * the set), so a shared word such as "expired" or "config" alone never decides the mechanism.
 *
 * `weight` separates specific mechanisms (a certificate expired) from broad ones (a configuration value
 * was wrong, alerting was missing): only specific concepts (weight >= SPECIFIC_CONCEPT_WEIGHT) count as
 * a shared failure mechanism when two causes are compared.
 */
export interface FailureConcept {
  id: string;
  label: string;
  category: CauseCategory;
  weight: number;
  cues: RegExp[][];
  /** Concepts that, found in the same sentence, explain this one's cue words better ("deleted the CNAME record"). */
  suppressedBy?: string[];
}

export const SPECIFIC_CONCEPT_WEIGHT = 1;

const CERT = /\b(certificates?|cert|certs|tls|ssl|x\.?509|https|keystore|letsencrypt|acme|cert-manager)\b/;
const EXPIRY =
  /\b(expir\w*|renew\w*|lapsed?|not after|validity|valid until|out of date|outdated|rotat\w*|(its|their) end date)\b/;
const CREDENTIAL =
  /\b(passwords?|passwd|credentials?|secrets?|api[- ]?keys?|access keys?|tokens?|service accounts?|keytab|kerberos|signing keys?)\b/;
const DNS =
  /\b(dns|cname|a[- ]records?|aaaa|nameservers?|name servers?|resolvers?|resolv\.conf|nxdomain|route ?53|coredns|kube-dns|zone files?|hosted zone|dns records?|ns records?|domain names?|servfail)\b/;
const POOL =
  /\b(connection pools?|pool|pools|pgbouncer|hikari\w*|max_connections|connection limits?|db connections?|database connections?|connections|sockets?|file descriptors?)\b/;
const EXHAUST =
  /\b(exhaust\w*|saturat\w*|ran out|run out|running out|maxed|max(ed)? out|starv\w*|leak\w*|too many|depleted|no (free|available|idle)|all \w+ (were )?(in use|busy|checked out)|hit (the|its) (cap|limit|ceiling)|limit (was )?reached|reached (the|its) (limit|cap|maximum))\b/;
const MEMORY = /\b(memory|ram|heap|rss|oom\w*|out-of-memory)\b/;
const MEMORY_FAIL =
  /\b(oom\w*|out of memory|out-of-memory|exhaust\w*|leak\w*|pressure|ran out|run out|grew|growth|bloat\w*|spik\w*|high|limit|killed|evict\w*|swap\w*|unbounded|balloon\w*)\b/;
const DISK =
  /\b(disks?|storage|volumes?|filesystems?|file system|partition|inodes?|ebs|\/var|log files?|device|drive)\b/;
const DISK_FULL =
  /\b(full|filled|fill(ed|ing)? up|no space|out of space|space left|ran out|run out|exhaust\w*|quota|capacity)\b|\b100 ?%/;
const QUERY = /\b(quer(y|ies)|sql|select|joins?|table scans?|indexes|index|indices|query plans?|orm|n\+1)\b/;
const SLOW =
  /\b(slow\w*|full[- ]table scans?|sequential scans?|seq scans?|missing index\w*|unindexed|no index|long[- ]running|took (minutes|seconds|hours)|expensive|inefficient|n\+1|query plans? (changed|regress\w*))\b/;

export const FAILURE_CONCEPTS: FailureConcept[] = [
  {
    id: 'cert-expiry',
    label: 'TLS certificate expiry',
    category: 'security',
    weight: 3,
    cues: [[CERT, EXPIRY]],
  },
  {
    id: 'cert-misconfig',
    label: 'TLS certificate or chain misconfiguration',
    category: 'security',
    weight: 2,
    cues: [
      [
        CERT,
        /\b(chain|intermediate|hostname mismatch|san|common name|wrong cert\w*|self[- ]signed|untrusted|trust ?store|ca bundle|handshake)\b/,
      ],
    ],
  },
  {
    id: 'credential-expiry',
    label: 'Credential or secret expiry',
    category: 'security',
    weight: 3,
    cues: [[CREDENTIAL, EXPIRY]],
  },
  {
    id: 'cache-expiry',
    label: 'Cache expiry or stampede',
    category: 'capacity',
    weight: 3,
    cues: [
      [
        /\b(cach\w*|memcache\w*|cdn|varnish)\b/,
        /\b(expir\w*|ttl|evict\w*|stampede|dogpile|thundering herd|cold|flush\w*|invalidat\w*|purg\w*|miss(es)?|hit rate|stale)\b/,
      ],
      [/\b(stampede|dogpile|cache miss storm)\b/],
    ],
  },
  {
    id: 'dns-failure',
    label: 'DNS record or resolution failure',
    category: 'config-change',
    weight: 3,
    cues: [[DNS]],
  },
  {
    id: 'conn-pool-exhaustion',
    label: 'Connection pool exhaustion',
    category: 'capacity',
    weight: 3,
    cues: [
      [POOL, EXHAUST],
      [
        /\b(too many (open )?(client )?connections|connection (pool )?(timeouts?|starvation)|could not (get|acquire|obtain) a connection|connections? (were|was) never (returned|released|closed)|unclosed connections?|max_connections)\b/,
      ],
      [POOL, /\b(checked out|(every|each|all)( \w+)? connections? (was|were) (busy|in use|taken))\b/],
    ],
  },
  {
    id: 'db-failover',
    label: 'Database failover or replica promotion',
    category: 'data',
    weight: 3,
    cues: [
      [/\b(fail ?over|failed over|fail-over|switchover|switch-over|switched over)\b/],
      [
        /\b(replicas?|standby|secondary|followers?|primary|master|writer)\b/,
        /\b(promot\w*|took over|became (the )?(new )?(primary|master|writer)|elect\w*)\b/,
      ],
    ],
  },
  {
    id: 'replication-lag',
    label: 'Replication lag',
    category: 'data',
    weight: 3,
    cues: [
      [/\b(replicat\w*|replicas?|read replicas?|followers?)\b/, /\b(lag\w*|behind|delay\w*|stale reads?)\b/],
    ],
  },
  {
    id: 'split-brain',
    label: 'Split brain / network partition',
    category: 'infrastructure',
    weight: 3,
    cues: [
      [
        /\b(split[- ]?brain|two (primaries|masters|leaders)|dual (primary|master)|network partition\w*|partitioned)\b/,
      ],
      [
        /\bboth\b/,
        /\b(primary|master|leader|active)\b/,
        /\b(believ\w*|thought|assum\w*|claim\w*|acting|accept\w*)\b/,
      ],
      [/\b(quorum)\b/, /\b(lost|loss|split|without|no)\b/],
    ],
  },
  {
    id: 'slow-query',
    label: 'Slow or unindexed database query',
    category: 'data',
    weight: 3,
    cues: [[QUERY, SLOW]],
  },
  {
    id: 'deadlock',
    label: 'Deadlock / lock contention',
    category: 'code-change',
    weight: 3,
    cues: [
      [
        /\b(dead[- ]?lock\w*|lock contention|lock waits?|lock ordering|mutex contention|(waited|waiting|blocked|blocking) (on )?each other\w*)\b/,
      ],
      [
        /\b(locks?|locked|mutex\w*|row locks?|table locks?)\b/,
        /\b(wait\w*|contend\w*|contention|blocked|held|holding|each other|circular)\b/,
      ],
    ],
  },
  {
    id: 'out-of-memory',
    label: 'Out of memory / memory leak',
    category: 'capacity',
    weight: 3,
    cues: [
      [/\b(oom\w*|out of memory|out-of-memory|memory leak\w*|oom-?kill\w*|outofmemoryerror)\b/],
      [MEMORY, MEMORY_FAIL],
    ],
  },
  {
    id: 'disk-full',
    label: 'Disk full / no space left',
    category: 'capacity',
    weight: 3,
    cues: [[/\b(no space left|enospc|disk full|out of disk)\b/], [DISK, DISK_FULL]],
  },
  {
    id: 'rate-limit',
    label: 'Rate limiting / throttling',
    category: 'dependency',
    weight: 3,
    cues: [
      [
        /\b(rate[- ]?limit\w*|throttl\w*|429|too many requests|quota\w*|request limits?|api limits?|qps limits?|slow ?down errors?)\b/,
      ],
    ],
  },
  {
    id: 'bgp-routing',
    label: 'BGP / route leak',
    category: 'infrastructure',
    weight: 3,
    cues: [
      [
        /\b(bgp|route leak\w*|leaked routes?|prefix\w*|autonomous system|asn|peering|route (announcement|withdrawal)s?|withdrew (the )?routes?|announced routes?|routing table)\b/,
      ],
    ],
  },
  {
    id: 'load-spike',
    label: 'Traffic spike / overload',
    category: 'capacity',
    weight: 2,
    cues: [
      [
        /\b(traffic|load|requests?|usage|demand|rps|qps)\b/,
        /\b(spik\w*|surg\w*|burst\w*|jump\w*|doubl\w*|tripl\w*|(\d+|ten|five)x|unexpected\w*|sudden\w*|flood\w*|peak)\b/,
      ],
      [/\b(retry storms?|thundering herd|overload\w*|flash sale|viral|slashdot\w*|hug of death)\b/],
    ],
  },
  {
    id: 'cpu-saturation',
    label: 'CPU saturation',
    category: 'capacity',
    weight: 3,
    cues: [
      [
        /\b(cpu|cpus|processors?|cores?)\b/,
        /\b(saturat\w*|pegged|maxed|spik\w*|starv\w*|exhaust\w*|throttl\w*|high|busy|hot)\b|\b100 ?%/,
      ],
    ],
  },
  {
    id: 'clock-time',
    label: 'Clock skew / date handling',
    category: 'time',
    weight: 3,
    cues: [
      [
        /\b(clock skew|clock drift|leap (second|year|day)|ntp|chrony|time ?zones?|daylight saving|dst|february 29|feb 29|y2k\w*|year 2038|epoch overflow|utc offset)\b/,
      ],
      [
        /\b(clocks?|system time|timestamps?)\b/,
        /\b(drift\w*|skew\w*|out of sync|wrong|behind|ahead|overflow\w*|rollover)\b/,
      ],
    ],
  },
  {
    id: 'lb-target-detach',
    label: 'Load balancer targets detached',
    category: 'infrastructure',
    weight: 3,
    cues: [
      [
        /\b(load ?balanc\w*|alb|elb|nlb|target groups?|backend pools?|upstream pool|lb)\b/,
        /\b(detach\w*|detatch\w*|de-?regist\w*|unregist\w*|remov\w*|tear\w*|torn|dropp\w*|drain\w*|no (healthy )?(targets|backends|instances)|attached instances?|association)\b/,
      ],
    ],
  },
  {
    id: 'health-check-failure',
    label: 'Health check misfire',
    category: 'infrastructure',
    weight: 2,
    cues: [
      [
        /\b(health ?checks?|liveness|readiness|probes?)\b/,
        /\b(fail\w*|wrong|misconfigur\w*|too (strict|aggressive|short)|mark\w*|flapp\w*|kill\w*)\b/,
      ],
    ],
  },
  {
    id: 'log-shipping',
    label: 'Logs not shipped',
    category: 'infrastructure',
    weight: 3,
    cues: [
      [
        /\b(logs?|logging|fluentd|fluent[- ]?bit|log ?shipp\w*|logstash|cloudwatch logs?|cwl|filebeat)\b/,
        /\b(ship\w*|forward\w*|collect\w*|ingest\w*|lost|missing|dropped)\b/,
      ],
    ],
  },
  {
    id: 'metrics-missing',
    label: 'Metrics not collected',
    category: 'infrastructure',
    weight: 3,
    cues: [
      [
        /\b(metrics|exporters?|scrap\w*|prometheus|telemetry)\b/,
        /\b(missing|stopped|gaps?|not (being )?(export\w*|scrap\w*|collect\w*)|too slow|timed? ?out|absent|no data)\b/,
      ],
    ],
  },
  {
    id: 'version-upgrade',
    label: 'Unpinned or unplanned version upgrade',
    category: 'dependency',
    weight: 2,
    cues: [
      [
        /\b(unpinned|not pinned|no version (lock|pin\w*)|version (lock|pin\w*)|floating (tag|version)|latest (tag|version|release|image|ami)|auto-?(upgrad\w*|updat\w*))\b/,
      ],
      [
        /\b(version|release|chart|image|provider|library|package|dependency|sdk)\b/,
        /\b(bump\w*|upgrad\w*|jump\w*|new(er)?|updat\w*)\b/,
      ],
    ],
  },
  {
    id: 'third-party-outage',
    label: 'Third-party provider outage',
    category: 'dependency',
    weight: 2,
    cues: [
      [
        /\b(third[- ]party|vendors?|providers?|upstream|saas|external (api|service|dependency)|payment (gateway|provider)|cloud provider|partner)\b/,
        /\b(outage|down|degrad\w*|unavailab\w*|incident|errors?|failed|failing|disruption|returned)\b/,
      ],
    ],
  },
  {
    id: 'schema-migration',
    label: 'Schema migration',
    category: 'data',
    weight: 3,
    cues: [
      [
        /\b(schema|ddl|alter table|add(ed|ing)? (a )?column|drop(ped)? (a )?column|backfill\w*|flyway|liquibase)\b/,
      ],
      [/\b(migrations?)\b/, /\b(databas\w*|tables?|columns?|schema|ddl|rows?|indexe?s?)\b/],
    ],
  },
  {
    id: 'data-deletion',
    label: 'Data deleted or corrupted',
    category: 'data',
    weight: 3,
    cues: [
      [
        /\b(delet\w*|truncat\w*|corrupt\w*|wip(ed|e)|purg\w*|overwr\w*|rm -rf|destroy\w*|los(t|ing) (every|all) (objects?|data|rows|files))\b/,
        /\b(data|table|tables|rows?|records?|buckets?|volumes?|databases?|backups?|files|objects?)\b/,
      ],
      [/\bdrop(ped)? (the |a )?(table|database|collection|bucket)\b/],
    ],
    suppressedBy: ['dns-failure', 'permission-denied'],
  },
  {
    id: 'ip-exhaustion',
    label: 'IP address exhaustion',
    category: 'capacity',
    weight: 3,
    cues: [
      [
        /\b(ip|ips|ip address\w*|subnets?|cidr( range)?|address space|eni)\b/,
        /\b(exhaust\w*|starv\w*|ran out|run out|no (free|available)|utili[sz]\w*|full|too small)\b/,
      ],
    ],
  },
  {
    id: 'permission-denied',
    label: 'Permission or access policy error',
    category: 'security',
    weight: 2,
    cues: [
      [
        /\b(permissions?|iam|roles?|acls?|rbac|polic(y|ies)|access denied|403|unauthori[sz]ed|forbidden|grants?)\b/,
        /\b(missing|denied|wrong|removed|revoked|dropped|lost|insufficient|lacked|too (broad|narrow)|incorrect|changed|tightened|restrict\w*|forbidden|blocked|403)\b/,
      ],
    ],
  },
  {
    id: 'vulnerability',
    label: 'Security vulnerability / compromise',
    category: 'security',
    weight: 3,
    cues: [
      [
        /\b(cve-?\d*|vulnerab\w*|exploit\w*|malicious|malware|compromis\w*|breach\w*|log4shell|log4j|intrusion|attacker|supply chain attack)\b/,
      ],
      [
        /\b(leak\w*|exposed|committed|publish\w*)\b/,
        /\b(secrets?|tokens?|credentials?|api keys?|passwords?)\b/,
      ],
    ],
  },
  {
    id: 'hardware-failure',
    label: 'Hardware failure',
    category: 'infrastructure',
    weight: 3,
    cues: [
      [
        /\b(hardware|nic|network cards?|power supply|psu|raid|ssd|hdd|dimm|memory modules?|disk drives?|hard drives?|motherboard|firmware|kernel (bug|panic|issue))\b/,
        /\b(fail\w*|died|dead|fault\w*|degrad\w*|broke\w*|bad|defect\w*|panic\w*|recall\w*)\b/,
      ],
    ],
  },
  {
    id: 'power-loss',
    label: 'Power or cooling loss',
    category: 'infrastructure',
    weight: 3,
    cues: [
      [
        /\b(power (outage|loss|failure|cut)|ups|generators?|cooling|overheat\w*|utility power|lost power|power feed)\b/,
      ],
      [/\b(pdus?|breakers?|circuits?|fuses?)\b/, /\b(trip\w*|blew|blown|overload\w*)\b/],
    ],
  },
  {
    id: 'network-connectivity',
    label: 'Network link failure / packet loss',
    category: 'infrastructure',
    weight: 2,
    cues: [
      [
        /\b(packet loss|fib(er|re) cut|link (down|flap\w*|failure)|switch (failure|reboot\w*)|network (outage|connectivity|flap\w*)|mtu)\b/,
      ],
    ],
  },
  {
    id: 'queue-backlog',
    label: 'Queue backlog / consumer lag',
    category: 'capacity',
    weight: 3,
    cues: [
      [
        /\b(queues?|consumers?|topics?|backlog|kafka|rabbitmq|sqs|partitions?|offsets?)\b/,
        /\b(lag\w*|backlog\w*|pil\w* up|grew|offsets?|stuck|behind)\b/,
      ],
    ],
  },
  {
    id: 'feature-flag',
    label: 'Feature flag change',
    category: 'config-change',
    weight: 2,
    cues: [
      [
        /\b(feature (flags?|toggles?|switch\w*)|flag (flip|change|enabled|turned)|kill ?switch\w*|launchdarkly)\b/,
      ],
    ],
  },
  {
    id: 'timeout-setting',
    label: 'Timeout setting',
    category: 'config-change',
    weight: 2,
    cues: [
      [
        /\b(timeouts?|time-?outs?|deadlines?)\b/,
        /\b(too (short|long|low|high|aggressive)|set to|lowered|raised|missing|no|default|infinite|unbounded)\b/,
      ],
    ],
  },
  {
    id: 'admission-webhook',
    label: 'Admission webhook blocking the API',
    category: 'config-change',
    weight: 3,
    cues: [
      [
        /\b(admission (controllers?|webhooks?)|validating webhooks?|mutating webhooks?|webhook)\b/,
        /\b(kubernetes|api|timeout\w*|unresponsive|block\w*|fail\w*|crud)\b/,
      ],
    ],
  },
  // Broad concepts: a cause statement mentions them often, they do not identify a mechanism on their own.
  {
    id: 'bad-config-value',
    label: 'Bad configuration value',
    category: 'config-change',
    weight: 0.5,
    cues: [
      [/\b(misconfigur\w*|mis-configur\w*|wrong setting|typo\w*)\b/],
      [
        /\b(config\w*|settings?|parameters?|flags?|yaml|values?|manifests?)\b/,
        /\b(wrong|incorrect|invalid|malformed|bad|faulty|mistaken|broken)\b/,
      ],
    ],
  },
  {
    id: 'missing-monitoring',
    label: 'Missing monitoring or alerting',
    category: 'unknown',
    weight: 0.3,
    cues: [
      [
        /\b(no|missing|lack\w*|insufficient|without|not)\b/,
        /\b(monitor\w*|alert\w*|observability|dashboards?|paging)\b/,
      ],
    ],
  },
  {
    id: 'missing-tests',
    label: 'Missing test coverage',
    category: 'code-change',
    weight: 0.3,
    cues: [
      [
        /\b(no|missing|lack\w*|insufficient|without|not|doesn'?t)\b/,
        /\b(tests?|testing|test coverage|qa|staging|smoke ?tests?)\b/,
      ],
    ],
  },
  {
    id: 'software-bug',
    label: 'Software bug / regression',
    category: 'code-change',
    weight: 0.5,
    cues: [
      [
        /\b(bugs?|regress\w*|null pointer|nil pointer|exceptions?|race condition|off-by-one|unhandled|crash\w*)\b/,
      ],
    ],
  },
];

const CONCEPTS_BY_ID = new Map(FAILURE_CONCEPTS.map((c) => [c.id, c]));

export function conceptById(id: string): FailureConcept | undefined {
  return CONCEPTS_BY_ID.get(id);
}

export interface ConceptMatch {
  id: string;
  /** Offset of the earliest cue: in "X caused Y" the cause tends to come first. */
  at: number;
}

/** Concepts whose cues match inside one sentence of already-normalised text, earliest first. */
export function conceptMatches(sentence: string): ConceptMatch[] {
  const found: ConceptMatch[] = [];
  for (const concept of FAILURE_CONCEPTS) {
    let at = Number.POSITIVE_INFINITY;
    for (const cueSet of concept.cues) {
      let setAt = Number.POSITIVE_INFINITY;
      let matched = true;
      for (const cue of cueSet) {
        const m = cue.exec(sentence);
        if (!m) {
          matched = false;
          break;
        }
        setAt = Math.min(setAt, m.index);
      }
      if (matched) at = Math.min(at, setAt);
    }
    if (at !== Number.POSITIVE_INFINITY) found.push({ id: concept.id, at });
  }
  const ids = new Set(found.map((f) => f.id));
  return found
    .filter((f) => !CONCEPTS_BY_ID.get(f.id)?.suppressedBy?.some((other) => ids.has(other)))
    .sort((x, y) => x.at - y.at);
}

export function conceptsInSentence(sentence: string): string[] {
  return conceptMatches(sentence).map((m) => m.id);
}
