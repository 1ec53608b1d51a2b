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
  /** Usually the effect of another mechanism (a crash loop, a traffic surge, a backlog, CPU). */
  oftenAConsequence?: boolean;
}

export const SPECIFIC_CONCEPT_WEIGHT = 1;

const CERT =
  /\b(certificates?|tls|ssl|x\.?509|https|keystore|letsencrypt|let'?s encrypt|acme|cert-manager|err_cert_\w+|mtls|certificate authority|(root|internal|intermediate|issuing) ca|ca'?s (intermediate|root|cert\w*))\b/;
/** Ending of validity. "rotated" is not here: a rotation that was not propagated is its own failure. */
const EXPIRY =
  /\b(expir\w*|lapsed?|not ?after|validity|valid (until|for)|past its|ran out|run out|end date|max(imum)? age|date_invalid|not (been )?(renewed|refreshed|replaced)|never (renewed|refreshed|replaced)|end of (its )?life)\b/;
const CERT_EXPIRY = new RegExp(`${EXPIRY.source}|\\b(renew\\w*|rotat\\w*|out[- ]of[- ]date)\\b`);
const CREDENTIAL =
  /\b(passwords?|passwd|credentials?|secrets?|api[- ]?keys?|access keys?|deploy keys?|ssh keys?|tokens?|service accounts?|keytab|kerberos|signing keys?|(auth|private|app|client) keys?|client secrets?|invalid_grant|invalid_client)\b/;
const DNS =
  /\b(dns|cname|a[- ]records?|aaaa|mx records?|nameservers?|name servers?|resolvers?|resolv\.conf|nxdomain|route ?53|coredns|kube-dns|zone files?|hosted zone|dns records?|ns records?|ns delegation|servfail|getaddrinfo|enotfound|name resolution|(could not|couldn'?t|unable to|failed to) resolve|delegation)\b/;
/** A pool of connections: a bare "pool" is DHCP, threads, workers, IPs or nodes as often. */
const CONN_POOL =
  /\b(pool ran dry|connection pools?|(db|database|jdbc|sql|postgres|mysql|redis) pools?|pgbouncer|hikari\w*|max_connections|pool size|pooled (db |database )?connections?)\b/;
const CONNECTIONS = /\b(connections?|jdbc|pgbouncer|hikari\w*|clients?|(db|database|connection) handles?)\b/;
const EXHAUST =
  /\b(exhaust\w*|saturat\w*|ran out|run out|running out|maxed|max(ed)? out|starv\w*|leak\w*|too many|depleted|empty|no (free|available|idle|more)|all \w+ (were )?(in use|busy|checked out)|checked out|busy|in use|hit (the|its) (cap|limit|ceiling)|limit (was )?reached|reached (the|its) (limit|cap|maximum)|wait\w*|timed out|timeouts?|(were|was) (all )?held)\b/;
const MEMORY = /\b(memory|ram|heap|rss|oom\w*|out-of-memory)\b/;
const MEMORY_FAIL =
  /\b(oom\w*|out of memory|out-of-memory|exhaust\w*|leak\w*|pressure|ran out|run out|grew|growth|bloat\w*|climb\w*|spik\w*|limit|killed|evict\w*|swap\w*|unbounded|balloon\w*|fill(ed|ing)? up)\b/;
const DISK =
  /\b(disks?|storage|volumes?|filesystems?|file system|partition|inodes?|ebs|log files?|device|drives?)\b|\/var\b/;
const DISK_FULL =
  /\b(full|filled|fill(ed|ing)? up|no (free )?space|out of space|space left|ran out|run out|exhaust\w*|quota|hit (its |full )?capacity)\b|\b100 ?%/;
const QUERY =
  /\b(quer(y|ies)|subquer(y|ies)|sql|select|joins?|table scans?|indexes|index|indices|query plans?|orm|n\+1|explain)\b/;
const SLOW =
  /\b(slow\w*|full[- ]table scans?|full scans?|unbounded|ran for (\d+ |several |many )?(minutes|hours)|lost (its|the|an) index|dropped (its|the|an) index|sequential scans?|seq scans?|missing index\w*|unindexed|no index|long[- ]running|took (minutes|seconds|hours)|expensive|inefficient|n\+1|nested loop|query plans? (changed|regress\w*)|reading \d+m? rows|timed out|missing (\w+ )?index\w*|(millions|billions) of rows|cartesian)\b/;
const UPGRADE =
  /\b(bump\w*|upgrad\w*|updat\w*|new(er)? (major|minor|version|release)|pulled|picked up|moving to|moved to|patch(ed|ing)?)\b/;

export const FAILURE_CONCEPTS: FailureConcept[] = [
  {
    id: 'cert-expiry',
    label: 'TLS certificate expiry',
    category: 'security',
    weight: 3,
    cues: [[CERT, CERT_EXPIRY], [/(err_cert_date_invalid|certificate has expired|cert_has_expired)/]],
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
    suppressedBy: ['cert-expiry'],
  },
  {
    id: 'domain-expiry',
    label: 'Domain registration lapsed',
    category: 'time',
    weight: 3,
    cues: [
      [/\b(redemption period|domain registration)\b/],
      [
        /\b(registrar|whois|registry)\b|\.[a-z]{2,4} registration\b/,
        /\b(expir\w*|laps\w*|renew\w*|auto-?renew|parked|end date)\b/,
      ],
      [
        /\bdomains?\b(?! (certificates?|certs?|polic\w*|controllers?|accounts?|admins?|users?|joins?|groups?|models?|events?|logic))/,
        /\b(expir\w*|laps\w*|renew\w*|auto-?renew)\b/,
      ],
    ],
  },
  {
    id: 'credential-expiry',
    label: 'Credential or secret expiry',
    category: 'security',
    weight: 3,
    cues: [[CREDENTIAL, EXPIRY]],
    suppressedBy: ['cert-expiry', 'domain-expiry'],
  },
  {
    id: 'credential-rotation',
    label: 'Rotated credential not propagated',
    category: 'security',
    weight: 3,
    cues: [
      [CREDENTIAL, /\b(rotat\w*|stale|kept the old|old one|previous|changed the (\w+ )?password)\b/],
      [/\b(password authentication failed|access denied for user)\b/],
    ],
  },
  {
    id: 'license-expiry',
    label: 'Software licence expiry',
    category: 'time',
    weight: 3,
    cues: [
      [
        /\b(licen[cs]e\w*|subscriptions?|seats?|activation)\b/,
        /\b(expir\w*|laps\w*|end date|not (been )?renewed|invalid|ran out)\b/,
      ],
    ],
    suppressedBy: ['domain-expiry'],
  },
  {
    id: 'cache-expiry',
    label: 'Cache expiry or stampede',
    category: 'capacity',
    weight: 3,
    cues: [
      [
        /\b(cach\w*|memcache\w*|cdn|varnish)\b/,
        /\b(expir\w*|ttl|evict\w*|stampede|dogpile|thundering herd|cold|miss(es)?|hit rate|hit ratio|stale|aged out|empty)\b/,
      ],
      [
        /\b(cach\w*|memcache\w*|cdn|varnish)\b/,
        /\b(flush\w*|invalidat\w*|purg\w*|clear\w*|restart\w*)\b/,
        /\b(origin|backend|databases?|postgres|mysql|hammer\w*|every request|all (traffic|requests|reads)|fell over|load)\b/,
      ],
      [/\b(stampede|dogpile|cache miss storm|hit ratio|hit rate)\b/],
      // Many requests regenerating one expired entry at once: a stampede told without the word.
      [
        /\b(entry|entries|keys?)\b/,
        /\bexpir\w*/,
        /\b(rebuil\w*|recomput\w*|regenerat\w*|refill\w*|together|(at )?the same time|at once|simultaneous\w*)\b/,
      ],
      [/\b(cache )?misses\b/, /\b(thundering herd|overwhelm\w*|flatten\w*|hammer\w*|storm|flood\w*)\b/],
      [/\bttls?\b/, /\b(expir\w*|same|identical|together)\b/],
    ],
    suppressedBy: ['dns-failure'],
  },
  {
    id: 'dns-failure',
    label: 'DNS record or resolution failure',
    category: 'config-change',
    weight: 3,
    cues: [[DNS]],
    suppressedBy: ['domain-expiry'],
  },
  {
    id: 'conn-pool-exhaustion',
    label: 'Connection pool exhaustion',
    category: 'capacity',
    weight: 3,
    cues: [
      [CONN_POOL, EXHAUST],
      [/\bpool\b/, CONNECTIONS, EXHAUST],
      [
        /\b(too many (open )?(client )?connections|too many clients|connection (pool )?(timeouts?|starvation)|connection is not available|could not (get|acquire|obtain) a connection|connections? (were|was) never (returned|released|closed)|unclosed connections?|max_connections|(remaining )?connection slots)\b/,
      ],
      [/\b(every|each|all( \w+)?) (db |database )?connections? (was|were) (busy|in use|taken|checked out)\b/],
      [/\b(hit|reached|exceeded) (its|the|their) (max(imum)? )?connection limits?\b/],
      [
        CONNECTIONS,
        /\b(never (gave|give) (it|them) back|never (returned|released|closed)|leak\w*|exhaust\w*|ran out)\b/,
      ],
    ],
    suppressedBy: ['ip-exhaustion'],
  },
  {
    id: 'thread-pool-exhaustion',
    label: 'Thread pool exhaustion',
    category: 'capacity',
    weight: 3,
    cues: [
      [
        /\b(thread ?pools?|worker threads?|request threads?|executor\w*|max ?threads|threads)\b/,
        /\b(exhaust\w*|saturat\w*|blocked|parked|stuck|busy|reached|starv\w*|no (free |idle )?threads?|all( of them)?|every)\b/,
      ],
      [/\b(worker pools?|workers)\b/, /\b(stuck|parked|blocking calls?|waiting on)\b/],
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
        /\b(replicas?|reader|standby|secondary|followers?|primary|master|writer)\b/,
        /\b(promot\w*|demot\w*|took over|became (the )?(new )?(primary|master|writer)|elect\w*)\b/,
      ],
      [/\b(writer|master|leader)\b/, /\b(moved|switched|changed)\b/],
      [/\b(switched|failed over|cut over|moved) (over )?to (its |the |a )?(standby|replica|secondary)\b/],
    ],
  },
  {
    id: 'replication-lag',
    label: 'Replication lag',
    category: 'data',
    weight: 3,
    cues: [
      [
        /\b(replicat\w*|replicas?|read replicas?|followers?|secondar(y|ies)|standbys?|read-only (copy|copies|database|node)s?)\b/,
        /\b(lag\w*|behind|delay\w*|stale|old data|keep up)\b/,
      ],
      [/\b(seconds_behind_master|replica lag|replication lag)\b/],
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
    cues: [
      [QUERY, SLOW],
      [
        QUERY,
        /\b((missing|without|no|not use|couldn'?t use|could not use)( an| any)? index\w*|(scanned|scanning|read) the (whole|entire)|took \d+ (seconds|minutes)|without (a|any) where( clause)?|no where clause|across (\w+ ){0,2}(big|large|huge) tables)\b/,
      ],
      [/\b(query )?planner\b/, /\b(picked|chose|switched|bad|wrong)\b/],
      [/\b(full|sequential|seq) (table )?scans?\b/],
    ],
  },
  {
    id: 'deadlock',
    label: 'Deadlock / lock contention',
    category: 'code-change',
    weight: 3,
    cues: [
      [
        /\b(dead[- ]?lock\w*|lock contention|lock waits?|lock ordering|mutex contention|(waited|waiting|blocked|blocking) (on )?each other\w*|(opposite|reverse|inconsistent|different) (lock )?orders?|lock \w then \w)\b/,
      ],
      [
        /\b(locks?|locked|mutex\w*|row locks?|table locks?)\b/,
        /\b(wait\w*|contend\w*|contention|blocked|held|holding|each other|circular|wanted|then \w+ then|both hung)\b/,
      ],
    ],
  },
  {
    id: 'out-of-memory',
    label: 'Out of memory / memory leak',
    category: 'capacity',
    weight: 3,
    cues: [
      [
        /\b(oom\w*|out of memory|out-of-memory|memory leak\w*|oom-?kill\w*|outofmemoryerror|(exit|exited with) code 137|(java )?heap space|gc overhead limit|cannot allocate memory|memoryerror)\b/,
      ],
      [MEMORY, MEMORY_FAIL],
    ],
  },
  {
    id: 'gc-pause',
    label: 'Garbage-collection pauses',
    category: 'capacity',
    weight: 3,
    cues: [
      [
        /\b(gc|garbage[- ]collect\w*|stop[- ]the[- ]world|full gcs?|g1|old gen(eration)?|(garbage )?collector)\b/,
        /\b(paus\w*|back to back|thrash\w*|most of (its|the) time|filled|long|spent|froze|freez\w*|stall\w*)\b/,
      ],
    ],
  },
  {
    id: 'disk-full',
    label: 'Disk full / no space left',
    category: 'capacity',
    weight: 3,
    cues: [
      [
        /\b(no space left|enospc|disk full|out of disk|out of (disk )?space|flood[- ]stage( disk)?( watermark)?|disk watermarks?)\b/,
      ],
      [DISK, DISK_FULL],
    ],
  },
  {
    id: 'disk-io-latency',
    label: 'Slow disk I/O',
    category: 'infrastructure',
    weight: 3,
    cues: [
      [/\b(iops|iowait|io wait|burst (credits?|balance)|noisy neighbou?rs?)\b/],
      [
        /\b(disks?|volumes?|storage|ebs|nfs|san|io|i\/o|writes?|reads?)\b/,
        /\b(latency|fsync|throughput (collapsed|dropped|fell)|took seconds|slow\w*)\b/,
      ],
    ],
  },
  {
    id: 'rate-limit',
    label: 'Rate limiting / throttling',
    category: 'dependency',
    weight: 3,
    cues: [
      [
        /\b(rate[- ]?limit\w*|429|too many requests|quota\w*|rate exceeded|pull (rate )?limits?|request limits?|api limits?|qps limits?|slow ?down errors?|\w*throughputexceeded\w*)\b/,
      ],
      [
        /\bthrottl\w*\b/,
        /\b(vendors?|providers?|apis?|requests?|calls?|writes?|partner|service|sms|dynamo\w*)\b/,
      ],
      [
        /\b(per[- ](tenant|customer|user|client|account|ip|key|token|second|minute|hour)|requests[- ]per[- ](second|minute|hour)|(requests|calls|messages|emails) (per|an|a) (second|minute|hour))\b/,
        /\b(limit\w*|caps?|capped|ceiling|quota\w*|reject\w*|throttl\w*|exceed\w*)\b/,
      ],
    ],
    suppressedBy: ['disk-io-latency', 'cpu-saturation'],
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
    oftenAConsequence: true,
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
    // Load that cache misses send to the origin is the cache failure's consequence, not a traffic spike.
    suppressedBy: ['cache-expiry'],
  },
  {
    id: 'cpu-saturation',
    oftenAConsequence: true,
    label: 'CPU saturation',
    category: 'capacity',
    weight: 3,
    cues: [
      [
        /\b(cpu|cpus|(?<!payment )processors?|cores?)\b/,
        /\b(saturat\w*|pegged|pinned|maxed|spik\w*|starv\w*|exhaust\w*|throttl\w*|high|busy|hot|burn\w*|quota)\b|\b100 ?%/,
      ],
      [/\b(load average|catastrophic backtracking)\b/],
    ],
  },
  {
    id: 'clock-time',
    label: 'Clock skew / date handling',
    category: 'time',
    weight: 3,
    cues: [
      [
        /\b(clock skew|clock drift|leap (second|year|day)|ntpd?|chrony\w*|time ?zones?|daylight saving|dst|february 29|feb 29|y2k\w*|year 2038|epoch overflow|utc offset|time source)\b/,
      ],
      [
        /\b(clocks?|system time|timestamps?)\b/,
        /\b(drift\w*|skew\w*|out of sync|wrong|behind|ahead|overflow\w*|rollover|(minutes?|seconds?|hours?) (fast|slow))\b/,
      ],
      [/\b(time|clock) (jumped|went backwards|jump\w*)\b/],
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
    id: 'service-selector-mismatch',
    label: 'Service selector matches no pods',
    category: 'config-change',
    weight: 3,
    cues: [
      [/\bselectors?\b/, /\b(match\w*|diverg\w*|renam\w*|typo|labels?|nothing)\b/],
      [/\b(no|zero) endpoints\b|\bendpoints (showed )?none\b/],
      [/\blabels?\b/, /\b(mismatch\w*|did(n'?t| not) match|no longer match\w*|diverg\w*)\b/],
    ],
  },
  {
    id: 'health-check-failure',
    oftenAConsequence: true,
    label: 'Health check misfire',
    category: 'infrastructure',
    weight: 2,
    cues: [
      [
        /\b(health ?checks?|health (endpoint|path|url)s?|liveness|readiness|probes?)\b/,
        /\b(wrong|misconfigur\w*|too (strict|aggressive|short)|mark\w*|flapp\w*|kill\w*|restart\w*|out of rotation|unhealthy|timeout|old path|probed|moved|pull\w* (\w+ ){0,3}out|eject\w*)\b/,
      ],
      // A check that depends on other services fails with them: the check is the mechanism.
      [
        /\b(health ?checks?|health (endpoint|path|url)s?|liveness|readiness|probes?)\b/,
        /\b(downstream|dependenc(y|ies)|deep)\b/,
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
    // "The log volume filled up": logs are what filled the disk, not what failed to arrive.
    suppressedBy: ['disk-full'],
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
    id: 'unpinned-upgrade',
    label: 'Unpinned or automatic version upgrade',
    category: 'dependency',
    weight: 1.5,
    cues: [
      [
        /\b(unpinned|not pinned|no version (lock|pin\w*)|floating (tag|version)|latest"? (tag|version|release|image|ami)|auto-?(upgrad\w*|updat\w*))\b/,
      ],
    ],
  },
  {
    id: 'dependency-upgrade',
    label: 'Library or package upgrade',
    category: 'dependency',
    weight: 1.5,
    cues: [
      [
        /\b(librar(y|ies)|packages?|dependenc(y|ies)|sdks?|lockfile|npm|pip|maven|gems?|crates?|renovate|dependabot|orm)\b/,
        UPGRADE,
      ],
    ],
  },
  {
    id: 'host-os-upgrade',
    label: 'Host OS, kernel or driver upgrade',
    category: 'infrastructure',
    weight: 1.5,
    cues: [
      [
        /\b(kernel|operating system|os|ubuntu|debian|centos|rhel|amazon linux|amis?|unattended-?upgrades?|drivers?|openssl|cgroup v2)\b/,
        /\b(bump\w*|upgrad\w*|updat\w*|new(er)?|moving to|moved to|patch(ed|ing)?|switched)\b/,
      ],
    ],
  },
  {
    id: 'k8s-upgrade',
    label: 'Kubernetes version upgrade',
    category: 'infrastructure',
    weight: 1.5,
    cues: [
      [
        /\b(kubernetes|eks|gke|aks|control plane|cluster|kubelet|node pools?)( version)?( v?[\d.]+)? (upgrad\w*|to v?1\.\d\d)|\bupgrad\w* (\w+ ){0,2}(kubernetes|eks|gke|aks|control plane|kubelet|node pools?)\b/,
      ],
      [
        /\b(v1beta\d|beta apis?|podsecuritypolic\w*|deprecated apis?|container runtime|containerd)\b/,
        /\b(upgrad\w*|removed|gone)\b/,
      ],
    ],
  },
  {
    id: 'version-upgrade',
    label: 'Component version upgrade',
    category: 'dependency',
    weight: 0.5,
    cues: [
      [/\b(version|release|chart|image|provider|component|controller|operator)\b/, /\b(bump\w*|upgrad\w*)\b/],
    ],
  },
  {
    id: 'crash-on-start',
    oftenAConsequence: true,
    label: 'Release crashes on start',
    category: 'code-change',
    weight: 3,
    cues: [
      [/\b(crash[- ]?loop\w*|segfault\w*|never came up|panick?ed|fails? to start|failed to start)\b/],
      [/\b(crash\w*|exit\w*|died)\b/, /\b(start ?up|on start|at start|boot|initiali[sz]\w*)\b/],
    ],
  },
  {
    id: 'canary-skipped',
    label: 'Staged rollout skipped',
    category: 'deployment',
    weight: 3,
    cues: [
      [
        /\b(canary|canaries|staged rollout|progressive (delivery|rollout)|one-?box|bake time|phased rollout|gradual rollout|blast radius)\b/,
        /\b(skip\w*|bypass\w*|without|disabled|straight|at once|nothing limited|no)\b/,
      ],
    ],
  },
  {
    id: 'rollback-failed',
    label: 'Rollback failed',
    category: 'deployment',
    weight: 3,
    cues: [
      [
        /\b((could not|couldn'?t|unable to|failed to|cannot|can'?t) (roll ?back|revert|undo)|roll ?back (failed|did not work|didn'?t work)|not reversible|irreversible)\b/,
      ],
      [/\b(reverting|rolling back|undoing)\b/, /\b(failed|took \w+ hours?)\b/],
      [/\b(tried|attempt\w*) to (roll ?back|revert|undo)\b/, /\b(but|failed|couldn'?t|could not|unable)\b/],
      [/\broll ?back (script|job|pipeline|step)\b/, /\b(wrong|broken|failed|bug)\b/],
    ],
  },
  {
    id: 'third-party-outage',
    label: 'Third-party provider outage',
    category: 'dependency',
    weight: 2,
    cues: [
      [
        /\b(third[- ]party|vendors?|providers?|upstream|saas|external (api|service|dependency)|payment (gateway|provider)|cloud provider|partner|stripe|twilio|sendgrid|paypal|adyen|github|gitlab|slack|pagerduty|datadog|okta|auth0)\b(?<!terraform (aws )?providers?)/,
        /\b(outage|(was|were|went|is|being) down|degrad\w*|unavailab\w*|(an|its|their|the) incident|5\d\d|5\d\ds|disruption)\b/,
      ],
      [
        /\b(aws|amazon web services|gcp|google cloud|azure|(us|eu|ap)-\w+-\d)\b/,
        /\b(outage|service (disruption|event|issue)|regional (incident|outage|degradation)|(an|its|their) incident)\b/,
      ],
    ],
  },
  {
    id: 'firewall-rule',
    label: 'Firewall or network rule blocking traffic',
    category: 'config-change',
    weight: 3,
    cues: [
      [
        /\b(firewall\w*|security groups?|iptables|nftables|network acls?|nacls?|(ingress|egress) (rules?|polic(y|ies))|network polic(y|ies)|allow ?list|wafs?|web application firewall)\b/,
        /\b(block\w*|drop\w*|den(y|ied)|remov\w*|delet\w*|reject\w*|closed|missing|chang\w*|updat\w*)\b/,
      ],
      [
        /\bacls?\b/,
        /\b(egress|ingress|ports?|ip ranges?|cidrs?|subnets?)\b/,
        /\b(block\w*|drop\w*|den(y|ied)|reject\w*|closed)\b/,
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
        /\b(schema|ddl|alter table|add(ed|ing)? (a )?column|drop(ped)? (a )?column|backfill\w*|flyway|liquibase|add(ed|ing)? (a |an )?(unique |foreign key |check |not null )?constraints?)\b/,
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
        /\b(delet\w*|truncat\w*|corrupt\w*|scrambl\w*|wip(ed|e)|purg\w*|overwr\w*|rm -rf|destroy\w*|los(t|ing) (every|all) (objects?|data|rows|files))\b/,
        /\b(data|table|tables|rows?|records?|buckets?|volumes?|databases?|backups?|files|objects?|invoices|orders|(months|years|weeks|days) of)\b/,
      ],
      [/\bdrop(ped)? (the |a )?(\w+ ){0,2}(table|database|collection|bucket)\b/],
      [/\b(overwr\w*|blanked|nulled)\b/, /\b(empty|null|blank)\b/],
      [
        /\b(wrong|production|prod) (tables?|partitions?|databases?|buckets?|collections?|workspaces?)\b/,
        /\b(drop\w*|delet\w*|remov\w*|truncat\w*|destroy\w*)\b/,
      ],
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
        /\b(ip|ips|ip address\w*|addresses|subnets?|cidr( range)?|address space|enis?|dhcp|leases?)\b|\/(1[6-9]|2\d)\b/,
        /\b(exhaust\w*|starv\w*|ran out|run out|no (free|available)|utili[sz]\w*|full|fully allocated|too small|depleted|used up|no (\w+ )?(addresses|ips|leases) left|already (allocated|assigned|in use))\b/,
      ],
      [/\b(could not|couldn'?t|unable to|failed to) assign (\w+ )?ips?\b/],
      [/\b(dhcp|ip|addresses)\b/, /\b(last (lease|address|ip)|no (free )?leases?)\b/],
    ],
  },
  {
    id: 'permission-denied',
    label: 'Permission or access policy error',
    category: 'security',
    weight: 2,
    cues: [
      [
        /\b(permissions?|iam|roles?|acls?|rbac|polic(y|ies)|access denied|accessdenied|403|unauthori[sz]ed|forbidden|grants?|(read|write|admin) access|access (to|rights))\b/,
        /\b(missing|denied|wrong|removed|revoked|dropped|lost|insufficient|lacked|too (broad|narrow)|incorrect|chang\w*|tightened|restrict\w*|forbidden|blocked|403|accessdenied|forgot to (allow|grant)|did not (allow|grant)|not allowed)\b/,
      ],
      [
        /\b(non-?root|as root|uid|gid|owner\w*|chmod|chown|file modes?)\b/,
        /\b(could not|couldn'?t|cannot|can'?t|unable to) (write|read|open|access)\b/,
      ],
    ],
    suppressedBy: ['firewall-rule', 'credential-rotation', 'credential-expiry'],
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
        /\b(hardware|nic|network cards?|power supply|psu|raid|ssds?|hdds?|nvme|dimm|memory modules?|drives?|motherboard|firmware|kernel (bug|panic|issue))\b/,
        /\b(fail\w*|died|dead|fault\w*|degrad\w*|broke\w*|bad|defect\w*|panic\w*|recall\w*|smart errors?|read errors?|dropped off)\b/,
      ],
      [
        /\b(bad|failed|failing|dead|faulty|broken) (disks?|drives?|ssds?|hdds?)\b|\b(disks?|drives?) (failed|died|failure)\b|\bi\/?o errors?\b/,
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
    oftenAConsequence: true,
    label: 'Queue backlog / consumer lag',
    category: 'capacity',
    weight: 3,
    cues: [
      [
        /\b(queues?|consumers?|topics?|backlog|kafka|rabbitmq|sqs|partitions?|offsets?)\b/,
        /\b(lag\w*|backlog\w*|backed up|pil\w* up|grew|stuck|behind|unprocessed)\b/,
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
        /\b(feature (flags?|toggles?|switch\w*|management)|flag (flip|change|enabled|turned|store|service|removed|deleted)|kill ?switch\w*|launchdarkly)\b/,
      ],
      [
        /\b(flags?|toggles?|experiments?|dark[- ]launch\w*)\b/,
        /\b(flip\w*|enabl\w*|turn\w* on|for (all|everyone)|globally|everyone|100 ?%|set to 100\b|rollout (percentage|rule)|default \w+ (changed|switched)|from (false|off) to (true|on))/,
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
        /\b(\w*_timeouts?|timeouts?|time-?outs?|deadlines?)\b/,
        /\b(too (short|long|low|high|aggressive)|mismatch\w*|set to|lowered|raised|missing|no|default|infinite|unbounded|cut|shorter|longer|reduc\w*|decreas\w*|aggressive|from \d+ ?(ms|s|sec\w*|m|min\w*) to|of \d+ ?(ms|s|seconds?))\b/,
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
        /\b(admission (controllers?|webhooks?)|validating webhooks?|mutating webhooks?|webhook (server|service|pod|configuration)s?)\b/,
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
  /** Offset where the concept's evidence is complete: in "X caused Y" the cause tends to come first. */
  at: number;
}

/** Introduces the cause of what was said before it in the same sentence. */
const CAUSAL_CONNECTOR = /\b(because|since|due to|caused by|as a result of|triggered by|owing to)\b/;

/** Concepts whose cues match inside one sentence of already-normalised text, earliest first. */
export function conceptMatches(sentence: string): ConceptMatch[] {
  const found: ConceptMatch[] = [];
  for (const concept of FAILURE_CONCEPTS) {
    let at = Number.POSITIVE_INFINITY;
    for (const cueSet of concept.cues) {
      // A cue set is stated where its last cue appears: "the consumer ... was OOM killed" names the
      // consumer early but the failure only at the end.
      let setAt = Number.NEGATIVE_INFINITY;
      let matched = true;
      for (const cue of cueSet) {
        const m = cue.exec(sentence);
        if (!m) {
          matched = false;
          break;
        }
        setAt = Math.max(setAt, m.index);
      }
      if (matched) at = Math.min(at, setAt);
    }
    if (at !== Number.POSITIVE_INFINITY) found.push({ id: concept.id, at });
  }
  const ids = new Set(found.map((f) => f.id));
  // Mechanisms are ranked as stated ("A, so B"), except that a symptom-like mechanism stated before
  // "because"/"since" gives way to the cause the connector introduces ("B failed to start since A").
  const kept = found.filter((f) => !CONCEPTS_BY_ID.get(f.id)?.suppressedBy?.some((other) => ids.has(other)));
  const connector = CAUSAL_CONNECTOR.exec(sentence)?.index ?? Number.POSITIVE_INFINITY;
  const causeStated = kept.some((m) => m.at > connector);
  const rank = (m: ConceptMatch) =>
    causeStated && m.at < connector && CONCEPTS_BY_ID.get(m.id)?.oftenAConsequence ? 1 : 0;
  return kept.sort((x, y) => rank(x) - rank(y) || x.at - y.at);
}

export function conceptsInSentence(sentence: string): string[] {
  return conceptMatches(sentence).map((m) => m.id);
}
