var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// analysis/generator/catalogue.ts
var TEAMS = [
  { id: "payments", name: "Payments", ticketKey: "PAY", services: ["checkout-api", "ledger", "payment-gateway", "refunds-worker"] },
  { id: "search", name: "Search", ticketKey: "SRCH", services: ["search-api", "indexer", "query-router", "autocomplete"] },
  { id: "identity", name: "Identity", ticketKey: "IDN", services: ["auth-service", "session-store", "sso-bridge"] },
  { id: "platform", name: "Platform", ticketKey: "PLAT", services: ["edge-proxy", "service-mesh", "deploy-pipeline", "secrets-broker"] },
  { id: "mobile", name: "Mobile", ticketKey: "MOB", services: ["mobile-bff", "push-notifier", "app-config"] },
  { id: "data", name: "Data", ticketKey: "DATA", services: ["event-ingest", "warehouse-loader", "metrics-rollup"] },
  { id: "growth", name: "Growth", ticketKey: "GRO", services: ["experiments", "recommendations", "email-sender"] },
  { id: "fulfilment", name: "Fulfilment", ticketKey: "FUL", services: ["order-router", "inventory-sync", "shipping-quotes"] }
];
var DEPENDENCIES = ["postgres", "redis", "kafka", "elasticsearch", "the internal DNS resolvers", "the object store", "the load balancers", "the message queue"];
var HANDLES = [
  "a.okafor",
  "b.lindqvist",
  "c.moreau",
  "d.tanaka",
  "e.novak",
  "f.haddad",
  "g.silva",
  "h.kowalski",
  "i.mensah",
  "j.ferreira",
  "k.osei",
  "l.petrov",
  "m.rahman",
  "n.ivanova",
  "o.brennan",
  "p.castillo",
  "q.zhou",
  "r.nakamura",
  "s.adeyemi",
  "t.larsen",
  "u.kaplan",
  "v.rossi",
  "w.achebe",
  "x.quinn",
  "y.demir",
  "z.holm"
];
var FIRST_NAMES = ["Dana", "Marek", "Priya", "Tomas", "Lena", "Kofi", "Ines", "Ravi", "Yusuf", "Greta", "Hugo", "Mei"];
var TRIGGER_MIX = [
  ["binary-push", 37],
  ["config-push", 31],
  ["user-behaviour", 9],
  ["pipeline", 6],
  ["provider-change", 5],
  ["performance-decay", 5],
  ["capacity", 5],
  ["hardware", 2]
];
var TRIGGER_PHRASES = {
  "binary-push": [
    "Release {version} of {service} was rolled out to all regions.",
    "A new build of {service} ({version}) went out in the afternoon deploy train.",
    "The rollout of {service} {version} reached the production fleet.",
    "Deployment of {service} {version}, which bundled several unrelated changes."
  ],
  "config-push": [
    "A configuration change to {service} was pushed to production.",
    "An updated config bundle for {service} was applied to every instance at once.",
    "A change to the {service} settings file was merged and synced to the fleet.",
    "A runtime flag for {service} was flipped for all traffic."
  ],
  "user-behaviour": [
    "A marketing campaign sent a burst of traffic to {service}.",
    "A large customer began calling {service} in a tight loop after upgrading their integration.",
    "Traffic to {service} roughly tripled within ten minutes after a mobile release prompted users to re-sync."
  ],
  pipeline: [
    "The nightly pipeline published a partial artefact for {service}.",
    "A data pipeline job wrote a malformed batch that {service} then loaded.",
    "The build pipeline promoted a stale image of {service} to production."
  ],
  "provider-change": [
    "Our cloud provider changed behaviour on their side without notice.",
    "An upstream vendor rotated an endpoint that {service} depends on.",
    "A third-party provider had a regional outage affecting {dep}."
  ],
  "performance-decay": [
    "Load on {service} had been creeping up for weeks until it crossed a limit.",
    "Latency of {dep} degraded slowly over several days.",
    "Nothing changed that day; a slow trend finally reached its threshold."
  ],
  capacity: [
    "Peak traffic exceeded the capacity {service} was provisioned for.",
    "A planned failover left {service} running on half of its usual capacity.",
    "Seasonal peak load hit {service} while one zone was drained for maintenance."
  ],
  hardware: [
    "A storage node under {dep} failed.",
    "A top-of-rack switch in one zone dropped links intermittently.",
    "A host running {service} lost a disk."
  ]
};
var FAILURE_MODES = [
  {
    key: "cert-expiry",
    triggers: ["performance-decay", "provider-change", "config-push"],
    titles: ["TLS certificate expiry on {service}", "{service} handshake failures after certificate lapsed", "Expired certificate broke calls to {service}"],
    rootCauses: [
      "The TLS certificate served by {service} expired; renewal had silently stopped working.",
      "The certificate for {service} ran past its expiry date because the renewal job lost its permissions.",
      "Clients rejected {service} because its cert was no longer valid: automatic rotation had not run for three months.",
      "An intermediate certificate in the {service} chain reached its end date and nobody was told in advance."
    ],
    contributing: [
      "Expiry alerts went to a mailing list that was retired last year.",
      "The renewal job reported success even when it wrote nothing.",
      "Certificates are tracked in a spreadsheet rather than by the monitoring system."
    ],
    impacts: ["All HTTPS calls to {service} failed for {minutes} minutes.", "Roughly {n}% of API clients could not connect to {service}."],
    detections: ["Synthetic checks failed and paged the on-call.", "Customers reported handshake errors before any alert fired."],
    actions: [
      "Alert when any certificate is within 21 days of expiry",
      "Move {service} certificates to automated issuance",
      "Add a renewal smoke test that fails loudly when no new certificate is written",
      "Inventory every certificate the team owns in the service catalogue"
    ],
    triggerPhrases: {
      "performance-decay": ["Nothing changed on our side; the certificate simply reached its end date."],
      "provider-change": ["The certificate authority changed its renewal API and our client stopped renewing."],
      "config-push": ["A config push pointed the renewal job of {service} at a new, empty secret path."]
    }
  },
  {
    key: "conn-pool-exhaustion",
    triggers: ["binary-push", "config-push", "user-behaviour", "capacity"],
    titles: ["{service} connection pool exhausted", "Timeouts on {service}: no free database connections", "{service} stalled waiting for {dep} connections"],
    rootCauses: [
      "The database connection pool of {service} was exhausted, so requests queued until they timed out.",
      "{service} ran out of connections to {dep}: each request held a connection across a slow downstream call.",
      "All pooled connections were checked out and never returned because an error path skipped the release.",
      "Pool size per instance was lowered to {n}, far below what peak traffic needs, and callers starved."
    ],
    contributing: [
      "There was no metric for pool saturation, only for query latency.",
      "Client timeouts were longer than the load balancer timeout, so retries piled up.",
      "The pool size had never been revisited since the service launched."
    ],
    impacts: ["{n}% of requests to {service} timed out for {minutes} minutes.", "Checkout latency rose above 10 seconds for {minutes} minutes."],
    detections: ["The latency SLO alert paged the on-call.", "A spike in 503s on the dashboard was noticed by the team."],
    actions: [
      "Export pool saturation as a metric and alert at 80%",
      "Release connections before calling downstream services",
      "Load-test {service} with production pool settings before each release",
      "Set client timeouts below the load balancer timeout"
    ]
  },
  {
    key: "dns-ttl",
    triggers: ["config-push", "provider-change"],
    titles: ["Stale DNS records sent {service} traffic to old hosts", "DNS cutover for {service} took hours instead of minutes", "Name resolution failures for {dep}"],
    rootCauses: [
      "The DNS record for {dep} had a TTL of one day, so clients kept resolving the retired address long after the cutover.",
      "Resolvers cached the old address of {dep} because the record TTL was set far too high before migrating.",
      "A long time-to-live on the {service} DNS entry meant the failover could not take effect.",
      "Clients of {service} cached name lookups indefinitely and never picked up the new endpoint."
    ],
    contributing: [
      "The migration runbook did not include lowering the TTL ahead of time.",
      "The JVM DNS cache setting was left at its default of caching forever."
    ],
    impacts: ["Around {n}% of traffic kept going to decommissioned hosts for {minutes} minutes.", "Intermittent failures for clients in two regions."],
    detections: ["Error budgets burned in one region while others were healthy.", "The team saw traffic on hosts that should have been idle."],
    actions: [
      "Lower TTLs to 60 seconds one day before any DNS migration",
      "Add the TTL step to the migration runbook",
      "Cap the client-side DNS cache at 30 seconds"
    ]
  },
  {
    key: "bad-config",
    triggers: ["config-push", "pipeline"],
    titles: ["Invalid configuration took down {service}", "Config push disabled routing for {service}", "{service} rejected requests after a settings change"],
    rootCauses: [
      "A configuration change with a typo in the upstream list was applied to every instance of {service} at once.",
      "The new config for {service} referenced a key that does not exist, so it fell back to denying all requests.",
      "A malformed config file passed review because nothing validated it before rollout.",
      "The settings change was correct for staging but pointed production {service} at the staging {dep}."
    ],
    contributing: [
      "Config changes skip the canary stage that code changes go through.",
      "The config schema is not validated in CI.",
      "Rollback of config takes a full pipeline run."
    ],
    impacts: ["{service} returned errors to all callers for {minutes} minutes.", "About {n}% of requests were rejected with 403."],
    detections: ["Error-rate alert fired two minutes after the push.", "The person making the change noticed errors in the deploy dashboard."],
    actions: [
      "Validate {service} configuration against a schema in CI",
      "Roll config changes through the canary stage like code",
      "Make config rollback a single command",
      "Block production configs that reference staging hosts"
    ]
  },
  {
    key: "oom",
    triggers: ["binary-push", "performance-decay", "capacity"],
    titles: ["{service} pods killed for memory", "Memory leak in {service} {version}", "OOM restarts on {service}"],
    rootCauses: [
      "{service} exceeded its memory limit and the kernel OOM killer restarted it in a loop.",
      "A memory leak introduced in {version} made every {service} instance grow until it was killed.",
      "An unbounded in-process cache in {service} consumed all available heap under production traffic.",
      "Processes of {service} ran out of memory because large responses from {dep} were buffered whole."
    ],
    contributing: [
      "Memory limits were set from a benchmark that no longer matches production payloads.",
      "Restarts were not alerted on, only sustained downtime."
    ],
    impacts: ["Capacity of {service} dropped by half for {minutes} minutes.", "Requests failed intermittently while instances restarted."],
    detections: ["Crash-loop alerts from the orchestrator.", "The team noticed a saw-tooth memory graph during a routine review."],
    actions: [
      "Bound the in-process cache of {service} by size",
      "Alert on container restarts above two per hour",
      "Stream large responses from {dep} instead of buffering them",
      "Add a memory soak test to the release checklist"
    ]
  },
  {
    key: "disk-full",
    triggers: ["performance-decay", "capacity", "pipeline", "hardware"],
    titles: ["Disk full on {dep} hosts", "{service} stopped writing: no space left on device", "Log volume filled the disk under {service}"],
    rootCauses: [
      "The data volume on the {dep} primary filled up and writes started failing.",
      "Log rotation was misconfigured, so logs of {service} grew until the disk had no free space.",
      "Old build artefacts were never cleaned up and the volume ran out of space.",
      "{service} could not write because the disk reached 100% after a burst of verbose logging."
    ],
    contributing: [
      "Disk alerts fired at 95%, which left minutes rather than days to react.",
      "Nobody owned the cleanup job after the team reorganisation."
    ],
    impacts: ["Writes to {service} failed for {minutes} minutes.", "About {n}% of events were delayed by up to an hour."],
    detections: ["The disk usage alert fired when it was already too late.", "Write errors in the application logs."],
    actions: [
      "Alert on disk usage growth rate, not only on a fixed threshold",
      "Fix log rotation on {service} hosts",
      "Schedule artefact cleanup with an owner in the service catalogue"
    ]
  },
  {
    key: "dependency-outage",
    triggers: ["provider-change", "hardware", "capacity"],
    titles: ["{service} degraded during a {dep} outage", "Upstream outage cascaded into {service}", "{dep} unavailable"],
    rootCauses: [
      "{dep} became unavailable and {service} had no fallback, so every request that needed it failed.",
      "An outage of {dep} cascaded into {service} because calls to it had no timeout or circuit breaker.",
      "The third-party provider behind {dep} went down and {service} depended on it synchronously."
    ],
    contributing: [
      "Retries without backoff multiplied the load once {dep} recovered.",
      "The dependency was not listed in the service catalogue, so its risk was never reviewed."
    ],
    impacts: ["{service} was unavailable for {minutes} minutes.", "Degraded responses for {n}% of users."],
    detections: ["Alerts on {service} error rate.", "The provider status page announced the incident after our alerts fired."],
    actions: [
      "Add a circuit breaker and timeout around calls to {dep}",
      "Serve cached responses when {dep} is down",
      "Retry with exponential backoff and jitter",
      "Document {dep} as a critical dependency with a fallback plan"
    ]
  },
  {
    key: "retry-storm",
    triggers: ["binary-push", "user-behaviour"],
    titles: ["Retry storm overloaded {service}", "Clients hammered {service} after a brief blip", "Thundering herd on {service}"],
    rootCauses: [
      "A short blip made every client retry immediately and in lockstep, and the retries kept {service} overloaded.",
      "Clients retried failed calls to {service} without backoff, multiplying load by {n}.",
      "The new client library in {version} retried on every error, including ones that could never succeed."
    ],
    contributing: ["There was no server-side load shedding.", "Retry budgets were not shared across layers."],
    impacts: ["{service} stayed overloaded for {minutes} minutes after the original cause was gone."],
    detections: ["Request rate alerts fired at four times normal volume."],
    actions: ["Add jittered exponential backoff to the client library", "Shed load in {service} when queues exceed a bound", "Set a retry budget per caller"]
  },
  {
    key: "migration-lock",
    triggers: ["binary-push", "pipeline"],
    titles: ["Schema migration locked the {service} tables", "{service} writes blocked by a migration", "Long-running migration stalled {service}"],
    rootCauses: [
      "A schema migration took an exclusive lock on a large table in {dep}, blocking all writes from {service}.",
      "Adding an index without the concurrent option locked the table for {minutes} minutes.",
      "The migration shipped with {version} rewrote a large table in place while traffic was live."
    ],
    contributing: ["Migrations were tested only on small staging data.", "The deploy did not separate schema and code changes."],
    impacts: ["Writes to {service} hung for {minutes} minutes."],
    detections: ["Lock wait alerts on {dep}.", "Queue depth grew on the dashboard."],
    actions: ["Lint migrations for locking operations in CI", "Test migrations against a production-sized snapshot", "Deploy schema changes separately from code"]
  },
  {
    key: "cache-stampede",
    triggers: ["user-behaviour", "binary-push", "config-push"],
    titles: ["Cache stampede on {service}", "Cold cache overloaded {dep}", "{service} cache expiry sent all traffic to {dep}"],
    rootCauses: [
      "Many cache keys of {service} expired at the same moment and every miss went to {dep} at once.",
      "A cache flush during the deploy sent the full read load of {service} straight to {dep}.",
      "Cache entries shared one TTL, so they all expired together and the backing store was overwhelmed."
    ],
    contributing: ["No request coalescing for cache misses.", "The cache flush was part of the default deploy script."],
    impacts: ["Latency of {service} rose tenfold for {minutes} minutes."],
    detections: ["{dep} CPU alerts.", "p99 latency alert on {service}."],
    actions: ["Add jitter to cache TTLs", "Coalesce concurrent misses for the same key", "Remove the cache flush from the deploy script"]
  },
  {
    key: "rate-limit",
    triggers: ["config-push", "user-behaviour"],
    titles: ["Rate limiter rejected legitimate {service} traffic", "Misconfigured rate limit on {service}", "Clients throttled by {service}"],
    rootCauses: [
      "The rate limit for {service} was set per cluster instead of per client, so normal traffic got throttled.",
      "A rate-limit rule meant for one abusive client matched every caller of {service}.",
      "Throttling thresholds for {service} were copied from a smaller region and were {n} times too low."
    ],
    contributing: ["Rate-limit rules have no dry-run mode.", "Throttled requests were not graphed per rule."],
    impacts: ["{n}% of legitimate requests got 429 responses for {minutes} minutes."],
    detections: ["Customer support escalated a wave of complaints.", "The 429 rate alert fired."],
    actions: ["Add a dry-run mode for rate-limit rules", "Graph throttled requests per rule", "Derive thresholds from measured traffic per region"]
  },
  {
    key: "queue-backlog",
    triggers: ["capacity", "performance-decay", "user-behaviour"],
    titles: ["{service} queue backlog", "Consumer lag on {dep} delayed {service}", "Processing delays in {service}"],
    rootCauses: [
      "Consumers of {service} could not keep up with the {dep} topic and the backlog grew for hours.",
      "A slow handler in {service} reduced consumer throughput below the incoming rate.",
      "Consumer lag built up because autoscaling for {service} was capped at {n} workers."
    ],
    contributing: ["Lag was graphed but not alerted on.", "The autoscaling cap was a leftover from a cost-saving exercise."],
    impacts: ["Events were delayed by up to {minutes} minutes."],
    detections: ["A downstream team noticed stale data.", "Consumer lag alert."],
    actions: ["Alert on consumer lag above five minutes", "Raise the autoscaling cap for {service}", "Profile the slow handler and fix the hot path"]
  },
  {
    key: "bad-deploy",
    triggers: ["binary-push", "pipeline"],
    titles: ["Errors after {service} {version} deploy", "Regression in {service} {version}", "Rollback of {service} {version}"],
    rootCauses: [
      "A code change in {version} of {service} mishandled empty responses from {dep} and threw on every such call.",
      "A regression in {service} {version} broke request parsing for older clients.",
      "The {version} release of {service} contained an untested code path that failed under production data."
    ],
    contributing: ["The canary stage only ran for five minutes.", "Integration tests did not cover older client versions."],
    impacts: ["{n}% of requests to {service} failed for {minutes} minutes."],
    detections: ["Canary analysis flagged errors but the rollout continued.", "Error-rate alert."],
    actions: ["Extend the canary stage to thirty minutes", "Make canary failures block the rollout automatically", "Add contract tests for older client versions"]
  }
];
var VAGUE_ACTIONS = ["Improve monitoring", "Communicate better during incidents", "Look into better testing", "Review the process"];
var CAREFUL_ACTIONS = ["Be more careful when pushing changes", "Make sure people double-check their work", "Remind the on-call to read alerts properly"];
var BLAMEFUL_ROOT_CAUSES = [
  "Root cause: human error. {person} pushed the change without testing it and should have known better.",
  "The on-call engineer should have noticed the alert much sooner; {person} ignored it for twenty minutes.",
  "{person} was careless and skipped the checklist, which caused the outage.",
  "This happened because {person} failed to follow the runbook. Engineers need to pay more attention."
];
var BLAMEFUL_LESSONS = [
  "People need to be more careful before clicking deploy.",
  "{person} has been reminded to follow the process.",
  "The on-call should have escalated earlier instead of guessing."
];
var BLAMELESS_LESSONS_WENT_WELL = [
  "The rollback procedure worked as documented.",
  "The incident channel was opened quickly and roles were clear.",
  "Dashboards showed the failing component within minutes.",
  "Customer support had a status message out early."
];
var BLAMELESS_LESSONS_WENT_WRONG = [
  "The alert that should have caught this earlier did not exist.",
  "The runbook described a setup we no longer run.",
  "It took a while to find who owned the affected dependency.",
  "Our safeguards allowed the change to reach every instance at once."
];
var BLAMELESS_LESSONS_LUCKY = [
  "The failure happened during low traffic hours.",
  "Someone familiar with the system happened to be online.",
  "A cached copy of the data limited the damage."
];
var RESOLUTIONS = [
  "The change was rolled back and {service} recovered.",
  "Traffic was shifted to the healthy region while the fix was deployed.",
  "{service} was restarted with the previous settings.",
  "Capacity was added and the backlog drained.",
  "A hotfix was deployed and error rates returned to normal."
];

// analysis/generator/random.ts
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t2 = state;
    t2 = Math.imul(t2 ^ t2 >>> 15, t2 | 1);
    t2 ^= t2 + Math.imul(t2 ^ t2 >>> 7, t2 | 61);
    return ((t2 ^ t2 >>> 14) >>> 0) / 4294967296;
  };
}
function deriveSeed(seed, stream) {
  let h = (seed ^ Math.imul(stream + 2654435769, 2246822507)) >>> 0;
  h = Math.imul(h ^ h >>> 16, 2246822507);
  h = Math.imul(h ^ h >>> 13, 3266489909);
  return (h ^ h >>> 16) >>> 0;
}
function intBetween(random, min, max) {
  return min + Math.floor(random() * (max - min + 1));
}
function pick(random, items) {
  return items[Math.floor(random() * items.length)];
}
function chance(random, probability) {
  return random() < probability;
}
function weighted(random, entries) {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [value, w] of entries) {
    roll -= w;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1][0];
}
function sample(random, items, count) {
  const pool = [...items];
  const chosen = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return chosen;
}

// analysis/generator/model.ts
var DAY_MS = 864e5;
var STYLE_MIX = [
  ["google-sre", 30],
  ["atlassian", 25],
  ["dfds", 25],
  ["github-issue", 20]
];
var SEVERITY_MIX = [
  ["SEV1", 8],
  ["SEV2", 22],
  ["SEV3", 45],
  ["SEV4", 25]
];
var TEAM_WEIGHT = { platform: 18, payments: 16, search: 12, identity: 12, mobile: 11, data: 11, growth: 9, fulfilment: 11 };
var ACTION_KINDS = ["prevent", "mitigate", "detect", "process", "investigate"];
function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function dayMs(date) {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a date (YYYY-MM-DD): ${date}`);
  return ms;
}
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => key in values ? String(values[key]) : whole);
}
function capitalise(text7) {
  return text7.charAt(0).toUpperCase() + text7.slice(1);
}
function modesFor(trigger) {
  return FAILURE_MODES.filter((m) => m.triggers.includes(trigger));
}
function doneProbability(ageDays, vague) {
  const base = Math.min(0.85, 0.3 + 0.5 * ageDays / 270);
  return vague ? base * 0.35 : base;
}
function actionItemsFor(random, options, context) {
  const mean = options.actionItemsPerPostmortem;
  const count = Math.max(1, Math.round(mean - 2 + random() * 4));
  const specific = sample(random, context.mode.actions, Math.min(count, context.mode.actions.length));
  const texts = specific.map((text7) => ({ text: fill(text7, context.values), vague: false }));
  if (context.blameful && chance(random, 0.6)) texts.splice(Math.floor(random() * texts.length), 0, { text: pick(random, CAREFUL_ACTIONS), vague: true });
  const generic = [
    "Update the runbook for {service}",
    "Add a dashboard panel for {service} saturation",
    "Write a game-day scenario for this failure",
    "Review alert thresholds for {service}",
    "Add {dep} to the dependency review",
    "Document the manual recovery steps",
    "Automate the failover for {service}",
    "Add an integration test reproducing this failure"
  ];
  while (texts.length < count) {
    if (chance(random, 0.25)) texts.push({ text: pick(random, VAGUE_ACTIONS), vague: true });
    else texts.push({ text: fill(pick(random, generic), context.values), vague: false });
  }
  const seen = /* @__PURE__ */ new Set();
  const unique = texts.filter((t2) => seen.has(t2.text) ? false : (seen.add(t2.text), true));
  const ageDays = (context.endMs - context.occurredMs) / DAY_MS;
  return unique.map(({ text: text7, vague }) => {
    const roll = random();
    let status;
    if (roll < 0.05) status = "wont-do";
    else if (roll < 0.12 && context.style !== "github-issue") status = "unknown";
    else status = chance(random, doneProbability(ageDays, vague)) ? "done" : "open";
    const canDue = context.style !== "google-sre";
    const due = canDue && chance(random, vague ? 0.2 : 0.65) ? isoDay(context.occurredMs + intBetween(random, 14, 90) * DAY_MS) : null;
    const owner = chance(random, vague ? 0.4 : 0.82) ? pick(random, HANDLES) : null;
    const ticket = chance(random, context.style === "google-sre" ? 0.85 : 0.45) ? `${context.team.ticketKey}-${intBetween(random, 100, 9999)}` : null;
    const kind = context.style === "google-sre" ? pick(random, ACTION_KINDS) : null;
    return { text: text7, owner, status, due, ticket, kind, vague };
  });
}
function generateIncident(options, index6) {
  const random = mulberry32(deriveSeed(options.seed, index6));
  const endMs = dayMs(options.endDate);
  const spanDays = Math.max(1, Math.round(options.months * 30.44));
  const startMs = endMs - spanDays * DAY_MS;
  const position = (index6 + random()) / Math.max(1, options.count);
  const occurredMs = startMs + Math.min(spanDays - 1, Math.floor(position * spanDays)) * DAY_MS;
  const team = weighted(
    random,
    TEAMS.map((t2) => [t2, TEAM_WEIGHT[t2.id] ?? 10])
  );
  const services2 = sample(random, team.services, chance(random, 0.3) ? 2 : 1);
  const service = services2[0];
  const dependency = pick(random, DEPENDENCIES);
  const trigger = weighted(random, TRIGGER_MIX);
  const mode = pick(random, modesFor(trigger));
  const style = weighted(random, STYLE_MIX);
  const severity = weighted(random, SEVERITY_MIX);
  const ttd = intBetween(random, 1, severity === "SEV1" ? 30 : 90);
  const ttr = ttd + intBetween(random, 10, severity === "SEV4" ? 180 : 480);
  const startedMs = occurredMs + intBetween(random, 0, 22 * 60) * 6e4;
  const version = `${intBetween(random, 1, 9)}.${intBetween(random, 0, 40)}.${intBetween(random, 0, 12)}`;
  const values = { service, dep: dependency, version, n: intBetween(random, 2, 60), minutes: ttr - ttd };
  const blameful = chance(random, options.blamefulShare);
  const person = pick(random, FIRST_NAMES);
  const rootCause = blameful ? fill(pick(random, BLAMEFUL_ROOT_CAUSES), { ...values, person }) : fill(pick(random, mode.rootCauses), values);
  const contributing = sample(random, mode.contributing, intBetween(random, 1, Math.min(2, mode.contributing.length))).map((c) => fill(c, values));
  const impact = fill(pick(random, mode.impacts), values);
  const title = capitalise(fill(pick(random, mode.titles), values));
  const triggerText = fill(pick(random, mode.triggerPhrases?.[trigger] ?? TRIGGER_PHRASES[trigger]), values);
  return {
    index: index6,
    id: `${options.source}-${options.seed}-${String(index6).padStart(6, "0")}`,
    source: options.source,
    style,
    teamId: team.id,
    teamName: team.name,
    services: services2,
    dependency,
    title,
    occurredOn: isoDay(occurredMs),
    publishedOn: isoDay(Math.min(endMs, occurredMs + intBetween(random, 1, 10) * DAY_MS)),
    startedAt: new Date(startedMs).toISOString().replace(/\.\d{3}Z$/, "Z"),
    detectedAt: new Date(startedMs + ttd * 6e4).toISOString().replace(/\.\d{3}Z$/, "Z"),
    resolvedAt: new Date(startedMs + ttr * 6e4).toISOString().replace(/\.\d{3}Z$/, "Z"),
    timeToDetectMinutes: ttd,
    timeToRecoverMinutes: ttr,
    severity,
    trigger,
    triggerText,
    failureMode: mode.key,
    rootCause,
    contributing,
    summary: `${impact} ${triggerText}`,
    impact,
    detection: fill(pick(random, mode.detections), values),
    resolution: fill(pick(random, RESOLUTIONS), values),
    blameful,
    blamedPerson: blameful ? person : null,
    authors: sample(random, HANDLES, 2),
    actionItems: actionItemsFor(random, options, { mode, team, values, occurredMs, endMs, style, blameful })
  };
}

// analysis/generator/render.ts
var hhmm = (iso) => iso.slice(11, 16);
function frontMatter(incident) {
  return [
    "---",
    `id: ${incident.id}`,
    `source: ${incident.source}`,
    `title: ${JSON.stringify(incident.title)}`,
    `date: ${incident.occurredOn}`,
    `severity: ${incident.severity}`,
    `team: ${incident.teamName}`,
    `services: [${incident.services.join(", ")}]`,
    "---",
    ""
  ].join("\n");
}
function timelineEntries(incident) {
  const entries = [
    [hhmm(incident.startedAt), incident.triggerText],
    [hhmm(incident.detectedAt), incident.detection],
    [hhmm(incident.detectedAt), "Incident declared; an incident commander took the lead."],
    [hhmm(incident.resolvedAt), incident.resolution]
  ];
  return entries;
}
function lessons(incident) {
  const i = incident.index;
  const well = BLAMELESS_LESSONS_WENT_WELL;
  const wrong = BLAMELESS_LESSONS_WENT_WRONG;
  return {
    wentWell: [well[i % well.length], well[(i + 1) % well.length]],
    wentWrong: [wrong[i * 7 % wrong.length]]
  };
}
function blamefulLesson(incident) {
  if (!incident.blameful || !incident.blamedPerson) return [];
  return [BLAMEFUL_LESSONS[incident.index % BLAMEFUL_LESSONS.length].replace("{person}", incident.blamedPerson)];
}
function cell(text7) {
  return text7.replace(/\|/g, "/");
}
var GOOGLE_STATUS = {
  done: " **DONE**",
  open: " **TODO**",
  "wont-do": " **WON'T DO**",
  unknown: ""
};
function googleSre(incident) {
  const { wentWell, wentWrong } = lessons(incident);
  const lucky = BLAMELESS_LESSONS_LUCKY[incident.index % BLAMELESS_LESSONS_LUCKY.length];
  const rows = incident.actionItems.map((item) => {
    const bug = `${item.ticket ?? ""}${GOOGLE_STATUS[item.status]}`.trim() || "n/a";
    return `| ${cell(item.text)} | ${item.kind ?? ""} | ${item.owner ?? ""} | ${bug} |`;
  });
  return [
    `# ${incident.title}`,
    "",
    `**Date:** ${incident.occurredOn}`,
    "",
    `**Authors:** ${incident.authors.join(", ")}`,
    "",
    "**Status:** Complete, action items in progress",
    "",
    `**Summary:** ${incident.summary}`,
    "",
    `**Impact:** ${incident.impact}`,
    "",
    `**Root Causes:** ${incident.rootCause}`,
    "",
    `**Trigger:** ${incident.triggerText}`,
    "",
    `**Resolution:** ${incident.resolution}`,
    "",
    `**Detection:** ${incident.detection}`,
    "",
    "## Action Items",
    "",
    "| Action Item | Type | Owner | Bug |",
    "|---|---|---|---|",
    ...rows,
    "",
    "## Lessons Learned",
    "",
    "### What went well",
    "",
    ...wentWell.map((l) => `- ${l}`),
    "",
    "### What went wrong",
    "",
    ...[...wentWrong, ...incident.contributing, ...blamefulLesson(incident)].map((l) => `- ${l}`),
    "",
    "### Where we got lucky",
    "",
    `- ${lucky}`,
    "",
    "## Timeline",
    "",
    `${incident.occurredOn} (all times UTC)`,
    "",
    ...timelineEntries(incident).map(([time, event]) => `- ${time} ${event}`),
    ""
  ].join("\n");
}
function annotations(item) {
  const parts = [];
  if (item.owner) parts.push(`owner: @${item.owner}`);
  if (item.due) parts.push(`due: ${item.due}`);
  if (item.ticket) parts.push(`ticket: ${item.ticket}`);
  if (item.status === "done") parts.push("status: done");
  if (item.status === "open") parts.push("status: in progress");
  if (item.status === "wont-do") parts.push("status: won't do");
  return parts.length ? ` (${parts.join(", ")})` : "";
}
function atlassian(incident) {
  const whys = [
    `Why did customers see errors? ${incident.impact}`,
    `Why did that happen? ${incident.rootCause}`,
    `Why was it possible? ${incident.contributing[0] ?? "Nothing prevented it."}`,
    `Why did it start then? ${incident.triggerText}`
  ];
  return [
    `# Incident: ${incident.title}`,
    "",
    "## Incident summary",
    "",
    incident.summary,
    "",
    "## Leadup",
    "",
    incident.triggerText,
    "",
    "## Fault",
    "",
    incident.rootCause,
    "",
    "## Impact",
    "",
    `${incident.impact} Severity ${incident.severity}.`,
    "",
    "## Detection",
    "",
    `${incident.detection} Time to detect: ${incident.timeToDetectMinutes} minutes.`,
    "",
    "## Response",
    "",
    "The on-call engineer acknowledged the page and opened an incident channel.",
    "",
    "## Recovery",
    "",
    incident.resolution,
    "",
    "## Timeline",
    "",
    "| Time (UTC) | Event |",
    "|---|---|",
    ...timelineEntries(incident).map(([time, event]) => `| ${incident.occurredOn} ${time} | ${cell(event)} |`),
    "",
    "## Five whys",
    "",
    ...whys.map((why, i) => `${i + 1}. ${why}`),
    "",
    "## Root cause",
    "",
    incident.rootCause,
    "",
    "## Contributing factors",
    "",
    ...incident.contributing.map((c) => `- ${c}`),
    ...blamefulLesson(incident).map((c) => `- ${c}`),
    "",
    "## Corrective actions",
    "",
    ...incident.actionItems.map((item) => `- ${item.text}${annotations(item)}`),
    ""
  ].join("\n");
}
var DFDS_STATUS = { done: "Done", open: "In progress", "wont-do": "Won't do", unknown: "" };
function dfds(incident) {
  const { wentWell, wentWrong } = lessons(incident);
  return [
    `# ${incident.title}`,
    "",
    "## Summary",
    "",
    incident.summary,
    "",
    "## Timeline",
    "",
    ...timelineEntries(incident).map(([time, event]) => `- **${incident.occurredOn} ${time} UTC**: ${event}`),
    "",
    "## Contributing Factors",
    "",
    `- ${incident.rootCause}`,
    ...incident.contributing.map((c) => `- ${c}`),
    "",
    "## Lessons Learned",
    "",
    ...[...wentWell, ...wentWrong, ...blamefulLesson(incident)].map((l) => `- ${l}`),
    "",
    "## Action Items",
    "",
    "| Action | Owner | Due date | Status |",
    "|---|---|---|---|",
    ...incident.actionItems.map(
      (item) => `| ${cell(item.text)}${item.ticket ? ` (${item.ticket})` : ""} | ${item.owner ?? ""} | ${item.due ?? ""} | ${DFDS_STATUS[item.status]} |`
    ),
    "",
    "## Stats",
    "",
    `- Severity: ${incident.severity}`,
    `- Time to detect: ${incident.timeToDetectMinutes} minutes`,
    `- Time to resolve: ${incident.timeToRecoverMinutes} minutes`,
    ""
  ].join("\n");
}
function githubIssue(incident) {
  const task = (item) => {
    const box = item.status === "done" ? "[x]" : "[ ]";
    const extras = [item.owner ? `@${item.owner}` : "", item.due ? `due ${item.due}` : "", item.ticket ?? "", item.status === "wont-do" ? "won't do" : ""].filter(Boolean).join(", ");
    return `- ${box} ${item.text}${extras ? ` (${extras})` : ""}`;
  };
  return [
    `# ${incident.title}`,
    "",
    `Severity: ${incident.severity} \xB7 Services: ${incident.services.join(", ")} \xB7 Started ${incident.startedAt}`,
    "",
    "### What happened",
    "",
    incident.summary,
    "",
    "### Root cause",
    "",
    incident.rootCause,
    "",
    "### Trigger",
    "",
    incident.triggerText,
    "",
    "### Contributing factors",
    "",
    ...[...incident.contributing, ...blamefulLesson(incident)].map((c) => `- ${c}`),
    "",
    "### How we fixed it",
    "",
    `${incident.resolution} Recovered after ${incident.timeToRecoverMinutes} minutes.`,
    "",
    "### Follow-up",
    "",
    ...incident.actionItems.map(task),
    ""
  ].join("\n");
}
var RENDERERS = { "google-sre": googleSre, atlassian, dfds, "github-issue": githubIssue };
function renderIncident(incident) {
  return frontMatter(incident) + RENDERERS[incident.style](incident);
}

// analysis/generator/index.ts
function incidentOptions(options) {
  if (!Number.isInteger(options.postmortems) || options.postmortems < 0) throw new Error("postmortems must be a non-negative integer");
  const endDate = options.endDate instanceof Date ? options.endDate.toISOString().slice(0, 10) : options.endDate;
  return {
    seed: options.seed >>> 0,
    count: options.postmortems,
    endDate,
    months: options.months ?? 15,
    actionItemsPerPostmortem: options.actionItemsPerPostmortem ?? 5,
    source: options.source ?? "pulse-demo",
    blamefulShare: options.blamefulShare ?? 0.12
  };
}
function* generateIncidents(options) {
  const resolved = incidentOptions(options);
  for (let index6 = 0; index6 < resolved.count; index6++) yield generateIncident(resolved, index6);
}
function documentOf(incident) {
  const slug = incident.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return {
    path: `${incident.source}/${incident.teamId}/${incident.occurredOn}-${slug}-${incident.index}.md`,
    contentType: "markdown",
    text: renderIncident(incident)
  };
}
function* generateDocuments(options) {
  for (const incident of generateIncidents(options)) yield documentOf(incident);
}

// analysis/parse/dates.ts
var MONTHS = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12
};
var MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
var WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
var ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
var SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;
var DOT_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;
var MONTH_FIRST = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi");
var DAY_FIRST = new RegExp(
  `\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`,
  "gi"
);
var TIME = /^(?:T|,?\s*(?:at\s+)?)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?\s*([ap]\.?m\.?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[A-Z]{2,5}\b)?(?:\s*([+-]\d{1,2}(?::?\d{2})?))?/i;
var ZONE_OFFSETS = {
  Z: 0,
  UTC: 0,
  GMT: 0,
  WET: 0,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  IST: 330,
  SGT: 480,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  PT: -480,
  ET: -300,
  AKST: -540,
  HST: -600
};
function pad(value) {
  return String(value).padStart(2, "0");
}
function validDate(year, month, day) {
  if (year < 1e3 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function candidates(text7) {
  const found = [];
  const push = (year, month, day, match) => {
    if (validDate(year, month, day))
      found.push({ year, month, day, index: match.index, length: match[0].length });
  };
  for (const match of text7.matchAll(ISO_DATE))
    push(Number(match[1]), Number(match[2]), Number(match[3]), match);
  for (const match of text7.matchAll(SLASH_DATE)) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const yearText = match[3];
    const year = yearText.length === 2 ? 2e3 + Number(yearText) : Number(yearText);
    if (first > 12) push(year, second, first, match);
    else push(year, first, second, match);
  }
  for (const match of text7.matchAll(DOT_DATE))
    push(Number(match[3]), Number(match[2]), Number(match[1]), match);
  for (const match of text7.matchAll(MONTH_FIRST)) {
    const month = MONTHS[match[1].slice(0, match[1].toLowerCase().startsWith("sept") ? 4 : 3).toLowerCase()];
    if (month) push(Number(match[3]), month, Number(match[2]), match);
  }
  for (const match of text7.matchAll(DAY_FIRST)) {
    const month = MONTHS[match[2].slice(0, match[2].toLowerCase().startsWith("sept") ? 4 : 3).toLowerCase()];
    if (month) push(Number(match[3]), month, Number(match[1]), match);
  }
  return found.sort((a, b) => a.index - b.index);
}
function withTime(text7, candidate) {
  const date = `${candidate.year}-${pad(candidate.month)}-${pad(candidate.day)}`;
  const after = text7.slice(candidate.index + candidate.length, candidate.index + candidate.length + 40);
  const time = TIME.exec(after);
  const base = {
    date,
    iso: null,
    zoneStated: false,
    index: candidate.index,
    length: candidate.length
  };
  if (!time) return base;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = Number(time[3] ?? 0);
  const meridiem = time[4]?.toLowerCase().replace(/\./g, "");
  if (meridiem === "pm" && hour < 12) hour += 12;
  if (meridiem === "am" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return base;
  let offsetMinutes = null;
  const zone = time[5];
  if (zone) {
    if (/^[+-]/.test(zone)) offsetMinutes = parseOffset(zone);
    else offsetMinutes = ZONE_OFFSETS[zone.toUpperCase()] ?? null;
  }
  if (time[6] && (offsetMinutes === 0 || offsetMinutes === null)) offsetMinutes = parseOffset(time[6]);
  const stamp = Date.UTC(candidate.year, candidate.month - 1, candidate.day, hour, minute, second);
  const iso = new Date(stamp - (offsetMinutes ?? 0) * 6e4).toISOString().replace(".000Z", "Z");
  return { ...base, iso, zoneStated: offsetMinutes !== null, length: candidate.length + time[0].length };
}
function parseOffset(text7) {
  const match = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(text7.trim());
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}
function findDate(text7) {
  const first = candidates(text7)[0];
  return first ? withTime(text7, first) : null;
}
function dateFromValue(value) {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return { date: iso.slice(0, 10), iso: iso.replace(".000Z", "Z"), zoneStated: true, index: 0, length: 0 };
  }
  if (typeof value === "string") return findDate(value);
  if (typeof value === "number" && value > 19700101 && value < 21001231) return findDate(String(value));
  return null;
}
var UNIT_MINUTES = [
  [/^(?:d|days?)$/i, 1440],
  [/^(?:h|hrs?|hours?)$/i, 60],
  [/^(?:m|mins?|minutes?)$/i, 1],
  [/^(?:s|secs?|seconds?)$/i, 1 / 60]
];
function parseDurationMinutes(text7) {
  const value = text7.trim();
  const clock = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60;
  let total = 0;
  let matched = false;
  for (const match of value.matchAll(/(\d+(?:\.\d+)?)\s*([a-z]+)/gi)) {
    const unit = UNIT_MINUTES.find(([pattern]) => pattern.test(match[2]));
    if (!unit) continue;
    total += Number(match[1]) * unit[1];
    matched = true;
  }
  return matched ? Math.round(total) : null;
}

// analysis/parse/status.ts
var STATUS_WORDS = [
  [
    /^(?:won['’]?t[\s-]?(?:do|fix)|will not (?:do|fix)|wontfix|cancel+ed|not planned|declined|rejected|dropped|abandoned|obsolete|out of scope|n\/a - won't do)$/i,
    "wont-do"
  ],
  [
    /^(?:not started|not done|unresolved|incomplete|not complete|to ?-?do|open|in[\s-]?progress|wip|ongoing|planned|pending|started|backlog|blocked|new|in review|under review|scheduled|proposed|ready|investigating|🚧|⏳|☐|❌|⬜|❎)$/iu,
    "open"
  ],
  [
    /^(?:done|complete[d]?|closed|fixed|resolved|finished|shipped|merged|implemented|deployed|mitigated|✅|✔️?|☑️?|☒|✓|yes)$/iu,
    "done"
  ]
];
function statusOfWord(raw) {
  const word = raw.replace(/[*_`]/g, "").replace(/^[\s[(]+|[\s\])!.:]+$/g, "").replace(/\s+/g, " ").trim();
  if (!word || word.length > 30) return null;
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(word)) return status;
  return null;
}
function statusOfCell(raw) {
  const whole = statusOfWord(raw);
  if (whole) return whole;
  const cleaned = raw.replace(/[*_`]/g, "").trim();
  for (const length of [3, 2, 1]) {
    const lead = cleaned.split(/[\s,;:()[\]-]+/).filter(Boolean).slice(0, length).join(" ");
    const status = statusOfWord(lead);
    if (status) return status;
  }
  const glyph = /[✅✔☑☒✓🚧⏳☐❌⬜]/u.exec(cleaned);
  return glyph ? statusOfWord(glyph[0]) : null;
}

// analysis/parse/action-items.ts
var GLYPHS = "\u2705\u2714\u2611\u2612\u2713\u{1F6A7}\u23F3\u2610\u274C\u2B1C";
var TICKET_KEY = /\b(?!(?:SEV|CVE|UTF|ISO|RFC|TLS|SHA|MD|COVID|PM|IPV|HTTP|X|P|S|Q|H|V|K8S|EC|T|R|L|ES)-)[A-Z][A-Z0-9]{1,9}-\d{1,7}\b/;
var REPO_REF = /(?<![\w/])[A-Za-z0-9][\w.-]{0,38}\/[\w.-]{1,100}#\d{1,7}\b/;
var HASH_REF = /(?<![\w&/#])#\d{1,7}\b/;
var TRACKER_URL = /https?:\/\/[^\s)\]>]{1,300}?(?:\/(?:issues|pull|merge_requests)\/\d+|\/browse\/[A-Z][A-Z0-9]{1,9}-\d+|\/tickets?\/\d+|[?&]selectedIssue=[A-Z][A-Z0-9]{1,9}-\d+)/;
var UPPER_STATUS = /(?:^|\s)[[(]?(DONE|TODO|TO DO|WIP|COMPLETE|COMPLETED|CLOSED|FIXED|RESOLVED|OPEN|IN PROGRESS|CANCELLED|CANCELED|WONTFIX|WON'T FIX|WON'T DO|NOT STARTED|ONGOING|PLANNED|BLOCKED)[\])]?[.!]?$/;
var NAME = /^@?[\p{L}][\p{L}\p{M}\p{N}'’._-]{0,38}(?:\s+[\p{L}][\p{L}\p{M}\p{N}'’._-]{0,38}){0,3}$/u;
var CAPITALISED_NAME = /^@?\p{Lu}[\p{L}\p{M}'’.-]{0,38}(?:\s+\p{Lu}[\p{L}\p{M}'’.-]{0,38}){0,2}$/u;
var EMPTY_VALUE = /^(?:-+|—|–|n\/?a|none|tbd|tbc|\?+|unknown|unassigned|nobody|null|nil)$/i;
function cleanOwner(raw) {
  const value = raw.trim().replace(/^@/, "").replace(/[.,;:]+$/, "").trim();
  if (!value || EMPTY_VALUE.test(value) || !NAME.test(value)) return null;
  return value;
}
function dueFrom(raw) {
  const found = findDate(raw);
  return found && found.index <= 12 ? found.date : null;
}
function ticketIn(text7) {
  const url = TRACKER_URL.exec(text7);
  if (url) return url[0];
  const repo = REPO_REF.exec(text7);
  if (repo) return repo[0];
  const key = TICKET_KEY.exec(text7);
  if (key) return key[0];
  const hash = HASH_REF.exec(text7);
  return hash ? hash[0] : null;
}
function wholeTicket(text7) {
  const trimmed = text7.trim();
  const ticket = ticketIn(trimmed);
  return ticket && ticket.length >= trimmed.length - 1 ? ticket : null;
}
var OWNER_KEY = /^(?:owners?|assignees?|assigned(?: to)?|responsible|dri|lead|who|owned by)\s*[:=]?\s*(.+)$/i;
var DUE_KEY = /^(?:due(?:\s+(?:date|by|on))?|deadline|target(?:\s+date)?|eta|by|before|until|no later than|fix by|complete by)\s*[:=]?\s*(.+)$/i;
var STATUS_KEY = /^(?:status|state)\s*[:=]?\s*(.+)$/i;
var TICKET_FIELD = /^(?:tickets?|bugs?|jira|issues?|tracking|tracker|pr|link|ref|reference)\s*[:=]?\s*(.+)$/i;
var PRIORITY_KEY = /^(?:priority|prio)\s*[:=]?\s*(.+)$/i;
var KIND_KEY = /^(?:type|kind|category)\s*[:=]\s*(.+)$/i;
function readAnnotation(part, found, allowBareName) {
  const status = statusOfWord(part);
  if (status) {
    found.status = status;
    return "ok";
  }
  const statusField = STATUS_KEY.exec(part);
  if (statusField) {
    const value = statusOfCell(statusField[1]);
    if (!value) return "reject";
    found.status = value;
    return "ok";
  }
  const ownerField = OWNER_KEY.exec(part);
  if (ownerField) {
    const owner = cleanOwner(ownerField[1]);
    if (owner) found.owner = owner;
    return owner || EMPTY_VALUE.test(ownerField[1].trim()) ? "ok" : "reject";
  }
  const dueField = DUE_KEY.exec(part);
  if (dueField) {
    const due = dueFrom(dueField[1]);
    if (!due) return "reject";
    found.due = due;
    return "ok";
  }
  const ticketField = TICKET_FIELD.exec(part);
  if (ticketField && !ticketField[1].startsWith("@")) {
    found.ticket = ticketField[1].trim();
    return "ok";
  }
  const priorityField = PRIORITY_KEY.exec(part);
  if (priorityField) {
    found.priority = priorityField[1].trim();
    return "ok";
  }
  const kindField = KIND_KEY.exec(part);
  if (kindField) {
    found.kind = kindField[1].trim();
    return "ok";
  }
  if (/^P[0-4]$/.test(part)) {
    found.priority = part;
    return "ok";
  }
  if (/^@[\p{L}\p{N}][\p{L}\p{N}._-]{0,38}$/u.test(part)) {
    found.owner = part.slice(1);
    return "ok";
  }
  const ticket = wholeTicket(part);
  if (ticket) {
    found.ticket = ticket;
    return "ok";
  }
  const date = findDate(part);
  if (date && date.index <= 12 && date.length >= part.length - 3) {
    found.due = date.date;
    return "ok";
  }
  if (allowBareName && NAME.test(part) && part.split(/\s+/).length <= 3) return "name";
  return "reject";
}
function parseAnnotationList(content, allowBareName) {
  const parts = content.split(/\s*[,;|]\s*|\s+(?=(?:due|by|owner|status|eta|deadline)\b)/i).map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return null;
  const found = {};
  const bareNames = [];
  for (const part of parts) {
    const outcome = readAnnotation(part, found, allowBareName);
    if (outcome === "reject") return null;
    if (outcome === "name") bareNames.push(part);
  }
  if (bareNames.length > 1) return null;
  const bare = bareNames[0];
  if (bare) {
    const accompanied = Object.keys(found).length > 0;
    if (!accompanied && !CAPITALISED_NAME.test(bare)) return null;
    if (found.owner) return null;
    found.owner = bare.replace(/^@/, "");
  }
  return found;
}
function merge(target, source) {
  for (const key of Object.keys(source)) {
    if (target[key] === void 0 && source[key] !== void 0)
      target[key] = source[key];
  }
}
function tidy(text7) {
  return text7.replace(/\(\s*\)|\[\s*\]/g, "").replace(/\s+([,.;:!?])/g, "$1").replace(/\s+/g, " ").replace(/^[\s,;:|—–-]+/, "").replace(/[\s,;:|—–-]+$/, "").trim();
}
var LEAD_STATUS = new RegExp(
  `^(?:\\[([^\\]]{1,20})\\]|\\(([^)]{1,20})\\)|([A-Za-z'\u2019 -]{2,15}|[${GLYPHS}]\\uFE0F?)\\s*[:|\u2014\u2013-])\\s*`,
  "u"
);
var LEAD_GLYPH = new RegExp(`^([${GLYPHS}])\\uFE0F?\\s*`, "u");
var TRAIL_GLYPH = new RegExp(`\\s*([${GLYPHS}])\\uFE0F?$`, "u");
var GROUP = /\s*[([]([^()[\]]{1,200})[)\]]/g;
var TAIL_SEPARATOR = /\s+[—–]\s*|\s+-{1,2}\s+|\s*\|\s*|\s*[—–]\s+/g;
var INLINE_KEY = /(?:^|[\s,;.(])((?:owners?|assignee|assigned to|responsible|dri|due(?: date)?|deadline|target date|eta|status|ticket|bug|jira|tracking|priority)\s*[:=])/i;
var TRAIL_DUE = /[,;]?\s+(?:due(?:\s+(?:by|on|date))?|by|before|until|no later than|deadline|target)\s*:?\s+([^,;()]{4,40}?)\s*\.?$/i;
var HANDLE = /(^|[\s(,])@([\p{L}\p{N}][\p{L}\p{N}._-]{0,38})/u;
function annotate(raw, links = []) {
  const found = {};
  let text7 = raw.trim();
  for (let round2 = 0; round2 < 3; round2++) {
    const glyph = LEAD_GLYPH.exec(text7);
    if (glyph && statusOfWord(glyph[1])) {
      found.status ??= statusOfWord(glyph[1]);
      text7 = text7.slice(glyph[0].length);
      continue;
    }
    const lead = LEAD_STATUS.exec(text7);
    const leadWord = lead ? lead[1] ?? lead[2] ?? lead[3] ?? "" : "";
    const leadStatus = lead ? statusOfWord(leadWord) : null;
    if (lead && leadStatus) {
      found.status ??= leadStatus;
      text7 = text7.slice(lead[0].length);
      continue;
    }
    if (lead && (lead[1] || lead[2])) {
      const bracketed = parseAnnotationList(leadWord, false);
      if (bracketed) {
        merge(found, bracketed);
        text7 = text7.slice(lead[0].length);
        continue;
      }
    }
    const leadTicket = /^((?:[A-Z][A-Z0-9]{1,9}-\d{1,7})|#\d{1,7}|[\w.-]{1,39}\/[\w.-]{1,100}#\d{1,7})\s*[:|—–-]\s+/.exec(
      text7
    );
    if (leadTicket && ticketIn(leadTicket[1])) {
      found.ticket ??= leadTicket[1];
      text7 = text7.slice(leadTicket[0].length);
      continue;
    }
    const leadHandle = /^@([\p{L}\p{N}][\p{L}\p{N}._-]{0,38})\s*[:|—–-]\s*/u.exec(text7);
    if (leadHandle) {
      found.owner ??= leadHandle[1];
      text7 = text7.slice(leadHandle[0].length);
      continue;
    }
    break;
  }
  text7 = text7.replace(GROUP, (group, content) => {
    const parsed2 = parseAnnotationList(content, false);
    if (!parsed2) return group;
    merge(found, parsed2);
    return "";
  });
  for (let round2 = 0; round2 < 2; round2++) {
    const glyph = TRAIL_GLYPH.exec(text7);
    if (glyph && statusOfWord(glyph[1])) {
      found.status ??= statusOfWord(glyph[1]);
      text7 = text7.slice(0, glyph.index);
    }
    const upper = UPPER_STATUS.exec(text7);
    if (upper && upper.index > 0 && statusOfWord(upper[1])) {
      found.status ??= statusOfWord(upper[1]);
      text7 = text7.slice(0, upper.index);
    }
  }
  const wont = /\s+[[(]?(won['’]?t (?:fix|do)|wontfix|cancel+ed|declined)[\])]?[.!]?$/i.exec(text7);
  if (wont && wont.index > 0) {
    found.status ??= "wont-do";
    text7 = text7.slice(0, wont.index);
  }
  const inline = INLINE_KEY.exec(text7);
  if (inline && inline.index > 0) {
    const start = inline.index + inline[0].length - inline[1].length;
    const parsed2 = parseAnnotationList(text7.slice(start).replace(/[.\s]+$/, ""), false);
    if (parsed2) {
      merge(found, parsed2);
      text7 = text7.slice(0, start);
    }
  }
  let checks = 0;
  for (const separator of text7.matchAll(TAIL_SEPARATOR)) {
    if (checks++ >= 20) break;
    if (separator.index === 0) continue;
    const tail = text7.slice(separator.index + separator[0].length).replace(/[.\s]+$/, "");
    const parsed2 = tail ? parseAnnotationList(tail, true) : null;
    if (parsed2) {
      merge(found, parsed2);
      text7 = text7.slice(0, separator.index);
      break;
    }
  }
  const trailDue = TRAIL_DUE.exec(text7);
  if (trailDue && !found.due) {
    const due = dueFrom(trailDue[1]);
    if (due) {
      found.due = due;
      text7 = text7.slice(0, trailDue.index);
    }
  }
  if (!found.owner) {
    const handle = HANDLE.exec(text7);
    if (handle) {
      found.owner = handle[2].replace(/[.]+$/, "");
      const atEnd = new RegExp(`[\\s,(]*@${escapeRegExp(handle[2])}[)\\s.]*$`, "u");
      text7 = text7.replace(atEnd, "");
    }
  }
  if (!found.ticket) {
    const fromLink = links.find((link) => TRACKER_URL.test(link.href));
    const ticket = fromLink ? wholeTicket(fromLink.text) ?? fromLink.href : ticketIn(text7);
    if (ticket) {
      found.ticket = ticket;
      const written = fromLink?.text && text7.trimEnd().endsWith(fromLink.text) ? fromLink.text : ticket;
      const trailing = text7.trimEnd();
      if (trailing.endsWith(written) && trailing.length > written.length) {
        text7 = trailing.slice(0, trailing.length - written.length).replace(/[\s,;:(—–-]*(?:see|ticket|bug|issue|jira|tracked in|in)?\s*$/i, "");
      }
    }
  }
  return { text: tidy(text7), found };
}
function escapeRegExp(text7) {
  return text7.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function toItem(text7, found, checked) {
  const status = checked === true ? "done" : checked === false ? "open" : found.status ?? "unknown";
  const finalStatus = checked === false && found.status === "wont-do" ? "wont-do" : status;
  return {
    text: text7,
    owner: found.owner ?? null,
    status: finalStatus,
    due: found.due ?? null,
    ticket: found.ticket ?? null,
    kind: found.kind ?? null,
    priority: found.priority ?? null
  };
}
var FIELD_ONLY = /^(owners?|assignee|assigned to|due(?: date)?|deadline|status|state|ticket|bug|jira|issue|priority|eta|target date)\s*[:=]\s*(.+)$/i;
function itemsFromList(items, onlyChecked = false) {
  const result = [];
  const parents = [];
  for (const listItem of items) {
    while (parents.length && parents[parents.length - 1].depth >= listItem.depth) parents.pop();
    const parent = parents[parents.length - 1]?.item;
    const fieldOnly = FIELD_ONLY.exec(listItem.inline.text);
    if (parent && fieldOnly) {
      const parsed2 = parseAnnotationList(listItem.inline.text, false);
      if (parsed2) {
        if (parsed2.owner && !parent.owner) parent.owner = parsed2.owner;
        if (parsed2.due && !parent.due) parent.due = parsed2.due;
        if (parsed2.status && parent.status === "unknown") parent.status = parsed2.status;
        if (parsed2.ticket && !parent.ticket) parent.ticket = parsed2.ticket;
        if (parsed2.priority && !parent.priority) parent.priority = parsed2.priority;
        continue;
      }
    }
    if (onlyChecked && listItem.checked === null) continue;
    const { text: text7, found } = annotate(listItem.inline.text, listItem.inline.links);
    if (!text7) continue;
    const item = toItem(text7, found, listItem.checked);
    result.push(item);
    parents.push({ depth: listItem.depth, item });
  }
  return result;
}
function columnOf(header) {
  const name = header.toLowerCase().replace(/[*_`]/g, "").trim();
  if (/\b(?:owners?|assignees?|assigned|responsible|who|dri|lead)\b/.test(name)) return "owner";
  if (/\b(?:status|state|progress)\b/.test(name)) return "status";
  if (/^(?:done|complete[d]?|closed)\??$/.test(name)) return "done";
  if (/\b(?:due|deadline|target|eta|by when|when)\b/.test(name)) return "due";
  if (/\b(?:tickets?|bugs?|jira|issues?|links?|tracking|tracker|pr|refs?|reference|trello|linear)\b/.test(name))
    return "ticket";
  if (/\b(?:priority|prio|p)\b/.test(name)) return "priority";
  if (/\b(?:type|kind|category|class)\b/.test(name)) return "kind";
  if (/\b(?:actions?|action items?|items?|tasks?|descriptions?|title|what|remediations?|corrective|follow[\s-]?ups?|to[\s-]?dos?|summary|recommendations?|measures?|fix(?:es)?|steps?|name|improvements?)\b/.test(
    name
  ))
    return "text";
  if (/\bdate\b/.test(name)) return "due";
  return null;
}
function isActionTable(header) {
  const columns = header.map((cell2) => columnOf(cell2.text));
  return columns.includes("text") && columns.some(
    (column) => column === "owner" || column === "status" || column === "due" || column === "done"
  );
}
function itemsFromTable(header, rows) {
  const columns = header.map((cell2) => columnOf(cell2.text));
  let textColumn = columns.indexOf("text");
  if (textColumn < 0) textColumn = columns.indexOf(null);
  if (textColumn < 0) textColumn = 0;
  const result = [];
  for (const row of rows) {
    const textCell = row[textColumn];
    if (!textCell?.text.trim()) continue;
    const { text: text7, found } = annotate(textCell.text, textCell.links);
    if (!text7) continue;
    const item = toItem(text7, found, null);
    let statusFromColumn = false;
    columns.forEach((column, index6) => {
      const cell2 = row[index6];
      if (!cell2 || index6 === textColumn) return;
      let value = cell2.text.trim();
      const trailing = UPPER_STATUS.exec(value);
      if (trailing && column !== "status" && column !== "done") {
        const status = statusOfWord(trailing[1]);
        if (status && !statusFromColumn) item.status = status;
        value = value.slice(0, trailing.index).trim();
      }
      if (!value || EMPTY_VALUE.test(value)) return;
      switch (column) {
        case "owner":
          item.owner = cleanOwner(value) ?? item.owner;
          break;
        case "status": {
          const status = statusOfCell(value);
          if (status) {
            item.status = status;
            statusFromColumn = true;
          }
          break;
        }
        case "done": {
          const status = statusOfCell(value) ?? (/^(?:no|false)$/i.test(value) ? "open" : null);
          if (status) {
            item.status = status;
            statusFromColumn = true;
          }
          break;
        }
        case "due":
          item.due = dueFrom(value) ?? item.due;
          break;
        case "ticket": {
          const link = cell2.links.find((candidate) => candidate.href);
          item.ticket = wholeTicket(value) ?? (link ? wholeTicket(link.text) ?? link.href : value);
          break;
        }
        case "kind":
          item.kind = value;
          break;
        case "priority":
          item.priority = value;
          break;
        default:
          break;
      }
    });
    result.push(item);
  }
  return result;
}
function itemsFromParagraphs(paragraphs) {
  const result = [];
  for (const paragraph of paragraphs) {
    const raw = paragraph.text.trim();
    if (!raw || raw.endsWith(":") || raw.length > 600) continue;
    const { text: text7, found } = annotate(raw, paragraph.links);
    if (text7) result.push(toItem(text7, found, null));
  }
  return result;
}
function itemsFromFrontMatter(value) {
  if (!Array.isArray(value)) return [];
  const result = [];
  for (const entry of value) {
    if (typeof entry === "string") {
      const plain = entry.replace(/\*\*|__|`/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
      const { text: text7, found } = annotate(plain);
      if (text7) result.push(toItem(text7, found, null));
    } else if (entry && typeof entry === "object") {
      const record = entry;
      const pick2 = (...keys) => {
        for (const key of keys) {
          const candidate = record[key];
          if (typeof candidate === "string" || typeof candidate === "number") return String(candidate).trim();
          if (candidate instanceof Date) return candidate.toISOString().slice(0, 10);
        }
        return "";
      };
      const rawText = pick2("text", "title", "action", "description", "summary", "task", "item", "name");
      if (!rawText) continue;
      const { text: text7, found } = annotate(rawText);
      const owner = pick2("owner", "assignee", "assigned_to", "responsible");
      const status = pick2("status", "state");
      const due = pick2("due", "due_date", "dueDate", "deadline", "target_date");
      const ticket = pick2("ticket", "bug", "jira", "issue", "url", "link", "tracker");
      const done = record.done ?? record.completed;
      const item = toItem(text7, found, typeof done === "boolean" ? done : null);
      if (owner) item.owner = cleanOwner(owner) ?? item.owner;
      if (status) item.status = statusOfCell(status) ?? item.status;
      if (due) item.due = dueFrom(due) ?? item.due;
      if (ticket) item.ticket = ticket;
      const priority = pick2("priority");
      if (priority) item.priority = priority;
      const kind = pick2("type", "kind");
      if (kind) item.kind = kind;
      result.push(item);
    }
  }
  return result;
}
function itemsFromBlocks(blocks, lead) {
  const result = [];
  const hasStructure = blocks.some((block) => block.type === "list" || block.type === "table");
  if (!hasStructure) {
    const paragraphs = blocks.flatMap(
      (block) => block.type === "paragraph" && !block.quoted ? [block.inline] : []
    );
    return itemsFromParagraphs(lead ? [lead, ...paragraphs] : paragraphs);
  }
  for (const block of blocks) {
    if (block.type === "list") result.push(...itemsFromList(block.items));
    else if (block.type === "table" && !looksLikeTimeline(block.header))
      result.push(...itemsFromTable(block.header, block.rows));
  }
  return result;
}
function looksLikeTimeline(header) {
  const first = header[0]?.text.toLowerCase() ?? "";
  return /\b(?:time|date|when|timestamp)\b/.test(first) && !header.some((cell2) => columnOf(cell2.text) === "owner");
}

// analysis/parse/sections.ts
var VOCABULARY = [
  [
    /\b(?:action items?|action plan|actions? to take|corrective|preventi(?:ve|ative)|follow[\s-]?ups?|remediations?|remediation (?:items|plan)|next steps|to[\s-]?dos?|tasks|recommendations?|improvements?|what we(?:'re| are| will be) doing|going forward|prevention|repair items|fixes planned|planned fixes|future work|work items)\b/,
    "action-items"
  ],
  [/\b(?:contributing (?:factors?|conditions?|causes?)|contributors|factors)\b/, "contributing-factors"],
  [/^(?:the )?trigger(?:s|ing event)?\b|\bwhat triggered\b/, "trigger"],
  [
    /\b(?:root[\s-]?causes?|cause analysis|causes?|rca|why (?:did )?it happen(?:ed)?|why did this happen|underlying cause|what caused)\b/,
    "root-cause"
  ],
  [
    /\b(?:timeline|time line|chronology|sequence of events|chain of events|incident log|events log|event log)\b/,
    "timeline"
  ],
  [
    /\b(?:lessons?(?: learn(?:ed|t))?|learnings?|what went (?:well|wrong|badly)|where we got lucky|what could have gone better|what (?:we )?learn(?:ed|t)|takeaways?|reflections?|retrospective|went well|things that went)\b/,
    "lessons"
  ],
  [
    /\b(?:detection|detected|how (?:was it|we|it was) (?:detected|noticed|discovered)|discovery|alerting)\b/,
    "detection"
  ],
  [
    /\b(?:impact|affected (?:users|customers|services|systems)|blast radius|customer effect|user effect)\b/,
    "impact"
  ],
  [
    /\b(?:resolution|recovery|response|mitigation|restoration|how (?:it was|we) (?:fixed|resolved|mitigated)|workaround|fix|remedy)\b/,
    "resolution"
  ],
  [
    /\b(?:summary|overview|what happened|description|tl;? ?dr|outage description|incident description|abstract|synopsis|the incident|incident report|what went on)\b/,
    "summary"
  ],
  [
    /\b(?:analysis|investigation|technical details?|deep[\s-]?dive|five whys|5 whys|discussion|fault|leadup|lead[\s-]up|background|context)\b/,
    "analysis"
  ]
];
function normaliseHeading(text7) {
  return text7.toLowerCase().replace(/[*_`#]/g, "").replace(/^[\s\p{Extended_Pictographic}\p{So}]+/u, "").replace(/^(?:(?:section|part|step)\s+)?(?:\d+(?:\.\d+)*|[ivx]+|[a-h])[.)]\s*|^\d+(?:\.\d+)*\s+/, "").replace(/\(s\)/g, "s").replace(/[\s:：.?!\-–—]+$/u, "").replace(/\s+/g, " ").trim();
}
function kindOfHeading(text7) {
  const heading = normaliseHeading(text7);
  if (!heading || heading.length > 80 || heading.split(" ").length > 7) return "other";
  for (const [pattern, kind] of VOCABULARY) if (pattern.test(heading)) return kind;
  return "other";
}
var LABEL_LEVEL = 7;
function buildSections(blocks, lineStarts, bodyLength) {
  const starters = [];
  const topHeadings = blocks.filter((block) => block.type === "heading" && block.level === 1).length;
  blocks.forEach((block, index6) => {
    if (block.type === "heading") {
      const heading = block.inline.text;
      const isTitle = block.level === 1 && topHeadings === 1 && starters.length === 0;
      starters.push({
        index: index6,
        heading,
        level: block.level,
        kind: isTitle ? "other" : kindOfHeading(heading),
        lead: null
      });
    } else if (block.type === "paragraph" && block.inline.boldLabel) {
      const { label, rest } = block.inline.boldLabel;
      const kind = kindOfHeading(label);
      if (kind !== "other" && label.split(/\s+/).length <= 6) {
        const restLines = rest.split("\n").filter((line) => line.trim());
        const lead = restLines.length ? { text: restLines.join(" "), lines: restLines, links: block.inline.links, boldLabel: null } : null;
        starters.push({ index: index6, heading: label, level: LABEL_LEVEL, kind, lead });
      }
    }
  });
  const offsetOf = (block) => block ? lineStarts[Math.min(block.line, lineStarts.length - 1)] ?? bodyLength : bodyLength;
  return starters.map((starter, position) => {
    const next = starters[position + 1];
    let endStarter = starters.length;
    for (let other = position + 1; other < starters.length; other++) {
      if (starter.level === LABEL_LEVEL || starters[other].level <= starter.level) {
        endStarter = other;
        break;
      }
    }
    const endBlock = endStarter < starters.length ? starters[endStarter].index : blocks.length;
    return {
      heading: starter.heading,
      kind: starter.kind,
      level: starter.level,
      start: offsetOf(blocks[starter.index]),
      end: endBlock < blocks.length ? offsetOf(blocks[endBlock]) : bodyLength,
      blockIndex: starter.index,
      contentStart: starter.index + 1,
      contentEnd: next ? next.index : blocks.length,
      leadText: starter.lead,
      pseudo: starter.level === LABEL_LEVEL
    };
  });
}
function sectionContent(sections2, position, blocks, includeAllNested = false) {
  const section = sections2[position];
  const blockIndexes = [];
  const take = (from, to) => {
    for (let index6 = from; index6 < to; index6++) blockIndexes.push(index6);
  };
  take(section.contentStart, section.contentEnd);
  const leads = [];
  for (let other = position + 1; other < sections2.length; other++) {
    const nested = sections2[other];
    if (section.pseudo || nested.level <= section.level) break;
    if (includeAllNested || nested.kind === "other" || nested.kind === section.kind) {
      take(nested.contentStart, nested.contentEnd);
      if (nested.leadText) leads.push(nested.leadText);
    }
  }
  const collected = blockIndexes.map((index6) => blocks[index6]);
  return { lead: section.leadText, blocks: collected, blockIndexes, nestedLeads: leads };
}
function blockKinds(sections2, blockCount) {
  const kinds = new Array(blockCount).fill(null);
  for (const section of sections2) {
    for (let index6 = section.blockIndex; index6 < section.contentEnd; index6++) kinds[index6] = section.kind;
  }
  const stack = [];
  for (const section of sections2) {
    while (stack.length && stack[stack.length - 1].level >= section.level) stack.pop();
    if (section.kind === "other") {
      const parentKind = stack.find((candidate) => candidate.kind !== "other")?.kind;
      const inherited = [...stack].reverse().find((candidate) => candidate.kind !== "other")?.kind ?? parentKind;
      if (inherited && section.start < (stack[stack.length - 1]?.end ?? 0)) {
        for (let index6 = section.blockIndex; index6 < section.contentEnd; index6++) kinds[index6] = inherited;
      }
    }
    stack.push(section);
  }
  return kinds;
}

// analysis/parse/classify.ts
var README_NAMES = /^(?:readme|index|sources|license|licence|contributing|changelog|code_of_conduct|security|authors|notice|summary|toc)(?:\.[a-z]+)?$/i;
var README_HEADING = /^(?:install(?:ation|ing)?|usage|how to use|licen[cs]e|contribut(?:ing|ors|e)|getting started|quick ?start|table of contents|contents|setup|requirements|prerequisites|features|development|building|documentation|faq|examples?|api|roadmap|credits|acknowledg(?:e)?ments|code of conduct|changelog|releases?)$/;
var PLACEHOLDER = /^(?:\(.*\)|<.*>|\[.*\]|\{\{.*\}\}|tbd|tbc|n\/a|todo|\.\.\.|…|-+)$/i;
function filledWords(line) {
  const text7 = line.trim();
  if (!text7 || PLACEHOLDER.test(text7)) return 0;
  const field = /^([^:]{1,40}):\s*(.*)$/.exec(text7);
  if (field) {
    const value = field[2].trim();
    return !value || PLACEHOLDER.test(value) ? 0 : value.split(/\s+/).length;
  }
  return text7.split(/\s+/).length;
}
function contentWords(blocks) {
  let words = 0;
  for (const block of blocks) {
    if (block.quoted) continue;
    if (block.type === "paragraph") for (const line of block.inline.lines) words += filledWords(line);
    else if (block.type === "list") for (const item of block.items) words += filledWords(item.inline.text);
    else if (block.type === "table") {
      for (const row of block.rows) {
        if (row.length && row.every((cell2) => cell2.text.trim() && !PLACEHOLDER.test(cell2.text.trim()))) {
          words += row.reduce((sum, cell2) => sum + cell2.text.split(/\s+/).length, 0);
        }
      }
    } else if (block.type === "code") words += block.text.split(/\s+/).filter(Boolean).length;
  }
  return words;
}
function classify(input) {
  const { blocks, sections: sections2 } = input;
  const postmortemKinds = new Set(
    sections2.filter((section) => section.kind !== "other").map((section) => section.kind)
  );
  const headingCount = sections2.filter((section) => !section.pseudo).length;
  const words = contentWords(blocks);
  const base = (input.filename ?? "").split(/[\\/]/).pop() ?? "";
  if (README_NAMES.test(base) && postmortemKinds.size < 3) {
    return { kind: "not-postmortem", skipReason: `${base} is a README/index file, not a postmortem` };
  }
  if (headingCount >= 3 && postmortemKinds.size >= 2 && words <= Math.max(30, headingCount * 4) && input.actionItemCount === 0) {
    return {
      kind: "template",
      skipReason: `template: ${headingCount} headings but only ${words} words of content beyond headings and placeholders`
    };
  }
  if (postmortemKinds.size >= 2) return { kind: "postmortem", skipReason: null };
  const readmeHeadings = sections2.filter(
    (section) => README_HEADING.test(normaliseHeading(section.heading))
  ).length;
  if (readmeHeadings >= 2) {
    return {
      kind: "not-postmortem",
      skipReason: "reads like a README (setup, usage, licence) with no postmortem sections"
    };
  }
  let linkedEntries = 0;
  let entries = 0;
  for (const block of blocks) {
    if (block.type === "list") {
      for (const item of block.items) {
        entries++;
        if (item.inline.links.length) linkedEntries++;
      }
    } else if (block.type === "table") {
      for (const row of block.rows) {
        entries++;
        if (row.some((cell2) => cell2.links.length)) linkedEntries++;
      }
    }
  }
  const proseWords = blocks.reduce(
    (sum, block) => sum + (block.type === "paragraph" ? block.inline.text.split(/\s+/).length : 0),
    0
  );
  if (linkedEntries >= 5 && linkedEntries >= entries * 0.6 && proseWords < linkedEntries * 15) {
    return { kind: "not-postmortem", skipReason: "an index of links with no postmortem sections" };
  }
  const hasFrontMatter = Object.keys(input.frontMatter).length > 0;
  if (words < 15 && input.actionItemCount === 0 && !input.hasDate && !hasFrontMatter) {
    return {
      kind: "not-postmortem",
      skipReason: `too little text (${words} words) and no postmortem structure`
    };
  }
  return { kind: "postmortem", skipReason: null };
}

// analysis/parse/fields.ts
var NARRATIVE = /* @__PURE__ */ new Set([
  "action-items",
  "timeline",
  "root-cause",
  "trigger",
  "contributing-factors",
  "lessons",
  "analysis"
]);
var KEY_VALUE = /^([\p{L}][\p{L}\p{N} ()/'&._-]{0,48}?)\s*[:：=]\s*(\S.{0,499})$|^([\p{L}][\p{L}\p{N} ()/'&._-]{0,48}?)\s*[:：]$/u;
function normaliseKey(key) {
  return key.toLowerCase().replace(/\(s\)/g, "s").replace(/[_\-/.]+/g, " ").replace(/[^\p{L}\p{N} ]+/gu, "").replace(/\s+/g, " ").trim();
}
function splitLine(line) {
  const match = KEY_VALUE.exec(line.trim());
  if (!match) return null;
  const key = normaliseKey(match[1] ?? match[3] ?? "");
  if (!key || key.split(" ").length > 6) return null;
  return { key, value: (match[2] ?? "").trim() };
}
function collectFields(blocks, kinds) {
  const fields = [];
  blocks.forEach((block, index6) => {
    const sectionKind = kinds[index6] ?? null;
    if (sectionKind && NARRATIVE.has(sectionKind)) return;
    const add = (key, value) => {
      if (value) fields.push({ key, value, sectionKind });
    };
    switch (block.type) {
      case "paragraph":
        for (const line of block.inline.lines) {
          const pair = splitLine(line);
          if (pair) add(pair.key, pair.value);
        }
        break;
      case "list":
        for (const item of block.items) {
          const pair = splitLine(item.inline.text);
          if (pair) add(pair.key, pair.value);
        }
        break;
      case "table": {
        const rows = [block.header, ...block.rows];
        const width = Math.max(...rows.map((row) => row.length));
        if (width !== 2 && width !== 4) break;
        for (const row of rows) {
          for (let column = 0; column + 1 < row.length; column += 2) {
            const key = normaliseKey(row[column]?.text ?? "");
            if (key && key.split(" ").length <= 8) add(key, row[column + 1]?.text ?? "");
          }
        }
        break;
      }
      case "heading": {
        const next = blocks[index6 + 1];
        if (next?.type === "paragraph" && next.inline.lines.length <= 3 && next.inline.text.length <= 200) {
          const key = normaliseKey(block.inline.text);
          if (key.split(" ").length <= 4) add(key, next.inline.text);
        }
        break;
      }
      default:
        break;
    }
  });
  return fields;
}
function fieldValue(fields, keys, metadataOnly = false) {
  for (const key of keys) {
    const found = fields.find(
      (field) => field.key === key && (!metadataOnly || field.sectionKind === null || field.sectionKind === "other" || field.sectionKind === "summary")
    );
    if (found) return found.value;
  }
  return null;
}
function frontMatterValue(frontMatter2, keys) {
  const normalised = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(frontMatter2)) {
    const normalKey = normaliseKey(key);
    if (!normalised.has(normalKey)) normalised.set(normalKey, value);
  }
  for (const key of keys) {
    const value = normalised.get(key);
    if (value !== void 0 && value !== null && value !== "") return value;
  }
  return void 0;
}
var FIELD_KEYS = {
  date: [
    "incident date",
    "date of incident",
    "incident date time",
    "incident datetime",
    "date",
    "occurred at",
    "occurred on",
    "occurred",
    "occurred date",
    "incident start",
    "incident start time",
    "start date",
    "start time",
    "started at",
    "started",
    "start",
    "impact start",
    "date and time",
    "date time",
    "when"
  ],
  published: [
    "published",
    "published at",
    "published on",
    "postmortem date",
    "post mortem date",
    "report date",
    "written on",
    "date written"
  ],
  severity: [
    "severity",
    "sev",
    "incident severity",
    "severity level",
    "sev level",
    "incident level",
    "incident priority",
    "priority",
    "impact level"
  ],
  team: [
    "team",
    "owning team",
    "owner team",
    "team owner",
    "responsible team",
    "owning squad",
    "squad",
    "owner",
    "owners",
    "teams"
  ],
  services: [
    "services affected",
    "affected services",
    "impacted services",
    "services impacted",
    "services",
    "service",
    "affected service",
    "systems affected",
    "affected systems",
    "systems",
    "system",
    "components affected",
    "affected components",
    "components",
    "component",
    "products affected",
    "affected products"
  ],
  started: [
    "incident start",
    "incident start time",
    "start time",
    "started at",
    "started",
    "start",
    "impact start",
    "began"
  ],
  detected: [
    "detected at",
    "detected",
    "detection time",
    "time detected",
    "detected on",
    "alerted at",
    "first alert"
  ],
  resolved: [
    "resolved at",
    "resolved",
    "resolution time",
    "time resolved",
    "recovered at",
    "recovered",
    "recovery time",
    "end time",
    "ended",
    "end",
    "incident end",
    "mitigated at",
    "fixed at"
  ],
  timeToDetect: ["time to detection", "time to detect", "ttd", "mttd"],
  timeToRecover: [
    "time to recovery",
    "time to recover",
    "ttr",
    "time to resolve",
    "time to resolution",
    "time to restore",
    "mttr",
    "duration",
    "outage duration",
    "incident duration",
    "total duration"
  ]
};

// analysis/parse/front-matter.ts
import { parse as parseYaml } from "yaml";
var FENCE = /^(?:---|\.\.\.)[ \t]*$/;
function splitFrontMatter(text7) {
  if (!/^---[ \t]*\n/.test(text7)) return { frontMatter: {}, body: text7, warnings: [] };
  let lineStart = text7.indexOf("\n") + 1;
  while (lineStart <= text7.length) {
    const newline = text7.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text7.length : newline;
    if (FENCE.test(text7.slice(lineStart, lineEnd))) {
      const yamlText = text7.slice(text7.indexOf("\n") + 1, lineStart);
      const body = newline === -1 ? "" : text7.slice(newline + 1);
      return interpret(yamlText, body, text7);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return {
    frontMatter: {},
    body: text7,
    warnings: ["front matter opened with --- but never closed; read as body"]
  };
}
function interpret(yamlText, body, whole) {
  let value;
  try {
    value = parseYaml(yamlText, { uniqueKeys: false, maxAliasCount: 100, prettyErrors: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { frontMatter: {}, body: whole, warnings: [`malformed front matter (${reason}); read as body`] };
  }
  if (value === null || value === void 0) return { frontMatter: {}, body, warnings: [] };
  if (typeof value !== "object" || Array.isArray(value)) {
    return {
      frontMatter: {},
      body: whole,
      warnings: ["leading --- block is not a YAML mapping; read as body"]
    };
  }
  return { frontMatter: value, body, warnings: [] };
}

// analysis/parse/html.ts
import { NodeHtmlMarkdown } from "node-html-markdown";
var converter = new NodeHtmlMarkdown({ useLinkReferenceDefinitions: false, keepDataImages: false });
function markTasks(html) {
  return html.replace(/<li\b([^>]{0,2000})>/gi, (tag, attributes) => {
    if (/data-inline-task-status\s*=\s*["']?complete\b|class\s*=\s*["'][^"']{0,200}\bchecked\b/i.test(
      attributes
    ))
      return `${tag}[x] `;
    if (/data-inline-task-status\s*=\s*["']?incomplete\b|data-inline-task-id/i.test(attributes))
      return `${tag}[ ] `;
    return tag;
  }).replace(
    /<input\b([^>]{0,2000})>/gi,
    (_tag, attributes) => /type\s*=\s*["']?checkbox/i.test(attributes) ? /\bchecked\b/i.test(attributes) ? "[x] " : "[ ] " : ""
  );
}
function htmlTitle(html) {
  const match = /<title[^>]{0,500}>([^<]{1,500})<\/title>/i.exec(html);
  const title = match?.[1]?.replace(/\s+/g, " ").trim();
  return title ? decodeEntities(title) : null;
}
function decodeEntities(text7) {
  return text7.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'");
}
function htmlToMarkdown(html) {
  return converter.translate(markTasks(html));
}

// analysis/parse/markdown-blocks.ts
import MarkdownIt from "markdown-it";
var markdown = new MarkdownIt("default", { html: false, linkify: false, typographer: false });
var EMPTY_INLINE = { text: "", lines: [], links: [], boldLabel: null };
function collapse(text7) {
  return text7.replace(/\s+/g, " ").trim();
}
function renderInline(children) {
  if (!children || children.length === 0) return EMPTY_INLINE;
  const parts = [];
  const links = [];
  let linkParts = null;
  let linkHref = "";
  const append = (text7) => {
    parts.push(text7);
    linkParts?.push(text7);
  };
  for (const child of children) {
    switch (child.type) {
      case "text":
      case "code_inline":
      case "html_inline":
      case "image":
        append(child.content);
        break;
      case "softbreak":
      case "hardbreak":
        append("\n");
        break;
      case "link_open":
        linkParts = [];
        linkHref = String(child.attrGet("href") ?? "");
        break;
      case "link_close":
        if (linkParts) links.push({ href: linkHref, text: collapse(linkParts.join("")) });
        linkParts = null;
        break;
      default:
        break;
    }
  }
  const buffer = parts.join("");
  const lines = buffer.split("\n").map(collapse).filter((line) => line.length > 0);
  return { text: lines.join(" "), lines, links, boldLabel: boldLabelOf(children) };
}
function boldLabelOf(children) {
  let index6 = 0;
  while (index6 < children.length && children[index6]?.type === "text" && children[index6]?.content.trim() === "")
    index6++;
  if (children[index6]?.type !== "strong_open") return null;
  let label = "";
  index6++;
  while (index6 < children.length && children[index6]?.type !== "strong_close") {
    const child = children[index6];
    if (child && (child.type === "text" || child.type === "code_inline")) label += child.content;
    index6++;
  }
  if (index6 >= children.length) return null;
  const restInline = renderInline(children.slice(index6 + 1));
  let rest = restInline.lines.join("\n");
  label = collapse(label);
  if (label.endsWith(":")) label = label.slice(0, -1).trim();
  else if (rest.startsWith(":")) rest = rest.slice(1).trim();
  else return null;
  if (!label || label.length > 80) return null;
  return { label, rest };
}
var TASK_MARKER = /^\[([ xX✓✔])\]\s*/;
function toBlocks(body) {
  const tokens2 = markdown.parse(body, {});
  const blocks = [];
  let quoteDepth = 0;
  let listDepth = 0;
  let currentList = null;
  const itemStack = [];
  const itemHasText = [];
  for (let index6 = 0; index6 < tokens2.length; index6++) {
    const token = tokens2[index6];
    const map = token.map ?? [0, 0];
    switch (token.type) {
      case "blockquote_open":
        quoteDepth++;
        break;
      case "blockquote_close":
        quoteDepth--;
        break;
      case "heading_open": {
        const inline = renderInline(tokens2[index6 + 1]?.children ?? null);
        if (itemStack.length === 0) {
          blocks.push({
            type: "heading",
            level: Number(token.tag.slice(1)) || 1,
            inline,
            line: map[0],
            lineEnd: map[1],
            quoted: quoteDepth > 0
          });
        }
        index6 += 2;
        break;
      }
      case "bullet_list_open":
      case "ordered_list_open":
        if (listDepth === 0) {
          currentList = { type: "list", items: [], line: map[0], lineEnd: map[1], quoted: quoteDepth > 0 };
          blocks.push(currentList);
        }
        listDepth++;
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        listDepth--;
        if (listDepth === 0) currentList = null;
        break;
      case "list_item_open": {
        const item = { inline: EMPTY_INLINE, checked: null, depth: listDepth - 1, line: map[0] };
        currentList?.items.push(item);
        itemStack.push(item);
        itemHasText.push(false);
        break;
      }
      case "list_item_close":
        itemStack.pop();
        itemHasText.pop();
        break;
      case "paragraph_open": {
        let inline = renderInline(tokens2[index6 + 1]?.children ?? null);
        const item = itemStack[itemStack.length - 1];
        if (item) {
          if (!itemHasText[itemHasText.length - 1]) {
            const marker = TASK_MARKER.exec(inline.text);
            if (marker) {
              item.checked = marker[1] !== " ";
              inline = stripLead(inline, marker[0].length);
            }
            item.inline = inline;
            itemHasText[itemHasText.length - 1] = true;
          } else {
            item.inline = {
              ...item.inline,
              text: `${item.inline.text} ${inline.text}`.trim(),
              lines: [...item.inline.lines, ...inline.lines],
              links: [...item.inline.links, ...inline.links]
            };
          }
        } else {
          blocks.push({ type: "paragraph", inline, line: map[0], lineEnd: map[1], quoted: quoteDepth > 0 });
        }
        index6 += 2;
        break;
      }
      case "table_open": {
        const table = readTable(tokens2, index6);
        index6 = table.next;
        if (itemStack.length === 0) {
          blocks.push({
            type: "table",
            header: table.header,
            rows: table.rows,
            line: map[0],
            lineEnd: map[1],
            quoted: quoteDepth > 0
          });
        }
        break;
      }
      case "fence":
      case "code_block":
        if (itemStack.length === 0) {
          blocks.push({
            type: "code",
            text: token.content,
            line: map[0],
            lineEnd: map[1],
            quoted: quoteDepth > 0
          });
        }
        break;
      default:
        break;
    }
  }
  return blocks;
}
function stripLead(inline, length) {
  const text7 = inline.text.slice(length).trim();
  const [first = "", ...others] = inline.lines;
  const firstRest = first.slice(Math.min(length, first.length)).trim();
  return { ...inline, text: text7, lines: firstRest ? [firstRest, ...others] : others };
}
function readTable(tokens2, start) {
  const header = [];
  const rows = [];
  let row = null;
  let inHead = false;
  let index6 = start + 1;
  for (; index6 < tokens2.length; index6++) {
    const token = tokens2[index6];
    if (token.type === "table_close") break;
    if (token.type === "thead_open") inHead = true;
    else if (token.type === "thead_close") inHead = false;
    else if (token.type === "tr_open") row = [];
    else if (token.type === "tr_close") {
      if (row && !inHead) rows.push(row);
      row = null;
    } else if (token.type === "inline") {
      const cell2 = renderInline(token.children);
      if (inHead) header.push(cell2);
      else row?.push(cell2);
    }
  }
  return { header, rows, next: index6 };
}

// analysis/parse/severity.ts
var LEVELS = ["SEV1", "SEV1", "SEV2", "SEV3", "SEV4"];
function fromNumber(level) {
  return LEVELS[Math.min(Math.max(level, 0), 4)];
}
var WORDS = [
  [/\b(?:critical|blocker|emergency|catastrophic)\b/i, "SEV1"],
  [/\b(?:high|major|severe)\b/i, "SEV2"],
  [/\b(?:medium|moderate)\b/i, "SEV3"],
  [/\b(?:low|minor|trivial)\b/i, "SEV4"]
];
function normaliseSeverity(text7, explicitField) {
  const sev = /\bsev(?:erity)?[\s_-]?([0-5])\b/i.exec(text7);
  if (sev) return fromNumber(Number(sev[1]));
  if (!explicitField) return null;
  const prefixed = /\b[PS]([0-5])\b/i.exec(text7) ?? /\b(?:level|tier|lvl)[\s_-]?([0-5])\b/i.exec(text7);
  if (prefixed) return fromNumber(Number(prefixed[1]));
  const bare = /^\s*\(?([0-5])\)?(?:\s*(?:[-–—:(/]|$))/.exec(text7);
  if (bare) return fromNumber(Number(bare[1]));
  for (const [pattern, severity] of WORDS) if (pattern.test(text7)) return severity;
  return null;
}

// analysis/parse/index.ts
var PARSER_VERSION = "parse-1";
var FM_KEYS = {
  date: [
    "incident date",
    "date",
    "occurred at",
    "occurred on",
    "occurred",
    "started at",
    "start date",
    "start time",
    "start",
    "incident start",
    "datetime"
  ],
  published: ["published", "published at", "publish date", "postmortem date", "report date", "written"],
  severity: ["severity", "sev", "incident severity", "severity level", "priority", "level"],
  team: ["team", "owner team", "owning team", "team owner", "responsible team", "squad", "owner", "teams"],
  services: [
    "services",
    "service",
    "affected services",
    "services affected",
    "systems",
    "system",
    "components",
    "component",
    "affected systems"
  ],
  started: ["started at", "start time", "start", "incident start", "started"],
  detected: ["detected at", "detected", "detection time", "detected time"],
  resolved: [
    "resolved at",
    "resolved",
    "resolution time",
    "recovered at",
    "recovered",
    "end time",
    "ended at",
    "end"
  ],
  summary: ["summary", "description", "abstract", "tldr"]
};
function lineStartsOf(body) {
  const starts = [0];
  for (let index6 = body.indexOf("\n"); index6 !== -1; index6 = body.indexOf("\n", index6 + 1))
    starts.push(index6 + 1);
  return starts;
}
function emptyResult(body, warnings) {
  return {
    kind: "not-postmortem",
    skipReason: "empty document",
    externalId: null,
    source: null,
    title: null,
    occurredAt: null,
    startedAt: null,
    detectedAt: null,
    resolvedAt: null,
    publishedAt: null,
    timeToDetectMinutes: null,
    timeToRecoverMinutes: null,
    severity: null,
    team: null,
    services: [],
    summary: null,
    rootCauses: [],
    triggers: [],
    contributingFactors: [],
    actionItems: [],
    sections: [],
    body,
    frontMatter: {},
    warnings
  };
}
function parsePostmortem(input) {
  const text7 = typeof input?.text === "string" ? input.text : "";
  try {
    return parseDocument({ ...input, text: text7 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return emptyResult(text7, [`document could not be parsed: ${reason}`]);
  }
}
function scalarString(value) {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    const first = value.find((entry) => typeof entry === "string" || typeof entry === "number");
    return first === void 0 ? null : String(first).trim() || null;
  }
  return null;
}
function listOf(value) {
  const raw = Array.isArray(value) ? value.map((entry) => scalarString(entry) ?? "") : [scalarString(value) ?? ""];
  return splitList(raw.join(", "));
}
function splitList(text7) {
  const seen = /* @__PURE__ */ new Set();
  return text7.split(/\s*[,;]\s*|\s+and\s+|\s+&\s+/).map((entry) => entry.replace(/[`*_]/g, "").trim()).filter((entry) => entry && !/^(?:n\/?a|none|-|tbd|unknown)$/i.test(entry)).filter((entry) => {
    const key = entry.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function cleanName(text7) {
  if (!text7) return null;
  const value = text7.replace(/[`*_]/g, "").replace(/^@/, "").replace(/[.;,]+$/, "").trim();
  if (!value || value.length > 80 || /^(?:n\/?a|none|-|tbd|unknown|\?)$/i.test(value)) return null;
  return value;
}
function parseDocument(input) {
  const warnings = [];
  let raw = input.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let titleFromHtml = null;
  if (input.contentType === "html") {
    titleFromHtml = htmlTitle(raw);
    raw = htmlToMarkdown(raw).replace(/\r\n?/g, "\n");
  }
  const split2 = splitFrontMatter(raw);
  warnings.push(...split2.warnings);
  const { frontMatter: frontMatter2, body } = split2;
  if (!body.trim() && Object.keys(frontMatter2).length === 0) return emptyResult(body, warnings);
  const lineStarts = lineStartsOf(body);
  const blocks = toBlocks(body);
  const sections2 = buildSections(blocks, lineStarts, body.length);
  const kinds = blockKinds(sections2, blocks.length);
  const fields = collectFields(blocks, kinds);
  const fm = (keys) => frontMatterValue(frontMatter2, keys);
  const title = scalarString(fm(["title", "name"])) ?? firstHeading(blocks, 1) ?? titleFromHtml ?? firstHeading(blocks, 6) ?? titleFromFilename(input.filename);
  const timeline = sectionsOf(sections2, "timeline", blocks);
  const summaryContent = sectionsOf(sections2, "summary", blocks);
  const occurred = dateFromValue(fm(FM_KEYS.date)) ?? findDateIn(fieldValue(fields, FIELD_KEYS.date, true)) ?? firstTimelineDate(timeline.blocks) ?? findDateIn(title) ?? firstLeadDate(blocks, kinds) ?? firstProseDate(summaryContent.blocks);
  const started = dateFromValue(fm(FM_KEYS.started)) ?? findDateIn(fieldValue(fields, FIELD_KEYS.started, true));
  const detected = dateFromValue(fm(FM_KEYS.detected)) ?? findDateIn(fieldValue(fields, FIELD_KEYS.detected, true));
  const resolved = dateFromValue(fm(FM_KEYS.resolved)) ?? findDateIn(fieldValue(fields, FIELD_KEYS.resolved, true));
  const published = dateFromValue(fm(FM_KEYS.published)) ?? findDateIn(fieldValue(fields, FIELD_KEYS.published, true));
  const startedAt = started?.iso ?? (occurred?.iso && !started ? occurred.iso : null);
  for (const [name, found] of [
    ["start", started ?? occurred],
    ["detection", detected],
    ["resolution", resolved]
  ]) {
    if (found?.iso && !found.zoneStated) warnings.push(`${name} time has no time zone; read as UTC`);
  }
  const timeToDetectMinutes = durationFrom(
    fm(["time to detection", "time to detect", "ttd"]),
    fieldValue(fields, FIELD_KEYS.timeToDetect)
  ) ?? minutesBetween(startedAt, detected?.iso ?? null);
  const timeToRecoverMinutes = durationFrom(
    fm(["time to recovery", "time to recover", "ttr", "duration"]),
    fieldValue(fields, FIELD_KEYS.timeToRecover)
  ) ?? minutesBetween(startedAt, resolved?.iso ?? null);
  const severity = findSeverity(fm(FM_KEYS.severity), fields, title, blocks, kinds);
  const team = cleanName(scalarString(fm(FM_KEYS.team)) ?? fieldValue(fields, FIELD_KEYS.team, true));
  const servicesValue = fm(FM_KEYS.services);
  const services2 = servicesValue !== void 0 ? listOf(servicesValue) : splitList(fieldValue(fields, FIELD_KEYS.services, true) ?? "");
  const summary = scalarString(fm(FM_KEYS.summary)) ?? (summaryContent.blocks.length || summaryContent.leads.length ? joinText(summaryContent.leads, summaryContent.blocks) : firstParagraph(blocks, kinds));
  const actionItems2 = findActionItems(frontMatter2, sections2, blocks);
  const rootCauses = entriesOf(sectionsOf(sections2, "root-cause", blocks));
  const triggers = entriesOf(sectionsOf(sections2, "trigger", blocks));
  const contributingFactors = entriesOf(sectionsOf(sections2, "contributing-factors", blocks));
  const classification = classify({
    body,
    blocks,
    sections: sections2,
    filename: input.filename ?? null,
    frontMatter: frontMatter2,
    actionItemCount: actionItems2.length,
    hasDate: occurred !== null
  });
  return {
    kind: classification.kind,
    skipReason: classification.skipReason,
    externalId: scalarString(fm(["id", "external id", "incident id", "postmortem id"])),
    source: scalarString(fm(["source"])),
    title,
    occurredAt: occurred?.date ?? null,
    startedAt,
    detectedAt: detected?.iso ?? null,
    resolvedAt: resolved?.iso ?? null,
    publishedAt: published?.date ?? null,
    timeToDetectMinutes,
    timeToRecoverMinutes,
    severity,
    team,
    services: services2,
    summary: summary || null,
    rootCauses,
    triggers,
    contributingFactors,
    actionItems: actionItems2,
    sections: sections2.map(({ heading, kind, level, start, end }) => ({ heading, kind, level, start, end })),
    body,
    frontMatter: frontMatter2,
    warnings
  };
}
function findDateIn(text7) {
  return text7 ? findDate(text7) : null;
}
function firstHeading(blocks, maxLevel) {
  const heading = blocks.find(
    (block) => block.type === "heading" && block.level <= maxLevel && block.inline.text
  );
  return heading?.type === "heading" ? heading.inline.text : null;
}
function titleFromFilename(filename) {
  if (!filename) return null;
  const base = filename.split(/[\\/]/).pop() ?? "";
  const stem3 = base.replace(/\.(?:md|markdown|html?|txt)$/i, "").trim();
  return stem3 || null;
}
function sectionsOf(sections2, kind, blocks, includeAllNested = false) {
  const gathered = { blocks: [], leads: [], blockIndexes: /* @__PURE__ */ new Set() };
  let coveredUntil = -1;
  sections2.forEach((section, position) => {
    if (section.kind !== kind || section.start < coveredUntil) return;
    const content = sectionContent(sections2, position, blocks, includeAllNested);
    if (!section.pseudo) coveredUntil = section.end;
    if (content.lead) gathered.leads.push(content.lead);
    gathered.leads.push(...content.nestedLeads);
    content.blockIndexes.forEach((index6, offset) => {
      if (gathered.blockIndexes.has(index6)) return;
      gathered.blockIndexes.add(index6);
      gathered.blocks.push(content.blocks[offset]);
    });
  });
  return gathered;
}
function entriesOf(gathered) {
  const entries = gathered.leads.map((lead) => lead.text).filter(Boolean);
  const lists = gathered.blocks.filter((block) => block.type === "list");
  if (lists.length) {
    for (const list of lists)
      if (list.type === "list") for (const item of list.items) entries.push(item.inline.text);
  } else {
    for (const block of gathered.blocks) {
      if (block.type === "paragraph") entries.push(block.inline.text);
      else if (block.type === "table")
        for (const row of block.rows)
          entries.push(
            row.map((cell2) => cell2.text).filter(Boolean).join(" \u2014 ")
          );
    }
  }
  return entries.map((entry) => entry.trim()).filter(Boolean);
}
function joinText(leads, blocks) {
  const parts = leads.map((lead) => lead.text);
  for (const block of blocks) {
    if (block.type === "paragraph") parts.push(block.inline.text);
    else if (block.type === "list") parts.push(...block.items.map((item) => item.inline.text));
  }
  return parts.filter(Boolean).join("\n").trim();
}
function firstParagraph(blocks, kinds) {
  for (let index6 = 0; index6 < blocks.length; index6++) {
    const block = blocks[index6];
    if (block.type !== "paragraph" || block.quoted) continue;
    if (kinds[index6] && kinds[index6] !== "other" && kinds[index6] !== "summary") continue;
    const lines = block.inline.lines.filter((line) => !/^[\p{L}][\p{L} ()/'-]{0,40}:\s/u.test(line));
    const text7 = lines.join(" ").trim();
    if (text7.split(/\s+/).length >= 8) return text7;
  }
  return null;
}
function firstTimelineDate(blocks) {
  for (const block of blocks) {
    const texts = block.type === "list" ? block.items.map((item) => item.inline.text) : block.type === "table" ? block.rows.map((row) => row.map((cell2) => cell2.text).join(" ")) : block.type === "paragraph" || block.type === "heading" ? block.type === "paragraph" ? block.inline.lines : [block.inline.text] : [];
    for (const text7 of texts) {
      const found = findDate(text7.slice(0, 200));
      if (found) return found;
    }
  }
  return null;
}
function firstLeadDate(blocks, kinds) {
  for (let index6 = 0; index6 < blocks.length; index6++) {
    const kind = kinds[index6];
    if (kind && kind !== "other") break;
    const block = blocks[index6];
    if (block.type !== "paragraph" || block.quoted) continue;
    const found = findDate(block.inline.text.slice(0, 2e3));
    if (found) return found;
  }
  return null;
}
function firstProseDate(blocks) {
  for (const block of blocks) {
    if (block.type !== "paragraph") continue;
    const found = findDate(block.inline.text.slice(0, 2e3));
    if (found) return found;
  }
  return null;
}
function durationFrom(frontMatterValue2, fieldText) {
  if (typeof frontMatterValue2 === "number" && Number.isFinite(frontMatterValue2)) return frontMatterValue2;
  const fromFrontMatter = typeof frontMatterValue2 === "string" ? parseDurationMinutes(frontMatterValue2) : null;
  return fromFrontMatter ?? (fieldText ? parseDurationMinutes(fieldText) : null);
}
function minutesBetween(from, to) {
  if (!from || !to) return null;
  const minutes = (Date.parse(to) - Date.parse(from)) / 6e4;
  return Number.isFinite(minutes) && minutes >= 0 ? Math.round(minutes) : null;
}
function findSeverity(frontMatterValue2, fields, title, blocks, kinds) {
  const explicit = scalarString(frontMatterValue2);
  if (explicit) {
    const severity = normaliseSeverity(explicit, true);
    if (severity) return severity;
  }
  for (const key of FIELD_KEYS.severity) {
    for (const field of fields) {
      if (field.key !== key) continue;
      const severity = normaliseSeverity(field.value, true);
      if (severity) return severity;
    }
  }
  for (let index6 = 0; index6 < blocks.length; index6++) {
    const kind = kinds[index6];
    if (kind && kind !== "other" && kind !== "summary") break;
    const block = blocks[index6];
    if (block.type !== "paragraph") continue;
    const inline = /\b(?:severity|sev|priority)\s*[:=]\s*([^.;,]{1,30})/i.exec(
      block.inline.text.slice(0, 2e3)
    );
    const severity = inline ? normaliseSeverity(inline[1], true) : null;
    if (severity) return severity;
  }
  if (title) {
    const severity = normaliseSeverity(title, false);
    if (severity) return severity;
  }
  for (let index6 = 0; index6 < blocks.length; index6++) {
    const kind = kinds[index6];
    if (kind && kind !== "summary" && kind !== "impact" && kind !== "other") continue;
    const block = blocks[index6];
    if (block.type !== "paragraph" && block.type !== "heading") continue;
    const severity = normaliseSeverity(block.inline.text.slice(0, 2e3), false);
    if (severity) return severity;
  }
  return null;
}
function findActionItems(frontMatter2, sections2, blocks) {
  const declared = itemsFromFrontMatter(
    frontMatterValue(frontMatter2, ["action items", "actions", "follow ups"])
  );
  if (declared.length) return declared;
  const gathered = sectionsOf(sections2, "action-items", blocks, true);
  const items = itemsFromBlocks(gathered.blocks, gathered.leads[0] ?? null);
  if (gathered.leads.length > 1 && items.length === 0) {
    for (const lead of gathered.leads.slice(1)) items.push(...itemsFromBlocks([], lead));
  }
  const kinds = blockKinds(sections2, blocks.length);
  blocks.forEach((block, index6) => {
    if (gathered.blockIndexes.has(index6) || kinds[index6] === "timeline") return;
    if (block.type === "list" && block.items.some((item) => item.checked !== null)) {
      items.push(...itemsFromList(block.items, true));
    } else if (block.type === "table" && isActionTable(block.header)) {
      items.push(...itemsFromTable(block.header, block.rows));
    }
  });
  return items;
}

// analysis/text/segment.ts
var FENCE2 = /^ {0,3}(`{3,}|~{3,})/;
var HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
var SETEXT = /^ {0,3}(?:=+|-+)\s*$/;
var LIST_ITEM = /^\s*(?:[-*+•●▪◦]|\d{1,3}[.)])\s+/;
var QUOTE = /^ {0,3}>/;
var TABLE = /^\s*\|/;
var TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
var SHELL_PROMPT = /^\s*(?:\$|#|>>>|mysql>|postgres=#|irb\(main\))\s+\S/;
var LOG_LEVEL = /\b(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRIT|CRITICAL|EMERG|SEVERE|PROBLEM|RECOVERY)\b/;
var LOG_LEVEL_START = /^\s*\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRIT|CRITICAL|SEVERE)\]?[:\s]/;
var LOG_TIMESTAMP_START = /^\s*\[?(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}:\d{2}|[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}|\d{10}(?:\.\d+)?)/;
var SYSLOG_START = /^\s*[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} \S/;
var LOG_STRUCTURE = /(?:\[[^\]\n]{1,80}\]|\b[\w.-]{1,40}=[^\s=]|\b[\w.-]{1,40}\[\d{1,8}\]:|\s<[^>\s]{1,40}>)/;
var CHAT_LINE = /^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*<[^>\n]{1,40}>/;
var TIMELINE_START = /^\s*(?:\*\*)?\[?(?:\d{4}-\d{2}-\d{2}[T ,]*)?\d{1,2}[:.]\d{2}\b/;
var INLINE_NOISE = /`[^`\n]{0,500}`|<!--[\s\S]{0,2000}?-->|\]\([^)\s]{1,2000}\)|\b(?:https?|ftp):\/\/[^\s<>()[\]"']{1,2000}|\bwww\.[^\s<>()[\]"']{1,2000}/g;
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "e.g",
  "i.e",
  "etc",
  "vs",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "approx",
  "cf",
  "inc",
  "ltd",
  "st",
  "no",
  "fig",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "est",
  "al",
  "ca"
]);
function classifyLog(line) {
  if (CHAT_LINE.test(line) || LOG_LEVEL_START.test(line) || SHELL_PROMPT.test(line)) return true;
  if (SYSLOG_START.test(line)) return true;
  if (!LOG_TIMESTAMP_START.test(line)) return false;
  return LOG_LEVEL.test(line) || LOG_STRUCTURE.test(line);
}
function blank(s) {
  return s.replace(/[^\n]/g, " ");
}
function segmentSentences(text7) {
  const lines = [];
  const maskedParts = [];
  let inFence = null;
  let inComment = false;
  let prevKind = "blank";
  let listContext = false;
  let pos = 0;
  while (pos <= text7.length) {
    let nl = text7.indexOf("\n", pos);
    if (nl === -1) nl = text7.length;
    const line = text7.slice(pos, nl);
    let kind;
    let masked2 = line;
    if (inFence !== null) {
      kind = "skip";
      const m = FENCE2.exec(line);
      if (m?.[1] && m[1][0] === inFence[0] && m[1].length >= inFence.length && line.trim() === m[1].trim()) {
        inFence = null;
      }
    } else if (inComment) {
      kind = "skip";
      if (line.includes("-->")) inComment = false;
    } else if (FENCE2.test(line)) {
      kind = "skip";
      inFence = FENCE2.exec(line)?.[1] ?? "```";
    } else if (line.trim() === "") {
      kind = "blank";
    } else if (/^\s*<!--/.test(line) && !line.includes("-->")) {
      kind = "skip";
      inComment = true;
    } else if (/^(?: {4}|\t)/.test(line) && !listContext && (prevKind === "blank" || prevKind === "skip")) {
      kind = "skip";
    } else if (QUOTE.test(line) || classifyLog(line)) {
      kind = "skip";
    } else if (HEADING.test(line) || SETEXT.test(line) && prevKind === "prose") {
      kind = SETEXT.test(line) && !HEADING.test(line) ? "skip" : "heading";
    } else if (TABLE.test(line)) {
      kind = TABLE_RULE.test(line) ? "skip" : "table";
    } else if (LIST_ITEM.test(line)) {
      kind = "item";
    } else if (TIMELINE_START.test(line)) {
      kind = "timeline";
    } else {
      kind = "prose";
    }
    if (kind === "item") listContext = true;
    else if (kind !== "blank" && !/^\s/.test(line)) listContext = false;
    if (kind === "skip") masked2 = blank(line);
    else if (kind !== "blank") {
      INLINE_NOISE.lastIndex = 0;
      masked2 = line.replace(INLINE_NOISE, blank);
    }
    maskedParts.push(masked2);
    lines.push({ start: pos, end: nl, kind });
    prevKind = kind;
    pos = nl + 1;
  }
  const masked = maskedParts.join("\n");
  const blocks = [];
  let current = null;
  for (const line of lines) {
    if (line.kind === "blank" || line.kind === "skip") {
      if (current) blocks.push(current);
      current = null;
      continue;
    }
    if (line.kind === "prose" && current) {
      current.end = line.end;
      continue;
    }
    if (current) blocks.push(current);
    current = { start: line.start, end: line.end };
    if (line.kind === "heading" || line.kind === "table") {
      blocks.push(current);
      current = null;
    }
  }
  if (current) blocks.push(current);
  const sentences = [];
  for (const block of blocks) splitBlock(masked, block, sentences);
  return { masked, sentences };
}
var BOUNDARY = /[.!?]+["'”’)\]*_]*(?=\s|$)|\s\|\s|\n\s*\n/g;
function splitBlock(masked, block, out) {
  const body = masked.slice(block.start, block.end);
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m !== null; m = BOUNDARY.exec(body)) {
    const end = m.index + m[0].length;
    if (m[0][0] === "." && isAbbreviation(body, m.index)) continue;
    pushTrimmed(masked, block.start + sentenceStart, block.start + end, out);
    sentenceStart = end;
  }
  pushTrimmed(masked, block.start + sentenceStart, block.end, out);
}
function isAbbreviation(body, dot) {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(body[i - 1] ?? "")) i--;
  const word = body.slice(i, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  return /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}
var LEADING_MARKERS = /^[\s|>#*+•●▪◦-]*(?:\d{1,3}[.)]\s+)?(?:\[[ xX]\]\s+)?/;
function pushTrimmed(masked, start, end, out) {
  const slice = masked.slice(start, end);
  const lead = LEADING_MARKERS.exec(slice)?.[0].length ?? 0;
  let s = start + lead;
  let e = end;
  while (e > s && /[\s|]/.test(masked[e - 1] ?? "")) e--;
  while (s < e && /\s/.test(masked[s] ?? "")) s++;
  if (e - s < 2 || !/\p{L}/u.test(masked.slice(s, e))) return;
  out.push({ start: s, end: e });
}

// analysis/blame/model.json
var model_default = { version: "model-430r-1031f-t1", labels: ["human-error", "counterfactual", "hindsight", "omission", "character-judgement", "proximal-actor", "fault-noun", "minimising", "punitive", "people-remedy", "none"], weights: { "3": [-0.026, -0.165, -0.035, -0.031, -0.027, -0.059, -0.046, -0.027, -0.039, -0.021, 0.266], "10": [-0.043, -0.068, -0.066, -0.075, -0.047, -0.139, -0.045, -0.072, -0.047, -0.116, 0.394], "12": [-0.033, -0.057, -0.049, -0.088, -0.059, -0.079, -0.053, -0.057, -0.06, -0.054, 0.479], "13": [-0.018, -0.042, -0.03, -0.059, -0.039, -0.057, -0.04, -0.045, -0.048, -0.03, 0.545], "14": [-0.081, -0.104, -0.112, -0.123, -0.093, -0.173, -0.148, -0.097, -0.108, -0.132, 0.748], "15": [-0.015, -0.019, -0.024, -0.088, -0.042, -0.059, -0.028, -0.031, -0.023, -0.049, 0.393], "16": [-0.027, -0.034, -0.035, -0.047, -0.047, 0.243, -0.054, -0.042, -0.04, -0.069, 0.015], "20": [-0.063, -0.079, -0.049, -0.084, -0.058, -0.104, -0.084, -0.053, -0.068, -0.065, 0.395], "22": [-0.033, -0.042, -0.055, -0.093, -0.079, -0.088, -0.051, -0.05, -0.05, -0.069, 0.61], "30": [-0.054, -0.048, -0.075, -0.1, -0.07, -0.1, -0.051, -0.076, -0.07, -0.114, 0.297], "40": [-0.033, -0.057, -0.052, -0.068, -0.056, -0.068, -0.05, -0.069, -0.043, -0.072, 0.448], "41": [-0.013, -0.016, -0.021, -0.033, -0.024, 0.28, -0.024, -0.029, -0.022, -0.05, -0.027], "80": [-0.051, -0.108, -0.076, -0.045, -0.059, -0.047, -0.063, -0.071, -0.098, -0.046, 0.125], the: [-1.419, -1.399, -1.318, -0.854, -1.095, -1.101, -1.763, -1.473, -1.502, -2.005, 0.686], the_root: [0.336, -0.033, -0.04, -0.034, -0.115, -0.081, -0.05, -0.047, -0.048, -0.03, -0.227], root: [0.419, -0.052, -0.051, -0.052, -0.148, -0.212, -0.164, -0.08, -0.065, -0.096, -0.24], root_caus: [0.419, -0.052, -0.051, -0.052, -0.148, -0.212, -0.164, -0.08, -0.065, -0.096, -0.24], caus: [0.617, -0.293, -0.313, -0.501, -0.511, 1.03, -0.103, -0.364, -0.217, -0.409, -0.575], caus_wa: [0.181, -0.026, -0.033, -0.026, -0.066, -0.048, -0.042, -0.046, -0.033, -0.028, -0.04], wa: [-0.135, -1.007, -0.094, -1.353, -0.793, -0.394, -0.095, 0.218, -0.148, -1.103, 0.329], human: [1.097, -0.13, -0.146, -0.203, -0.307, -0.196, -0.368, -0.285, -0.169, -0.211, 0.015], human_error: [0.741, -0.072, -0.083, -0.135, -0.193, -0.13, -0.289, -0.181, -0.098, -0.116, -0.076], error: [1.294, -0.287, -0.285, -0.09, -0.537, -0.591, -0.252, -0.24, -0.332, -0.445, 0.032], "<cap>": [-0.297, 0.146, -0.354, -0.281, -0.754, 0.616, -0.258, -0.06, -0.422, -0.082, -0.058], enter: [0.072, 0.304, -0.023, -0.015, -0.022, -0.033, -0.018, -0.03, -0.019, -0.016, -0.26], the_wrong: [0.224, 0.144, 0.14, -0.125, -0.118, 0.276, -0.118, -0.133, -0.147, -0.06, -0.274], wrong: [0.202, 0.126, 0.122, -0.137, -0.133, 0.264, -0.149, -0.151, -0.16, -0.068, -0.233], account: [0.064, -0.04, -0.034, -0.09, -0.046, -0.046, -0.128, -0.042, 0.532, -0.064, -0.324], "rule:human-error/cause": [1.855, -0.127, -0.131, -0.178, -0.395, -0.365, -0.525, -0.333, -0.16, -0.252, -0.866], "agent:implicit": [2.383, -0.464, -0.544, -0.856, 2.146, -0.842, -0.623, 0.97, -0.602, 0.98, -4.259], person: [-0.889, -0.695, -0.226, -0.101, -0.218, 0.131, 0.427, -0.045, -0.159, -0.322, -2.739], oper: [0.849, -0.308, 0.293, -0.087, -0.196, -0.312, 0.05, 0.179, 0.166, 0.102, -0.625], oper_error: [0.534, -0.036, -0.044, -0.056, -0.121, -0.097, -0.144, -0.084, -0.052, -0.061, -0.148], while: [0.119, -0.054, -0.047, 0.517, -0.079, -0.094, -0.066, -0.083, -0.058, -0.05, -0.709], resiz: [0.133, -0.022, -0.031, -0.041, -0.059, -0.036, -0.036, -0.049, -0.059, -0.033, -0.044], the_cluster: [0.132, -0.137, -0.047, -0.087, -0.064, -0.042, -0.042, -0.059, -0.069, -0.046, 0.091], cluster: [0.076, -0.272, -0.213, -0.206, -0.132, -0.151, -0.181, 0.159, -0.181, -0.106, 0.849], "subj:role": [-0.328, -0.701, -0.027, 0.425, 0.139, -0.076, -0.548, -0.252, -0.218, 0.526, 0.573], investig: [0.119, -0.056, -0.073, -0.101, -0.124, -0.113, -0.12, -0.083, 0.235, -0.075, 0.309], outcom: [0.147, -0.02, -0.021, -0.077, -0.054, -0.067, -0.027, -0.025, -0.02, -0.026, 0.151], user: [0.107, -0.059, -0.079, -0.094, -0.094, 0.325, -0.077, -0.081, -0.056, -0.09, -0.193], error_by: [0.586, -0.062, -0.047, -0.069, -0.138, -0.244, -0.269, -0.107, -0.068, -0.129, -0.162], by: [0.341, 0.251, -0.367, -0.492, 0.259, 0.464, 0.09, -0.54, -0.033, -0.501, -0.285], "@zoe.dev": [0.132, -0.047, -0.033, -0.069, -0.08, -0.056, 0.371, -0.048, -0.068, -0.037, -0.233], dure: [0.052, 0.131, -0.014, -0.264, -0.177, 0.251, -0.207, -0.208, -0.257, 0.231, -0.492], dure_the: [0.1, 0.281, -0.102, -0.119, -0.111, -0.101, -0.079, -0.077, -0.081, -0.073, 0.121], the_manual: [0.143, -0.026, -0.025, -0.035, -0.075, -0.044, -0.039, -0.029, -0.027, -0.029, 0.029], manual: [0.124, -0.099, -0.175, -0.098, -0.099, 0.421, -0.071, -0.164, -0.061, -0.084, 0.303], manual_failov: [0.143, -0.026, -0.025, -0.035, -0.075, -0.044, -0.039, -0.029, -0.027, -0.029, 0.029], failov: [0.069, -0.129, -0.121, -0.193, -0.195, 0.271, -0.167, -0.145, -0.153, -0.138, 0.31], we: [-0.222, -0.147, -0.319, -0.082, -0.369, -0.309, -0.094, -0.498, -0.028, 0.044, 1.27], by_the: [0.293, -0.061, -0.052, -0.13, 0.246, -0.086, -0.218, -0.128, -0.073, -0.08, 0.158], the_storag: [0.072, -0.04, -0.036, -0.039, -0.067, 0.305, -0.072, -0.044, -0.03, -0.049, -0.185], storag: [0.064, -0.052, -0.047, -0.052, -0.081, 0.271, -0.084, -0.053, -0.041, -0.061, -0.121], engin: [-0.172, -0.334, -0.266, -0.283, 0.094, -0.046, -0.307, -0.025, 0.116, 0.098, 0.052], led: [0.074, -0.049, -0.048, -0.064, -0.083, -0.073, -0.072, -0.068, -0.04, -0.064, 0.469], led_to: [0.088, -0.028, -0.028, -0.034, -0.035, -0.034, -0.035, -0.052, -0.02, -0.043, 0.073], to: [-0.606, -0.728, -0.282, -0.351, -0.746, -0.548, -1.224, 0.656, -1.448, 0.711, -0.204], to_the: [0.333, -0.236, -0.291, 0.093, -0.282, 0.582, -0.263, 0.036, -0.224, -0.432, 0.441], the_data: [0.042, 0.341, -0.1, -0.159, 0.509, 0.624, -0.146, -0.113, -0.124, 0.317, -0.761], data: [-0.051, 0.24, -0.187, -0.238, 0.614, 0.535, -0.237, -0.188, -0.203, 0.19, -0.737], corrupt: [0.091, -0.018, -0.027, -0.04, -0.039, -0.064, -0.038, -0.045, -0.029, -0.041, 0.178], "rule:fault-noun/person": [0.521, -0.185, -0.243, -0.34, -0.322, -0.43, 2.719, -0.392, -0.311, -0.249, -1.115], "agent:role": [-0.268, 0.736, 0.763, 0.901, -0.912, 0.423, 1.118, 1.089, 1.15, 0.716, -4.654], "subj:we": [-6e-3, -0.637, -0.374, -0.028, -0.238, -0.312, -0.105, -0.599, -0.042, -0.021, 0.827], thi: [-0.179, 0.541, -0.091, -9e-3, -0.535, -0.22, 0.934, 0.117, 0.091, -0.536, -0.999], outag: [0.049, -0.187, -0.108, -0.44, -0.127, 0.47, 0.016, -0.352, 0.41, -0.247, -0.289], wa_the: [0.501, -0.07, -0.099, -0.086, -0.134, -0.104, 0.108, -0.234, -0.109, -0.066, 0.056], result: [0.068, -0.066, -0.035, -0.028, -0.045, -0.023, -0.108, -0.075, -0.105, -0.052, 0.271], result_of: [0.068, -0.066, -0.035, -0.028, -0.045, -0.023, -0.108, -0.075, -0.105, -0.052, 0.271], of: [-0.102, 0.226, -0.574, -0.127, 0.107, -0.224, -0.147, -0.225, -0.257, -0.317, 0.033], error_on: [0.215, -0.014, -0.024, -0.017, -0.05, -0.013, -0.099, -0.076, -0.028, -0.021, -0.05], on: [-0.127, 0.222, 0.103, -0.026, -0.429, -0.695, -0.372, 0.58, -0.493, 0.099, -0.713], on_the: [-5e-3, -6e-3, 0.4, 0.019, 0.24, 0.04, -0.37, 0.609, 0.066, 0.062, -0.61], of_the: [0.189, -0.125, -0.113, 0.443, -4e-3, -0.159, -0.226, 0.415, 0.271, -0.119, -0.468], the_night: [0.075, -0.026, -0.07, -0.02, -0.017, -0.014, -0.091, -0.075, 0.219, -0.027, -0.067], night: [0.341, -0.031, -0.081, -0.026, -0.041, -0.024, -0.101, -0.105, 0.213, -0.033, -0.163], in: [-0.24, -0.819, 0.234, -0.423, -0.307, -0.026, -0.721, -0.724, -0.102, -0.482, 1.026], in_the: [0.05, -0.261, -0.177, 0.047, -0.365, -0.171, -0.337, -0.305, 0.056, -0.291, 0.51], rout: [0.086, -0.023, -0.026, -0.031, -0.049, -0.03, -0.075, -0.034, -0.026, -0.025, 0.015], tabl: [0.03, 0.2, 0.395, -0.122, -0.097, 0.431, -0.104, -0.165, -0.101, -0.156, -0.343], updat: [0.063, -0.066, -0.048, -0.113, -0.075, -0.074, -0.055, -0.057, -0.055, -0.057, 0.143], is: [0.256, -0.362, 0.255, -0.647, 0.682, -0.035, -0.07, -0.421, -0.48, -0.435, -0.221], is_the: [0.215, -0.054, -0.063, -0.089, 0.39, -0.089, 0.212, -0.057, -0.093, -0.057, -0.588], "subj:name": [-0.77, -0.517, -0.353, -0.357, -0.066, -0.67, -0.474, -1.052, -0.053, -9e-3, 1.383], primari: [0.168, -0.023, -0.027, -0.035, -0.041, -0.041, -0.026, -0.034, -0.029, -0.027, 0.098], "the_<cap>": [-0.059, 0.146, 0.128, 0.453, -0.172, 0.398, -0.13, 0.073, 0.183, -0.243, -0.271], the_product: [0.116, -0.047, -0.051, -0.067, 0.145, -0.078, -0.093, -0.094, 0.189, -0.061, -0.14], product: [0.05, -0.289, -0.235, -0.157, -2e-3, 0.204, -0.191, -0.18, 0.057, -0.158, 0.119], context: [0.151, -0.034, -0.042, -0.04, -0.101, -0.109, -0.05, -0.028, -0.05, -0.038, 0.056], the_incid: [-0.058, -0.207, -0.217, -0.294, -0.234, -0.298, -0.309, -0.24, 0.639, -0.189, 0.429], incid: [0.011, -0.309, -0.336, -0.13, -0.366, -0.44, -0.354, -0.419, 0.351, -0.208, 0.478], from: [-0.098, -0.269, 0.208, -0.056, -0.057, -0.357, -0.417, -0.383, -0.178, -0.347, 0.334], on_call: [0.118, -0.039, -0.054, -0.04, -0.033, -0.035, -0.084, 0.217, -0.05, -0.041, -0.036], call: [0.068, -0.067, -0.089, -0.073, 0.095, -0.097, -0.12, 0.156, -0.074, -0.079, -0.025], the_contractor: [0.112, 0.126, -0.151, 0.173, 0.172, 0.094, 0.18, 0.202, 0.198, -0.201, -0.438], contractor: [0.101, 0.108, -0.171, 0.127, 0.14, 0.041, 0.148, 0.176, 0.164, 0.244, -0.485], it: [0.074, -0.055, -0.655, -0.662, 0.582, -0.067, 0.114, 0.816, -0.479, -0.344, -0.523], down: [0.436, -0.062, -0.07, -0.133, -0.107, 0.342, -0.092, -0.171, -0.065, -0.073, -0.028], the_human: [0.419, -0.016, -0.026, -0.023, -0.069, -0.028, -0.024, -0.072, -0.017, -0.029, -0.187], human_factor: [0.151, -0.05, -0.046, -0.058, -0.082, -0.052, -0.064, -0.075, -0.061, -0.084, 0.185], factor: [0.099, -0.097, -0.097, -0.086, -0.116, -0.084, -0.115, -0.19, -0.1, -0.159, 0.329], kpatel: [0.188, -0.034, -0.035, -0.061, -0.064, -0.063, -0.036, -0.078, -0.039, -0.038, -0.018], the_replica: [0.186, -0.052, 0.152, -0.083, -0.066, -0.042, -0.035, -0.096, -0.029, -0.045, -0.148], replica: [0.159, -0.085, 0.097, -0.133, -0.103, -0.086, -0.068, -0.143, -0.059, -0.111, 0.042], replica_count: [0.205, -0.035, 0.17, -0.022, -0.045, -0.025, -0.019, -0.073, -0.016, -0.024, -0.207], count: [0.205, -0.035, 0.17, -0.022, -0.045, -0.025, -0.019, -0.073, -0.016, -0.024, -0.207], thi_wa: [0.016, -0.06, -0.076, -0.054, -0.122, -0.053, 0.185, 0.146, -0.082, -0.078, -0.115], wa_a: [-7e-3, -0.089, -0.12, -0.082, 0.242, -0.104, -0.223, 0.131, -0.106, -0.079, -0.089], a: [-0.376, 0.223, -0.067, -0.524, -0.13, -0.48, -0.679, -0.67, -0.058, -0.674, 0.715], made: [0.235, -0.174, -0.165, -0.239, -0.04, -0.278, 0.607, -0.159, -0.148, -0.134, 0.059], made_by: [0.11, -0.017, -0.016, -0.02, -0.046, -0.057, 0.457, -0.022, -0.02, -0.016, -0.354], the_releas: [0.045, 0.655, -0.193, 0.132, -0.126, 0.129, 0.128, -0.191, 0.046, 0.117, -1.054], releas: [-0.016, 0.529, -0.275, -7e-3, -0.183, 0.012, 5e-3, -0.293, -0.115, 0.253, -0.943], releas_team: [0.117, -0.026, -0.017, -0.038, -0.043, -0.019, -0.112, -0.046, 0.182, -0.062, -0.047], team: [-0.091, -0.309, 0.191, 0.44, 0.931, -0.169, 0.098, 0.022, 0.375, 0.607, -1.044], under: [0.107, -0.034, -0.032, -0.059, -0.064, -0.061, -0.135, -0.041, 0.3, -0.046, -0.08], time: [0.063, -0.13, -0.03, 0.501, -0.132, 0.2, -0.295, -0.164, -0.128, 0.172, -9e-3], "agent:team": [0.04, 0.182, 0.044, 0.197, -0.202, 0.34, 0.321, 0.485, 0.069, -0.144, -1.406], analysi: [0.048, -0.099, -0.07, -0.058, -0.084, -0.172, -0.158, -0.094, -0.069, -0.1, 0.36], point: [0.064, -0.045, -0.035, -0.044, -0.053, -0.167, -0.136, -0.063, -0.036, -0.085, 0.068], "by_<cap>": [0.105, 0.223, -0.074, -0.08, 0.155, 0.667, 0.287, -0.135, -0.09, -0.125, -1.159], "agent:name": [-0.149, 0.52, -4e-3, 0.907, -0.39, 1.673, 0.813, -0.51, 1.345, 0.473, -4.771], as: [-0.044, 0.224, -0.212, -0.19, 0.573, -0.253, -0.257, -0.238, -0.254, -0.23, 0.28], with: [-0.154, -0.019, -0.114, -0.39, 0.426, -0.343, 0.32, -0.304, -0.33, -0.091, 0.061], with_the: [0.041, -0.1, 0.084, -0.207, 0.071, -0.105, 0.545, -0.135, -0.124, -0.155, -0.035], last: [0.074, 0.157, 0.117, -0.092, 0.122, -0.126, -0.106, -0.087, -0.106, -0.08, -0.056], two: [0.106, -0.167, -0.107, 0.288, -0.098, -0.057, -0.105, -0.154, -0.079, -0.078, 0.443], the_caus: [0.099, -0.025, -0.044, -0.038, -0.062, -0.069, -0.036, -0.035, -0.035, -0.029, 0.021], the_support: [0.086, -0.111, 0.105, 0.215, -0.137, -0.107, 0.145, -0.111, -0.1, 0.424, -0.197], support: [0.079, -0.12, 0.096, 0.162, -0.145, -0.131, 0.135, -0.126, -0.108, 0.405, -0.016], support_team: [0.093, -0.104, 0.121, -0.127, -0.129, -0.095, 0.162, -0.088, -0.086, 0.463, -0.033], the_postmortem: [0.097, -0.023, -0.022, -0.038, -0.063, -0.079, -0.098, -0.025, -0.029, -0.032, 0.234], postmortem: [0.097, -0.023, -0.022, -0.038, -0.063, -0.079, -0.098, -0.025, -0.029, -0.032, 0.234], rule: [0.066, -0.054, -0.054, -0.137, 0.203, 0.152, -0.142, -0.078, -0.075, 0.385, -0.214], the_event: [0.089, -0.031, -0.02, -0.024, -0.042, 0.21, -0.109, -0.021, -0.032, -0.024, -0.07], event: [0.05, -0.078, -0.079, -0.074, -0.1, 0.154, -0.169, -0.066, -0.077, -0.053, 0.122], an: [0.018, -0.143, 0.369, 0.167, -0.156, 0.014, -0.221, -0.216, -0.142, -0.192, -0.207], the_outag: [0.052, -0.032, -0.193, -0.232, -0.012, 0.039, -0.049, -0.164, 0.204, -0.131, 0.07], the_oper: [-0.034, -0.259, 0.358, -0.018, -0.041, -0.198, 0.288, 0.352, 0.245, 0.177, -0.367], who: [0.023, -0.166, -0.173, -0.299, 0.242, -0.229, 0.385, -0.239, 0.193, -0.243, -0.136], type: [0.166, -0.041, -0.046, -0.052, -0.091, 0.33, -0.047, 0.533, -0.045, -0.051, -0.52], "rule:human-error/person-as-cause": [1.297, -0.041, -0.068, -0.048, -0.257, -0.073, -0.07, -0.127, -0.054, -0.054, -0.972], made_a: [0.282, -0.051, -0.038, -0.039, -0.1, -0.052, 0.318, -0.038, -0.04, -0.032, -0.337], slip: [0.174, -0.058, -0.065, -0.082, -0.13, -0.064, -0.085, -0.059, -0.074, -0.092, 0.201], at: [-0.031, -0.216, -0.094, -0.403, -0.302, -0.193, -0.365, -0.483, -0.455, -0.071, 0.286], at_the: [0.256, -0.114, -0.237, -0.065, -0.159, -0.099, -0.076, -0.089, -0.07, 0.311, 0.241], the_keyboard: [0.311, -0.062, -0.035, -0.017, -0.08, -0.018, -0.021, -0.019, -0.019, -0.021, -0.086], keyboard: [0.311, -0.062, -0.035, -0.017, -0.08, -0.018, -0.021, -0.019, -0.019, -0.021, -0.086], and: [0.203, -8e-3, 0.421, -0.137, 0.452, 9e-3, -0.382, -0.135, -0.55, -0.391, -0.205], and_the: [0.578, -0.083, -0.114, -0.119, -0.218, -0.094, -0.104, 0.175, -0.082, -0.081, -0.085], rest: [0.306, -0.021, -0.038, -0.091, -0.094, -0.024, 0.319, -0.029, -0.037, -0.034, -0.368], follow: [0.216, 0.242, -0.118, 0.575, -0.222, -0.226, -0.163, -3e-3, -0.156, 0.242, -0.294], there: [0.241, 0.248, -0.092, -0.067, -0.148, -0.125, -0.109, -0.107, -0.098, -0.077, -0.265], no: [0.035, -0.464, -0.284, -0.346, -0.247, -0.34, -0.446, -0.342, -0.367, -0.276, 1.345], here: [0.296, -0.03, -0.045, -0.036, -0.13, -0.044, -0.077, -0.058, -0.057, -0.046, -0.049], did: [0.139, -0.116, -0.139, -0.237, -0.11, 0.155, -0.118, 0.471, -0.145, -0.116, 0.312], exactli: [0.186, -0.027, -0.051, -0.037, -0.069, -0.068, -0.052, -0.057, -0.037, -0.03, 0.186], what: [0.166, -0.103, 0.172, -0.106, -0.112, 0.686, -0.15, -0.097, -0.117, -0.089, -0.45], thei: [0.128, 0.206, 0.12, 0.088, -0.145, -0.088, -0.097, 3e-3, -0.082, 0.178, -0.418], thei_were: [0.195, -0.018, -0.029, -0.051, -0.043, -0.028, -0.028, -0.047, -0.019, -0.027, 0.044], were: [0.157, -0.34, 0.198, -0.495, -0.213, -0.444, -0.374, -0.456, -0.368, -0.595, 0.757], told: [0.186, 0.301, -0.073, -0.045, -0.069, -0.056, -0.093, -0.054, 0.048, -0.075, -0.576], tell: [0.197, -0.022, -0.035, 0.455, -0.085, -0.04, -0.041, -0.04, -0.036, -0.037, -0.151], them: [0.459, -0.025, 0.584, -0.029, -0.068, -0.043, -0.047, -0.078, -0.027, -0.029, -0.517], tool: [0.182, -0.124, -0.118, -0.191, -0.224, -0.138, -0.146, -0.175, -0.144, -0.147, 0.187], work: [0.296, -0.032, -0.046, -0.045, -0.102, -0.116, -0.06, -0.069, -0.039, -0.045, -0.187], process: [0.289, -0.051, -0.049, 0.288, -0.109, -0.075, -0.062, -0.089, -0.051, -0.058, -0.591], link: [0.304, -0.026, -0.034, -0.038, -0.087, -0.032, -0.029, -0.066, -0.03, -0.071, -0.389], our: [0.066, -0.243, -0.204, -0.174, -0.055, -0.18, -0.261, -0.295, -0.213, -0.215, 0.644], system: [0.221, -0.052, -0.047, -0.075, -0.095, -0.075, -0.07, -0.136, -0.041, -0.071, 0.074], it_wa: [0.176, -0.059, -0.121, -0.069, 0.062, 0.588, 0.208, -3e-3, -0.064, -0.064, -0.663], peopl: [0.249, -0.105, -0.049, -0.051, 0.583, -0.039, -0.032, -0.064, -0.038, -0.052, -0.234], that: [-0.131, -0.63, 0.378, -0.251, -0.283, 0.404, -0.588, 0.183, -0.524, -0.553, 0.44], broke: [0.21, -0.068, -0.075, -0.115, 0.193, 0.27, -0.165, -0.094, -0.104, -0.091, -0.178], "on_<cap>": [0.177, -0.285, 0.424, -0.146, -0.117, -0.176, 0.69, -0.213, 0.071, -0.167, -0.306], if: [-0.05, 0.66, -0.182, -0.104, -0.064, -0.153, 0.33, -0.179, -0.115, -0.074, -0.183], "<cap>_had": [-0.015, 0.84, -0.04, -0.041, -0.02, -0.093, -0.042, -0.062, -0.043, -0.029, -0.177], had: [-0.309, 0.702, -0.062, -0.501, -0.386, -0.475, -0.437, 0.379, -0.543, -0.418, 0.407], read: [-0.114, 0.101, 0.43, -0.19, -0.126, -0.262, -0.138, 0.415, -0.176, 0.134, -0.492], read_the: [-0.056, 0.272, -0.061, -0.085, -0.045, -0.099, -0.045, 0.562, -0.049, -0.056, -0.269], the_migrat: [-0.041, 0.125, -0.116, 0.223, -0.055, 0.211, -0.081, -0.098, -0.102, -0.083, 0.08], migrat: [-0.14, -0.189, -0.022, 0.085, -0.013, -0.015, -0.221, -0.262, -0.263, 0.362, 0.069], plan: [-0.037, 0.595, -0.075, -0.278, -0.061, -0.128, -0.065, 0.264, -0.086, -0.126, 0.192], the_tabl: [-0.02, 0.282, 0.465, -0.047, -0.02, -0.111, -0.035, -0.088, -0.034, -0.041, -0.071], would: [-0.157, 1.427, -0.1, -0.338, -0.229, -0.342, -0.356, 0.011, -0.419, -0.263, -0.21], still: [-0.044, 0.177, 0.642, -0.141, -0.063, -0.135, -0.07, 0.297, -0.058, -0.115, -0.325], be: [-0.16, 0.357, -0.268, -0.375, -0.234, 0.083, -0.42, -0.345, 0.539, 0.472, -0.612], "rule:counterfactual/if-had": [-0.023, 0.957, -0.056, -0.059, -0.028, -0.121, -0.067, -0.114, -0.059, -0.046, -0.254], had_the: [-0.047, 0.321, -0.104, -0.086, -0.067, -0.077, -0.074, -0.118, -0.15, -0.054, 0.196], "the_on-cal": [-0.138, 0.016, 0.123, 0.482, 0.473, 0.161, 0.14, 1e-3, 0.021, 0.156, -1.029], "on-cal": [-0.186, -0.112, 0.027, 0.341, 0.332, 0.065, 0.042, -0.113, -0.132, 0.183, -0.359], "on-cal_engin": [-0.076, 0.139, 0.047, -0.28, 3e-3, 0.309, 0.423, -0.152, 0.19, 0.3, -0.701], roll: [-0.029, 0.17, -0.07, -0.049, -0.045, -0.066, -0.05, 0.33, -0.053, -0.082, -0.082], roll_back: [-0.029, 0.17, -0.07, -0.049, -0.045, -0.066, -0.05, 0.33, -0.053, -0.082, -0.082], back: [-0.044, 0.152, -0.092, -0.082, -0.061, 0.269, -0.074, 0.276, -0.071, -0.1, -0.109], immedi: [-0.025, 0.215, -0.051, -0.086, -0.032, -0.064, -0.037, -0.042, -0.048, -0.026, 0.043], outag_would: [-0.013, 0.192, -0.053, -0.018, -0.022, -0.023, -0.026, -0.027, -0.042, -0.017, 0.149], would_have: [-0.08, 0.69, 0.185, -0.114, -0.116, -0.133, -0.127, -0.197, -0.183, -0.104, -0.335], have: [-0.485, 1.85, 0.78, -0.932, -0.649, -0.858, -0.895, -0.356, 0.532, -0.776, -1.132], five: [-0.025, 0.19, -0.133, -0.03, -0.043, -0.041, -0.046, -0.078, -0.051, -0.026, 0.167], five_minut: [-0.025, 0.19, -0.133, -0.03, -0.043, -0.041, -0.046, -0.078, -0.051, -0.026, 0.167], minut: [-0.137, 0.613, -0.051, -0.199, -0.208, -0.243, -0.206, 0.148, -0.194, -0.213, 0.187], "rule:counterfactual/had-inversion": [-0.017, 0.892, -0.056, -0.049, -0.021, -0.041, -0.04, -0.074, -0.106, -0.03, -0.342], the_develop: [-0.055, 0.326, -0.203, 0.191, -0.057, -0.11, 0.379, -0.118, 0.211, -0.099, -0.146], develop: [-0.081, 0.279, -0.283, 3e-3, -0.106, -0.204, 0.278, -0.306, 0.088, 0.306, -0.242], should: [-0.272, 0.305, 0.601, -0.53, -0.371, -0.454, -0.472, 0.21, -0.641, -0.221, -0.122], should_have: [-0.226, 0.193, 0.804, -0.414, -0.29, -0.362, -0.332, 0.07, -0.51, -0.326, -0.202], us: [-0.112, 0.59, 0.468, -0.219, -0.142, -0.13, -0.173, -0.148, -0.159, -0.152, 0.218], the_stage: [-0.02, 0.406, -0.133, -0.063, -0.028, 0.392, -0.036, -0.062, -0.048, -0.055, -0.415], stage: [-0.077, 0.1, -0.269, -0.148, -0.166, 0.243, -0.141, -0.128, -0.175, -0.131, 0.251], credenti: [-0.077, 0.373, -0.168, -0.112, 0.161, -0.053, -0.073, -0.091, -0.071, -0.076, 0.144], "rule:counterfactual/should-have": [-0.075, 2.23, -0.335, -0.203, -0.116, -0.183, -0.197, 0.031, -0.296, -0.168, -0.86], restart: [-0.087, 0.251, -0.15, -0.205, -0.118, 0.268, -0.142, -0.124, -0.179, -0.126, 0.024], both: [-0.083, 0.273, -0.132, -0.094, -0.116, -0.138, -0.126, -0.078, -0.16, -0.148, 0.033], node: [-0.052, 0.307, -0.102, -0.183, -0.071, -0.135, -0.091, -0.086, -0.132, -0.108, 0.118], at_onc: [-0.028, 0.342, -0.071, -0.051, -0.039, -0.091, -0.063, -0.051, -0.107, -0.081, -0.018], onc: [-0.052, 0.298, -0.098, -0.092, -0.072, -0.134, -0.095, -0.078, -0.136, -0.111, 0.06], onli: [-0.051, 0.448, -0.077, -0.133, -0.084, -0.1, -0.104, -0.11, -0.115, -0.067, 0.252], taken: [-0.024, 0.508, -0.047, -0.071, 0.556, -0.07, -0.093, -0.094, 0.186, -0.046, -0.663], snapshot: [-0.028, 0.514, -0.05, -0.047, -0.036, -0.05, -0.05, -0.064, -0.047, -0.024, -0.052], first: [-0.103, 0.416, -0.136, -0.153, 0.364, -0.171, -0.216, 0.648, -0.152, -0.165, -0.354], "<cap>_could": [-0.012, 0.287, -0.066, -0.031, -0.012, -0.04, -0.03, -0.041, -0.036, -0.021, 0.045], could: [-0.08, 0.282, -0.19, -0.182, -0.144, -0.133, -0.193, -0.237, -0.213, -0.127, 0.574], could_have: [-0.047, 0.341, -0.103, -0.097, -0.061, -0.074, -0.125, -0.161, -0.136, -0.076, 0.078], "<cap>_befor": [-0.015, 0.613, -0.037, -0.032, -0.016, -0.04, -0.033, -0.032, -0.041, -0.024, -0.25], befor: [-0.141, 0.539, -0.26, -0.014, -0.28, -0.33, -0.264, -0.368, -0.262, 1.034, -0.236], befor_the: [-0.015, 0.288, -0.035, -0.046, -0.024, -0.046, -0.038, -0.027, -0.045, -0.032, 0.019], the_network: [-0.061, 0.253, -0.099, -0.132, -0.123, 0.333, -0.13, -0.077, -0.089, 0.189, -0.064], network: [-0.101, 0.094, -0.17, -0.204, -0.181, 0.26, -0.206, -0.129, -0.162, 0.137, 0.217], network_team: [-0.037, 0.297, -0.072, -0.091, -0.09, 0.376, -0.098, -0.05, -0.06, 0.219, -0.142], team_should: [-0.016, 0.3, 0.157, -0.032, -0.029, -0.026, -0.031, -0.03, -0.032, -0.023, -0.288], should_not: [-0.016, 0.205, -0.081, -0.032, -0.025, -0.027, -0.026, -0.113, -0.031, -0.044, -0.029], not: [-0.296, 0.286, -0.57, -0.699, -0.426, -0.606, -0.578, 0.306, -0.234, -0.342, 1.324], not_have: [-0.04, 0.362, -0.168, -0.065, -0.054, -0.064, -0.056, -0.214, -0.115, -0.073, 0.185], schedul: [-0.054, 0.285, -0.103, -0.116, -0.075, -0.143, -0.075, -0.08, -0.087, -0.061, 0.187], mainten: [-0.041, 0.281, 0.109, 1.209, -0.058, -0.087, -0.066, -0.177, -0.077, -0.093, -0.823], "subj:team": [-0.167, 0.099, -0.062, 1e-3, 0.349, 0.172, 0.197, -0.256, -0.06, -0.26, 0.096], "@b_okafor": [-0.026, 0.06, -0.043, -0.063, -0.04, 0.415, -0.064, -0.073, -0.062, -0.039, -0.265], wait: [-0.03, 0.516, -0.05, -0.063, -0.034, -0.053, -0.066, 0.369, -0.042, -0.048, -0.526], wait_for: [-0.023, 0.098, -0.034, -0.054, -0.024, -0.045, -0.058, 0.388, -0.034, -0.037, -0.203], for: [-0.56, -0.02, -0.951, 0.607, -0.476, -0.474, 0.415, -0.538, 0.236, -0.687, 0.016], "<cap>_to": [-0.03, 0.068, -0.091, -0.127, -0.037, -0.141, -0.082, -0.153, -0.065, 0.402, -0.242], go: [-0.02, 0.046, -0.038, -0.044, -0.031, -0.146, -0.067, -0.08, -0.08, 0.22, -0.129], green: [-0.024, 0.093, -0.041, -0.044, -0.031, -0.047, -0.056, 0.42, -0.038, -0.064, -0.291], none: [-0.027, 0.091, -0.036, -0.063, -0.038, 0.337, -0.054, -0.087, -0.1, -0.047, 0.116], none_of: [-0.027, 0.091, -0.036, -0.063, -0.038, 0.337, -0.054, -0.087, -0.1, -0.047, 0.116], of_thi: [-0.04, 0.022, -0.061, -0.067, -0.074, 0.335, -0.073, -0.111, -0.12, -0.082, 0.103], have_happen: [-0.015, 0.062, -0.042, -0.025, -0.02, -0.037, -0.034, -0.06, -0.028, -0.025, 0.133], happen: [-0.015, 0.062, -0.042, -0.025, -0.02, -0.037, -0.034, -0.06, -0.028, -0.025, 0.133], "agent:handle": [-0.07, 0.021, -0.085, 0.295, -0.099, 0.333, 0.266, -0.137, 0.299, -0.084, -1.152], "subj:handle": [-0.099, -0.022, -0.12, 0.213, -0.134, 0.284, -0.22, -0.16, 0.228, -0.113, -0.193], page: [-0.09, 0.159, -0.17, -0.233, -0.2, -0.208, -0.199, 0.324, -0.14, 0.295, 0.147], help: [-0.029, 0.184, -0.057, -0.076, -0.063, -0.058, -0.076, -0.136, -0.047, -0.059, 0.382], instead: [-0.033, 0.078, -0.109, -0.09, -0.06, -0.057, -0.091, -0.138, -0.051, -0.057, 0.271], instead_of: [-0.022, 0.096, -0.09, -0.044, -0.028, -0.032, -0.042, -0.116, -0.031, -0.036, 0.019], fix: [-0.085, 0.167, -0.144, -0.159, -0.123, -0.131, -0.159, 0.132, -0.129, -0.088, 0.144], alon: [-0.027, 0.268, -0.043, -0.058, -0.039, -0.052, 0.332, -0.114, -0.062, -0.04, -0.282], "agent:pronoun": [-0.114, 0.237, 0.325, 0.406, -0.16, 0.255, 0.113, -0.022, -0.17, -0.125, -1.304], "subj:pronoun": [-0.223, 0.186, 0.252, 0.327, -8e-3, 0.203, 0.05, 0.398, -0.208, -0.22, -1.222], follow_the: [-0.094, 0.256, -0.096, 0.599, -0.146, -0.21, -0.132, 0.036, -0.133, 0.262, -0.15], the_checklist: [-0.018, 0.336, -0.019, 0.533, -0.02, -0.067, -0.038, -0.028, -0.042, -0.027, -0.903], checklist: [-0.033, 0.32, -0.028, 0.498, -0.043, -0.087, -0.072, -0.037, -0.061, -0.038, -0.734], would_not: [-0.018, 0.562, -0.04, -0.046, -0.021, -0.036, -0.032, -0.067, -0.088, -0.027, -0.13], not_be: [-0.024, 0.293, -0.035, -0.083, -0.036, -0.067, -0.092, -0.062, 0.25, -0.125, -0.262], write: [-0.108, 0.263, -0.108, -0.155, -0.144, 0.077, -0.143, -0.099, -0.124, -0.089, 0.176], thi_document: [-0.025, 0.308, -0.022, -0.051, -0.024, -0.066, -0.051, -0.028, -0.049, -0.026, -0.051], document: [-0.056, 0.281, -0.057, -0.074, -0.055, -0.102, -0.094, -0.063, -0.074, -0.042, 0.177], manag: [-0.087, 0.561, -0.234, 0.132, -0.105, -0.154, -0.196, -0.126, 0.523, -0.118, -1.228], you: [-0.058, 0.096, 0.018, -0.053, -0.054, -0.033, -0.047, 0.167, -0.061, -0.039, -0.267], you_should: [-0.017, 0.11, 0.03, -0.036, -0.027, -0.023, -0.038, -0.065, -0.054, -0.02, -0.208], have_ask: [-0.014, 0.459, -0.176, -0.046, -0.027, -0.02, -0.038, -0.056, -0.069, -0.027, -0.172], ask: [-0.161, 0.758, -0.284, -0.201, -0.152, -0.171, -0.186, -0.176, -0.203, 0.125, 0.354], ask_for: [-0.014, 0.459, -0.176, -0.046, -0.027, -0.02, -0.038, -0.056, -0.069, -0.027, -0.172], for_a: [-0.032, 0.393, -0.232, -0.135, -0.063, -0.064, -0.117, -0.088, 0.296, -0.066, 0.066], second: [-0.071, 0.039, -0.224, 0.364, -0.109, -0.189, -0.158, -0.155, 0.203, -0.084, -0.135], review: [-0.271, -0.113, 0.392, -0.018, 0.554, -0.449, -0.16, -0.151, 0.201, 0.117, 0.014], label: [-0.053, 0.269, -0.03, -0.038, -0.023, -0.02, -0.04, -0.054, -0.068, -0.019, 0.12], cabl: [-0.022, 0.267, -0.041, -0.015, -0.022, -0.018, -0.017, 0.436, -0.064, -0.015, -0.16], have_been: [-0.069, -0.105, -0.039, -0.125, -0.083, -0.084, -0.117, 0.284, 0.629, -0.075, -0.319], been: [-0.181, -0.537, -0.214, -0.394, -0.244, -0.315, -0.071, 0.07, 1.148, -0.281, 0.062], test: [-0.108, 0.139, -0.173, -0.319, 0.495, -0.194, -0.205, 0.773, -0.231, 0.022, -0.239], test_the: [-0.011, 0.263, -0.035, -0.014, -0.016, -0.017, -0.012, -0.037, -0.021, -0.02, 2e-3], the_script: [-0.022, 0.259, -0.057, -0.065, -0.039, -0.069, -0.035, -0.08, 0.16, -0.085, 0.094], script: [-0.125, -0.012, -0.218, -0.229, -0.218, 0.418, -0.193, 0.054, -6e-3, -0.251, 0.322], on_a: [-0.025, 0.213, -0.059, -0.047, -0.033, -0.053, -0.039, -0.052, -0.046, 0.513, -0.11], a_singl: [-0.028, 0.213, -0.06, -0.036, -0.039, -0.045, -0.035, -0.055, -0.04, -0.066, 0.136], singl: [-0.028, 0.213, -0.06, -0.036, -0.039, -0.045, -0.035, -0.055, -0.04, -0.066, 0.136], host: [-0.08, 0.152, -0.159, 0.189, -0.097, -0.102, -0.148, -0.204, -0.112, -0.163, 0.316], befor_run: [-0.017, 0.218, -0.047, -0.032, -0.032, -0.127, -0.049, -0.044, -0.075, 0.226, -0.127], run: [-0.083, 0.099, -0.116, -0.126, -0.136, 0.458, -0.132, 0.475, -0.138, 0.121, -0.556], run_it: [-0.017, 0.218, -0.047, -0.032, -0.032, -0.127, -0.049, -0.044, -0.075, 0.226, -0.127], approv: [-0.075, 0.243, -0.137, -0.189, 0.064, -0.099, 0.15, -0.112, 0.188, -0.112, 0.053], ought: [-0.026, 0.214, 0.357, -0.082, -0.036, -0.054, -0.044, -0.074, -0.06, -0.06, -0.129], ought_to: [-0.026, 0.214, 0.357, -0.082, -0.036, -0.054, -0.044, -0.074, -0.06, -0.06, -0.129], to_have: [-0.026, 0.214, 0.357, -0.082, -0.036, -0.054, -0.044, -0.074, -0.06, -0.06, -0.129], rollback: [-0.037, 0.289, -0.057, -0.085, -0.073, -0.083, -0.042, 0.371, -0.05, -0.094, 0.03], quick: [-0.015, 0.298, -0.027, -0.028, -0.022, -0.03, -0.02, -0.035, -0.021, -0.028, -0.073], check: [-0.186, -0.27, -0.516, -0.045, 0.013, -0.272, -0.263, 0.482, -0.232, 0.126, 0.289], hit: [-0.024, 0.292, -0.039, -0.045, -0.031, -0.037, -0.024, -0.044, -0.025, -0.036, -0.155], light: [-0.014, 0.303, -0.025, -0.021, -0.017, -0.02, -0.025, 0.468, -0.02, -0.018, -0.542], with_a: [-0.015, 0.348, -0.052, -0.037, -0.052, -0.021, -0.028, -0.019, -0.035, -0.023, -0.286], from_the: [-0.112, 0.159, 0.253, 0.217, 0.132, -0.149, -0.154, -0.129, -0.162, -0.098, -0.581], the_deploi: [-0.031, 0.333, -0.064, -0.038, -0.042, -0.102, -0.043, -0.054, -0.062, -0.056, -0.178], deploi: [-0.133, 0.095, -0.198, -0.263, -0.179, -0.249, 0.299, -0.243, 0.704, 0.368, -0.49], owner: [-0.016, 0.353, -0.052, -0.023, -0.036, -0.02, -0.023, -0.016, -0.038, -0.017, -0.376], the_canari: [-0.061, 0.321, -0.085, -0.051, 0.099, -0.061, -0.059, -0.085, -0.064, -0.042, -0.278], canari: [-0.07, 0.15, -0.139, -0.075, 0.085, -0.074, -0.085, -0.101, -0.088, -0.057, -0.051], everyth: [-0.016, 0.352, -0.052, -0.025, -0.032, -0.026, -0.025, -0.041, -0.036, -0.023, -0.202], more: [-0.145, 0.184, -0.247, -0.338, -0.189, -0.309, -0.327, -0.369, -0.337, 1.135, -0.523], hour: [-0.065, 0.313, 0.419, -0.117, -0.102, 0.327, -0.085, -0.133, -0.076, -0.094, -0.91], for_the: [-0.225, 0.034, -0.267, 0.061, -0.036, -0.374, 0.692, 0.088, 0.277, -0.269, -0.825], the_backup: [-0.075, 0.285, 0.137, 0.126, 0.174, -0.082, -0.087, -0.121, -0.094, -0.11, -0.374], backup: [-0.075, 0.285, 0.137, 0.126, 0.174, -0.082, -0.087, -0.121, -0.094, -0.11, -0.374], lchen2: [-0.023, 0.38, -0.032, -0.058, -0.037, -0.036, -0.062, -0.044, -0.043, -0.027, -0.203], "of_<cap>": [-0.021, 0.444, -0.087, -0.029, -0.028, -0.032, -0.027, -0.051, -0.025, -0.021, -0.123], attent: [-0.027, 0.424, 0.408, -0.097, -0.041, -0.071, -0.065, -0.124, -0.056, 0.245, -0.521], attent_on: [-0.015, 0.455, 0.461, -0.027, -0.027, -0.022, -0.027, -0.04, -0.027, -0.019, -0.445], the_diff: [-0.025, 0.607, -0.114, -0.222, -0.055, -0.05, -0.045, -0.06, -0.04, -0.045, 0.08], diff: [-0.057, 0.579, -0.147, -0.277, -0.12, -0.076, -0.074, -0.096, -0.075, 0.333, 0.138], and_thi: [-0.017, 0.628, -0.054, -0.03, -0.028, -0.03, -0.036, -0.058, -0.021, -0.016, -0.026], never: [-0.05, 0.577, -0.098, -0.163, 0.504, -0.105, -0.097, 0.286, -0.1, -0.15, -0.316], ship: [-0.058, 0.57, -0.09, 0.385, 0.421, -0.102, -0.105, -0.119, -0.087, -0.073, -0.571], engin_should: [-0.033, -0.111, 0.295, -0.097, -0.047, -0.072, -0.122, 0.24, -0.126, 0.149, -0.254], have_notic: [-0.039, -0.222, 0.342, -0.087, -0.048, -0.05, -0.065, -0.14, -0.082, -0.067, 0.268], notic: [-0.083, -0.268, 0.246, 0.237, -0.121, -0.177, -0.135, -0.206, -0.148, -0.116, 0.236], notic_the: [-0.039, -0.222, 0.342, -0.087, -0.048, -0.05, -0.065, -0.14, -0.082, -0.067, 0.268], respons: [-0.13, -0.189, 0.031, -0.382, -0.206, -0.34, 0.445, -0.199, -0.417, -0.163, 0.928], "rule:hindsight/should-have-known": [-0.09, -0.561, 3.118, -0.232, -0.116, -0.215, -0.159, -0.352, -0.23, -0.162, -1], have_known: [-0.027, -0.109, -0.043, -0.041, -0.037, -0.057, -0.032, -0.067, -0.041, -0.031, 0.331], known: [-0.033, -0.117, 0.489, -0.063, -0.043, -0.088, -0.045, -0.109, -0.052, -0.048, 0.233], known_that: [-0.011, -0.04, 0.165, -0.021, -0.013, -0.038, -0.014, -0.034, -0.021, -0.014, -9e-3], that_the: [-0.066, -0.212, 0.632, 0.203, -0.091, -0.161, -0.121, 0.092, -0.114, -0.104, -0.073], the_flag: [-0.023, -0.052, 0.175, -0.076, -0.042, -0.061, -0.048, 0.382, -0.041, -0.027, -0.206], flag: [-0.076, -0.136, 0.059, 0.427, -0.121, 0.208, -0.181, 0.165, -0.126, 0.16, -0.464], affect: [-0.105, -0.162, 0.089, -0.127, -0.138, -0.146, -0.122, -0.119, -0.139, -0.155, 0.298], everi: [-0.053, -0.164, 0.37, -0.128, -0.075, 0.531, -0.121, -0.107, -0.132, 0.156, -0.506], have_caught: [-0.011, -0.061, 0.393, -0.022, -0.014, -0.032, -0.016, -0.023, -0.04, -0.018, -0.171], caught: [-0.011, -0.061, 0.393, -0.022, -0.014, -0.032, -0.016, -0.023, -0.04, -0.018, -0.171], caught_the: [-0.011, -0.061, 0.393, -0.022, -0.014, -0.032, -0.016, -0.023, -0.04, -0.018, -0.171], window: [-0.014, -0.039, 0.196, 0.214, -0.019, -0.024, -0.02, -0.041, -0.038, -0.027, -0.202], she: [-0.038, -0.092, 0.199, -0.07, -0.042, 0.28, 0.495, -0.059, -0.06, -0.033, -0.391], dai: [-0.015, -0.071, 0.197, 0.323, -0.025, -0.032, -0.067, -0.04, -0.053, -0.029, -0.14], the_review: [-0.095, -0.299, 0.642, 0.288, 0.015, -0.158, 0.137, 0.156, 0.118, -0.208, -0.199], up: [-0.098, -0.279, 0.054, -0.177, -0.151, -0.198, -0.177, -0.186, 0.243, -0.148, 0.201], miss: [-0.09, -0.255, 0.697, -0.208, -0.137, -0.133, -0.144, -0.169, -0.136, -0.102, 0.236], nikolai: [-0.014, -0.039, 0.204, -0.036, -0.029, -0.039, -0.034, -0.029, -0.028, -0.028, 0.108], have_seen: [-0.011, -0.202, 0.707, -0.027, -0.018, -0.031, -0.02, -0.022, -0.029, -0.019, -0.247], seen: [-0.011, -0.202, 0.707, -0.027, -0.018, -0.031, -0.02, -0.022, -0.029, -0.019, -0.247], the_cron: [-0.026, -0.064, 0.2, -0.055, -0.027, -0.049, -0.026, -0.033, -0.036, -0.027, -0.025], cron: [-0.026, -0.064, 0.2, -0.055, -0.027, -0.049, -0.026, -0.033, -0.036, -0.027, -0.025], ran: [-0.102, -0.167, 0.093, 0.307, -0.151, 0.079, -0.159, 0.25, 0.014, -0.183, -0.524], recognis: [-0.026, -0.094, 0.085, -0.099, -0.042, -0.066, -0.081, 0.337, -0.093, -0.086, -0.16], the_pattern: [-0.014, -0.073, 0.387, -0.047, -0.027, -0.021, -0.036, -0.03, -0.03, -0.029, -0.109], pattern: [-0.014, -0.073, 0.387, -0.047, -0.027, -0.021, -0.036, -0.03, -0.03, -0.029, -0.109], the_previou: [-0.016, -0.057, 0.178, -0.043, -0.049, -0.024, -0.035, -0.023, -0.031, -0.025, 0.067], previou: [-0.016, -0.057, 0.178, -0.043, -0.049, -0.024, -0.035, -0.023, -0.031, -0.025, 0.067], spot: [-0.014, -0.038, 0.168, -0.018, -0.019, -0.024, -0.022, -0.037, -0.018, -0.012, -0.052], the_vendor: [-0.045, -0.085, 0.16, -0.093, -0.081, -0.095, -0.084, -0.092, -0.085, -0.064, 0.386], vendor: [-0.045, -0.085, 0.16, -0.093, -0.081, -0.095, -0.084, -0.092, -0.085, -0.064, 0.386], do: [-0.031, -0.046, 0.174, -0.038, -0.04, -0.039, -0.064, 0.415, -0.048, -0.026, -0.352], red: [-0.027, -0.141, 0.026, -0.042, -0.033, -0.03, -0.035, -0.073, -0.052, -0.062, 0.398], banner: [-0.03, -0.062, 0.083, -0.072, -0.034, -0.029, -0.032, -0.102, -0.048, -0.043, 0.135], banner_on: [-0.03, -0.062, 0.083, -0.072, -0.034, -0.029, -0.032, -0.102, -0.048, -0.043, 0.135], the_consol: [-0.017, -0.126, 0.041, -0.029, -0.017, -0.017, -0.021, -0.063, -0.039, -0.025, 0.28], consol: [-0.089, -0.179, -0.041, -0.099, -0.113, -0.074, -0.072, -0.142, -0.128, 0.378, 0.451], in_hindsight: [-0.013, -0.059, 0.128, -0.019, -0.015, -0.031, -0.015, -0.025, -0.028, -0.016, -2e-3], hindsight: [-0.029, -0.079, -0.032, -0.033, -0.036, -0.052, -0.036, -0.059, -0.045, -0.032, 0.3], "<cap>_should": [-0.021, -0.177, 0.326, -0.048, -0.023, -0.07, -0.032, 0.267, -0.061, -0.033, -5e-3], the_expir: [-0.024, -0.059, 0.154, -0.064, -0.038, -0.059, -0.095, -0.039, -0.038, -0.035, 0.16], expir: [-0.024, -0.059, 0.154, -0.064, -0.038, -0.059, -0.095, -0.039, -0.038, -0.035, 0.16], expir_certif: [-0.012, -0.045, 0.169, -0.032, -0.015, -0.045, -0.017, -0.02, -0.025, -0.02, 0.065], certif: [-0.074, -0.127, 0.038, 0.111, -0.096, -0.136, -0.158, -0.118, -0.103, -0.099, 0.245], her: [-0.035, -0.113, 0.128, -0.137, -0.051, -0.167, -0.103, -0.052, 0.034, 0.078, 0.037], tabl_wa: [-0.012, -0.022, 0.488, -0.029, -0.011, -0.044, -0.018, -0.065, -0.016, -0.023, -0.014], wa_too: [-0.016, -0.017, 0.514, -0.034, -0.021, -0.056, -0.025, -0.059, -0.022, -0.025, 0.087], too: [-0.08, -0.049, 0.471, -0.074, -0.056, -0.14, -0.063, -0.087, -0.066, -0.047, 0.188], the_warn: [-0.019, -0.062, 0.216, -0.047, -0.02, -0.036, -0.027, -0.109, -0.042, -0.022, 0.258], warn: [-0.072, -0.184, 0.659, 0.147, -0.102, -0.228, -0.217, 0.152, 0.22, -0.177, -0.501], note: [-0.014, -0.047, 0.135, -0.043, -0.018, -0.017, -0.024, -0.034, 0.226, -0.038, -0.088], time_the: [-0.022, -0.062, 0.034, -0.076, -0.029, -0.04, -0.05, -0.089, -0.043, 0.247, 0.147], the_sign: [-0.018, -0.026, 0.599, -0.025, -0.053, -0.029, -0.039, -0.034, -0.022, -0.02, -0.101], sign: [-0.053, -0.067, 0.562, -0.062, -0.096, -0.083, 0.249, -0.071, -0.066, -0.045, -0.095], all: [-0.22, -0.197, 0.394, -0.274, -0.043, 0.092, 0.09, 0.113, -0.2, 0.046, -0.532], dashboard: [-0.085, -0.114, 0.478, -0.154, -0.121, -0.117, -0.142, -0.133, -0.128, 0.366, -0.17], and_he: [-0.048, -0.034, 0.549, -0.038, -0.058, -0.061, 0.268, -0.155, -0.034, -0.03, -0.409], he: [-0.144, -0.315, 0.315, 0.205, 0.073, -0.196, 0.084, 0.412, 0.105, -0.14, -0.494], look: [-0.094, -0.1, 1.003, -0.288, -0.153, -0.154, -0.157, -0.137, -0.109, 0.271, -0.434], straight: [-0.019, -0.019, 0.596, -0.025, -0.019, 0.327, -0.028, -0.03, -0.02, -0.021, -0.56], anyon: [-0.039, -0.259, 0.415, 0.402, -0.106, -0.065, 0.323, -0.063, -0.081, -0.057, -0.481], pai: [-0.018, -0.211, 0.428, -0.08, -0.025, -0.055, -0.05, -0.094, -0.046, 0.256, -0.258], the_payment: [-0.051, -0.228, 0.406, -0.095, -0.072, -0.078, -0.07, -0.064, -0.064, -0.051, 0.155], payment: [-0.051, -0.228, 0.406, -0.095, -0.072, -0.078, -0.07, -0.064, -0.064, -0.051, 0.155], payment_team: [-0.015, -0.191, 0.453, -0.021, -0.034, -0.022, -0.031, -0.025, -0.028, -0.017, -0.031], a_week: [-0.01, -0.194, 0.45, -0.018, -0.016, -0.015, -0.017, -0.018, -0.027, -0.013, -0.026], week: [-0.041, -0.227, 0.381, -0.118, -0.059, -0.068, 0.495, -0.079, -0.102, -0.078, 0.262], the_runbook: [-0.068, -0.096, 0.463, -0.101, -0.1, -0.104, -0.072, 0.373, -0.079, 0.366, -0.536], runbook: [-0.12, -0.148, 0.41, -0.178, -0.193, -0.149, -0.128, 0.574, -0.129, 0.246, -0.161], warn_wa: [-0.027, -0.015, 0.594, -0.036, -0.028, -0.024, -0.033, -0.117, -0.043, -0.022, -0.177], right: [-0.03, -0.064, 0.565, -0.055, -0.036, -0.04, -0.069, -0.093, 0.267, -0.04, -0.429], where: [-0.023, -0.018, 0.607, -0.029, -0.03, -0.042, -0.04, -0.059, -0.042, -0.026, -0.365], where_the: [-0.023, -0.018, 0.607, -0.029, -0.03, -0.042, -0.04, -0.059, -0.042, -0.026, -0.365], oper_wa: [-0.058, -0.014, 0.607, -0.022, 0.202, -0.022, -0.039, -0.071, -0.037, -0.025, -0.538], miss_a: [-0.012, -0.019, 0.682, -0.096, -0.023, -0.021, -0.028, -0.035, -0.024, -0.027, -0.096], delet: [-0.059, -0.11, 0.604, 0.035, -0.074, 0.268, 0.41, -0.153, -0.132, -0.138, -0.117], "rule:omission/ignored": [-0.046, -0.074, 0.571, 2.049, -0.099, -0.152, -0.152, -0.103, -0.175, -0.099, -0.762], look_at: [-0.046, -0.049, 0.468, -0.045, -0.073, -0.085, -0.046, -0.052, -0.04, 0.351, -0.703], graph: [-0.061, -0.075, 0.45, -0.066, -0.08, -0.093, -0.073, -0.104, -0.057, -0.065, -0.467], an_hour: [-0.027, -0.047, 0.481, -0.052, -0.043, -0.093, -0.038, -0.084, -0.027, -0.055, -0.346], earlier: [-0.034, -0.047, 0.467, -0.037, -0.056, -0.061, -0.065, -0.052, -0.043, -0.046, -0.511], said: [-0.025, -0.075, 0.388, -0.04, -0.04, -0.054, -0.035, -0.077, -0.029, -0.049, -0.451], noth: [-0.024, -0.04, 0.489, -0.039, -0.04, -0.049, -0.037, -0.055, -0.035, -0.049, -0.487], the_engin: [-0.059, -0.107, -0.118, 0.143, -0.108, -0.133, -0.118, 0.179, 0.361, -0.175, 0.286], engin_fail: [-0.013, -0.019, -0.032, 0.62, -0.017, -0.027, -0.033, -0.049, -0.029, -0.08, -0.263], fail: [-0.222, -0.269, -0.364, 0.476, -0.266, -0.401, 0.313, -0.474, -0.259, -0.383, 0.596], fail_to: [-0.153, -0.166, -0.19, 0.643, -0.187, -0.292, -0.196, -0.329, -0.159, -0.3, 0.268], verifi: [-0.013, -0.02, -0.022, 0.264, -0.017, -0.025, -0.024, -0.044, -0.023, -0.079, -0.038], delet_the: [-0.017, -0.035, -0.043, 0.228, -0.019, 0.35, -0.069, -0.047, -0.047, -0.056, -0.15], the_origin: [-0.022, -0.032, -0.063, 0.243, -0.038, -0.048, -0.049, -0.061, -0.039, -0.063, 0.197], origin: [-0.033, -0.05, -0.082, 0.197, -0.069, -0.073, -0.098, -0.083, -0.059, -0.084, 0.449], "rule:omission/failed-to": [-0.082, -0.102, -0.145, 2.738, -0.105, -0.198, -0.158, 0.067, -0.131, -0.327, -1.197], saanvi: [-0.017, -0.019, -0.02, 0.379, -0.021, -0.094, -0.033, -0.027, -0.044, -0.029, 0.021], forgot: [-0.054, -0.068, -0.085, 0.834, -0.063, -0.141, -0.072, -0.09, -0.068, -0.092, -0.061], forgot_to: [-0.023, -0.035, -0.044, 0.931, -0.03, -0.065, -0.045, -0.061, -0.041, -0.066, -0.357], to_renew: [-0.021, -0.029, -0.029, 0.21, -0.029, -0.046, -0.031, -0.038, -0.032, -0.044, -0.036], renew: [-0.033, -0.081, -0.046, 0.185, -0.049, -0.08, -0.097, -0.055, 0.046, -0.102, -0.089], renew_the: [-0.021, -0.029, -0.029, 0.21, -0.029, -0.046, -0.031, -0.038, -0.032, -0.044, -0.036], the_certif: [-0.049, -0.068, -0.117, 0.175, -0.058, -0.077, -0.063, -0.078, -0.065, -0.064, 0.084], ignor: [-0.07, -0.109, -0.147, 0.588, -0.105, -0.123, -0.135, -0.152, -0.137, -0.078, 0.024], ignor_the: [-0.07, -0.109, -0.147, 0.588, -0.105, -0.123, -0.135, -0.152, -0.137, -0.078, 0.024], neglect: [-0.049, -0.063, -0.079, 0.558, -0.064, -0.087, -0.078, -0.178, -0.063, -0.129, 0.025], neglect_to: [-0.049, -0.063, -0.079, 0.558, -0.064, -0.087, -0.078, -0.178, -0.063, -0.129, 0.025], to_put: [-0.019, -0.021, -0.04, 0.257, 0.491, -0.03, -0.039, -0.096, -0.028, -0.061, -0.342], put: [-0.047, -0.047, -0.075, 0.227, 0.411, -0.114, -0.08, -0.113, -0.068, -0.089, -0.138], "@ops-sunni": [-0.026, -0.035, -0.03, 0.341, -0.035, -0.048, -0.047, -0.032, -0.048, -0.033, 0.042], "didn't": [-0.044, -0.061, -0.075, 0.45, -0.069, -0.084, -0.091, 0.241, -0.088, -0.157, -0.139], "didn't_follow": [-0.023, -0.042, -0.033, 0.833, -0.033, -0.052, -0.068, -0.074, -0.063, -0.059, -0.315], the_chang: [-0.094, -0.102, -0.132, 0.812, -0.229, -0.176, 0.157, -0.117, -0.15, -0.146, 0.259], chang: [-0.321, -0.567, -0.478, 0.761, -0.055, 0.131, -0.219, -0.572, -0.51, 0.252, -0.139], "rule:omission/did-not": [-0.03, -0.061, -0.059, 0.782, -0.043, -0.074, -0.086, 0.279, -0.088, -0.078, -0.469], overlook: [-0.045, -0.08, -0.127, 1.212, -0.078, -0.096, -0.083, -0.073, -0.12, -0.074, -0.12], chang_to: [-0.014, -0.014, -0.016, 0.265, -0.022, 0.301, -0.028, -0.017, -0.022, -0.041, -0.35], the_alert: [-0.055, -0.101, -0.094, 0.161, -0.061, -0.069, -0.062, -0.102, -0.067, -0.108, 0.056], alert: [-0.128, -0.256, -0.295, -0.082, -0.214, -0.25, -0.269, -0.322, -0.251, 0.154, 0.644], after: [-0.16, -0.211, -0.19, -0.027, -0.191, -0.264, -0.294, -0.233, 0.87, -0.19, -0.215], after_the: [-0.097, -0.094, -0.124, 0.076, -0.112, -0.159, -0.162, -0.143, 0.889, -0.09, -0.317], the_mainten: [-0.017, -0.029, -0.041, 0.936, -0.025, -0.048, -0.024, -0.062, -0.025, -0.034, -0.446], to_check: [-0.034, -0.087, -0.157, 0.146, -0.053, -0.069, -0.05, 0.139, -0.045, 0.344, -0.252], check_for: [-0.015, -0.156, -0.059, 0.364, -0.019, -0.036, -0.031, -0.078, -0.032, -0.043, 0.081], the_platform: [-0.025, -0.053, -0.054, 0.314, -0.068, -0.048, -0.124, -0.035, 0.43, -0.028, -0.311], platform: [-0.049, -0.089, -0.085, 0.204, -0.112, -0.117, -0.167, -0.077, 0.382, -0.073, 0.091], platform_team: [-0.036, -0.074, -0.069, 0.274, -0.096, -0.086, -0.153, -0.054, 0.395, -0.045, 0.035], the_cloud: [-0.032, -0.045, -0.065, 0.301, -0.06, -0.061, -0.048, -0.044, -0.059, -0.045, -0.124], cloud: [-0.032, -0.045, -0.065, 0.301, -0.06, -0.061, -0.048, -0.044, -0.059, -0.045, -0.124], cloud_provid: [-0.032, -0.045, -0.065, 0.301, -0.06, -0.061, -0.048, -0.044, -0.059, -0.045, -0.124], provid: [-0.068, -0.083, -0.111, 0.228, -0.099, -0.117, -0.087, -0.082, -0.095, -0.079, 0.062], escal: [-0.018, -0.018, -0.023, 0.33, -0.019, -0.04, -0.026, -0.045, -0.015, -0.03, -0.086], when: [-0.184, -0.163, -0.17, 0.151, 0.156, 0.163, 0.289, -0.191, -0.195, 0.055, -0.336], when_the: [-0.066, -0.058, -0.066, 0.287, -0.06, 0.305, -0.11, -0.077, -0.07, -0.079, -0.113], the_error: [-0.127, -0.057, -0.066, 0.274, -0.089, -0.075, -0.081, 0.15, -0.055, -0.098, 6e-3], error_rate: [-0.056, -0.046, -0.055, 0.32, -0.042, -0.085, -0.068, -0.065, -0.046, -0.063, 0.083], rate: [-0.089, -0.211, -0.098, 0.245, -0.076, 0.209, -0.109, -0.106, -0.107, -0.1, 0.134], the_second: [-0.024, -0.038, -0.035, 0.479, -0.03, -0.101, -0.067, -0.078, 0.314, -0.036, -0.168], the_config: [-0.029, -0.028, -0.032, 0.549, -0.039, -0.102, 0.521, -0.035, -0.063, -0.037, -0.471], config: [-0.114, -0.31, -0.226, 0.312, -0.209, 0.096, 0.244, -0.201, -0.261, -0.037, -0.075], the_site: [-0.067, -0.095, -0.101, 0.254, -0.081, -0.188, -0.109, -0.183, -0.104, -0.101, 0.341], site: [-0.067, -0.095, -0.101, 0.254, -0.081, -0.188, -0.109, -0.183, -0.104, -0.101, 0.341], procedur: [-0.059, -0.079, -0.07, 0.287, -0.084, -0.142, -0.115, -0.158, -0.091, -0.095, 0.425], found: [-0.017, -0.022, -0.023, 0.31, -0.024, -0.03, -0.035, -0.046, -0.023, -0.033, 0.037], to_add: [-0.02, -0.028, -0.027, 0.291, -0.023, -0.039, -0.032, -0.047, -0.034, -0.07, -5e-3], add: [-0.062, -0.095, -0.086, 0.186, -0.078, -0.137, -0.084, -0.144, -0.088, -0.196, 0.395], open: [-0.048, -0.049, -0.068, 0.256, -0.078, -0.067, -0.078, -0.061, -0.087, -0.098, 0.211], ticket: [-0.019, -0.027, -0.039, 0.305, -0.045, -0.047, -0.054, -0.051, -0.033, -0.067, 0.189], wiremu: [-0.016, -0.021, -0.034, 0.454, -0.065, -0.04, -0.036, -0.023, -0.036, -0.034, 0.01], without: [-0.037, -0.07, -0.054, 0.411, -0.091, -0.137, -0.07, 0.278, -0.06, -0.076, -0.048], the_mobil: [-0.017, -0.024, -0.03, 0.422, 0.451, -0.041, -0.045, -0.051, -0.034, -0.047, -0.355], mobil: [-0.036, -0.064, -0.07, 0.378, 0.419, -0.088, -0.106, -0.089, -0.074, -0.101, 0.061], mobil_team: [-0.017, -0.024, -0.03, 0.422, 0.451, -0.041, -0.045, -0.051, -0.034, -0.047, -0.355], schema: [-0.029, -0.094, -0.082, 0.499, -0.042, -0.074, -0.049, -0.055, -0.045, -0.042, -0.436], schema_chang: [-0.021, -0.086, -0.073, 0.548, -0.03, -0.056, -0.035, -0.039, -0.035, -0.024, -0.594], sat: [-0.017, -0.042, -0.044, 0.554, -0.019, -0.055, -0.03, -0.028, -0.032, -0.02, -0.565], ran_the: [-0.077, -0.12, -0.112, 0.364, -0.111, 0.15, -0.127, 0.297, 0.05, -0.155, -0.524], let: [-0.078, -0.072, -0.065, 0.539, 0.085, -0.107, -0.163, -0.074, -0.091, -0.073, -0.094], let_the: [-0.041, -0.046, -0.043, 0.571, 0.131, -0.061, -0.125, -0.054, -0.055, -0.047, -0.195], the_pager: [-0.022, -0.034, -0.029, 0.589, -0.04, -0.044, -0.112, -0.027, -0.05, -0.023, -0.03], pager: [-0.029, -0.045, -0.042, 0.551, -0.063, -0.059, -0.126, -0.037, -0.081, -0.057, 0.098], ring: [-0.014, -0.028, -0.019, 0.58, -0.036, -0.041, -0.099, -0.023, -0.033, -0.021, -0.051], out: [-0.077, -0.102, -0.091, 0.441, -0.123, 0.557, -0.182, -0.215, -0.118, -0.12, -0.447], left: [-0.023, -0.04, -0.049, 0.652, -0.042, -0.062, -0.047, 0.352, -0.033, -0.034, -0.441], left_the: [-0.019, -0.034, -0.041, 0.659, -0.035, -0.053, -0.041, 0.37, -0.027, -0.027, -0.521], went: [-0.02, -0.033, -0.036, 0.663, -0.054, -0.055, -0.028, -0.078, -0.024, -0.104, -0.127], sloppi: [-0.079, -0.036, -0.039, -0.059, 0.723, -0.055, -0.052, -0.057, -0.041, -0.054, -0.293], introduc: [-0.043, -0.028, -0.018, -0.018, 0.249, -0.038, -0.033, -0.04, -0.023, -0.019, 0.077], the_regress: [-0.054, -0.036, -0.036, -0.028, 0.238, -0.049, -0.04, -0.038, -0.036, -0.025, -0.03], regress: [-0.054, -0.036, -0.036, -0.028, 0.238, -0.049, -0.04, -0.038, -0.036, -0.025, -0.03], "rule:character/judgement-word": [-0.434, -0.159, -0.186, -0.25, 3.235, -0.259, -0.266, -0.349, -0.218, -0.36, -1.315], wa_careless: [-0.067, -0.029, -0.052, -0.036, 0.153, -0.045, -0.086, -0.072, -0.063, -0.046, 0.179], careless: [-0.176, -0.071, -0.098, -0.09, 0.749, -0.097, -0.161, -0.15, -0.131, -0.166, -0.083], careless_with: [-0.123, -0.028, -0.039, -0.034, 0.336, -0.034, -0.071, -0.08, -0.058, -0.109, -0.163], push: [-0.064, -0.069, -0.068, -0.071, 0.105, -0.091, -0.067, -0.086, -0.055, -0.107, 0.284], with_no: [-0.032, -0.021, -0.019, -0.026, 0.159, -0.033, -0.023, -0.027, -0.017, -0.016, 0.031], a_reckless: [-0.049, -0.012, -0.014, -0.012, 0.346, -0.016, -0.018, -0.055, -0.012, -0.017, -0.2], reckless: [-0.069, -0.026, -0.025, -0.029, 0.309, -0.031, -0.034, -0.095, -0.021, -0.033, -0.142], yerlan: [-0.031, -0.023, -0.021, -0.025, 0.186, -0.028, -0.025, -0.023, -0.022, -0.025, -0.05], neglig: [-0.157, -0.082, -0.099, -0.095, 0.595, -0.095, -0.127, -0.152, -0.111, -0.105, -0.226], handl: [-0.044, -0.043, -0.032, -0.056, 0.175, -0.067, -0.055, -0.042, -0.037, -0.038, -0.013], kei: [-0.031, -0.027, -0.021, -0.027, 0.157, -0.024, -0.03, -0.03, -0.025, -0.026, 0.113], custom: [-0.052, -0.048, -0.049, -0.093, 0.147, -0.071, -0.059, -0.074, -0.048, -0.099, 0.135], the_databas: [-0.092, -0.239, -0.138, -0.174, 0.017, -0.19, -0.125, -0.123, -0.14, -0.121, 0.733], databas: [-0.131, -0.289, -0.181, -0.309, -0.042, 0.515, -0.191, -0.201, -0.201, -0.188, 0.387], databas_team: [-0.038, -0.032, -0.044, -0.076, 0.099, -0.072, -0.054, -0.043, -0.055, -0.071, 0.265], ha: [-0.1, -0.139, -0.125, -0.227, 0.648, -0.189, 0.062, -0.171, 0.604, -0.18, -0.764], about: [-0.129, -0.164, -0.211, -0.191, 0.019, -0.204, -0.167, -0.173, 0.093, -0.204, 0.345], incompet: [-0.043, -0.018, -0.017, -0.041, 0.527, -0.068, -0.033, -0.038, -0.022, -0.068, -0.092], edit: [-0.047, -0.04, -0.052, -0.071, 0.215, 0.366, -0.133, -0.038, -0.085, -0.073, -0.229], the_firewal: [-0.054, -0.032, -0.034, -0.042, 0.248, -0.141, -0.047, -0.04, -0.041, -0.034, -7e-3], firewal: [-0.054, -0.032, -0.034, -0.042, 0.248, -0.141, -0.047, -0.04, -0.041, -0.034, -7e-3], in_a: [-0.022, -0.015, -0.03, -0.025, 0.161, 0.33, -0.017, -0.022, -0.021, -0.025, -0.323], a_careless: [-0.03, -0.021, -0.023, -0.03, 0.476, -0.027, -0.025, -0.023, -0.023, -0.025, -0.168], wai: [-0.033, -0.05, -0.039, -0.068, 0.118, -0.046, -0.033, -0.076, -0.034, -0.113, 0.203], disabl: [-0.06, -0.032, -0.036, -0.044, 0.197, -0.05, -0.05, -0.089, -0.037, -0.035, 0.047], safeti: [-0.048, -0.032, -0.034, -0.067, 0.19, -0.071, -0.055, -0.076, -0.048, 0.425, -0.09], decis: [-0.035, -0.023, -0.028, -0.026, 0.147, -0.023, -0.036, -0.059, -0.022, -0.027, 0.124], team_to: [-0.031, -0.02, -0.012, -0.026, 0.156, -0.052, -0.018, -0.049, -0.013, 0.263, -0.135], to_skip: [-0.045, -0.038, -0.047, -0.059, 0.145, -0.071, -0.055, 0.189, -0.034, -0.052, 0.036], skip: [-0.051, -0.046, -0.059, -0.066, 0.131, -0.086, -0.067, 0.175, -0.046, -0.059, 0.123], skip_the: [-0.033, -0.017, -0.015, -0.04, 0.156, -0.056, -0.017, -0.069, -0.014, -0.028, 0.113], intern: [-0.17, -0.129, -0.16, -0.258, -0.053, 0.213, -0.206, 0.197, 0.016, 0.056, -0.107], ar: [-0.129, -0.073, -0.08, -0.179, 0.019, -0.138, -0.122, -0.151, 0.205, 0.125, 0.026], their: [-0.149, -0.127, -0.174, -0.257, 0.013, -0.165, -0.246, -0.242, 0.416, 0.141, -0.403], command: [-0.147, -0.139, -0.114, -0.183, 0.019, -0.198, -0.186, 0.375, -0.173, -0.239, 0.272], the_bug: [-0.033, -0.02, -0.028, -0.048, 0.155, -0.02, -0.037, -0.049, -0.03, -0.035, 0.065], bug: [-0.049, -0.057, -0.044, -0.096, 0.128, -0.049, -0.091, -0.075, -0.065, -0.05, 0.184], through: [-0.036, -0.024, -0.048, -0.121, 0.146, -0.028, 0.312, -0.043, -0.048, -0.048, -0.153], bj\u00F8rn: [-0.026, -0.039, -0.025, -0.028, 0.201, -0.067, -0.038, -0.024, -0.032, -0.043, 0.175], "with_<cap>": [-0.024, -0.024, -0.014, -0.029, 0.213, -0.098, -0.031, -0.015, -0.022, 0.255, -0.12], made_the: [-0.122, -0.037, -0.038, -0.064, 0.162, -0.089, -0.077, -0.047, -0.043, -0.045, 0.229], outag_last: [-0.046, -0.055, -0.038, -0.042, 0.183, -0.096, -0.057, -0.033, -0.055, -0.038, 0.076], twice: [-0.074, -0.127, -0.098, -0.106, 0.123, -0.244, -0.179, -0.117, -0.138, 0.11, 0.349], long: [-0.026, -0.024, -0.021, -0.031, 0.209, -0.073, -0.034, -0.016, -0.029, -0.034, 0.024], "rule:proximal/which-damaged": [-0.05, -0.055, -0.06, -0.154, 0.164, 1.362, -0.094, -0.069, -0.09, -0.116, -0.605], op: [-0.036, -0.024, -0.032, -0.03, 0.231, -0.025, -0.024, -0.024, -0.024, -0.058, -0.04], staff: [-0.056, -0.035, -0.056, -0.084, 0.19, -0.041, -0.041, -0.121, -0.04, 0.558, -0.433], monitor: [-0.078, -0.08, -0.076, -0.094, 0.176, -0.102, -0.097, -0.072, -0.129, -0.097, 0.081], "<cap>_for": [-0.021, -0.023, -0.017, -0.038, 0.301, -0.034, -0.024, -0.023, -0.02, -0.018, 0.058], the_whole: [-0.025, -0.043, -0.019, -0.042, 0.289, -0.03, -0.065, -0.026, -0.036, -0.019, -7e-3], whole: [-0.025, -0.043, -0.019, -0.042, 0.289, -0.03, -0.065, -0.026, -0.036, -0.019, -7e-3], rotat: [-0.066, -0.089, -0.103, -0.171, 0.47, -0.118, -0.127, -0.142, 0.145, -0.101, 0.063], and_it: [-0.024, -0.072, -0.04, -0.039, 0.571, -0.05, -0.045, 0.355, -0.03, -0.071, -0.715], show: [-0.102, -0.153, -0.136, -0.181, 0.451, -0.134, -0.138, -0.149, -0.124, -0.102, 0.049], some: [-0.074, -0.114, -0.105, -0.12, 0.535, -0.085, -0.093, -0.124, -0.095, -0.135, -0.085], suggest: [-0.017, -0.024, -0.034, -0.06, 0.607, -0.04, -0.023, -0.034, -0.027, -0.052, -0.228], dao: [-0.015, -0.021, -0.018, -0.027, 0.539, -0.021, -0.03, -0.018, -0.027, -0.016, -0.503], kind: [-0.028, -0.027, -0.04, -0.027, 0.52, -0.037, -0.062, -0.036, -0.037, -0.022, -0.448], kind_of: [-0.028, -0.027, -0.04, -0.027, 0.52, -0.037, -0.062, -0.036, -0.037, -0.022, -0.448], engin_who: [-0.04, -0.061, -0.057, -0.097, 0.461, -0.067, 0.233, -0.083, 0.108, -0.102, -0.516], think: [-0.018, -0.034, -0.024, -0.052, 0.538, -0.035, -0.049, -0.07, -0.036, 0.263, -0.581], to_test: [-0.028, -0.058, -0.05, -0.15, 0.466, -0.055, -0.067, -0.147, -0.104, 0.126, -0.259], is_to: [-0.032, -0.051, -0.038, -0.089, 0.457, -0.04, -0.111, -0.088, -0.033, -0.046, -0.148], efua: [-0.015, -0.02, -0.028, -0.098, -0.022, 0.287, -0.022, -0.028, -0.028, -0.025, 0.153], migrat_on: [-0.028, -0.057, -0.05, -0.058, -0.034, 0.28, -0.03, -0.061, -0.041, -0.099, -0.043], live: [-0.065, -0.093, -0.078, -0.128, -0.099, 0.246, -0.084, 0.386, -0.086, -0.136, 0.23], databas_which: [-0.014, -0.022, -0.025, -0.052, -0.025, 0.76, -0.02, -0.042, -0.032, -0.043, -0.593], which: [-0.155, -0.288, -0.358, -0.485, -0.229, 1.269, -0.269, 0.479, -0.23, -0.26, 0.151], lock: [-0.015, -0.023, -0.029, -0.051, -0.027, 0.313, -0.033, -0.03, -0.055, -0.024, 0.078], order: [-0.033, -0.211, -0.07, -0.08, -0.062, 0.291, -0.05, -0.09, -0.065, -0.094, 0.152], began: [-0.049, -0.087, -0.061, -0.121, -0.046, 0.656, -0.108, -0.07, -0.084, -0.056, 0.016], zone: [-0.026, -0.047, -0.049, -0.086, -0.029, 0.344, -0.066, -0.037, -0.053, -0.029, -0.01], "rule:proximal/person-then-damage": [-0.059, -0.084, -0.102, -0.152, -0.101, 1.799, -0.204, -0.071, -0.141, -0.098, -0.761], fionn: [-0.015, -0.021, -0.02, -0.068, -0.023, 0.319, -0.023, -0.029, -0.021, -0.038, -0.05], the_rate: [-0.014, -0.151, -0.027, -0.057, -0.02, 0.322, -0.021, -0.019, -0.032, -0.026, 2e-3], rate_limit: [-0.014, -0.151, -0.027, -0.057, -0.02, 0.322, -0.021, -0.019, -0.032, -0.026, 2e-3], limit: [-0.106, -0.229, -0.11, -0.204, -0.104, 0.173, -0.107, -0.142, -0.15, -0.11, 0.364], caus_the: [-0.15, -0.14, -0.149, -0.287, -0.168, 1.168, -0.284, -0.164, -7e-3, -0.194, -0.12], the_intern: [-0.059, -0.071, -0.089, -0.182, -0.132, 0.291, -0.122, 0.297, 0.122, 0.194, -0.338], drop: [-0.056, -0.054, -0.057, -0.088, -0.069, 0.277, -0.054, -0.077, -0.057, -0.077, -0.305], which_turn: [-0.014, -0.019, -0.017, -0.052, -0.024, 0.38, -0.017, -0.05, -0.019, -0.047, -0.334], turn: [-0.014, -0.019, -0.017, -0.052, -0.024, 0.38, -0.017, -0.05, -0.019, -0.047, -0.334], turn_out: [-0.014, -0.019, -0.017, -0.052, -0.024, 0.38, -0.017, -0.05, -0.019, -0.047, -0.334], out_to: [-0.014, -0.019, -0.017, -0.052, -0.024, 0.38, -0.017, -0.05, -0.019, -0.047, -0.334], to_be: [-0.014, -0.019, -0.021, -0.037, -0.026, 0.408, -0.021, -0.042, -0.023, -0.054, -0.303], restart_the: [-0.049, -0.085, -0.067, -0.141, -0.07, 0.362, -0.074, -0.085, -0.067, -0.072, 0.082], broker: [-0.019, -0.202, -0.04, -0.031, -0.027, 0.449, -0.026, -0.048, -0.041, -0.023, -0.239], peak: [-0.094, -0.092, -0.067, -0.088, -0.076, 0.363, -0.097, -0.074, -0.086, -0.073, -0.079], trigger: [-0.045, -0.122, -0.081, -0.097, -0.067, 0.4, -0.072, -0.065, -0.081, -0.052, -0.118], trigger_a: [-0.025, -0.059, -0.032, -0.065, -0.043, 0.433, -0.048, -0.027, -0.056, -0.024, -0.263], consum: [-0.037, -0.052, -0.069, -0.094, -0.057, 0.419, -0.055, -0.06, -0.049, -0.082, -0.048], "rule:proximal/action-causing": [-0.056, -0.095, -0.1, -0.201, -0.072, 2.247, -0.158, -0.106, -0.145, -0.102, -0.928], goran: [-0.013, -0.02, -0.021, -0.032, -0.023, 0.365, -0.047, -0.031, -0.035, -0.022, -0.121], reboot: [-0.023, -0.024, -0.025, -0.038, -0.027, 0.289, -0.066, -0.024, -0.045, -0.024, -0.079], switch: [-0.043, -0.06, -0.065, -0.134, -0.065, 0.31, -0.086, -0.085, -0.062, -0.084, 0.077], which_took: [-0.033, -0.036, -0.034, -0.073, -0.042, 0.268, -0.076, -0.043, -0.052, -0.035, -0.125], took: [-0.124, -0.196, -0.162, -0.265, -0.206, -0.055, 0.291, 0.181, -0.232, -0.232, 0.204], took_the: [-0.044, -0.05, -0.049, -0.101, -0.055, 0.213, -0.088, -0.101, -0.06, -0.057, 0.139], offlin: [-0.028, -0.056, -0.051, -0.095, -0.056, 0.216, 0.432, -0.042, -0.132, -0.085, -0.338], loss: [-0.043, -0.051, -0.049, -0.071, -0.038, 0.519, -0.064, -0.066, -0.062, -0.045, -0.036], truncat: [-0.039, -0.079, -0.084, -0.069, -0.047, 0.226, -0.084, -0.058, -0.056, -0.034, 0.158], truncat_the: [-0.028, -0.039, -0.072, -0.034, -0.034, 0.256, -0.048, -0.028, -0.033, -0.024, 0.095], "<cap>_chang": [-0.043, -0.058, -0.045, -0.103, -0.064, 0.287, -0.085, -0.107, -0.044, 0.213, 0.024], region: [-0.064, -0.099, -0.16, -0.089, -0.068, 0.361, -0.088, -0.143, -0.071, -0.096, 0.087], "rule:proximal/possessive-cause": [-0.055, -0.072, -0.065, -0.146, -0.067, 0.274, 0.905, -0.06, -0.152, -0.114, -0.433], merg: [-0.024, -0.054, -0.032, -0.087, -0.038, 0.38, -0.085, -0.041, -0.048, -0.028, -0.032], merg_the: [-0.024, -0.054, -0.032, -0.087, -0.038, 0.38, -0.085, -0.041, -0.048, -0.028, -0.032], the_featur: [-0.044, -0.051, -0.054, -0.131, -0.051, 0.346, -0.073, -0.079, -0.049, -0.055, -5e-3], featur: [-0.066, -0.088, -0.12, -0.236, -0.095, 0.262, -0.161, -0.191, -0.101, 0.149, 0.055], featur_flag: [-0.035, -0.058, -0.083, -0.197, -0.046, 0.315, -0.104, -0.141, -0.064, 0.21, -0.154], remov: [-0.03, -0.085, -0.053, -0.096, -0.068, 0.377, -0.07, -0.043, -0.129, -0.09, 0.262], releas_engin: [-0.019, -0.035, -0.029, -0.073, -0.019, 0.241, -0.052, -0.082, -0.055, 0.243, -0.082], the_crash: [-0.027, -0.031, -0.033, -0.114, -0.028, 0.23, -0.043, -0.048, -0.045, -0.053, 0.023], crash: [-0.046, -0.072, -0.074, -0.158, -0.059, 0.184, -0.104, -0.086, -0.085, -0.107, 0.438], loop: [-0.024, -0.028, -0.029, -0.053, -0.025, 0.247, -0.168, -0.04, -0.053, -0.038, -8e-3], "09": [-0.013, -0.016, -0.019, -0.027, -0.017, 0.273, -0.025, -0.026, -0.02, -0.029, -0.178], "<cap>_<cap>": [-0.087, -0.125, -0.13, -0.198, -0.136, -0.017, -0.184, -0.162, -0.169, -0.186, 0.814], appli: [-0.014, -0.034, -0.048, -0.025, -0.015, 0.29, -0.022, 0.312, -0.026, -0.027, -0.318], the_new: [-0.107, -0.104, -0.091, -0.126, -0.125, 0.195, -0.106, -0.144, -0.133, 0.299, 6e-3], new: [-0.115, -0.115, -0.108, -0.143, -0.141, 0.167, -0.128, -0.158, -0.15, 0.285, 0.11], block: [-0.105, -0.11, -0.102, -0.139, -0.09, 0.416, -0.106, -0.114, -0.102, -0.186, -0.051], traffic: [-0.086, -0.093, -0.103, -0.118, -0.118, 0.111, -0.12, -0.102, -0.127, -0.139, 0.256], vacuum: [-0.019, -0.031, -0.036, -0.072, -0.026, 0.408, -0.038, -0.041, -0.035, -0.037, 0.036], block_write: [-0.04, -0.042, -0.043, -0.07, -0.034, 0.193, -0.049, -0.043, -0.052, -0.035, 0.01], checkout: [-0.073, -0.066, -0.077, -0.099, -0.077, 0.152, -0.126, -0.162, -0.099, -0.067, 0.282], the_power: [-0.024, -0.021, -0.029, -0.053, -0.02, 0.177, -0.045, -0.032, -0.049, -0.025, 0.048], power: [-0.024, -0.021, -0.029, -0.053, -0.02, 0.177, -0.045, -0.032, -0.049, -0.025, 0.048], row: [-0.019, -0.156, -0.067, -0.066, -0.021, 0.248, -0.035, -0.044, -0.051, -0.031, 0.094], jurgen: [-0.034, -0.046, -0.055, -0.083, -0.084, 0.361, -0.129, -0.029, -0.088, -0.075, -0.029], search: [-0.055, -0.069, -0.088, -0.109, -0.104, 0.323, -0.154, -0.063, -0.108, -0.091, 0.134], luka: [-0.016, -0.017, -0.025, -0.03, -0.028, 0.304, -0.035, -0.02, -0.025, -0.029, -0.1], the_load: [-0.038, -0.187, -0.124, -0.05, -0.047, 0.253, -0.057, -0.079, -0.083, -0.039, 0.014], load: [-0.038, -0.187, -0.124, -0.05, -0.047, 0.253, -0.057, -0.079, -0.083, -0.039, 0.014], load_balanc: [-0.026, -0.063, -0.103, -0.031, -0.033, 0.268, -0.038, -0.059, -0.035, -0.029, -0.049], balanc: [-0.026, -0.063, -0.103, -0.031, -0.033, 0.268, -0.038, -0.059, -0.035, -0.029, -0.049], "16_00": [-0.027, -0.034, -0.035, -0.047, -0.047, 0.243, -0.054, -0.042, -0.04, -0.069, 0.015], "00": [-0.046, -0.059, -0.077, -0.086, -0.085, 0.153, -0.09, -0.074, -0.067, -0.097, 0.322], by_16: [-0.027, -0.034, -0.035, -0.047, -0.047, 0.243, -0.054, -0.042, -0.04, -0.069, 0.015], "02": [-0.034, -0.045, -0.063, -0.061, -0.057, 0.235, -0.061, -0.05, -0.05, -0.05, 0.136], request: [-0.075, -0.119, -0.12, -0.103, -0.097, 0.245, -0.102, -0.118, -0.101, -0.109, 0.128], start: [-0.066, -0.125, -0.097, -0.137, -0.099, 0.178, -0.116, -0.084, 0.252, -0.078, 0.435], log: [-0.168, -0.185, -0.21, -0.26, -0.219, 0.129, -0.183, -0.195, -0.201, -0.192, 0.356], log_in: [-0.046, -0.041, -0.061, -0.06, -0.045, 0.329, -0.038, -0.062, -0.039, -0.072, -0.103], line: [-0.051, -0.062, -0.087, -0.098, -0.101, 0.27, -0.079, -0.098, -0.076, -0.06, 0.419], termin: [-0.044, -0.039, -0.064, -0.088, -0.097, 0.25, -0.056, -0.043, -0.058, -0.052, 0.078], cleanup: [-0.023, -0.019, -0.028, -0.019, -0.03, 0.656, -0.035, -0.057, -0.021, -0.014, -0.277], cleanup_script: [-0.023, -0.019, -0.028, -0.019, -0.03, 0.656, -0.035, -0.057, -0.021, -0.014, -0.277], empti: [-0.021, -0.018, -0.021, -0.016, -0.024, 0.67, -0.033, -0.051, -0.022, -0.013, -0.406], the_mistak: [-0.033, -0.032, -0.046, -0.031, -0.038, -0.076, 0.528, -0.033, -0.034, -0.022, -0.243], mistak: [-0.119, -0.146, -0.155, -0.167, -0.144, -0.315, 1.249, -0.134, -0.203, -0.138, -0.292], mistak_wa: [-0.033, -0.025, -0.037, -0.032, -0.039, -0.072, 0.482, -0.04, -0.035, -0.024, -0.246], copi: [-0.036, -0.106, -0.134, -0.084, -0.052, -0.101, 0.462, -0.089, -0.087, 0.163, -0.242], the_culprit: [-0.029, -0.028, -0.043, -0.043, -0.068, -0.042, 0.273, -0.033, -0.063, -0.029, -0.012], culprit: [-0.04, -0.054, -0.056, -0.056, -0.092, -0.053, 0.259, -0.062, -0.073, -0.04, 0.043], approv_the: [-0.02, -0.024, -0.035, -0.038, -0.063, -0.039, 0.277, -0.033, -0.055, -0.027, 0.051], the_rollout: [-0.034, -0.03, -0.034, -0.047, -0.087, -0.041, 0.272, -0.059, -0.052, -0.036, 0.022], rollout: [-0.034, -0.03, -0.034, -0.047, -0.087, -0.041, 0.272, -0.059, -0.052, -0.036, 0.022], obinna: [-0.017, -0.02, -0.022, -0.038, -0.027, -0.04, 0.363, -0.018, -0.053, -0.02, -0.054], is_at: [-0.046, -0.063, -0.04, -0.065, -0.079, -0.064, 0.052, -0.039, -0.07, -0.049, 0.058], at_fault: [-0.053, -0.076, -0.054, -0.086, -0.091, -0.075, 6e-3, -0.047, -0.087, -0.06, 0.209], fault: [-0.168, -0.228, -0.225, -0.276, -0.237, -0.342, 0.755, -0.334, -0.253, -0.172, 0.392], fault_for: [-0.024, -0.037, -0.026, -0.049, -0.038, -0.041, 0.095, -0.022, -0.058, -0.03, -8e-3], leav: [-0.015, -0.024, -0.022, -0.042, -0.024, -0.033, 0.338, -0.015, -0.036, -0.02, -0.078], leav_the: [-0.015, -0.024, -0.022, -0.042, -0.024, -0.033, 0.338, -0.015, -0.036, -0.02, -0.078], the_deploy: [-0.025, -0.029, -0.029, -0.081, -0.034, -0.046, 0.362, -0.038, -0.034, -0.038, -0.164], deploy: [-0.025, -0.029, -0.029, -0.081, -0.034, -0.046, 0.362, -0.038, -0.034, -0.038, -0.164], thi_failur: [-0.022, -0.032, -0.04, -0.065, -0.033, -0.047, 0.525, -0.051, -0.051, -0.038, -0.192], failur: [-0.034, -0.047, -0.054, -0.097, -0.055, -0.061, 0.448, -0.071, -0.064, -0.053, -0.096], "<cap>_team": [-0.046, -0.051, -0.039, -0.056, -0.068, -0.072, 0.623, -0.064, -0.057, 0.325, -0.196], "rule:fault-noun/responsibility": [-0.164, -0.136, -0.14, -0.301, -0.174, -0.182, 2.722, -0.24, -0.374, -0.169, -0.915], pilar: [-0.021, -0.023, -0.021, -0.042, -0.049, -0.041, 0.352, -0.02, -0.049, -0.025, 0.032], is_respons: [-0.047, -0.066, -0.051, -0.119, -0.095, -0.09, 0.05, -0.046, -0.115, -0.045, 0.492], respons_for: [-0.072, -0.106, -0.09, -0.239, -0.133, -0.139, 0.556, -0.097, -0.335, -0.09, 0.377], blame: [-0.063, -0.089, -0.169, -0.231, -0.125, -0.11, 0.725, -0.139, -0.117, -0.093, 0.591], three: [-0.144, -0.182, -0.206, -0.225, -0.17, -0.16, 0.345, -0.231, -0.186, -0.191, 0.508], metric: [-0.027, -0.024, -0.054, -0.066, -0.032, -0.032, 0.52, -0.048, -0.057, -0.035, -0.015], sunita: [-0.029, -0.181, -0.084, -0.086, -0.053, -0.169, 0.46, -0.125, -0.119, -0.102, 0.046], the_person: [-0.015, -0.02, -0.019, -0.053, -0.018, -0.022, 0.339, -0.045, -0.167, -0.027, 0.015], for_thi: [-0.022, -0.039, -0.029, -0.067, -0.034, -0.031, 0.062, -0.032, -0.189, -0.032, 0.113], thi_incid: [-0.022, -0.039, -0.029, -0.067, -0.034, -0.031, 0.062, -0.032, -0.189, -0.032, 0.113], ha_been: [-0.054, -0.098, -0.09, -0.155, -0.086, -0.137, 0.141, -0.126, 0.666, -0.13, -0.353], to_blame: [-0.023, -0.029, -0.027, -0.066, -0.035, -0.036, 0.479, -0.054, -0.041, -0.032, 0.024], blame_for: [-0.023, -0.029, -0.027, -0.066, -0.035, -0.036, 0.479, -0.054, -0.041, -0.032, 0.024], the_fault: [-0.026, -0.034, -0.036, -0.056, -0.035, -0.11, 0.289, -0.044, -0.053, -0.031, 0.048], technician: [-0.026, -0.034, -0.036, -0.056, -0.035, -0.11, 0.289, -0.044, -0.053, -0.031, 0.048], off: [-0.033, -0.056, -0.046, -0.097, -0.068, -0.08, 0.288, 0.36, 0.196, -0.044, -0.307], off_the: [-0.024, -0.038, -0.027, -0.047, -0.046, -0.059, 0.317, -0.045, 0.211, -0.033, -0.129], duplic: [-0.037, -0.03, -0.031, -0.07, -0.026, -0.057, 0.33, -0.039, -0.053, -0.033, -0.016], duplic_charg: [-0.037, -0.03, -0.031, -0.07, -0.026, -0.057, 0.33, -0.039, -0.053, -0.033, -0.016], charg: [-0.037, -0.03, -0.031, -0.07, -0.026, -0.057, 0.33, -0.039, -0.053, -0.033, -0.016], full: [-0.048, -0.045, -0.07, -0.137, -0.08, -0.072, 0.511, 0.209, -0.092, 0.332, -0.45], hi: [-0.055, -0.186, -0.139, -0.065, -0.083, -0.085, 0.219, -0.171, 0.178, -0.075, 0.093], know: [-0.136, -0.065, -0.115, -0.074, -0.136, -0.107, 0.602, 0.108, -0.091, -0.094, -0.227], shoulder: [-0.041, -0.213, -0.113, -0.071, -0.037, -0.086, 0.8, -0.103, 0.158, -0.082, -0.379], team_own: [-0.026, -0.039, -0.043, -0.073, -0.073, -0.06, 0.214, -0.036, -0.044, -0.048, 0.249], own: [-0.026, -0.039, -0.043, -0.073, -0.073, -0.06, 0.214, -0.036, -0.044, -0.048, 0.249], stop: [-0.081, -0.037, -0.039, -0.102, -0.051, -0.044, 0.209, -0.05, -0.043, -0.048, 0.143], whose: [-0.1, -0.034, -0.033, -0.052, -0.09, -0.041, 0.313, -0.094, -0.056, -0.051, 0.073], commit: [-0.092, -0.067, -0.071, -0.052, -0.078, -0.035, 0.31, -0.112, 0.265, -0.06, -0.144], need: [-0.082, -0.094, -0.072, -0.136, -0.172, -0.097, 0.323, 0.587, -0.096, 0.439, -0.413], need_a: [-0.015, -0.036, -0.018, -0.04, -0.027, -0.021, 0.394, -0.037, -0.033, -0.021, -0.22], name: [-0.033, -0.042, -0.041, -0.101, -0.05, -0.053, 0.383, -0.079, -0.055, -0.063, 0.084], report: [-0.119, -0.386, -0.221, -0.16, -0.18, -0.196, 0.199, -0.179, -0.142, -0.112, 0.38], obvious: [-0.065, -0.165, -0.173, -0.099, -0.095, -0.09, -0.155, 1.097, -0.114, -0.076, 0.106], have_check: [-0.014, -0.219, -0.117, -0.035, -0.017, -0.027, -0.021, 0.299, -0.028, -0.022, 0.115], he_wa: [-0.013, -0.081, -0.1, -0.021, -0.017, -0.026, -0.028, 0.296, -0.021, -0.012, 0.185], wa_on: [-0.013, -0.081, -0.078, -0.016, -0.013, -0.023, -0.017, 0.311, -0.023, -0.013, 5e-3], "rule:minimising/obviously": [-0.032, -0.134, -0.136, -0.153, -0.063, -0.091, -0.088, 1.716, -0.098, -0.073, -0.443], simpli: [-0.107, -0.095, -0.102, -0.383, -0.15, -0.177, -0.113, 0.996, -0.084, -0.199, 0.074], "rule:minimising/easy-for-them": [-0.062, -0.137, -0.231, -0.194, -0.084, -0.135, -0.183, 1.947, -0.151, -0.154, -0.617], had_to: [-0.08, -0.178, -0.082, -0.074, -0.076, -0.038, -0.049, 0.882, -0.038, -0.11, -0.26], wa_just: [-0.016, -0.019, -0.021, -0.023, -0.028, -0.021, -0.034, 0.441, -0.019, -0.016, -0.093], just: [-0.124, -0.114, -0.13, -0.132, -0.158, -0.099, -0.1, 1.155, -0.073, -0.185, 0.026], just_wait: [-0.015, -0.019, -0.018, -0.035, -0.017, -0.018, -0.033, 0.439, -0.018, -0.019, -0.126], clearli: [-0.129, -0.176, -0.251, -0.264, -0.14, -0.205, -0.206, 0.962, -0.218, -0.233, -0.018], clearli_the: [-0.04, -0.052, -0.07, -0.126, -0.059, -0.081, -0.071, 0.756, -0.083, -0.062, -0.158], did_not: [-0.051, -0.09, -0.094, -0.2, -0.058, -0.159, -0.083, 0.543, -0.11, -0.083, 0.413], uzma: [-0.021, -0.016, -0.04, -0.022, -0.05, -0.021, -0.021, 0.3, -0.018, -0.047, -0.083], need_to: [-0.041, -0.039, -0.031, -0.064, -0.091, -0.044, -0.046, 0.689, -0.038, 0.187, -0.356], to_run: [-0.031, -0.032, -0.028, -0.048, -0.055, -0.046, -0.032, 0.602, -0.027, -0.072, -0.242], run_the: [-0.024, -0.019, -0.016, -0.033, -0.049, -0.032, -0.018, 0.259, -0.015, -0.05, -0.089], valid: [-0.023, -0.017, -0.018, -0.06, -0.053, -0.03, -0.023, 0.293, -0.018, -0.059, 0.028], "rule:minimising/simply": [-0.111, -0.059, -0.053, -0.272, -0.155, -0.06, -0.05, 1.571, -0.039, -0.234, -0.454], obviou: [-0.032, -0.028, -0.051, -0.031, -0.038, -0.042, -0.046, 0.726, -0.027, -0.03, -0.035], obviou_to: [-0.023, -0.021, -0.039, -0.023, -0.026, -0.03, -0.033, 0.747, -0.017, -0.022, -0.123], everyon: [-0.028, -0.079, -0.068, -0.092, -0.036, -0.087, -0.108, 0.206, -0.127, 0.167, -0.09], but: [-0.072, -0.147, -0.189, -0.091, -0.128, -0.082, -0.107, 0.118, -0.061, -0.069, 0.326], but_the: [-0.031, -0.026, -0.039, -0.041, -0.054, -0.043, -0.049, 0.206, -0.023, -0.038, 0.078], the_disk: [-0.023, -0.025, -0.042, -0.047, -0.03, -0.039, -0.043, 0.238, -0.033, -0.034, -9e-3], disk: [-0.061, -0.284, -0.131, -0.121, -0.078, -0.098, -0.086, 0.104, -0.092, -0.089, 0.42], the_fix: [-0.068, -0.11, -0.109, -0.119, -0.096, -0.101, -0.117, 0.235, -0.104, -0.057, 0.203], fix_wa: [-0.031, -0.045, -0.063, -0.03, -0.033, -0.041, -0.041, 0.286, -0.041, -0.022, 0.026], simpl: [-0.017, -0.039, -0.052, -0.017, -0.024, -0.026, -0.032, 0.303, -0.032, -0.015, 0.051], sooner: [-0.025, -0.15, -0.077, -0.031, -0.033, -0.027, -0.065, 0.299, -0.06, -0.033, 0.111], check_the: [-0.019, -0.021, -0.02, -0.226, -0.033, -0.029, -0.021, 0.304, -0.018, 0.409, -0.561], queri: [-0.021, -0.019, -0.022, -0.209, -0.029, -0.027, -0.023, 0.315, -0.025, -0.085, 0.029], just_had: [-0.064, -0.031, -0.026, -0.045, -0.057, -0.02, -0.019, 0.496, -0.014, -0.069, -0.112], to_follow: [-0.042, -0.026, -0.026, -0.053, -0.073, -0.02, -0.019, 0.21, -0.015, 0.387, -0.151], nobodi: [-0.067, -0.136, -0.218, -0.122, -0.141, -0.103, -0.409, 0.403, -0.136, -0.114, 0.76], radu: [-0.027, -0.017, -0.027, -0.025, -0.056, -0.035, -0.023, 0.422, -0.02, -0.052, -7e-3], press: [-0.031, -0.019, -0.028, -0.032, -0.066, -0.023, -0.028, 0.415, -0.024, -0.073, -0.031], the_rollback: [-0.024, -0.018, -0.018, -0.047, -0.053, -0.059, -0.02, 0.413, -0.016, -0.063, -0.03], button: [-0.026, -0.148, -0.055, -0.029, -0.053, -0.022, -0.025, 0.344, -0.024, -0.077, -9e-3], messag: [-0.061, -0.202, -0.049, -0.07, -0.049, -0.034, -0.031, 0.176, -0.037, -0.048, 0.174], ani: [-0.045, -0.229, -0.165, -0.127, -0.07, -0.103, -0.098, 0.31, -0.175, -0.11, 0.612], ani_engin: [-0.025, -0.105, -0.133, -0.09, -0.039, -0.065, -0.071, 0.341, -0.088, -0.083, 0.125], take: [-0.043, -0.127, -0.075, -0.14, -0.077, -0.125, -0.102, 0.3, -0.097, 0.332, -0.271], click: [-0.024, -0.077, -0.041, -0.058, -0.034, -0.054, -0.047, 0.314, -0.033, 0.214, -0.253], to_find: [-0.026, -0.082, -0.04, -0.033, -0.049, -0.045, -0.036, 0.344, -0.021, -0.071, -0.165], find: [-0.026, -0.082, -0.04, -0.033, -0.049, -0.045, -0.036, 0.344, -0.021, -0.071, -0.165], check_that: [-0.048, -0.129, -0.204, -0.08, -0.06, -0.102, -0.076, 0.095, -0.062, -0.154, 0.435], not_to: [-0.03, -0.055, -0.036, -0.056, -0.044, -0.046, -0.06, 0.268, -0.04, -0.079, 0.111], "a_<cap>": [-0.044, -0.106, -0.068, -0.107, -0.079, -0.121, -0.124, 0.286, -0.113, 0.454, 0.02], correct: [-0.041, -0.043, -0.105, -0.226, -0.063, -0.06, -0.074, 0.498, -0.067, -0.048, 0.127], print: [-0.02, -0.053, -0.026, -0.044, -0.023, -0.043, -0.046, 0.545, -0.033, -0.02, -0.444], the_first: [-0.021, -0.033, -0.037, -0.046, -0.047, -0.048, -0.046, 0.547, -0.028, -0.038, -0.154], "rule:punitive/consequence": [-0.093, -0.344, -0.286, -0.295, -0.14, -0.238, -0.395, -0.238, 2.597, -0.292, -0.562], fire: [-0.022, -0.047, -0.033, -0.043, -0.04, -0.071, -0.055, -0.033, 0.682, -0.057, -0.326], receiv: [-0.036, -0.102, -0.091, -0.087, -0.085, -0.159, -0.099, -0.056, 0.338, -0.095, 0.158], written: [-0.046, -0.083, -0.07, -0.075, -0.065, -0.163, -0.134, -0.057, 0.783, -0.071, -0.313], "rule:punitive/sanction": [-0.085, -0.193, -0.146, -0.253, -0.138, -0.294, -0.335, -0.129, 2.418, -0.169, -0.92], lost: [-0.015, -0.197, -0.037, -0.069, -0.026, -0.028, -0.061, -0.05, 0.381, -0.035, 0.03], permiss: [-0.027, -0.061, -0.039, -0.096, -0.035, -0.041, -0.071, -0.034, 0.377, -0.039, -0.024], month: [-0.011, -0.027, -0.02, -0.07, -0.023, -0.024, -0.058, -0.021, 0.389, -0.03, -0.02], will: [-0.192, -0.352, -0.284, -0.448, -0.309, -0.363, -0.411, -0.385, 1.044, 0.849, 0.089], will_be: [-0.071, -0.101, -0.071, -0.09, -0.106, -0.072, -0.117, -0.085, 0.521, 0.343, 0.015], the_team: [-0.017, -0.028, -0.021, -0.044, -0.039, -0.026, -0.085, -0.028, 0.206, -0.037, -0.05], held: [-0.039, -0.047, -0.049, -0.087, -0.051, -0.049, -0.099, -0.047, 0.172, -0.053, 0.232], account_for: [-0.016, -0.032, -0.026, -0.084, -0.033, -0.026, -0.118, -0.026, 0.54, -0.056, -0.276], against: [-0.017, -0.066, -0.037, -0.058, -0.033, -0.074, -0.048, -0.021, 0.722, -0.033, -0.274], against_the: [-0.017, -0.066, -0.037, -0.058, -0.033, -0.074, -0.048, -0.021, 0.722, -0.033, -0.274], we_will: [-0.038, -0.03, -0.036, -0.078, -0.052, -0.03, -0.079, -0.062, 0.286, 0.356, -0.235], engin_involv: [-0.021, -0.028, -0.025, -0.06, -0.041, -0.062, -0.043, -0.034, 0.245, -0.04, 0.156], involv: [-0.09, -0.076, -0.084, -0.1, -0.112, -0.112, -0.123, -0.107, 0.172, -0.086, 0.244], discuss: [-0.019, -0.026, -0.025, -0.042, -0.028, -0.047, -0.05, -0.028, 0.306, -0.027, -0.116], "<cap>_wa": [-0.012, -0.018, -0.02, -0.05, -0.012, -0.042, -0.059, -0.051, 0.364, -0.017, 0.091], quarter: [-0.013, -0.03, -0.025, -0.066, -0.017, -0.043, -0.047, -0.06, 0.566, -0.064, -0.083], about_the: [-0.027, -0.08, -0.085, -0.061, -0.04, -0.069, -0.071, -0.051, 0.191, -0.029, 0.174], becaus: [-0.138, -0.2, -0.182, -0.273, -0.214, -0.196, -0.204, -0.26, 0.293, -0.182, 0.671], becaus_of: [-0.013, -0.037, -0.018, -0.08, -0.029, -0.027, -0.033, -0.02, 0.479, -0.017, -0.105], must: [-0.06, -0.261, -0.159, -0.234, -0.101, -0.189, -0.231, -0.151, -3e-3, 0.722, -0.153], have_a: [-0.026, -0.18, -0.128, -0.04, -0.028, -0.045, -0.067, -0.058, 0.448, -0.06, -0.01], watch: [-0.02, -0.152, -0.072, -0.038, -0.035, -0.055, -0.069, -0.031, 0.206, -0.044, 0.126], over: [-0.056, -0.207, -0.196, -0.116, -0.074, -0.09, -0.1, -0.114, 0.18, -0.086, 0.4], shift: [-0.015, -0.045, -0.077, -0.03, -0.032, -0.02, -0.024, -0.033, 0.222, -0.044, 0.156], each: [-0.02, -0.04, -0.088, -0.111, -0.037, -0.039, -0.05, -0.103, 0.154, 0.135, -0.091], place: [-0.014, -0.03, -0.072, -0.033, -0.019, -0.018, -0.053, -0.025, 0.222, -0.03, 0.098], file: [-0.085, -0.145, -0.218, -0.219, -0.118, -0.114, -0.121, -0.129, 0.139, -0.102, 0.531], nadia: [-0.02, -0.061, -0.029, -0.033, -0.032, -0.044, -0.079, -0.028, 0.062, -0.064, -4e-3], will_not: [-0.026, -0.079, -0.035, -0.07, -0.039, -0.057, -0.09, -0.082, 0.255, -0.127, 0.044], who_ran: [-0.014, -0.026, -0.018, -0.045, -0.02, -0.023, -0.024, -0.065, 0.176, -0.07, 0.097], next: [-0.021, -0.053, -0.038, -0.089, -0.031, -0.044, -0.084, -0.104, 0.153, 0.207, 0.091], remind: [-0.047, -0.027, -0.035, -0.061, -0.091, -0.03, -0.031, -0.095, -0.028, 1.324, -0.836], the_dashboard: [-0.028, -0.05, -0.074, -0.073, -0.057, -0.045, -0.072, -0.068, -0.051, 0.452, -0.2], acknowledg: [-0.024, -0.034, -0.034, -0.082, -0.041, -0.051, -0.04, -0.053, -0.031, 0.452, -0.328], action: [-0.185, -0.224, -0.284, -0.395, -0.228, -0.364, -0.263, -0.415, -0.231, 0.836, 0.206], action_item: [-0.137, -0.145, -0.153, -0.198, -0.164, -0.216, -0.142, -0.192, -0.133, 0.409, 0.065], item: [-0.153, -0.161, -0.161, -0.232, -0.187, -0.237, -0.176, -0.201, -0.152, 0.397, 0.233], retrain: [-0.078, -0.115, -0.055, -0.056, -0.12, -0.054, -0.064, -0.087, -0.083, 0.734, 0.134], retrain_the: [-0.031, -0.023, -0.025, -0.033, -0.067, -0.036, -0.045, -0.034, -0.024, 0.3, 0.049], team_on: [-0.029, -0.027, -0.024, -0.04, -0.053, -0.035, -0.032, -0.032, -0.029, 0.888, -0.199], safe: [-0.031, -0.023, -0.022, -0.026, -0.059, -0.03, -0.033, -0.047, -0.024, 0.338, 0.045], "rule:people-remedy/retrain": [-0.082, -0.03, -0.038, -0.049, -0.123, -0.036, -0.034, -0.116, -0.066, 1.09, -0.198], be_more: [-0.036, -0.112, -0.112, -0.133, -0.049, -0.109, -0.165, -0.115, -0.183, 0.363, -0.066], more_care: [-0.019, -0.052, -0.07, -0.078, -0.035, -0.086, -0.093, -0.063, -0.072, 0.454, -0.121], care: [-0.019, -0.052, -0.07, -0.078, -0.035, -0.086, -0.093, -0.063, -0.072, 0.454, -0.121], between: [-0.054, -0.211, -0.146, -0.145, -0.091, -0.123, -0.136, -0.184, -0.112, 0.11, 0.291], environ: [-0.036, -0.073, -0.108, -0.103, -0.066, -0.109, -0.122, -0.088, -0.124, 0.144, 0.187], "rule:people-remedy/be-careful": [-0.067, -0.181, -0.221, -0.312, -0.095, -0.264, -0.271, -0.308, -0.257, 1.149, -0.287], scope: [-0.035, -0.054, -0.092, -0.137, -0.072, -0.121, -0.107, -0.148, -0.068, 0.214, 0.481], "follow-up": [-0.063, -0.078, -0.089, -0.132, -0.128, -0.124, -0.179, -0.07, -0.121, 0.438, 0.525], "rule:people-remedy/try-harder": [-0.086, -0.219, -0.177, -0.403, -0.166, -0.369, -0.264, -0.324, -0.335, 2.076, -0.604], ask_the: [-0.022, -0.056, -0.03, -0.061, -0.042, -0.08, -0.045, -0.05, -0.049, 0.248, 0.287], take_more: [-0.022, -0.046, -0.038, -0.112, -0.043, -0.083, -0.074, -0.053, -0.076, 0.4, -0.128], "rule:people-remedy/remind": [-0.041, -0.017, -0.025, -0.036, -0.074, -0.018, -0.02, -0.073, -0.02, 0.836, -0.294], train: [-0.036, -0.026, -0.031, -0.054, -0.055, -0.038, -0.023, -0.073, -0.026, 0.271, 9e-3], staff_to: [-0.03, -0.027, -0.038, -0.066, -0.058, -0.029, -0.03, -0.107, -0.029, 0.579, -0.275], data_centr: [-0.079, -0.108, -0.098, -0.109, -0.125, -0.128, -0.109, -0.085, -0.101, 0.337, 0.09], centr: [-0.079, -0.108, -0.098, -0.109, -0.125, -0.128, -0.109, -0.085, -0.101, 0.337, 0.09], individu: [-0.025, -0.042, -0.041, -0.112, -0.051, -0.055, -0.153, -0.055, -0.088, 0.117, 0.118], ownership: [-0.029, -0.043, -0.044, -0.116, -0.066, -0.054, -0.084, -0.06, -0.084, 0.11, 0.208], ownership_of: [-0.029, -0.043, -0.044, -0.116, -0.066, -0.054, -0.084, -0.06, -0.084, 0.11, 0.208], their_chang: [-0.029, -0.055, -0.06, -0.191, -0.061, -0.072, -0.107, -0.132, -0.154, 0.281, -0.08], get: [-0.035, -0.054, -0.067, -0.109, -0.072, -0.062, -0.066, -0.086, -0.074, 0.051, 0.199], hand: [-0.018, -0.026, -0.024, -0.076, -0.045, -0.049, -0.028, -0.036, -0.026, -0.029, 0.221], fill: [-0.026, -0.031, -0.032, -0.078, -0.032, -0.055, -0.027, -0.053, -0.035, -0.033, 0.13], fill_up: [-0.026, -0.031, -0.032, -0.078, -0.032, -0.055, -0.027, -0.053, -0.035, -0.033, 0.13], the_queue: [-0.032, -0.032, -0.038, -0.071, -0.044, -0.041, -0.065, -0.048, -0.054, -0.034, 0.228], queue: [-0.062, -0.074, -0.119, -0.134, -0.092, -0.087, -0.124, -0.107, -0.101, -0.107, 0.543], queue_consum: [-0.027, -0.029, -0.052, -0.075, -0.04, -0.042, -0.038, -0.049, -0.03, -0.071, 0.285], so: [-0.033, -0.045, -0.049, -0.124, -0.05, -0.069, -0.07, -0.068, -0.051, -0.063, 0.521], "<cap>_fault": [-0.03, -0.061, -0.034, -0.066, -0.042, -0.071, -0.093, -0.041, -0.048, -0.031, 0.171], breaker: [-0.016, -0.038, -0.018, -0.039, -0.027, -0.026, -0.057, -0.022, -0.037, -0.018, 0.116], disk_usag: [-0.02, -0.071, -0.057, -0.041, -0.03, -0.028, -0.026, -0.047, -0.031, -0.034, 0.293], usag: [-0.02, -0.071, -0.057, -0.041, -0.03, -0.028, -0.026, -0.047, -0.031, -0.034, 0.293], retri: [-0.103, -0.156, -0.129, -0.197, -0.136, -0.149, -0.254, -0.152, -0.128, -0.137, 0.407], mark: [-0.026, -0.035, -0.033, -0.089, -0.035, -0.046, -0.034, -0.046, -0.039, -0.044, 0.17], mark_the: [-0.026, -0.035, -0.033, -0.089, -0.035, -0.046, -0.034, -0.046, -0.039, -0.044, 0.17], mistak_in: [-0.029, -0.035, -0.052, -0.035, -0.032, -0.042, -0.037, -0.038, -0.032, -0.025, 0.132], manifest: [-0.035, -0.037, -0.054, -0.089, -0.047, -0.055, -0.047, -0.056, -0.036, -0.043, 0.156], condit: [-0.097, -0.021, -0.039, -0.04, -0.035, -0.034, -0.034, -0.03, -0.033, -0.021, 0.244], the_connect: [-0.021, -0.022, -0.028, -0.024, -0.026, -0.033, -0.024, -0.024, -0.028, -0.022, 0.101], connect: [-0.072, -0.058, -0.059, -0.076, -0.072, -0.1, -0.065, -0.071, -0.068, -0.046, 0.211], connect_pool: [-0.052, -0.034, -0.039, -0.036, -0.039, -0.054, -0.041, -0.036, -0.044, -0.028, 0.145], pool: [-0.052, -0.034, -0.039, -0.036, -0.039, -0.054, -0.041, -0.036, -0.044, -0.028, 0.145], intermedi: [-0.033, -0.03, -0.051, -0.058, -0.044, -0.038, -0.103, -0.044, -0.035, -0.028, 0.146], intermedi_certif: [-0.033, -0.03, -0.051, -0.058, -0.044, -0.038, -0.103, -0.044, -0.035, -0.028, 0.146], client: [-0.026, -0.036, -0.028, -0.041, -0.036, -0.052, -0.116, -0.032, -0.038, -0.021, 0.096], target: [-0.02, -0.145, -0.171, -0.019, -0.021, -0.021, -0.021, -0.057, -0.027, -0.015, 0.396], but_it: [-0.019, -0.104, -0.138, -0.022, -0.027, -0.021, -0.021, -0.065, -0.023, -0.017, 0.204], job: [-0.053, -0.125, -0.116, -0.085, -0.06, -0.065, -0.048, -0.061, -0.056, -0.04, 0.213], chang_but: [-0.031, -0.074, -0.072, -0.041, -0.063, -0.026, -0.048, -0.044, -0.028, -0.024, 0.169], cach: [-0.068, -0.128, -0.129, -0.136, -0.087, -0.128, -0.082, -0.153, -0.099, -0.086, 0.662], becaus_the: [-0.094, -0.127, -0.124, -0.142, -0.143, -0.13, -0.133, -0.183, -0.136, -0.101, 0.616], wa_out: [-0.018, -0.019, -0.021, -0.036, -0.022, -0.037, -0.022, -0.083, -0.022, -0.024, 0.268], out_of: [-0.037, -0.043, -0.041, -0.077, -0.055, -0.084, -0.046, -0.117, -0.046, -0.041, 0.333], if_the: [-0.019, -0.277, -0.117, -0.023, -0.02, -0.021, -0.019, -0.05, -0.038, -0.02, 0.412], configur: [-0.022, -0.138, -0.037, -0.035, -0.022, -0.031, -0.027, -0.037, -0.056, -0.021, 0.106], paus: [-0.024, -0.044, -0.027, -0.062, -0.036, -0.039, -0.04, -0.027, -0.048, -0.031, 0.192], twelv: [-0.031, -0.047, -0.038, -0.066, -0.042, -0.044, -0.045, -0.077, -0.049, -0.029, 0.132], packet: [-0.046, -0.046, -0.045, -0.054, -0.051, -0.145, -0.043, -0.059, -0.042, -0.04, 0.226], replic: [-0.062, -0.083, -0.095, -0.08, -0.073, -0.184, -0.067, -0.073, -0.065, -0.056, 0.297], step: [-0.046, -0.072, -0.066, -0.14, -0.07, -0.095, -0.07, -0.109, -0.064, -0.055, 0.568], set: [-0.093, -0.099, -0.11, -0.19, -0.124, -0.163, -0.122, -0.11, -0.121, -0.143, 0.677], flush: [-0.029, -0.035, -0.023, -0.049, -0.054, -0.071, -0.052, -0.044, -0.02, -0.036, 0.229], the_schedul: [-0.041, -0.047, -0.055, -0.069, -0.049, -0.115, -0.045, -0.048, -0.047, -0.041, 0.261], the_servic: [-0.049, -0.043, -0.054, -0.122, -0.066, -0.071, -0.06, -0.066, -0.079, -0.055, 0.222], servic: [-0.1, -0.146, -0.116, -0.199, -0.13, -0.142, -0.256, -0.14, -0.146, -0.106, 0.418], timeout: [-0.021, -0.087, -0.111, -0.032, -0.029, -0.032, -0.035, -0.039, -0.082, -0.022, 0.282], longer: [-0.068, -0.118, -0.15, -0.06, -0.088, -0.083, -0.091, -0.074, -0.106, -0.05, 0.308], than: [-0.148, -0.211, -0.219, -0.112, -0.115, -0.135, -0.138, -0.216, -0.161, -0.238, 0.582], downstream: [-0.037, -0.106, -0.126, -0.057, -0.05, -0.047, -0.054, -0.055, -0.078, -0.035, 0.169], latenc: [-0.062, -0.131, -0.158, -0.099, -0.069, -0.09, -0.084, -0.122, -0.135, -0.057, 0.445], push_the: [-0.022, -0.036, -0.03, -0.038, -0.038, -0.053, -0.029, -0.043, -0.026, -0.053, 0.246], version: [-0.069, -0.089, -0.091, -0.165, -0.125, -0.12, -0.112, -0.1, -0.081, -0.108, 0.473], as_the: [-0.038, -0.027, -0.041, -0.036, -0.054, -0.031, -0.042, -0.073, -0.035, -0.04, 0.224], the_flame: [-0.044, -0.042, -0.046, -0.043, -0.049, -0.055, -0.047, -0.078, -0.038, -0.032, 0.143], flame: [-0.044, -0.042, -0.046, -0.043, -0.049, -0.055, -0.047, -0.078, -0.038, -0.032, 0.143], flame_graph: [-0.044, -0.042, -0.046, -0.043, -0.049, -0.055, -0.047, -0.078, -0.038, -0.032, 0.143], format: [-0.038, -0.039, -0.04, -0.09, -0.066, -0.123, -0.051, -0.053, -0.033, -0.046, 0.161], pars: [-0.032, -0.054, -0.031, -0.08, -0.05, -0.116, -0.078, -0.057, -0.047, -0.034, 0.203], index: [-0.06, -0.055, -0.067, -0.057, -0.062, -0.321, -0.065, -0.055, -0.071, -0.036, 0.249], the_file: [-0.029, -0.062, -0.088, -0.063, -0.04, -0.043, -0.036, -0.039, -0.04, -0.03, 0.189], statu: [-0.027, -0.233, -0.087, -0.057, -0.036, -0.059, -0.043, -0.047, -0.049, -0.038, 0.4], the_bill: [-0.025, -0.025, -0.031, -0.042, -0.024, -0.029, -0.151, -0.031, -0.031, -0.021, 0.224], bill: [-0.025, -0.025, -0.031, -0.042, -0.024, -0.029, -0.151, -0.031, -0.031, -0.021, 0.224], to_propag: [-0.024, -0.03, -0.03, -0.098, -0.028, -0.085, -0.026, -0.081, -0.021, -0.049, 0.32], propag: [-0.024, -0.03, -0.03, -0.098, -0.028, -0.085, -0.026, -0.081, -0.021, -0.049, 0.32], edg: [-0.027, -0.036, -0.036, -0.1, -0.064, -0.069, -0.051, -0.039, -0.034, -0.049, 0.452], fail_over: [-0.036, -0.057, -0.123, -0.068, -0.028, -0.047, -0.029, -0.085, -0.025, -0.039, 0.292], over_to: [-0.036, -0.057, -0.123, -0.068, -0.028, -0.047, -0.029, -0.085, -0.025, -0.039, 0.292], resourc: [-0.023, -0.028, -0.032, -0.078, -0.035, -0.045, -0.035, -0.05, -0.026, -0.053, 0.258], templat: [-0.058, -0.042, -0.049, -0.051, -0.072, -0.068, -0.112, -0.048, -0.061, -0.042, 0.188], chang_wa: [-0.021, -0.015, -0.024, -0.039, -0.042, -0.039, -0.036, -0.03, -0.024, -0.02, 0.459], not_the: [-0.023, -0.02, -0.021, -0.021, -0.029, -0.093, -0.042, -0.036, -0.028, -0.016, 0.268], no_longer: [-0.056, -0.041, -0.051, -0.045, -0.073, -0.07, -0.077, -0.046, -0.059, -0.038, 0.2], choos: [-0.047, -0.166, -0.068, -0.047, -0.059, -0.058, -0.051, -0.116, -0.051, -0.058, 0.285], as_a: [-0.052, -0.085, -0.046, -0.051, -0.082, -0.063, -0.063, -0.038, -0.12, -0.071, 0.386], reach: [-0.058, -0.027, -0.029, -0.054, -0.036, -0.027, -0.047, -0.031, -0.031, -0.028, 0.462], why: [-0.069, -0.029, -0.021, -0.057, -0.064, -0.029, -0.068, -0.032, -0.027, -0.025, 0.261], whether: [-0.018, -0.02, -0.028, -0.022, -0.022, -0.025, -0.036, -0.029, -0.025, -0.014, 0.147], the_question: [-0.032, -0.03, -0.024, -0.038, -0.057, -0.028, -0.064, -0.041, -0.03, -0.021, 0.124], question: [-0.038, -0.042, -0.037, -0.069, -0.07, -0.04, -0.081, -0.056, -0.054, -0.03, 0.264], wa_not: [-0.033, -0.039, -0.042, -0.043, -0.047, -0.046, -0.089, -0.082, -0.054, -0.033, 0.381], that_made: [-0.1, -0.054, -0.058, -0.059, -0.042, -0.039, -0.073, -0.041, -0.034, -0.027, 0.317], of_event: [-0.039, -0.047, -0.059, -0.05, -0.058, -0.055, -0.06, -0.044, -0.045, -0.028, 0.191], return: [-0.041, -0.057, -0.056, -0.087, -0.06, -0.158, -0.086, -0.076, -0.051, -0.087, 0.503], return_to: [-0.03, -0.039, -0.039, -0.058, -0.045, -0.111, -0.052, -0.056, -0.034, -0.074, 0.288], "to_<cap>": [-0.018, -0.022, -0.024, -0.046, -0.016, -0.056, -0.025, -0.032, -0.018, -0.023, 0.179], thi_review: [-0.051, -0.137, -0.11, -0.077, -0.096, -0.062, -0.114, -0.1, -0.127, -0.075, 0.674], someon: [-0.014, -0.025, -0.161, -0.028, -0.02, -0.02, -0.053, -0.021, -0.024, -0.018, 0.366], the_time: [-0.016, -0.02, -0.16, -0.014, -0.021, -0.021, -0.021, -0.034, -0.018, -0.016, 0.303], the_tool: [-0.028, -0.03, -0.022, -0.037, -0.057, -0.04, -0.03, -0.055, -0.02, -0.025, 0.24], blame_the: [-0.019, -0.039, -0.081, -0.07, -0.051, -0.044, -0.066, -0.04, -0.035, -0.036, 0.401], confirm: [-0.058, -0.146, -0.094, -0.107, -0.103, -0.097, -0.083, -0.099, -0.084, -0.125, 0.582], dialog: [-0.019, -0.094, -0.03, -0.027, -0.034, -0.02, -0.026, -0.036, -0.029, -0.034, 0.312], chose: [-0.015, -0.017, -0.018, -0.022, -0.021, -0.019, -0.02, -0.029, -0.025, -0.044, 0.109], "in_<cap>": [-0.012, -0.115, -0.029, -0.015, -0.015, -0.021, -0.013, -0.027, -0.017, -0.014, 0.213], the_same: [-0.027, -0.132, -0.052, -0.048, -0.044, -0.035, -0.07, -0.041, -0.044, -0.046, 0.446], same: [-0.027, -0.132, -0.052, -0.048, -0.044, -0.035, -0.07, -0.041, -0.044, -0.046, 0.446], given: [-0.025, -0.047, -0.067, -0.073, -0.067, -0.046, -0.048, -0.069, -0.039, -0.109, 0.544], he_had: [-0.014, -0.023, -0.03, -0.027, -0.029, -0.023, -0.033, -0.035, -0.022, -0.024, 0.253], make: [-0.016, -0.018, -0.024, -0.026, -0.026, -0.032, -0.026, -0.039, -0.021, -0.034, 0.281], make_the: [-0.016, -0.018, -0.024, -0.026, -0.026, -0.032, -0.026, -0.039, -0.021, -0.034, 0.281], the_page: [-0.032, -0.067, -0.056, -0.088, -0.076, -0.071, -0.087, -0.069, -0.057, -0.071, 0.616], no_on: [-0.036, -0.076, -0.042, -0.031, -0.05, -0.028, -0.056, -0.036, -0.098, -0.053, 0.326], the_document: [-0.031, -0.027, -0.036, -0.023, -0.03, -0.036, -0.044, -0.035, -0.025, -0.016, 0.228], anyth: [-0.023, -0.019, -0.047, -0.217, -0.035, -0.028, -0.026, -0.025, -0.028, -0.032, 0.316], delai: [-0.024, -0.035, -0.036, -0.041, -0.041, -0.04, -0.054, -0.058, -0.032, -0.054, 0.337], could_not: [-0.023, -0.038, -0.067, -0.041, -0.049, -0.041, -0.049, -0.058, -0.054, -0.031, 0.242], the_analyt: [-0.028, -0.052, -0.069, -0.039, -0.033, -0.038, -0.03, -0.052, -0.028, -0.025, 0.121], analyt: [-0.028, -0.052, -0.069, -0.039, -0.033, -0.038, -0.03, -0.052, -0.028, -0.025, 0.121], "08": [-0.062, -0.071, -0.075, -0.133, -0.08, -0.154, -0.09, -0.083, -0.102, -0.079, 0.519], join: [-0.032, -0.037, -0.07, -0.108, -0.072, -0.123, -0.053, -0.042, -0.043, -0.048, 0.641], join_the: [-0.015, -0.015, -0.027, -0.075, -0.021, -0.084, -0.019, -0.018, -0.017, -0.025, 0.353], incid_channel: [-0.035, -0.044, -0.032, -0.054, -0.043, -0.043, -0.048, -0.045, -0.061, -0.03, 0.251], channel: [-0.043, -0.052, -0.047, -0.066, -0.054, -0.057, -0.058, -0.056, -0.071, -0.037, 0.317], "40_<cap>": [-0.014, -0.029, -0.022, -0.041, -0.021, -0.038, -0.021, -0.038, -0.02, -0.026, 0.259], the_standbi: [-0.014, -0.017, -0.018, -0.032, -0.02, -0.046, -0.026, -0.024, -0.02, -0.022, 0.136], standbi: [-0.014, -0.017, -0.018, -0.032, -0.02, -0.046, -0.026, -0.024, -0.02, -0.022, 0.136], the_failov: [-0.04, -0.063, -0.052, -0.073, -0.052, -0.085, -0.054, -0.07, -0.06, -0.043, 0.256], failov_script: [-0.033, -0.037, -0.043, -0.065, -0.044, -0.077, -0.048, -0.048, -0.05, -0.034, 0.179], "03": [-0.016, -0.042, -0.022, -0.035, -0.026, -0.045, -0.038, -0.023, -0.039, -0.019, 0.223], "10_<cap>": [-0.033, -0.054, -0.051, -0.048, -0.031, -0.065, -0.028, -0.055, -0.031, -0.097, 0.237], "15_<cap>": [-0.015, -0.019, -0.024, -0.088, -0.042, -0.059, -0.028, -0.031, -0.023, -0.049, 0.393], "05": [-0.022, -0.05, -0.033, -0.041, -0.042, -0.07, -0.048, -0.034, -0.074, -0.06, 0.245], "06": [-0.015, -0.024, -0.022, -0.043, -0.019, -0.058, -0.022, -0.034, -0.019, -0.038, 0.265], "02_<cap>": [-0.016, -0.026, -0.024, -0.037, -0.024, -0.068, -0.025, -0.028, -0.023, -0.032, 0.217], "<cap>_restart": [-0.014, -0.031, -0.023, -0.034, -0.019, -0.051, -0.021, -0.026, -0.02, -0.03, 0.229], the_search: [-0.029, -0.036, -0.046, -0.048, -0.036, -0.057, -0.038, -0.043, -0.034, -0.033, 0.221], post: [-0.014, -0.02, -0.022, -0.028, -0.02, -0.039, -0.021, -0.023, -0.017, -0.024, 0.175], kernel: [-0.018, -0.042, -0.03, -0.059, -0.039, -0.057, -0.04, -0.045, -0.048, -0.03, 0.545], "<cap>_and": [-0.014, -0.023, -0.023, -0.022, -0.025, -0.049, -0.024, -0.016, -0.021, -0.019, 0.127], split: [-0.029, -0.028, -0.033, -0.038, -0.036, -0.057, -0.039, -0.036, -0.067, -0.026, 0.13], the_investig: [-0.022, -0.032, -0.032, -0.043, -0.061, -0.074, -0.048, -0.026, -0.032, -0.034, 0.46], in_on: [-0.023, -0.034, -0.044, -0.056, -0.035, -0.047, -0.022, -0.038, -0.035, -0.031, 0.31], the_bridg: [-0.016, -0.017, -0.032, -0.085, -0.025, -0.071, -0.018, -0.031, -0.024, -0.029, 0.519], bridg: [-0.016, -0.017, -0.032, -0.085, -0.025, -0.071, -0.018, -0.031, -0.024, -0.029, 0.519], "20_<cap>": [-0.041, -0.042, -0.037, -0.057, -0.045, -0.08, -0.057, -0.033, -0.042, -0.052, 0.326], the_cach: [-0.06, -0.071, -0.068, -0.122, -0.071, -0.118, -0.072, -0.132, -0.086, -0.077, 0.537], contain: [-0.049, -0.054, -0.056, -0.082, -0.066, -0.072, -0.061, -0.05, -0.1, -0.044, 0.14], the_delet: [-0.018, -0.05, -0.024, -0.053, -0.027, -0.05, -0.049, -0.048, -0.035, -0.035, 0.256], delet_command: [-0.018, -0.05, -0.024, -0.053, -0.027, -0.05, -0.049, -0.048, -0.035, -0.035, 0.256], came: [-0.024, -0.02, -0.022, -0.058, -0.025, -0.023, -0.03, -0.056, -0.021, -0.022, 0.326], scale: [-0.042, -0.045, -0.074, -0.076, -0.07, -0.06, -0.06, -0.11, -0.062, -0.086, 0.302], a_panel: [-0.013, -0.023, -0.042, -0.028, -0.019, -0.018, -0.034, -0.029, -0.026, -0.019, 0.168], panel: [-0.013, -0.023, -0.042, -0.028, -0.019, -0.018, -0.034, -0.029, -0.026, -0.019, 0.168], panel_for: [-0.013, -0.023, -0.042, -0.028, -0.019, -0.018, -0.034, -0.029, -0.026, -0.019, 0.168], for_queue: [-0.013, -0.023, -0.042, -0.028, -0.019, -0.018, -0.034, -0.029, -0.026, -0.019, 0.168], queue_ag: [-0.013, -0.023, -0.042, -0.028, -0.019, -0.018, -0.034, -0.029, -0.026, -0.019, 0.168], ag: [-0.013, -0.023, -0.042, -0.028, -0.019, -0.018, -0.034, -0.029, -0.026, -0.019, 0.168], ad: [-0.02, -0.028, -0.024, -0.037, -0.025, -0.024, -0.05, -0.034, -0.04, -0.022, 0.146], restor: [-0.045, -0.036, -0.05, -0.053, -0.07, -0.073, -0.096, -0.133, -0.067, -0.049, 0.405], the_secondari: [-0.028, -0.014, -0.019, -0.038, -0.017, -0.022, -0.021, -0.033, -0.02, -0.017, 0.13], secondari: [-0.028, -0.014, -0.019, -0.038, -0.017, -0.022, -0.021, -0.033, -0.02, -0.017, 0.13], add_a: [-0.032, -0.06, -0.05, -0.055, -0.042, -0.077, -0.034, -0.059, -0.042, -0.099, 0.162], includ: [-0.038, -0.042, -0.042, -0.065, -0.049, -0.05, -0.05, -0.049, -0.047, -0.08, 0.112], differ: [-0.035, -0.033, -0.046, -0.094, -0.089, -0.129, -0.05, -0.027, -0.048, -0.039, 0.453], get_a: [-0.017, -0.026, -0.027, -0.05, -0.039, -0.028, -0.028, -0.02, -0.044, -0.071, 0.246], summari: [-0.017, -0.03, -0.028, -0.04, -0.05, -0.026, -0.031, -0.02, -0.028, -0.052, 0.26], requir: [-0.028, -0.043, -0.042, -0.055, -0.046, -0.053, -0.035, -0.037, -0.033, -0.041, 0.286], replac: [-0.031, -0.034, -0.046, -0.063, -0.075, -0.07, -0.058, -0.04, -0.043, -0.052, 0.391], replac_the: [-0.023, -0.025, -0.032, -0.046, -0.058, -0.054, -0.041, -0.026, -0.035, -0.031, 0.26], a_runbook: [-0.015, -0.021, -0.026, -0.026, -0.049, -0.018, -0.036, -0.042, -0.027, -0.014, 0.379], stage_environ: [-0.022, -0.034, -0.045, -0.045, -0.043, -0.067, -0.038, -0.032, -0.06, -0.037, 0.222], track: [-0.016, -0.018, -0.027, -0.033, -0.029, -0.044, -0.023, -0.016, -0.036, -0.022, 0.147], tracker: [-0.027, -0.022, -0.036, -0.036, -0.037, -0.031, -0.028, -0.019, -0.037, -0.039, 0.079], date: [-0.017, -0.018, -0.026, -0.029, -0.032, -0.03, -0.025, -0.04, -0.033, -0.025, 0.279], improv: [-0.029, -0.027, -0.039, -0.04, -0.039, -0.05, -0.048, -0.04, -0.073, -0.028, 0.17], the_onboard: [-0.018, -0.032, -0.026, -0.034, -0.038, -0.046, -0.04, -0.036, -0.036, -0.028, 0.228], onboard: [-0.018, -0.032, -0.026, -0.034, -0.038, -0.046, -0.04, -0.036, -0.036, -0.028, 0.228], have_had: [-0.018, -0.31, -0.099, -0.039, -0.026, -0.024, -0.039, -0.113, -0.04, -0.047, 0.412], config_chang: [-0.02, -0.188, -0.067, -0.07, -0.054, -0.035, -0.042, -0.06, -0.036, -0.102, 0.443], cover: [-0.026, -0.08, -0.066, -0.032, -0.027, -0.054, -0.045, -0.035, -0.039, -0.021, 0.202], cover_the: [-0.026, -0.08, -0.066, -0.032, -0.027, -0.054, -0.045, -0.035, -0.039, -0.021, 0.202], certif_chain: [-0.028, -0.039, -0.088, -0.035, -0.029, -0.031, -0.032, -0.04, -0.033, -0.02, 0.12], chain: [-0.028, -0.039, -0.088, -0.035, -0.029, -0.031, -0.032, -0.04, -0.033, -0.02, 0.12], detect: [-0.044, -0.146, -0.07, -0.062, -0.063, -0.078, -0.082, -0.068, -0.086, -0.052, 0.395], synthet: [-0.034, -0.135, -0.049, -0.034, -0.042, -0.031, -0.066, -0.039, -0.064, -0.034, 0.2], synthet_check: [-0.034, -0.135, -0.049, -0.034, -0.042, -0.031, -0.066, -0.039, -0.064, -0.034, 0.2], check_from: [-0.034, -0.135, -0.049, -0.034, -0.042, -0.031, -0.066, -0.039, -0.064, -0.034, 0.2], a_wai: [-0.017, -0.043, -0.024, -0.054, -0.049, -0.03, -0.023, -0.065, -0.023, -0.096, 0.293], wai_to: [-0.017, -0.043, -0.024, -0.054, -0.049, -0.03, -0.023, -0.065, -0.023, -0.096, 0.293], prompt: [-0.018, -0.021, -0.025, -0.067, -0.03, -0.036, -0.023, -0.03, -0.021, -0.024, 0.29], phone: [-0.014, -0.015, -0.018, -0.115, -0.023, -0.062, -0.016, -0.018, -0.015, -0.022, 0.494], see: [-0.019, -0.032, -0.031, -0.055, -0.053, -0.03, -0.044, -0.035, -0.043, -0.029, 0.319], within: [-0.016, -0.022, -0.04, -0.02, -0.034, -0.03, -0.031, -0.022, -0.02, -0.015, 0.212], wrote: [-0.018, -0.024, -0.034, -0.05, -0.037, -0.067, -0.029, -0.037, -0.036, -0.035, 0.254], wrote_the: [-0.018, -0.024, -0.034, -0.05, -0.037, -0.067, -0.029, -0.037, -0.036, -0.035, 0.254], "the_follow-up": [-0.032, -0.032, -0.035, -0.059, -0.063, -0.037, -0.108, -0.036, -0.052, -0.035, 0.388], procedur_which: [-0.015, -0.026, -0.017, -0.128, -0.023, -0.085, -0.02, -0.073, -0.024, -0.034, 0.347], the_impact: [-0.02, -0.034, -0.035, -0.057, -0.051, -0.052, -0.048, -0.049, -0.029, -0.047, 0.492], impact: [-0.056, -0.083, -0.073, -0.107, -0.089, -0.132, -0.085, -0.117, -0.062, -0.079, 0.585], wa_page: [-0.014, -0.017, -0.037, -0.018, -0.03, -0.024, -0.024, -0.034, -0.017, -0.016, 0.229], laptop: [-0.017, -0.028, -0.021, -0.082, -0.03, -0.062, -0.028, -0.031, -0.027, -0.024, 0.373], instal: [-0.017, -0.031, -0.024, -0.035, -0.039, -0.033, -0.035, -0.035, -0.027, -0.034, 0.254], the_current: [-0.017, -0.026, -0.025, -0.044, -0.042, -0.035, -0.033, -0.027, -0.043, -0.032, 0.151], current: [-0.017, -0.026, -0.025, -0.044, -0.042, -0.035, -0.033, -0.027, -0.043, -0.032, 0.151], level: [-0.026, -0.039, -0.038, -0.057, -0.053, -0.096, -0.049, -0.043, -0.039, -0.077, 0.305], rais: [-0.02, -0.029, -0.035, -0.054, -0.052, -0.053, -0.057, -0.04, -0.053, -0.038, 0.528], payment_provid: [-0.036, -0.037, -0.046, -0.074, -0.039, -0.056, -0.039, -0.038, -0.036, -0.034, 0.186], had_been: [-0.04, -0.066, -0.045, -0.086, -0.051, -0.064, -0.066, -0.057, -0.079, -0.059, 0.48], wa_correct: [-0.016, -0.015, -0.026, -0.022, -0.022, -0.017, -0.031, -0.039, -0.031, -0.013, 0.201], befor_it: [-0.024, -0.028, -0.032, -0.065, -0.065, -0.034, -0.034, -0.068, -0.029, -0.115, 0.377], pass: [-0.016, -0.015, -0.024, -0.031, -0.043, -0.033, -0.033, -0.031, -0.023, -0.017, 0.45], the_old: [-0.018, -0.019, -0.025, -0.037, -0.034, -0.023, -0.038, -0.047, -0.044, -0.023, 0.245], old: [-0.018, -0.019, -0.025, -0.037, -0.034, -0.023, -0.038, -0.047, -0.044, -0.023, 0.245], pipelin: [-0.032, -0.051, -0.037, -0.054, -0.054, -0.04, -0.045, -0.048, -0.051, -0.035, 0.13], and_join: [-0.017, -0.018, -0.04, -0.076, -0.032, -0.06, -0.028, -0.025, -0.019, -0.02, 0.399], wa_miss: [-0.027, -0.022, -0.068, -0.035, -0.029, -0.032, -0.036, -0.033, -0.032, -0.019, 0.097], backlog: [-0.045, -0.06, -0.047, -0.043, -0.056, -0.042, -0.061, -0.055, -0.1, -0.035, 0.12], "000": [-0.08, -0.081, -0.093, -0.073, -0.087, -0.095, -0.083, -0.097, -0.118, -0.092, 0.133], incid_wa: [-0.036, -0.027, -0.028, -0.028, -0.031, -0.042, -0.035, -0.034, -0.051, -0.02, 0.073], recoveri: [-0.061, -0.085, -0.07, -0.067, -0.081, -0.067, -0.076, -0.066, -0.108, -0.045, 0.168], partit: [-0.045, -0.06, -0.049, -0.065, -0.056, -0.065, -0.059, -0.054, -0.085, -0.044, 0.143] }, threshold: 1 };

// analysis/text/stem.ts
import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
var MAX_CACHE = 5e4;
var cache = /* @__PURE__ */ new Map();
function stem(word) {
  const hit = cache.get(word);
  if (hit !== void 0) return hit;
  const stemmed = PorterStemmer.stem(word);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(word, stemmed);
  return stemmed;
}

// analysis/blame/agency.ts
var PRONOUNS = /* @__PURE__ */ new Set([
  "i",
  "he",
  "she",
  "they",
  "you",
  "him",
  "her",
  "them",
  "me",
  "his",
  "their",
  "your",
  "my",
  "himself",
  "herself",
  "themselves",
  "yourself",
  "myself",
  "he'd",
  "she'd",
  "they'd",
  "i'd",
  "you'd"
]);
var WE = /* @__PURE__ */ new Set(["we", "us", "our", "ourselves", "we'd"]);
var ROLE_NOUNS = /* @__PURE__ */ new Set([
  "engineer",
  "engineers",
  "operator",
  "operators",
  "on-call",
  "oncall",
  "on-caller",
  "on-callers",
  "oncaller",
  "sre",
  "sres",
  "dba",
  "dbas",
  "intern",
  "interns",
  "reviewer",
  "reviewers",
  "contractor",
  "contractors",
  "developer",
  "developers",
  "dev",
  "devs",
  "admin",
  "admins",
  "administrator",
  "administrators",
  "sysadmin",
  "sysadmins",
  "deployer",
  "deployers",
  "author",
  "authors",
  "committer",
  "employee",
  "employees",
  "staff",
  "person",
  "someone",
  "somebody",
  "responder",
  "responders",
  "commander",
  "lead",
  "colleague",
  "colleagues",
  "coworker",
  "co-worker",
  "newcomer",
  "hire",
  "hires",
  "junior",
  "individual",
  "individuals",
  "owner",
  "technician",
  "technicians",
  "analyst",
  "tester",
  "testers",
  "approver",
  "maintainer",
  "maintainers",
  "programmer",
  "programmers",
  "architect",
  "staffer",
  "human",
  "humans",
  "people",
  "guy",
  "guys",
  "ops",
  "operations",
  "oncallers",
  "ic",
  "whoever",
  "everyone",
  "everybody",
  "member",
  "members",
  "teammate",
  "teammates",
  "vendor",
  "consultant",
  "consultants"
]);
var TEAM_NOUNS = /* @__PURE__ */ new Set(["team", "teams", "squad", "crew"]);
var NOT_NAMES = new Set(
  `the this that these those a an it its after before when while during at in on then once if because since as
also however unfortunately root cause summary impact timeline our there here what which who why how all any
some each every both either neither no not none nothing everything something another other one two three
first second third next last later finally initially meanwhile eventually subsequently so but and or yet
only just even still again instead although though whereas whether until unless upon with without within
from into onto over under between among around about above below by for to of via per
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december today yesterday tomorrow utc gmt pst pdt est edt cet cest
linux windows mac macos ios android unix debian ubuntu redhat centos aws amazon google gcp azure microsoft
kubernetes docker helm terraform ansible puppet chef salt jenkins travis circleci github gitlab gerrit
bitbucket jira phabricator slack irc pagerduty opsgenie nagios icinga prometheus grafana graphite kibana
logstash elasticsearch elastic opensearch kafka zookeeper redis memcached memcache mysql mariadb postgres
postgresql sqlite mongodb mongo cassandra hadoop spark hive hdfs ceph swift varnish squid nginx apache
haproxy envoy istio consul vault etcd bind dns lvs pybal mediawiki wikipedia wikimedia wikidata parsoid
restbase thumbor hhvm php python java ruby node nodejs javascript go golang rust perl bash cron systemd
openstack nova neutron keystone glance cinder horizon labs toolforge tools wmf wmcs phab cloudflare akamai
fastly heroku vercel netlify stripe twilio okta auth0 ldap kerberos tls ssl http https tcp udp ip bgp ospf
api cdn vm vms cpu gpu ram ssd hdd raid nfs san vpn lan wan ssh sql json yaml xml html css url uri
zuul scap trebuchet git svn mercurial ores eventgate eventbus blazegraph sparql wdqs maps kartotherian
tilerator citoid mathoid graphoid cxserver apertium mobileapps proton electron chromium firefox chrome
safari edge mailman exim postfix otrs phabricator icinga-wm logmsgbot etherpad piwik matomo superset
turnilo druid presto airflow jupyter hue oozie yarn mapreduce pig flink storm beam dataflow bigquery
s3 ec2 rds ebs elb alb nlb iam lambda cloudwatch route53 sqs sns dynamodb gke eks aks k8s cassandra
codfw eqiad esams ulsfo eqsin drmrs sdtpa pmtpa knams ashburn tampa dallas amsterdam singapore marseille
users user customers customer clients client servers server services service hosts host nodes node
sev sev1 sev2 sev3 incident outage postmortem action item items note notes update edit edits fix fixes
ok okay yes thanks please see bug bugs code change config deploy patch commit release script job query request
traffic error disk memory load network database cache alert monitoring backup restore test failover rollback
upgrade migration maintenance power switch router cable host default new old most many several multiple various
previous current main primary secondary additional extra same both due per status done todo resolved fixed root
cause causes result results problem problems issue issues impact detection resolution lessons action actions
timeline summary background followup follow-up mitigation investigation analysis trigger triggers`.split(/\s+/)
);
var COMMON_NOUN_SHAPE = /(?:tion|sion|ment|ness|ity|ing|ance|ence|ure|age|ics|ism|ogy|ship|ware|ers|ors|ies|ses|ces|ts|ks|ps|ds|gs|ed|ly|ful|less|able|ible|ive|ous|ical|ency|ancy|ery|ory|dom|hood|ize|ise|ate)$/;
var HANDLE2 = /^@[\p{L}\p{N}_.-]+$/u;
var USERNAME = /^[a-z][a-z0-9]*(?:[._-]?[a-z0-9]+)*$/;
var CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
function agentOf(tokens2, index6, sentenceInitial) {
  const token = tokens2[index6];
  if (!token) return null;
  const lower = token.lower.replace(/'s$/, "");
  if (PRONOUNS.has(lower)) return { kind: "pronoun", index: index6, strong: true };
  if (WE.has(lower)) return { kind: "we", index: index6, strong: true };
  if (ROLE_NOUNS.has(lower)) {
    return { kind: "role", index: index6, strong: true };
  }
  if (TEAM_NOUNS.has(lower)) return { kind: "team", index: index6, strong: true };
  if (HANDLE2.test(token.raw)) return { kind: "handle", index: index6, strong: true };
  const raw = token.raw.replace(/['’]s$/, "");
  if (CAPITALISED.test(raw) && !NOT_NAMES.has(lower)) {
    if (sentenceInitial && COMMON_NOUN_SHAPE.test(lower)) return null;
    return { kind: "name", index: index6, strong: false };
  }
  return null;
}
function looksLikeUsername(token) {
  return USERNAME.test(token.raw) && /[0-9._]/.test(token.raw) && !/^\d/.test(token.raw) && /[a-z]{2}/.test(token.raw);
}
var VERB_GROUP_FILLERS = /* @__PURE__ */ new Set([
  "had",
  "has",
  "have",
  "also",
  "then",
  "simply",
  "just",
  "clearly",
  "obviously",
  "apparently",
  "unfortunately",
  "still",
  "again",
  "later",
  "subsequently",
  "accidentally",
  "mistakenly",
  "inadvertently",
  "initially",
  "therefore",
  "thus",
  "however",
  "completely",
  "totally",
  "entirely",
  "repeatedly",
  "actually",
  "probably",
  "likely",
  "immediately",
  "quickly",
  "already",
  "allegedly",
  "somehow",
  "evidently",
  "consequently",
  "unknowingly",
  "carelessly",
  "hastily",
  "once",
  "twice",
  "both",
  "all",
  "alone",
  "personally",
  "himself",
  "herself",
  "themselves",
  "then",
  "first",
  "never",
  "not",
  "certainly",
  "definitely",
  "surely",
  "really",
  "basically",
  "who",
  "that",
  "which",
  "had",
  "was",
  "were",
  "is",
  "are",
  "been",
  "be",
  "being",
  "did",
  "does",
  "do",
  "should",
  "could",
  "would",
  "must",
  "might",
  "may",
  "will",
  "shall",
  "ought",
  "to",
  "didn't",
  "hadn't",
  "wasn't",
  "weren't",
  "doesn't",
  "don't",
  "shouldn't",
  "couldn't",
  "wouldn't",
  "haven't",
  "hasn't"
]);
var PREPOSITIONS = /* @__PURE__ */ new Set([
  "by",
  "with",
  "for",
  "to",
  "in",
  "on",
  "at",
  "from",
  "about",
  "after",
  "before",
  "of",
  "into",
  "via",
  "than",
  "like",
  "against",
  "under",
  "over",
  "through",
  "during"
]);
var DETERMINERS = /* @__PURE__ */ new Set(["the", "a", "an", "this", "that", "our", "their", "his", "her", "its", "your", "my"]);
function subjectAgent(tokens2, verbIndex, clauseStart2) {
  let i = verbIndex - 1;
  while (i >= clauseStart2 && VERB_GROUP_FILLERS.has(tokens2[i].lower)) i--;
  if (i < clauseStart2) return null;
  const head = tokens2[i];
  const agent = agentOf(tokens2, i, i === clauseStart2);
  if (!agent) {
    if (i === clauseStart2 && looksLikeUsername(head)) return { kind: "username", index: i, strong: false };
    return null;
  }
  let j = i - 1;
  while (j >= clauseStart2 && (DETERMINERS.has(tokens2[j].lower) || CAPITALISED.test(tokens2[j].raw))) j--;
  if (j >= clauseStart2 && PREPOSITIONS.has(tokens2[j].lower) && tokens2[j].lower !== "of") return null;
  if (["no", "nobody", "none"].includes(tokens2[i - 1]?.lower ?? "")) return null;
  return agent;
}
function agentAfter(tokens2, index6, limit = 3) {
  for (let i = index6; i < tokens2.length && i < index6 + limit; i++) {
    const t2 = tokens2[i];
    if (DETERMINERS.has(t2.lower) && !PRONOUNS.has(t2.lower)) continue;
    const agent = agentOf(tokens2, i, false);
    if (agent) return agent;
    if (t2.lower.endsWith("'s")) return agentOf(tokens2, i, false);
    if (i + 1 < tokens2.length && (ROLE_NOUNS.has(tokens2[i + 1].lower) || TEAM_NOUNS.has(tokens2[i + 1].lower))) continue;
    return null;
  }
  return null;
}

// analysis/text/tokens.ts
var WORD = /@?[\p{L}\p{N}_]+(?:['’\-.][\p{L}\p{N}_]+)*/gu;
function wordTokens(text7, base = 0) {
  const out = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text7); m !== null; m = WORD.exec(text7)) {
    const raw = m[0];
    out.push({
      raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      start: base + m.index,
      end: base + m.index + raw.length
    });
  }
  return out;
}

// analysis/blame/sentence.ts
var QUOTED = /"[^"\n]{1,300}"|“[^”\n]{1,300}”/g;
function sentenceView(masked, start, end) {
  const text7 = masked.slice(start, end).replace(QUOTED, (q) => q.includes(" ") ? q[0] + " ".repeat(q.length - 2) + q.at(-1) : q);
  return { start, end, text: text7, lower: text7.toLowerCase().replace(/’/g, "'"), tokens: wordTokens(text7, start) };
}
function tokenIndexAt(tokens2, offset) {
  let lo = 0;
  let hi = tokens2.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (tokens2[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// analysis/blame/rules.ts
var PERCEPTION = "known|noticed|caught|seen|spotted|realised|realized|recognised|recognized|anticipated|foreseen|predicted|detected|identified|understood|been aware|been more aware|picked up on|paid (?:more )?attention(?: to)?|paid closer attention(?: to)?|figured out|remembered|heeded|looked(?: at)?|read";
var HUMAN_COMPLEMENTS = new Set(
  `check|test|verify|validate|follow|read|review|wait|confirm|double-check|consult|notify|inform|escalate|communicate
|update|tell|ask|look|notice|run|monitor|coordinate|announce|document|ensure|respond|acknowledge|investigate|page|
inspect|heed|consider|understand|realise|realize|recognise|recognize|catch|spot|warn|alert|report|mention|apply|
use|copy|backup|back|merge|approve|sign|double|triple|pay|take|remove|revert|roll|rollback|stop|think|plan|
schedule|share|hand|handover|open|file|close|reply|answer|act|react|call|contact|reach|involve|loop|include|attach|
mark|label|set|configure|renew|rotate|restart|drain|depool|pool|disable|enable|deploy|sync|push|install|upgrade|
downgrade|patch|lock|unlock|clean|delete|create|add|write|fix|prepare|handle|load|save|commit|tag|release|migrate`.replace(/\s/g, "").split("|")
);
var SYSTEM_COMPLEMENTS = new Set(
  `start|restart|respond|connect|boot|load|resolve|renew|replicate|serve|return|sync|compile|parse|allocate|bind|complete|
converge|acquire|elect|reach|apply|recover|propagate|handle|come|launch|mount|build|register|authenticate|process|
fetch|send|deliver|trigger|fire|run|execute|scale|spawn|initialize|initialise|reload|update|detect|page|alert|report|
match|find|open|close|write|read|flush|persist|commit|finish|terminate|stop|keep|produce|emit|publish|consume`.replace(/\s/g, "").split("|")
);
var OMISSION_OBJECTS = "runbook|procedure|process|checklist|playbook|policy|instructions|guidelines|protocol|steps?|warning|warnings|alert|alerts|page|pages|documentation|docs|review process|change process|rules?|guidance|advice";
var REJECTS_BLAME = new RegExp(
  [
    String.raw`\b(?:no ?one|nobody|no individual|no single person|no person|none of (?:us|them|the \w+))\b[^.;]{0,60}\b(?:blame|fault|disciplin|punish|fired|removed|suspended|penali[sz]|sanction|reprimand|responsible|culprit|written up|at fault|to blame|error|mistake|careless)`,
    String.raw`\b(?:not|never|isn't|wasn't|aren't|weren't|no)\b[^.;]{0,25}\b(?:about blame|to blame|at fault|blaming|blame (?:anyone|any one|individuals|people|a person|the)|(?:a |an |the )?(?:simple |single )?(?:human|operator|user|individual|personal) (?:error|failure|mistake|fault)|punish|disciplin|careless|negligen|a mistake by|someone's fault|anyone's fault|the fault of)`,
    String.raw`\bblameless\b`,
    String.raw`\b(?:rather than|instead of|without|avoid(?:ing)?|not about|resist(?:ing)?)\s+(?:\w+\s+){0,2}(?:blam|finger[- ]?point|looking for (?:someone|a person|who)|singling out|punish|disciplin|naming)`,
    String.raw`\b(?:would be|is|was|it's|seems?) (?:easy|tempting|wrong|unfair|unhelpful|misleading|a mistake) to (?:blame|call|say|label|conclude|attribute|write (?:this )?(?:off|up) as|stop at|point)`,
    String.raw`\b(?:do|does|did|will|would|should|must|can|could)(?: not|n't) (?:blame|punish|disciplin|single out|fault|attribute (?:this|it) to)`,
    String.raw`\b(?:reject|avoid|drop|retire|stop using)(?:s|ed|ing)? (?:the )?(?:label|term|phrase|word|framing|words?) ["“']?(?:human error|operator error|user error|blame|careless|should have)`,
    String.raw`\b(?:labell?ing|calling|writing) (?:this|it|the incident) (?:as )?["“']?(?:human|operator|user) error["”']? (?:hides|explains nothing|is not|isn't|stops|would)`,
    String.raw`["“'](?:human error|operator error|user error|should have|careless|root cause: human error)["”']`,
    String.raw`\bnot (?:a |the )?(?:matter|question|case) of (?:who|blame|fault|someone)`,
    String.raw`\bno (?:disciplinary|punitive) (?:action|measures?|consequences?)\b`,
    String.raw`\b(?:the )?(?:term|label|phrase|words?|notion|idea|concept) (?:of )?["“']?(?:human|operator|user) (?:error|factors?)|\b(?:human|operator) error["”']? is (?:a |the |just |only |never |not )?(?:label|term|word|name|symptom|starting point|where|what|conclusion|description)`,
    String.raw`\b(?:saying|claiming|asserting|concluding|writing|arguing) (?:that )?(?:someone|somebody|they|he|she|the \w+|a person|an? \w+) (?:should|could|was|were|is|made|failed)`,
    String.raw`\b(?:blaming|punishing|retraining|disciplining|firing|naming) (?:the |an? |any |)(?:\w+ ){0,2}(?:would|will|does|did|is|was|could|won't|wouldn't|doesn't|isn't|misses|miss)\b`,
    String.raw`\b(?:looking|searching|hunting) for (?:someone|somebody|a person|a culprit|who)`,
    String.raw`\boriginally (?:blamed|said|read|called|stated)\b`
  ].join("|")
);
var NEGATION_BEFORE = /\b(?:not|never|no|isn't|wasn't|aren't|weren't|hardly|nor|without)\s+(?:\w+\s+){0,2}$/;
function negatedBefore(lower, relStart) {
  return NEGATION_BEFORE.test(lower.slice(Math.max(0, relStart - 40), relStart));
}
var CLAUSE_BREAK_GAP = /[;:—–()]|\s-\s/;
var CLAUSE_WORDS = /* @__PURE__ */ new Set(["because", "although", "though", "while", "whereas", "since", "if", "when", "but", "so", "unless", "until", "after", "before", "once", "as"]);
function clauseStart(s, verbIndex) {
  const { tokens: tokens2, text: text7 } = s;
  for (let k = verbIndex - 1; k > 0 && k > verbIndex - 14; k--) {
    const gap = text7.slice(tokens2[k - 1].end - s.start, tokens2[k].start - s.start);
    if (CLAUSE_BREAK_GAP.test(gap)) return k;
    if (CLAUSE_WORDS.has(tokens2[k - 1].lower)) return k;
  }
  return leadingTimestampEnd(tokens2);
}
function leadingTimestampEnd(tokens2) {
  let i = 0;
  while (i < tokens2.length && i < 6 && /^(?:\d[\d:.-]*|utc|gmt|am|pm|[a-z]{3}t|z)$/i.test(tokens2[i].raw)) i++;
  return i;
}
function subjectOf(s, verbIndex) {
  const start = clauseStart(s, verbIndex);
  const direct = subjectAgent(s.tokens, verbIndex, start);
  if (direct) return direct;
  const prev = s.tokens[verbIndex - 1]?.lower;
  if (prev === "and" || prev === "then" || prev === "but") {
    const first = sentenceSubject(s);
    if (first && first.index < verbIndex - 1) return first;
  }
  return null;
}
function sentenceSubject(s) {
  const t2 = s.tokens;
  let i = leadingTimestampEnd(t2);
  while (i < t2.length && /^(?:the|a|an|one|of|then|also|later|at|that|point|this|afterwards|finally|so)$/.test(t2[i].lower)) i++;
  for (let k = i; k < Math.min(t2.length, i + 3); k++) {
    const agent = agentOf(t2, k, k === leadingTimestampEnd(t2));
    if (agent && (agent.kind !== "name" || k === i || agentOf(t2, i, false)?.kind === "name")) return agent;
    if (k === i && looksLikeUsername(t2[k])) return { kind: "username", index: k, strong: false };
    if (t2[k + 1] && /^(?:and|,)$/.test(t2[k + 1].lower)) break;
    if (CLAUSE_WORDS.has(t2[k].lower)) return null;
  }
  return null;
}
var DAMAGE = /\b(?:outage|down|broke|broken|break|fail|failed|failing|failure|crash|lost|loss|corrupt|incident|unavailable|impact|latenc|timeout|errors?|5\d\d|degrad|deleted|dropped|wiped|emptied|locked|blocked|overload|went|stopped|halt)/;
var DISCOVERY = /^(?:found|finds|noticed|notices|discovered|discovers|identified|identifies|reported|reports|saw|sees|observed|observes|realized|realised|realizes|realises|spotted|spots|noted|notes|said|says|mentioned|mentions|explained|explains|pointed|points|confirmed|confirms|investigated|investigates|suggested|suggests|asked|asks|pinged|pings|paged|pages|escalated|escalates|alerted|alerts|wrote|writes|opened|opens|filed|files)$/;
function firstVerbIndex(s, m) {
  return tokenIndexAt(s.tokens, s.start + m.index + (m[0].length - m[0].trimStart().length));
}
function subjectGate(weakNeedsHuman = false) {
  return (s, m) => {
    const agent = subjectOf(s, firstVerbIndex(s, m));
    if (!agent) return null;
    if (!agent.strong && weakNeedsHuman) {
      const complement = (m.groups?.verb ?? "").toLowerCase();
      if (!complement || SYSTEM_COMPLEMENTS.has(complement) || !HUMAN_COMPLEMENTS.has(complement)) return null;
    }
    return agent;
  };
}
var implicit = () => "implicit";
function anyAgentGate(s) {
  for (let i = 0; i < s.tokens.length; i++) {
    const a = agentOf(s.tokens, i, i === leadingTimestampEnd(s.tokens));
    if (a && a.kind !== "we") return a;
  }
  return null;
}
var CUES = [
  // human-error: offered as the cause; not when the sentence is about reducing the risk of it.
  {
    re: /\b(?:human|operator|operational|manual|engineer(?:ing)?|personnel|staff|administrator|admin|procedural|user|people|pilot|individual)[- ](?:error|mistake|failure|fault|slip|lapse|oversight)s?\b|\bhuman[- ]factors?\b|\bfat[- ]finger(?:ed|ing|s)?\b|\bpebkac\b|\bpicnic\b|\blayer[- ]8\b|\bhuman[- ]caused\b|\berror between (?:the )?(?:keyboard|chair)\b/g,
    category: "human-error",
    ruleId: "human-error/cause",
    weight: 0.8,
    gate: (s, m) => {
      const before = s.lower.slice(Math.max(0, m.index - 60), m.index);
      if (/\b(?:reduc|avoid|prevent|eliminat|minimi[sz]|mitigat|guard(?:s|ing)? against|protect(?:s|ing)? against|less|risk of|chance of|possibilit(?:y|ies) of|prone|susceptible|room for|likelihood of|potential for|cases? of|class(?:es)? of|kinds? of|types? of|forms? of|tolerat|resilien|robust)\w*\s+(?:\w+\s+){0,3}$/.test(before))
        return null;
      if (/^human[- ]factors?$/.test(m[0]) && /^\s*(?:engineering|research|design|experts?|team|analysis|approach|discipline)/.test(s.lower.slice(m.index + m[0].length))) return null;
      if (/^user/.test(m[0]) && /^\s*(?:rate|codes?|responses?|messages?|pages?|counts?|reports?|s?\s*\(4)/.test(s.lower.slice(m.index + m[0].length, m.index + m[0].length + 12)))
        return null;
      return "implicit";
    }
  },
  // hindsight: someone should have known/noticed.
  {
    re: new RegExp(String.raw`\b(?:should|ought to|must|could)(?: not|n't)?(?: have|'ve| of) (?:been able to |easily |reasonably |obviously |clearly |)(?:${PERCEPTION})\b`, "g"),
    category: "hindsight",
    ruleId: "hindsight/should-have-known",
    weight: 0.75,
    gate: (s, m) => {
      if (/\b(?:could|must)(?: not|n't)\b/.test(m[0])) return null;
      const agent = subjectOf(s, firstVerbIndex(s, m));
      if (agent?.kind === "we" && !/^(?:should|ought)/.test(m[0])) return null;
      return agent;
    },
    allowWe: true
  },
  {
    re: new RegExp(String.raw`\bshould(?: not|n't)? have been (?:${PERCEPTION.replace(/been (?:more )?aware\|/g, "")})\b(?: (?:by (?<by>[\w@'-]+(?: [\w'-]+){0,2})|in (?:code )?review|during (?:code )?review|earlier|sooner|beforehand|before (?:deploy|merg|rollout)\w*))`, "g"),
    category: "hindsight",
    ruleId: "hindsight/passive",
    weight: 0.65,
    gate: (s, m) => {
      if (!m.groups?.by) return /review/.test(m[0]) ? "implicit" : /noticed|spotted|realised|realized|known/.test(m[0]) ? "implicit" : null;
      return agentAfter(s.tokens, tokenIndexAt(s.tokens, s.start + m.index + m[0].lastIndexOf("by ") + 3));
    }
  },
  {
    re: /\b(?:should|ought to) have been (?:obvious|clear|apparent|evident)\b|\bin (?:hindsight|retrospect),? (?:it was )?(?:obvious|clear)\b|\bany (?:competent|reasonable|experienced|careful|good|decent|attentive|half-decent) (?:engineer|operator|developer|reviewer|sre|admin|person|dba)\b/g,
    category: "hindsight",
    ruleId: "hindsight/obvious-in-hindsight",
    weight: 0.6,
    gate: implicit
  },
  // counterfactual: should/could have done, if only X had.
  {
    re: /\b(?:should|ought to|could|might)(?: not|n't)?(?: have|'ve| of) (?:simply |just |at least |first |also |properly |actually |)(?<verb>[a-z-]+)\b/g,
    category: "counterfactual",
    ruleId: "counterfactual/should-have",
    weight: 0.7,
    gate: (s, m) => {
      const verb = m.groups?.verb ?? "";
      if (/^(?:had|to)$/.test(verb) || /\bhave (?:had )?to\b/.test(s.lower.slice(m.index, m.index + m[0].length + 4))) return null;
      if (/^(?:been|known|noticed|caught|seen|spotted|realised|realized|recognised|recognized|anticipated|foreseen|detected|understood)$/.test(verb)) {
        if (verb !== "been") return null;
        return null;
      }
      const agent = subjectOf(s, firstVerbIndex(s, m));
      if (!agent) return null;
      if (agent.kind === "we" && !/^(?:should|ought)/.test(m[0].trim())) return null;
      return agent;
    },
    allowWe: true
  },
  {
    re: /\bif (?:only )?(?<subj>(?:[\w@'-]+ ){1,4}?)(?:had|hadn't|'d|would have|did|didn't|were|was)\b(?: not| only| just| simply| first)? ?(?<verb>[a-z-]*)/g,
    category: "counterfactual",
    ruleId: "counterfactual/if-had",
    weight: 0.7,
    gate: (s, m) => {
      const hasConsequent = /\b(?:would|could|might)(?: not|n't)? (?:have|still|be|exist|happen)\b|\bwould(?:n't| not) (?:be|exist|happen)|\bif only\b/.test(s.lower);
      if (!hasConsequent) return null;
      if (/\bwere to\b/.test(s.lower) || /\bwould have to\b/.test(s.lower) && !/\bwould(?: not|n't)? have (?!to)/.test(s.lower)) return null;
      if (/\b(?:were|was|did|didn't)$/.test(m[0].trim().split(/\s+/).slice(-1)[0] ?? "") && !/\bhad\b/.test(m[0]) && !/would have/.test(s.lower)) return null;
      const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].indexOf(m.groups?.subj ?? ""));
      const subjTokens = (m.groups?.subj ?? "").trim().split(/\s+/).length;
      const subj = subjectAgent(s.tokens, idx + subjTokens, idx);
      return subj && subj.kind !== "we" ? subj : null;
    }
  },
  {
    re: /(?:^|[,;:]\s*|\b(?:and|but)\s+)had (?<subj>(?:the |an? |our )?[\w@'-]+(?: [\w'-]+)?) (?:not |only |just |simply |first |)(?<verb>[a-z-]+(?:ed|en|un|ne|wn|ught|one|ade|et|ut|ead|ept|eft))\b/g,
    category: "counterfactual",
    ruleId: "counterfactual/had-inversion",
    weight: 0.7,
    gate: (s, m) => {
      if (!/\b(?:would|could|might)(?: not|n't)? (?:have|still|be)\b/.test(s.lower)) return null;
      const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].indexOf(m.groups?.subj ?? ""));
      const agent = agentAfter(s.tokens, idx, 3);
      return agent && agent.kind !== "we" ? agent : null;
    }
  },
  // omission by a person.
  {
    re: /\b(?:failed|fail|fails|neglected|forgot|forgets|forgotten|omitted|refused|didn't bother|did not bother|never bothered|was supposed|were supposed|was expected|were expected)\s+to\s+(?:\w+ly\s+)?(?<verb>[a-z-]+)/g,
    category: "omission",
    ruleId: "omission/failed-to",
    weight: 0.7,
    gate: (s, m) => {
      const human = !/^fail/.test(m[0].trim());
      return subjectGate(!human)(s, m);
    },
    allowWe: true
  },
  {
    re: new RegExp(String.raw`\b(?:didn't|did not|never|hadn't|had not|wasn't|was not)\s+(?:\w+ly\s+)?(?<verb>${[...HUMAN_COMPLEMENTS].filter((v) => !/^(?:set|add|use|open|hand|take|act|load|save|handle|create|write|fix|close|call|mark|run|stop|apply|plan|think|share|include|reach|sync|push|install|deploy|lock|unlock|clean|delete|restart|enable|disable|label|configure|page|prepare|release|migrate|commit|tag|attach|involve|loop|file|answer|reply|react|contact)$/.test(v)).join("|")}|bother|wait|read|follow|notice|double-check)(?:ed|ing)?\b`, "g"),
    category: "omission",
    ruleId: "omission/did-not",
    weight: 0.65,
    gate: subjectGate(true),
    allowWe: true
  },
  {
    re: /\b(?:forgot|neglected|ignored|overlooked|disregarded|skipped|bypassed|circumvented|missed|dismissed|silenced|acked and ignored|snoozed)\b(?!\s+(?:by|in|during|because)\b)(?<rest>[^.;,]{0,40})/g,
    category: "omission",
    ruleId: "omission/ignored",
    weight: 0.7,
    gate: (s, m) => {
      const agent = subjectOf(s, firstVerbIndex(s, m));
      if (!agent) return null;
      if (!agent.strong && /^(?:skipped|missed|dismissed|silenced|bypassed|circumvented|snoozed)/.test(m[0]) && !new RegExp(`\\b(?:${OMISSION_OBJECTS}|review|tests?|checks?|step|canary|dashboard|lag|message|email|ticket)\\b`).test(m.groups?.rest ?? "")) return null;
      return agent;
    },
    allowWe: true
  },
  {
    re: new RegExp(String.raw`\b(?:the |our |this |that )?(?:${OMISSION_OBJECTS})(?: \w+)? (?:was|were|had been|has been|have been|went) (?:not followed|not read|ignored|skipped|overlooked|disregarded|bypassed|missed|unheeded|unread|circumvented)\b`, "g"),
    category: "omission",
    ruleId: "omission/passive-procedure",
    weight: 0.6,
    gate: implicit
  },
  {
    re: /\bwithout (?:first |properly |even |actually |bothering to |)(?<verb>checking|testing|waiting|reviewing|verifying|validating|asking|consulting|reading|following|getting (?:a |an )?(?:review|approval|sign-?off)|confirming|telling|notifying|looking|double-checking|running (?:the )?tests|informing|coordinating|announcing|thinking)\b/g,
    category: "omission",
    ruleId: "omission/without",
    weight: 0.65,
    gate: (s, m) => {
      const subj = sentenceSubject(s);
      if (subj && subj.kind !== "we") return subj;
      const near = subjectOf(s, tokenIndexAt(s.tokens, s.start + m.index) - 2);
      return near && near.kind !== "we" ? near : null;
    }
  },
  // character judgement: inherently about people, so no agent is needed; negations drop it.
  {
    re: /\b(?:careless(?:ly|ness)?|sloppy|sloppiness|sloppily|negligen(?:t|tly|ce)|reckless(?:ly|ness)?|lazy|laziness|lazily|incompeten(?:t|ce|tly)|irresponsib(?:le|ly|ility)|inattentive(?:ness)?|inattention|clumsy|clumsily|foolish(?:ly|ness)?|stupid(?:ly|ity)?|dumb|idiot(?:ic)?(?![- ](?:check|proof))|unprofessional(?:ly)?|inexperienced|complacen(?:t|cy)|cowboy|amateurish|amateur|half-hearted|thoughtless(?:ly)?|heedless(?:ly)?|lack(?:ed|s|ing)? (?:of )?(?:attention to detail|attention|care|diligence|discipline|competence|professionalism|ownership|common sense|judge?ment|rigou?r)|poor (?:judge?ment|attention|discipline|work ethic|decision-making)|bad judge?ment|lapse (?:in|of) (?:judge?ment|concentration|attention)|cut(?:ting)? corners|should (?:have )?know(?:n)? better|didn't care|did not care|not paying attention|wasn't paying attention|weren't paying attention|asleep at the wheel|rookie|unqualified|hasty|hastily|rushed (?:through|job)|in a hurry)\b/g,
    category: "character-judgement",
    ruleId: "character/judgement-word",
    weight: 0.85,
    gate: (s, m) => {
      const after = s.lower.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (/^lazy$/.test(m[0]) && /^\s*(?:load|loading|loaded|evaluat|initiali|init|fetch|instantiat|eval|sequence|val|property|attribute|binding|import|compil)/.test(after)) return null;
      if (/^dumb$/.test(m[0]) && /^\s*(?:terminal|pipe|client|proxy|switch|hub|device)/.test(after)) return null;
      if (/^sloppy$/.test(m[0]) && /^\s*quorum/.test(after)) return null;
      if (/^(?:amateur|rookie)$/.test(m[0]) && !/^\s*(?:mistake|error|move|hour|engineer|work|setup|operator)/.test(after)) return null;
      if (/^(?:hasty|hastily|in a hurry)$/.test(m[0]) && !anyAgentGate(s)) return null;
      if (/^lack/.test(m[0]) && !anyAgentGate(s) && !/\b(?:engineers?|operators?|team|staff|people|developers?|reviewers?|on-?call)\b/.test(s.lower)) return null;
      if (negatedBefore(s.lower, m.index)) return null;
      return "implicit";
    }
  },
  // proximal actor: a person's action plus a causal link to the damage.
  {
    re: /(?:,|;|—|\band\b|\bwhich\b|\bthat\b|\bthereby\b|\bthis\b|\bin turn\b)\s*(?:which |this |that |thereby |then |in turn |is what |was what |what |ultimately |directly |immediately |accidentally |promptly |)*(?:caus(?:ed|ing|es)|result(?:ed|ing|s) in|le(?:d|ading|ads) to|br(?:oke|eaking)|took|taking|brought|bringing|knock(?:ed|ing)|trigger(?:ed|ing)|crash(?:ed|ing)|kill(?:ed|ing)|wip(?:ed|ing) out|overload(?:ed|ing)|made (?:\w+ ){1,3}(?:unavailable|fail|crash|go down)|start(?:ed|ing) the (?:outage|incident))\b/g,
    category: "proximal-actor",
    ruleId: "proximal/action-causing",
    weight: 0.7,
    gate: (s, m) => {
      const tail = s.lower.slice(m.index, m.index + m[0].length + 60);
      if (/\b(?:took|taking|brought|bringing|knock(?:ed|ing))\b/.test(m[0]) && !/\b(?:down|offline|out|over)\b/.test(tail)) return null;
      if (/\b(?:recover|drop|decreas|resolv|restor|fix|improv|return to normal|clear|subside|stabili|mitigat)/.test(tail)) return null;
      const subj = sentenceSubject(s);
      if (!subj || subj.kind === "we") return null;
      const connective = tokenIndexAt(s.tokens, s.start + m.index);
      if (subj.index >= connective) return null;
      if (DISCOVERY.test(s.tokens[subj.index + 1]?.lower ?? "")) return null;
      const between = s.lower.slice(s.tokens[subj.index].end - s.start, m.index);
      if (/\b(?:but|although|though|however|while|whereas|meanwhile)\b|;/.test(between)) return null;
      return subj;
    }
  },
  {
    re: /\b(?:caused|triggered|started|introduced|initiated|broken|brought down|taken down|knocked out|precipitated) by (?:a |an |the )?(?:mistake|error|change|action|command|typo|deploy|push|commit|edit|decision)?(?: (?:made |run |pushed |by |of |from ))*/g,
    category: "proximal-actor",
    ruleId: "proximal/caused-by",
    weight: 0.75,
    gate: (s, m) => {
      const agent = agentAfter(s.tokens, tokenIndexAt(s.tokens, s.start + m.index + m[0].length), 3);
      if (agent && /^(?:error|errors|mistake|mistakes|oversight|factors?)$/.test(s.tokens[agent.index + 1]?.lower ?? "")) return null;
      return agent && agent.kind !== "we" ? agent : null;
    }
  },
  {
    re: /\b(?:because(?: of)?|due to|thanks to|owing to|as a result of)\s+/g,
    category: "proximal-actor",
    ruleId: "proximal/because-of-person",
    weight: 0.7,
    gate: (s, m) => {
      const idx = tokenIndexAt(s.tokens, s.start + m.index + m[0].length);
      const agent = agentAfter(s.tokens, idx, 3);
      if (!agent || agent.kind === "we") return null;
      const next = s.tokens[agent.index + 1]?.lower ?? "";
      const own = s.tokens[agent.index].lower.endsWith("'s");
      if (/^(?:error|errors|mistake|mistakes|oversight|factors?)$/.test(next)) return null;
      if (!DAMAGE.test(s.lower)) return null;
      if (own || /(?:ed|ran|did|made|put|set|sent|wrote|forgot|took|broke|pushed|didn't|hadn't|wasn't|accidentally|mistakenly|typo|change|action)$/.test(next)) return agent;
      return null;
    }
  },
  {
    re: /\b(?<name>[\p{L}@][\p{L}\p{N}_.-]*)(?:'s|’s) (?:\w+ )?(?:change|commit|deploy|deployment|push|patch|typo|command|script|config|configuration|mistake|action|edit|query|pr|pull request|merge|migration|update|code|fix|decision|error)s? (?:caus|broke|took|brought|trigger|led|result|introduc|knock|crash|kill|wip|start)/giu,
    category: "proximal-actor",
    ruleId: "proximal/possessive-cause",
    weight: 0.75,
    gate: (s, m) => {
      const agent = agentOf(s.tokens, tokenIndexAt(s.tokens, s.start + m.index), false);
      return agent && agent.kind !== "we" ? agent : null;
    }
  },
  {
    re: /\b(?:broke|took down|brought down|knocked out|knocked over|crashed|wiped out|nuked|destroyed|blew away|blew up|trashed|hosed|borked|fried|killed) (?:the |our |all |a |)(?:\w+ )?(?:site|production|prod|database|db|cluster|service|services|api|website|wiki|network|server|servers|build|deploy|pipeline|data|everything|things|it)\b/g,
    category: "proximal-actor",
    ruleId: "proximal/direct-damage",
    weight: 0.7,
    gate: (s, m) => {
      const agent = subjectOf(s, firstVerbIndex(s, m));
      return agent && agent.kind !== "we" ? agent : null;
    }
  },
  // fault nouns: only with a person in the sentence.
  {
    re: /\b(?:culprits?|to blame|at fault|fault of|(?:his|her|their|my|your|whose) (?:own )?fault|blame (?:lies|rests|falls|sits|goes)|(?:is|was|are|were|be) responsible for (?:the |this |that )?(?:outage|incident|failure|downtime|breakage|problem|issue|data loss|mess|error|mistake|disruption)|dropped the ball|screw(?:ed|s)? up|screw-?ups?|mess(?:ed)? up|fouled up|botch(?:ed)?|blunders?|goofs?|goofed|slip-?ups?|(?:made|make|makes|making) (?:a |an |the |another |)(?:\w+ )?(?:mistake|error|blunder|bad call|misjudge?ment|wrong call|poor choice)s?|(?:mistake|error|oversight|blunder|lapse)s? (?:by|on the part of|from|made by) |(?:blame|blamed|blaming) (?:him|her|them|the \w+|\p{Lu}\w+))\b/gu,
    category: "fault-noun",
    ruleId: "fault-noun/person",
    weight: 0.8,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index)) return null;
      if (/^(?:culprits?|blunders?|goofs?|slip-?ups?|screw-?ups?)$/.test(m[0]) || /^(?:to blame|at fault|blame (?:lies|rests|falls|sits|goes))/.test(m[0])) {
        return anyAgentGate(s);
      }
      if (/^(?:his|her|their|my|your|whose)/.test(m[0])) return { kind: "pronoun", index: 0, strong: true };
      if (/by|part of|from/.test(m[0]) && /(?:mistake|error|oversight|blunder|lapse)/.test(m[0])) {
        return agentAfter(s.tokens, tokenIndexAt(s.tokens, s.start + m.index + m[0].length), 3);
      }
      const agent = subjectOf(s, firstVerbIndex(s, m));
      if (agent) return agent;
      return /^(?:blame|blamed|blaming)/.test(m[0]) ? anyAgentGate(s) : null;
    },
    allowWe: true
  },
  // minimising: "obviously", "simply", "just" applied to a person's action or to how avoidable it was.
  {
    re: /\b(?:obviously|clearly|of course|evidently|naturally|plainly)\b,?/g,
    category: "minimising",
    ruleId: "minimising/obviously",
    weight: 0.5,
    gate: (s, m) => {
      const rest = s.lower.slice(m.index);
      if (!/\b(?:wrong|incorrect|bad|broken|mistake|error|should|shouldn't|careless|forgot|didn't|did not|failed|missed|ignored|stupid|silly|trivial|sloppy|invalid|typo|never|skipped|wasn't|weren't|not (?:tested|checked|reviewed|read)|no one|nobody|avoidable|preventable|misconfigured|misread|overlooked)\b/.test(rest))
        return null;
      const agent = anyAgentGate(s);
      if (!agent && !/\b(?:wrong|incorrect|mistake|should|shouldn't|careless|forgot|typo|misconfigured|stupid|silly|sloppy|avoidable|preventable)\b/.test(rest)) return null;
      if (/^(?:clearly|plainly) (?:show|indicat|visible|mark|label|document|defin|stat|separat|communicat|explain|communicat|written|display)/.test(rest)) return null;
      return agent ?? "implicit";
    }
  },
  {
    re: /\b(?:(?:just|simply|merely|only) (?:had to|needed to|have to|need to|has to|needs to|should have|could have|had to remember to|forgot|didn't|did not|failed|ignored|skipped|decided|chose)|all (?:he|she|they|you|we|it|\w+) (?:had|needed|has|needs) to do (?:was|is)|(?:easily|trivially) (?:avoid(?:ed|able)|prevent(?:ed|able)|caught|fixed|spotted)|(?:trivial|basic|elementary|rookie|silly|stupid|dumb|simple|obvious) (?:mistake|error|oversight|slip)|(?:a )?(?:simple|quick|basic|single) (?:check|glance|look|test|question|read|grep)\b[^.;]{0,60}\b(?:would|could) have|not rocket science|no-?brainer|it's that simple|it is that simple|should (?:just|simply) have)\b/g,
    category: "minimising",
    ruleId: "minimising/simply",
    weight: 0.55,
    gate: (s, m) => {
      if (subjectOf(s, firstVerbIndex(s, m))?.kind === "we") return null;
      if (/\b(?:simple|basic|single|quick) (?:check|glance|look|test|question|read|grep)/.test(m[0]) && !/\b(?:should|would|could) have\b/.test(s.lower)) return null;
      return "implicit";
    }
  },
  // punitive: an action against a person.
  {
    re: /\b(?:disciplinary|(?<!\b(?:be|more|less|very|stay|remain|being) )disciplined|discipline (?:him|her|them|the)|reprimand(?:ed|s)?|written up|write (?:him|her|them) up|performance improvement plan|put on (?:a |an )?pip|formal warning|final warning|written warning|verbal warning|on probation|put on notice|sanction(?:ed|s)?|punish(?:ed|ment|ing)?|penali[sz](?:ed|e)|held (?:personally |directly |fully )?accountable|hold (?:\w+ ){1,2}accountable|face (?:the )?consequences|consequences for|demoted|docked|let go|answer for|pay for (?:this|it|their|his|her))\b/g,
    category: "punitive",
    ruleId: "punitive/sanction",
    weight: 0.95,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index)) return null;
      if (/^(?:let go|answer for|pay for|consequences for|face)/.test(m[0]) || /^(?:sanction|punish|penali)/.test(m[0])) {
        return anyAgentGate(s) ?? (/\b(?:staff|engineers?|operators?|team|employees?|individuals?|person)\b/.test(s.lower) ? "implicit" : null);
      }
      return anyAgentGate(s) ?? "implicit";
    },
    allowWe: true
  },
  {
    re: /\b(?:fired|sacked|terminated|suspended|dismissed|removed|banned|barred|kicked|stripped|revoked|taken off|pulled off|relieved)\b(?<rest>[^.;]{0,50})/g,
    category: "punitive",
    ruleId: "punitive/removed",
    weight: 0.9,
    gate: (s, m) => {
      const rest = m.groups?.rest ?? "";
      const word = /^\w+/.exec(m[0])?.[0] ?? "";
      const personTarget = /^\s+(?:from (?:the )?(?:on-?call|rotation|the rotation|production|prod|deploy|the team|the project|the company|their (?:role|position|job)|his (?:role|position|job)|her (?:role|position|job)|duty|duties|access|shift)|(?:of|from) (?:his|her|their) (?:duties|role|position|access|responsibilities)|(?:his|her|their) (?:access|privileges|rights|permissions|commit|deploy|sudo|root))/.test(rest);
      const subjAgent = subjectOf(s, firstVerbIndex(s, m));
      if (word === "fired" || word === "sacked") {
        const obj = agentAfter(s.tokens, tokenIndexAt(s.tokens, s.start + m.index + word.length), 3);
        if (/\b(?:was|were|been|be|get|got|gets|getting)\s+(?:\w+\s+)?$/.test(s.lower.slice(Math.max(0, m.index - 20), m.index)) && subjAgent && subjAgent.kind !== "we") return subjAgent;
        if (obj && obj.kind !== "we" && obj.kind !== "name") return obj;
        if (obj?.kind === "name" && subjAgent) return obj;
        return null;
      }
      if (/^(?:revoked|stripped)$/.test(word) && /\b(?:his|her|their|\p{Lu}\w+'s) (?:access|privileges|rights|permissions)\b/u.test(s.text)) return { kind: "pronoun", index: 0, strong: true };
      if (!personTarget) return null;
      if (subjAgent && subjAgent.kind !== "we") return subjAgent;
      return /\b(?:his|her|their)\b/.test(rest) ? { kind: "pronoun", index: 0, strong: true } : null;
    }
  },
  // remedies aimed at people instead of the system.
  {
    re: /\b(?:re-?train(?:ed|ing|s)?|re-?educat(?:e|ed|ion|ing)|refresher (?:training|course|session)|(?:additional|more|further|mandatory|better|extra|proper|formal|targeted|specific|remedial) training|training (?:for|of) (?:the |all |our )?(?:engineers?|staff|team|operators?|developers?|on-?call|sres?|employees|people|new hires|him|her|them)|awareness (?:training|session|campaign|sessions)|(?:provide|give|schedule|arrange|organi[sz]e|conduct|hold|require|complete|attend|mandate|run|offer)(?:s|d|ed|ing)? (?:a |an |some |more |the )?(?:\w+ )?training(?! data| set| job| pipeline| run| model)|coach(?:ed|ing)? (?:the |him|her|them)|counsel(?:l?ed|l?ing)? (?:the |him|her|them))\b/g,
    category: "people-remedy",
    ruleId: "people-remedy/retrain",
    weight: 0.65,
    // Models and classifiers get retrained too.
    gate: (s, m) => /^\s*(?:the |our |a |)(?:[\w-]+ )?(?:model|classifier|filter|detector|network|embedding|index|ranker|predictor)s?\b/.test(s.lower.slice(m.index + m[0].length)) ? null : "implicit"
  },
  {
    re: /\b(?:be|being|to be|are|is|was|were|remain|stay)(?: more| extra| much more| very| especially| extremely| even more)? (?:careful|vigilant|cautious|mindful|attentive|diligent|thorough|disciplined)\b|\bpay (?:more |closer |extra |better |careful |special )?attention\b|\btake (?:more |extra |greater |better )?care\b|\bthink twice\b|\b(?:double|triple)[- ]check\b|\bremember to\b|\bstricter adherence\b|\bbe (?:more )?aware\b/g,
    category: "people-remedy",
    ruleId: "people-remedy/be-careful",
    weight: 0.6,
    gate: (s, m) => {
      const before = s.lower.slice(0, m.index);
      if (/\b(?:nobody|no one|no-one)\b/.test(before)) return null;
      if (/\b(?:rely|relying|relies|depend|depending|depends|counting|rather than|instead of|not|no longer|cannot|can't|won't work|doesn't scale|without (?:having|needing) to)\b[^.]{0,40}$/.test(before)) return null;
      const modal = /\b(?:should|must|need to|needs to|will|shall|have to|has to|to|please|always|going to|ought to|make sure|ensure|remind(?:ed|ing)?|ask(?:ed)?|tell|told|encourage[ds]?|instruct(?:ed)?|urge[ds]?)\b[^.;]{0,40}$/.test(before);
      const imperative = /^\s*(?:(?:action|fix|follow-?up|remediation|todo|ai|lesson)s?[^:]{0,20}:\s*)?(?:please |always |)$/.test(before);
      if (!modal && !imperative) return null;
      const agent = anyAgentGate(s) ?? (/\bwe\b/.test(before) ? { kind: "we", index: 0, strong: true } : null);
      if (agent) return agent;
      return imperative || /\b(?:remind|ask|tell|told|encourage|instruct|urge|make sure|ensure)\b/.test(before) ? "implicit" : null;
    },
    allowWe: true
  },
  {
    re: /\b(?:remind|reminded|reminding|tell|told|ask|asked|instruct|instructed|warn|warned|encourage|encouraged|urge|urged|educate|educated|email|emailed|notify|re-?emphasi[sz]e|reiterate|stress)(?:s|d)? (?:all |the |our |every |each |)(?:engineers?|developers?|staff|operators?|everyone|everybody|people|the team|team members?|on-?call(?:ers)?|sres?|admins?|reviewers?|deployers?|interns?|contractors?|new hires|him|her|them|individuals|employees) (?:to|that|about|of|not to)\b|\b(?:reiterate|re-?emphasi[sz]e|stress|emphasi[sz]e) (?:to (?:\w+ ){1,3})?the importance of\b|\bmake sure (?:that )?(?:engineers?|developers?|staff|operators?|everyone|people|the team|on-?call(?:ers)?|they|he|she|reviewers?|individuals|employees) (?:follow|read|check|know|understand|are|remember|double|always|do not|don't|never)\b|\bensure (?:that )?(?:engineers?|developers?|staff|operators?|everyone|people|reviewers?|individuals|employees) (?:follow|read|check|know|understand|are aware|remember|double|always|do not|don't|never)\b/g,
    category: "people-remedy",
    ruleId: "people-remedy/remind",
    weight: 0.6,
    gate: (s, m) => negatedBefore(s.lower, m.index) ? null : "implicit"
  },
  // ---- second-wave cues: blame phrased without the classic trigger words ----
  {
    re: /\b(?:weak(?:est)? link|problem was the (?:human|person|operator|people)|(?:the )?people operating (?:it|them|the)|(?:root )?cause (?:of (?:the |this )?(?:outage|incident|failure) )?(?:is|was) (?:the |an? |our )?(?:operator|engineer|human|person|people|intern|developer|contractor|on-?call|dba|sre|admin)\b|a person made a (?:slip|mistake|error)|no deeper (?:story|cause|reason))/g,
    category: "human-error",
    ruleId: "human-error/person-as-cause",
    weight: 0.75,
    gate: implicit
  },
  {
    re: /\b(?:(?:outage|incident|problem|failure|trouble|issue|disruption|downtime|degradation)s? (?:began|started|happened|occurred|was triggered) (?:when|after|because|once|as soon as)|traces? back\b[^.;]{0,30}\bto (?:what |when )|(?:is|was) what (?:broke|took|caused|brought|knocked|killed|emptied|deleted|started|triggered)|none of this (?:started|happened|would have happened) until|by \d{1,2}[:.]\d{2}[^.;]{0,20}\b(?:every|all|the site|errors|requests)|^it was \p{Lu}\p{Ll}+(?:'s|’s) [^.;]{0,40} that)/gu,
    category: "proximal-actor",
    ruleId: "proximal/person-then-damage",
    weight: 0.7,
    gate: (s, m) => {
      const after = s.tokens.slice(tokenIndexAt(s.tokens, s.start + m.index));
      for (let i = 0; i < after.length && i < 12; i++) {
        const agent = agentOf(after, i, false);
        if (agent && agent.kind !== "we") return { ...agent, index: agent.index + (s.tokens.length - after.length) };
      }
      return anyAgentGate(s);
    }
  },
  {
    re: /\b(?:locked|blocked|emptied|deleted|dropped|wiped|corrupted|overwrote|overwritten|disabled|exhausted|saturated|flooded|stopped|halted|disconnected|erased|truncated|purged|removed|destroyed|took out|cut off|broke|broken|crashed|killed|caused|started|triggered|made) (?:all |the |every |our |a |an |)(?:\w+ ){0,3}?(?:traffic|table|tables|database|data|bucket|site|service|cluster|requests|outage|incident|api|production|prod|queue|disk|storm|errors?|inconsistency|failures?|downtime|payroll|search|checkout|login|users|customers|writes|reads|zone)\b/g,
    category: "proximal-actor",
    ruleId: "proximal/which-damaged",
    weight: 0.7,
    gate: (s, m) => {
      const before = s.lower.slice(0, m.index);
      if (!/(?:,\s*|\b)(?:which|that|and|then|this|thereby|in turn|what)\s+(?:\w+\s+){0,3}$/.test(before) && !/(?:'s|’s)\s+(?:[\w-]+\s+){0,6}$/.test(before)) {
        return null;
      }
      if (/(?:'s|’s)\s+(?:[\w-]+\s+){0,6}$/.test(before)) {
        const idx = tokenIndexAt(s.tokens, s.start + before.search(/\S+(?:'s|’s)\s+(?:[\w-]+\s+){0,6}$/));
        const agent = agentOf(s.tokens, idx, false) ?? agentAfter(s.tokens, idx, 3);
        if (agent && agent.kind !== "we") return agent;
      }
      const subj = sentenceSubject(s);
      return subj && subj.kind !== "we" && subj.index < tokenIndexAt(s.tokens, s.start + m.index) ? subj : null;
    }
  },
  {
    re: /\b(?:(?:bears?|bore|takes?|took|carr(?:y|ies|ied)|shoulders?) (?:full |the |sole |primary |most of the |all the |)(?:responsibility|blame)|person responsible|(?:who|one) (?:is|was) responsible|fault lies|responsibility lies|lies with|rests with|(?:on|off) (?:\p{Lu}\p{Ll}+|his|her|their|the \w+)(?:'s|’s)? shoulders|\w+(?:'s|’s) fault|owns? (?:this|the) (?:failure|outage|incident|mess)|whose (?:commit|change|fault|mistake|deploy|script|code) (?:this|it) was|needs? a name|(?:name|names) for the report|(?:\p{Lu}\p{Ll}+|his|her|their|the \w+)(?:'s|’s) (?:mistake|error|blunder|oversight|screw-?up|slip))/gu,
    category: "fault-noun",
    ruleId: "fault-noun/responsibility",
    weight: 0.8,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index)) return null;
      const agent = anyAgentGate(s);
      if (agent) return agent;
      return /\b(?:person responsible|whose|needs? a name|names? for the report|who is responsible|who was responsible)\b/.test(m[0]) ? "implicit" : null;
    }
  },
  {
    re: /\b(?:suspended|placed on leave|on administrative leave|lost (?:\w+ ){0,2}(?:permissions|access|rights|privileges|bonus|job)|performance review|annual review|(?:taken|pulled|removed|kicked|dropped) (?:off|out of|from) (?:the |his |her |their )?(?:\w+ )?(?:rotation|on-?call|roster|team|project)|(?:rights|access|permissions|privileges) (?:have|has|had|will) (?:been |be )?(?:revoked|removed|suspended|withdrawn|pulled)|hr (?:has|have|was|were|will) (?:been )?(?:informed|notified|involved|contacted)|(?:bonus|bonuses|raise|raises|promotion|pay) (?:\w+ ){0,4}(?:withheld|cancell?ed|docked|cut|frozen|denied)|withh(?:e|o)ld(?:ing)? (?:\w+ ){0,3}(?:bonus|bonuses|raise|pay)|note (?:placed |put )?in (?:their|his|her) (?:file|record)|contract (?:will not|won't|will no longer) be renewed|(?:will not|won't) be on the [\w -]{1,30} team|manager (?:watch|look|sit) over|watch over (?:his|her|their) shoulder|(?:must|will|shall) (?:now )?(?:have|get) (?:sign-?off|approval) from (?:a |their |his |her )?manager)\b/g,
    category: "punitive",
    ruleId: "punitive/consequence",
    weight: 0.9,
    gate: (s, m) => {
      if (negatedBefore(s.lower, m.index) && !/won't|will not/.test(m[0])) return null;
      if (/^lost /.test(m[0])) {
        const subj = subjectOf(s, firstVerbIndex(s, m));
        return subj && subj.kind !== "we" ? subj : null;
      }
      const agent = anyAgentGate(s);
      if (agent) return agent;
      return /\b(?:suspended)\b/.test(m[0]) ? null : "implicit";
    }
  },
  {
    re: /\b(?:send|sent|enrol|enroll|put|book) (?:the |all |our |)(?:[\w-]+ ){0,3}(?:on|to|through|for) (?:a |an |the |)(?:\w+ ){0,2}(?:course|training|workshop|bootcamp|class|refresher)|\bmore carefully\b|\bre-?read\b|\btake (?:more |greater |full |)ownership\b|\b(?:read|check|review|test|verify) (?:\w+ ){0,3}(?:twice|thoroughly|properly|harder|more closely)\b|\bstay (?:alert|focused|vigilant|sharp|awake)\b|\bnot (?:get|be|become) distracted\b|\bthink (?:harder|more|carefully)\b|\bpromise to\b|\bpersonally (?:promise|commit|guarantee|ensure)\b|\bpay (?:closer|more) attention\b/g,
    category: "people-remedy",
    ruleId: "people-remedy/try-harder",
    weight: 0.6,
    gate: (s, m) => {
      const before = s.lower.slice(0, m.index);
      if (/\b(?:rely|relying|relies|depend|depending|rather than|instead of|no longer|cannot|can't|without)\b[^.]{0,40}$/.test(before)) return null;
      const agent = anyAgentGate(s);
      if (agent) return agent;
      return /\b(?:we|everyone|all)\b/.test(before) ? "implicit" : null;
    }
  },
  {
    re: /\b(?:just|simply|merely) (?:left|forgot|ignored|skipped|didn't|did not|clicked|typed|ran|pushed|deleted|dropped|missed|assumed|guessed|wasn't|never)\b|\b(?:obviously|clearly) (?:have |should |recogni[sz]e|know|knew|see|saw|realise|realize|understand)|\bobvious to (?:everyone|anyone|all)\b|\b(?:one|two|a single|five|ten)[- ](?:click|second|minute|line|step|command)s? (?:\w+ ){0,2}(?:check|fix|rollback|change|task|job)?\b[^.;]{0,40}\b(?:skip|took|forgot|ignored|decided|still|yet|failed)|\beven a (?:first-year|junior|new|child|student|intern)\b|\byet \p{Lu}\p{Ll}+ (?:typed|ran|did|chose|clicked|went)|\b(?:it's|it is|that's) not (?:complicated|hard|difficult|rocket science)\b|\bstill took (?:\p{Lu}\p{Ll}+|him|her|them|the \w+)\b/gu,
    category: "minimising",
    ruleId: "minimising/easy-for-them",
    weight: 0.55,
    gate: (s, m) => {
      const agent = anyAgentGate(s);
      if (!agent) return /\bobvious to|even a|not (?:complicated|hard|difficult|rocket)/.test(m[0]) ? "implicit" : null;
      return agent;
    }
  }
];
function applyRules(s) {
  if (REJECTS_BLAME.test(s.lower)) return [];
  const best = /* @__PURE__ */ new Map();
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(s.lower); m !== null; m = cue.re.exec(s.lower)) {
      if (m[0].length === 0) {
        cue.re.lastIndex++;
        continue;
      }
      const gated = cue.gate(s, m);
      if (gated === null) continue;
      const agent = gated === "implicit" ? null : gated;
      if (agent?.kind === "we" && !cue.allowWe) continue;
      const weight = agent?.kind === "we" ? cue.weight * WE_FACTOR : cue.weight;
      const prev = best.get(cue.category);
      if (prev && prev.weight >= weight) continue;
      const cueStart = s.start + m.index;
      best.set(cue.category, {
        category: cue.category,
        ruleId: cue.ruleId,
        weight,
        agent,
        cueStart,
        cueEnd: cueStart + m[0].trimEnd().length,
        parts: { cue: s.text.slice(m.index, m.index + m[0].trimEnd().length), ...m.groups?.verb ? { action: m.groups.verb } : {} }
      });
    }
  }
  return [...best.values()];
}
var WE_FACTOR = 0.75;
function mentionsPerson(s) {
  return anyAgentGate(s) !== null || s.tokens.some((t2) => t2.lower === "we" || t2.lower === "our");
}

// analysis/blame/features.ts
function sentenceFeatures(view, hits) {
  const words = view.tokens.map((t2) => /^\p{Lu}/u.test(t2.raw) && t2.start > view.start ? "<cap>" : stem(t2.lower.replace(/'s$/, "")));
  const out = /* @__PURE__ */ new Set();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]);
    if (i + 1 < words.length) out.add(`${words[i]}_${words[i + 1]}`);
  }
  for (const hit of hits) {
    out.add(`rule:${hit.ruleId}`);
    out.add(`agent:${hit.agent?.kind ?? "implicit"}`);
  }
  const subject = sentenceSubject(view);
  if (subject) out.add(`subj:${subject.kind}`);
  if (mentionsPerson(view)) out.add("person");
  return [...out];
}

// analysis/blame/types.ts
var BLAME_CATEGORIES = [
  "human-error",
  "counterfactual",
  "hindsight",
  "omission",
  "character-judgement",
  "proximal-actor",
  "fault-noun",
  "minimising",
  "punitive",
  "people-remedy"
];

// analysis/blame/classifier.ts
var model = model_default;
var MODEL_VERSION = model.version;
var CATEGORIES = new Set(BLAME_CATEGORIES);
function classify2(features) {
  let best = { label: "none", p: 0 };
  for (let li = 0; li < model.labels.length; li++) {
    let z = 0;
    for (const f of features) z += model.weights[f]?.[li] ?? 0;
    const p = 1 / (1 + Math.exp(-z));
    if (p > best.p) best = { label: model.labels[li], p };
  }
  return best;
}
function vetHit(_view, hit) {
  return hit.weight;
}
function modelHit(view) {
  if (model.threshold >= 1) return null;
  const guess = classify2(sentenceFeatures(view, []));
  if (guess.label === "none" || guess.p < model.threshold || !CATEGORIES.has(guess.label)) return null;
  return {
    category: guess.label,
    ruleId: `model/${guess.label}`,
    weight: 0.5,
    agent: null,
    cueStart: view.start,
    cueEnd: view.start,
    parts: { cue: "" }
  };
}

// analysis/blame/directives.ts
var DIRECTIVE = /<!--\s*pulse-(disable-next-line|disable-line|disable|enable)\b([^>]{0,200}?)\s*-->/g;
var KNOWN = new Set(BLAME_CATEGORIES);
function parseCategories(list) {
  const names = list.split(/[\s,]+/).map((n) => n.trim()).filter((n) => KNOWN.has(n));
  return names.length > 0 ? new Set(names) : null;
}
function lineBounds(text7, at) {
  const start = text7.lastIndexOf("\n", at - 1) + 1;
  const nl = text7.indexOf("\n", at);
  return { start, end: nl === -1 ? text7.length : nl };
}
function parseDirectives(text7) {
  if (!text7.includes("pulse-")) return [];
  const ranges = [];
  let open = null;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text7); m !== null; m = DIRECTIVE.exec(text7)) {
    const kind = m[1];
    const categories = parseCategories(m[2] ?? "");
    const commentEnd = m.index + m[0].length;
    if (kind === "disable-line") {
      ranges.push({ ...lineBounds(text7, m.index), categories });
    } else if (kind === "disable-next-line") {
      let next = lineBounds(text7, m.index).end + 1;
      while (next < text7.length) {
        const line = lineBounds(text7, next);
        if (text7.slice(line.start, line.end).trim() !== "") {
          ranges.push({ ...line, categories });
          break;
        }
        next = line.end + 1;
      }
    } else if (kind === "disable") {
      if (!open) open = { start: commentEnd, categories };
    } else if (open) {
      ranges.push({ start: open.start, end: m.index, categories: open.categories });
      open = null;
    }
  }
  if (open) ranges.push({ start: open.start, end: text7.length, categories: open.categories });
  return ranges;
}
function isSuppressed(ranges, start, end, category) {
  return ranges.some(
    (r) => start < r.end && end > r.start && (r.categories === null || r.categories.has(category))
  );
}

// analysis/blame/hash.ts
function fnv1a(text7) {
  let h = 2166136261;
  for (let i = 0; i < text7.length; i++) {
    h ^= text7.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

// analysis/blame/suggest.ts
var IRREGULAR_BASE = {
  ran: "run",
  run: "run",
  done: "do",
  did: "do",
  written: "write",
  wrote: "write",
  taken: "take",
  took: "take",
  seen: "see",
  saw: "see",
  known: "know",
  knew: "know",
  caught: "catch",
  gone: "go",
  went: "go",
  made: "make",
  left: "leave",
  set: "set",
  put: "put",
  sent: "send",
  built: "build",
  read: "read",
  kept: "keep",
  held: "hold",
  told: "tell",
  found: "find",
  thought: "think",
  brought: "bring",
  given: "give",
  gave: "give",
  begun: "begin",
  chosen: "choose",
  chose: "choose",
  forgotten: "forget",
  forgot: "forget",
  got: "get",
  gotten: "get",
  paid: "pay",
  said: "say",
  understood: "understand",
  broke: "break",
  broken: "break",
  shut: "shut",
  cut: "cut",
  hit: "hit",
  spun: "spin",
  led: "lead",
  fed: "feed",
  meant: "mean",
  spent: "spend",
  lost: "lose",
  let: "let",
  rolled: "roll",
  pushed: "push",
  checked: "check",
  merged: "merge",
  dropped: "drop",
  stopped: "stop",
  skipped: "skip",
  shipped: "ship",
  planned: "plan",
  committed: "commit",
  submitted: "submit",
  tagged: "tag",
  mapped: "map",
  scanned: "scan",
  pinned: "pin",
  swapped: "swap",
  used: "use",
  caused: "cause",
  paused: "pause",
  noticed: "notice",
  reviewed: "review",
  closed: "close",
  released: "release",
  removed: "remove",
  deployed: "deploy",
  tested: "test",
  missed: "miss",
  ignored: "ignore",
  overlooked: "overlook",
  waited: "wait",
  followed: "follow",
  updated: "update",
  escalated: "escalate",
  validated: "validate",
  verified: "verify",
  applied: "apply",
  copied: "copy",
  renewed: "renew",
  rotated: "rotate",
  deleted: "delete",
  created: "create",
  executed: "execute"
};
var DOUBLE_FINAL = /* @__PURE__ */ new Set([
  "run",
  "stop",
  "set",
  "get",
  "put",
  "ship",
  "plan",
  "drop",
  "skip",
  "tag",
  "log",
  "commit",
  "submit",
  "forget",
  "begin",
  "map",
  "scan",
  "pin",
  "cut",
  "hit",
  "swap",
  "split",
  "trim",
  "step",
  "flag",
  "grab",
  "shut",
  "rerun",
  "chat",
  "admit",
  "permit",
  "dig",
  "spin",
  "let",
  "wrap"
]);
function toBase(verb) {
  const v = verb.toLowerCase();
  const known = IRREGULAR_BASE[v];
  if (known) return known;
  if (v.endsWith("ied") && v.length > 4) return `${v.slice(0, -3)}y`;
  if (/(?:ated|ized|ised|uced|iced|ved|nged|rged|sed|oked|aked|iked|uled|aded|oded|ured|ared|ored|ired)$/.test(v)) return v.slice(0, -1);
  if (/([bdgklmnprt])\1ed$/.test(v) && !/(?:ll|ss)ed$/.test(v)) return v.slice(0, -3);
  if (v.endsWith("ed")) return v.slice(0, -2);
  return v;
}
function toGerund(base) {
  const v = base.toLowerCase();
  if (v.endsWith("ing")) return v;
  if (DOUBLE_FINAL.has(v)) return `${v}${v.at(-1)}ing`;
  if (v.endsWith("ie")) return `${v.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(v) && v !== "be") return `${v.slice(0, -1)}ing`;
  return `${v}ing`;
}
function capitalise2(s) {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}
var CLAUSE_END = /(?:[,;:.!?—()]|\s(?:which|causing|so|because|and then|but|this|that caused|resulting|leading|before|after|when|while|until|even though|although|if|and (?:this|that|it))\b)/;
function clauseAfter(text7, from, maxWords = 8) {
  const rest = text7.slice(from);
  const cut = CLAUSE_END.exec(rest);
  const clause = (cut ? rest.slice(0, cut.index) : rest).trim();
  return clause.split(/\s+/).slice(0, maxWords).join(" ");
}
function neutralise(text7) {
  return text7.replace(/@[\w.-]+(?:'s|’s)?/g, "someone").replace(/\b(?:by|from) (?:the )?(?:on-?call |night |junior |new |senior |storage |database |)(?:engineer|operator|developer|sre|dba|intern|reviewer|contractor|admin)s?\b/gi, "").replace(/\b(?:his|her|their|my)\b/gi, "the").replace(/\b\p{Lu}[\p{Ll}-]+(?:'s|’s)\s+/gu, (m, offset) => offset === 0 ? "The " : "the ").replace(/\s{2,}/g, " ").trim();
}
function withoutCue(text7, cueStart, cueEnd) {
  const out = `${text7.slice(0, cueStart)}${text7.slice(cueEnd)}`.replace(/\s{2,}/g, " ").replace(/\s+([,.;:])/g, "$1").replace(/^[\s,]+/, "").replace(/\b(a) ([aeiou])/gi, "$1n $2").replace(/\b(an) ([^aeiou\s])/gi, (_m, a, c) => `${a.slice(0, 1)} ${c}`);
  return capitalise2(out.trim());
}
function sentenceEnd(s) {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
function suggestRewrite(sentence, offset, hit) {
  const cueStart = hit.cueStart - offset;
  const cueEnd = hit.cueEnd - offset;
  const cue = sentence.slice(cueStart, cueEnd);
  const after = clauseAfter(sentence, cueEnd);
  switch (hit.category) {
    case "omission": {
      if (hit.ruleId === "omission/passive-procedure") {
        const subject = neutralise(sentence.slice(0, cueStart + cue.search(/\b(?:was|were|had|has|have|went)\b/))).trim();
        return `${capitalise2(subject || "The step")} was easy to skip under pressure; what would make following it the default (a check, a gate, automation)?`;
      }
      if (hit.ruleId === "omission/ignored") {
        const object = after || "the signal";
        return `What made ${object} easy to set aside at the time (noise, competing work, nothing to mark it urgent), and how can the system make it stand out?`;
      }
      const verb = hit.parts.action ?? "";
      const action = verb ? `${toGerund(toBase(verb.replace(/(?:ed|ing)$/, (x) => verb.endsWith("ing") ? "" : x)))} ${clauseAfter(sentence, sentence.toLowerCase().indexOf(verb.toLowerCase(), cueStart) + verb.length)}`.trim() : after;
      const phrase = action || "This step";
      return `${capitalise2(phrase)} was not built into the procedure or tooling; what made it easy to skip?`;
    }
    case "counterfactual": {
      const verb = hit.parts.action;
      let action = "";
      if (verb) {
        const verbAt = sentence.toLowerCase().indexOf(verb.toLowerCase(), cueStart);
        action = `${toGerund(toBase(verb))} ${clauseAfter(sentence, verbAt + verb.length)}`.trim();
      }
      if (!action) action = "this step";
      return `${capitalise2(action)} was optional in the process at the time; what would make it the default or automatic?`;
    }
    case "hindsight": {
      const object = after && !/^(?:this|that|it)$/i.test(after) ? after : "the warning signs";
      return `What made ${object} hard to notice at the time (volume, signal, competing alerts), and what would make it stand out?`;
    }
    case "character-judgement": {
      const rest = neutralise(withoutCue(sentence, cueStart, cueEnd));
      return `${sentenceEnd(rest)} Describe what the tooling and review showed at the time, without judging the person.`;
    }
    case "proximal-actor": {
      const lower = sentence.toLowerCase();
      const verbMatch = hit.agent ? /\b([a-z]+(?:ed|an|ove|ook|ut|ent|ew|ade|ote|et))\b\s+(.*)/.exec(lower.slice(0, cueStart)) : null;
      if (verbMatch?.[1] && hit.ruleId === "proximal/action-causing") {
        const start = lower.lastIndexOf(verbMatch[0].slice(0, verbMatch[1].length), cueStart);
        const action = sentence.slice(start + verbMatch[1].length, cueStart).replace(/[\s,;—-]+$/, "").trim();
        const consequence = sentence.slice(cueStart).replace(/^[\s,;—-]+/, "").replace(/[.!?]+$/, "");
        return `${capitalise2(`${toGerund(toBase(verbMatch[1]))} ${action}`.trim())} was possible without a safeguard (${consequence}); what would have stopped or confirmed it?`;
      }
      return `${sentenceEnd(neutralise(sentence.replace(/\s*\b(?:by|because of|due to|thanks to)\s+(?:the\s+)?(?:\p{Lu}[\p{Ll}-]+|@[\w.-]+)(?:'s|’s)?/gu, " by a change").trim()))} Name the change and the safeguard that was missing, not the person.`;
    }
    case "fault-noun": {
      const replaced = withoutCue(sentence, cueStart, cueEnd).length > 0 ? sentence.slice(0, cueStart) + (/culprit/i.test(cue) ? "trigger" : /mistake|error|blunder|oversight|slip|screw|mess|goof/i.test(cue) ? "change" : "involved") + sentence.slice(cueEnd) : sentence;
      return `${sentenceEnd(neutralise(replaced))} Which test, review step or guard could have caught it?`;
    }
    case "minimising": {
      const rest = withoutCue(sentence, cueStart, cueEnd);
      return `${sentenceEnd(rest)} What made it look right (or easy to miss) at the time?`;
    }
    case "human-error": {
      const replaced = `${sentence.slice(0, cueStart)}a step the tooling did not guard against${sentence.slice(cueEnd)}`;
      return `${sentenceEnd(neutralise(replaced))} Which check, confirmation or safe default was missing?`;
    }
    case "punitive":
      return `Leave out "${cue}": actions against people do not belong in a postmortem. Name the system change (a guard, an alert, a runbook step) that makes this failure harder to repeat.`;
    case "people-remedy":
      return `Replace "${cue}${after ? ` ${after}` : ""}" with a safeguard that does not rely on people remembering: a check, a confirmation step or automation${after ? ` for ${after}` : ""}.`;
  }
}

// analysis/blame/index.ts
var RULES_VERSION = "rules-1";
var BLAME_VERSION = `${RULES_VERSION}+${MODEL_VERSION}`;
var BLAMEFUL_THRESHOLD = 30;
var SECTION_FACTORS = {
  "root-cause": 1.5,
  trigger: 1.4,
  "contributing-factors": 1.4,
  analysis: 1.4,
  lessons: 1.2,
  summary: 1.1,
  "action-items": 1.1,
  resolution: 1,
  impact: 1,
  detection: 1,
  other: 1,
  timeline: 0.6
};
var EXPLANATIONS = {
  "human-error": '"Human error" offered as a cause ends the inquiry where it should start: what made the action possible?',
  counterfactual: "A counterfactual about what a person should have done judges them against knowledge they did not have.",
  hindsight: "Hindsight: what is obvious now was not obvious at the time; ask what made it hard to see.",
  omission: "Frames the incident as a person failing to act, rather than a process that made the step easy to miss.",
  "character-judgement": "Judges a person\u2019s character or care instead of describing what the system allowed.",
  "proximal-actor": "Names the person closest to the failure as its cause; causes live in the system around them.",
  "fault-noun": "Assigns fault to a person; describe the change and the missing safeguard instead.",
  minimising: "\u201CObviously / simply / just\u201D implies the failure was easy to avoid, which hides why it was not.",
  punitive: "Punishment of individuals teaches people to hide problems; postmortems should not mention it.",
  "people-remedy": "A remedy aimed at people (be careful, retrain) does not change the system that allowed the failure."
};
function normaliseForFingerprint(sentence) {
  return sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function findingFingerprint(category, sentence) {
  return fnv1a(`${category}\0${normaliseForFingerprint(sentence)}`);
}
function sectionAt(sections2, start) {
  if (!sections2) return null;
  let best = null;
  for (const s of sections2) {
    if (start >= s.start && start < s.end && (!best || s.start >= best.start)) best = s;
  }
  return best?.kind ?? null;
}
function scoreFindings(findings) {
  let total = 0;
  for (const f of findings) total += f.weight * (SECTION_FACTORS[f.sectionKind ?? "other"] ?? 1);
  return Math.max(0, Math.min(100, Math.round(100 * (1 - Math.exp(-total)))));
}
function analyzeBlame(text7, options = {}) {
  const { masked, sentences } = segmentSentences(text7);
  const suppressed = parseDirectives(text7);
  const findings = [];
  for (const span of sentences) {
    const view = sentenceView(masked, span.start, span.end);
    const ruleHits = applyRules(view);
    const fallback = ruleHits.length === 0 && mentionsPerson(view) ? modelHit(view) : null;
    const hits = fallback ? [fallback] : ruleHits;
    if (hits.length === 0) continue;
    const sentence = text7.slice(span.start, span.end);
    const sectionKind = sectionAt(options.sections, span.start);
    for (const hit of hits) {
      const weight = vetHit(view, hit);
      if (weight <= 0) continue;
      if (isSuppressed(suppressed, span.start, span.end, hit.category)) continue;
      const fingerprint = findingFingerprint(hit.category, sentence);
      if (options.dismissed?.has(fingerprint)) continue;
      findings.push(toFinding(hit, weight, sentence, span.start, span.end, sectionKind, fingerprint));
    }
  }
  const score = scoreFindings(findings);
  return { score, blameful: score >= BLAMEFUL_THRESHOLD, findings, version: BLAME_VERSION };
}
function toFinding(hit, weight, sentence, start, end, sectionKind, fingerprint) {
  return {
    category: hit.category,
    start,
    end,
    text: sentence,
    weight: Math.round(weight * 100) / 100,
    explanation: EXPLANATIONS[hit.category],
    suggestion: suggestRewrite(sentence, start, hit),
    fingerprint,
    ruleId: hit.ruleId,
    sectionKind
  };
}

// analysis/causes/concepts.ts
var SPECIFIC_CONCEPT_WEIGHT = 1;
var CERT = /\b(certificates?|cert|certs|tls|ssl|x\.?509|https|keystore|letsencrypt|acme|cert-manager)\b/;
var EXPIRY = /\b(expir\w*|renew\w*|lapsed?|not after|validity|valid until|out of date|outdated|rotat\w*|(its|their) end date)\b/;
var CREDENTIAL = /\b(passwords?|passwd|credentials?|secrets?|api[- ]?keys?|access keys?|tokens?|service accounts?|keytab|kerberos|signing keys?)\b/;
var DNS = /\b(dns|cname|a[- ]records?|aaaa|nameservers?|name servers?|resolvers?|resolv\.conf|nxdomain|route ?53|coredns|kube-dns|zone files?|hosted zone|dns records?|ns records?|domain names?|servfail)\b/;
var POOL = /\b(connection pools?|pool|pools|pgbouncer|hikari\w*|max_connections|connection limits?|db connections?|database connections?|connections|sockets?|file descriptors?)\b/;
var EXHAUST = /\b(exhaust\w*|saturat\w*|ran out|run out|running out|maxed|max(ed)? out|starv\w*|leak\w*|too many|depleted|no (free|available|idle)|all \w+ (were )?(in use|busy|checked out)|hit (the|its) (cap|limit|ceiling)|limit (was )?reached|reached (the|its) (limit|cap|maximum))\b/;
var MEMORY = /\b(memory|ram|heap|rss|oom\w*|out-of-memory)\b/;
var MEMORY_FAIL = /\b(oom\w*|out of memory|out-of-memory|exhaust\w*|leak\w*|pressure|ran out|run out|grew|growth|bloat\w*|spik\w*|high|limit|killed|evict\w*|swap\w*|unbounded|balloon\w*)\b/;
var DISK = /\b(disks?|storage|volumes?|filesystems?|file system|partition|inodes?|ebs|\/var|log files?|device|drive)\b/;
var DISK_FULL = /\b(full|filled|fill(ed|ing)? up|no space|out of space|space left|ran out|run out|exhaust\w*|quota|capacity)\b|\b100 ?%/;
var QUERY = /\b(quer(y|ies)|sql|select|joins?|table scans?|indexes|index|indices|query plans?|orm|n\+1)\b/;
var SLOW = /\b(slow\w*|full[- ]table scans?|sequential scans?|seq scans?|missing index\w*|unindexed|no index|long[- ]running|took (minutes|seconds|hours)|expensive|inefficient|n\+1|query plans? (changed|regress\w*))\b/;
var FAILURE_CONCEPTS = [
  {
    id: "cert-expiry",
    label: "TLS certificate expiry",
    category: "security",
    weight: 3,
    cues: [[CERT, EXPIRY]]
  },
  {
    id: "cert-misconfig",
    label: "TLS certificate or chain misconfiguration",
    category: "security",
    weight: 2,
    cues: [
      [
        CERT,
        /\b(chain|intermediate|hostname mismatch|san|common name|wrong cert\w*|self[- ]signed|untrusted|trust ?store|ca bundle|handshake)\b/
      ]
    ]
  },
  {
    id: "credential-expiry",
    label: "Credential or secret expiry",
    category: "security",
    weight: 3,
    cues: [[CREDENTIAL, EXPIRY]]
  },
  {
    id: "cache-expiry",
    label: "Cache expiry or stampede",
    category: "capacity",
    weight: 3,
    cues: [
      [
        /\b(cach\w*|memcache\w*|cdn|varnish)\b/,
        /\b(expir\w*|ttl|evict\w*|stampede|dogpile|thundering herd|cold|flush\w*|invalidat\w*|purg\w*|miss(es)?|hit rate|stale)\b/
      ],
      [/\b(stampede|dogpile|cache miss storm)\b/]
    ]
  },
  {
    id: "dns-failure",
    label: "DNS record or resolution failure",
    category: "config-change",
    weight: 3,
    cues: [[DNS]]
  },
  {
    id: "conn-pool-exhaustion",
    label: "Connection pool exhaustion",
    category: "capacity",
    weight: 3,
    cues: [
      [POOL, EXHAUST],
      [
        /\b(too many (open )?(client )?connections|connection (pool )?(timeouts?|starvation)|could not (get|acquire|obtain) a connection|connections? (were|was) never (returned|released|closed)|unclosed connections?|max_connections)\b/
      ],
      [POOL, /\b(checked out|(every|each|all)( \w+)? connections? (was|were) (busy|in use|taken))\b/]
    ]
  },
  {
    id: "db-failover",
    label: "Database failover or replica promotion",
    category: "data",
    weight: 3,
    cues: [
      [/\b(fail ?over|failed over|fail-over|switchover|switch-over|switched over)\b/],
      [
        /\b(replicas?|standby|secondary|followers?|primary|master|writer)\b/,
        /\b(promot\w*|took over|became (the )?(new )?(primary|master|writer)|elect\w*)\b/
      ]
    ]
  },
  {
    id: "replication-lag",
    label: "Replication lag",
    category: "data",
    weight: 3,
    cues: [
      [/\b(replicat\w*|replicas?|read replicas?|followers?)\b/, /\b(lag\w*|behind|delay\w*|stale reads?)\b/]
    ]
  },
  {
    id: "split-brain",
    label: "Split brain / network partition",
    category: "infrastructure",
    weight: 3,
    cues: [
      [
        /\b(split[- ]?brain|two (primaries|masters|leaders)|dual (primary|master)|network partition\w*|partitioned)\b/
      ],
      [
        /\bboth\b/,
        /\b(primary|master|leader|active)\b/,
        /\b(believ\w*|thought|assum\w*|claim\w*|acting|accept\w*)\b/
      ],
      [/\b(quorum)\b/, /\b(lost|loss|split|without|no)\b/]
    ]
  },
  {
    id: "slow-query",
    label: "Slow or unindexed database query",
    category: "data",
    weight: 3,
    cues: [[QUERY, SLOW]]
  },
  {
    id: "deadlock",
    label: "Deadlock / lock contention",
    category: "code-change",
    weight: 3,
    cues: [
      [
        /\b(dead[- ]?lock\w*|lock contention|lock waits?|lock ordering|mutex contention|(waited|waiting|blocked|blocking) (on )?each other\w*)\b/
      ],
      [
        /\b(locks?|locked|mutex\w*|row locks?|table locks?)\b/,
        /\b(wait\w*|contend\w*|contention|blocked|held|holding|each other|circular)\b/
      ]
    ]
  },
  {
    id: "out-of-memory",
    label: "Out of memory / memory leak",
    category: "capacity",
    weight: 3,
    cues: [
      [/\b(oom\w*|out of memory|out-of-memory|memory leak\w*|oom-?kill\w*|outofmemoryerror)\b/],
      [MEMORY, MEMORY_FAIL]
    ]
  },
  {
    id: "disk-full",
    label: "Disk full / no space left",
    category: "capacity",
    weight: 3,
    cues: [[/\b(no space left|enospc|disk full|out of disk)\b/], [DISK, DISK_FULL]]
  },
  {
    id: "rate-limit",
    label: "Rate limiting / throttling",
    category: "dependency",
    weight: 3,
    cues: [
      [
        /\b(rate[- ]?limit\w*|throttl\w*|429|too many requests|quota\w*|request limits?|api limits?|qps limits?|slow ?down errors?)\b/
      ]
    ]
  },
  {
    id: "bgp-routing",
    label: "BGP / route leak",
    category: "infrastructure",
    weight: 3,
    cues: [
      [
        /\b(bgp|route leak\w*|leaked routes?|prefix\w*|autonomous system|asn|peering|route (announcement|withdrawal)s?|withdrew (the )?routes?|announced routes?|routing table)\b/
      ]
    ]
  },
  {
    id: "load-spike",
    label: "Traffic spike / overload",
    category: "capacity",
    weight: 2,
    cues: [
      [
        /\b(traffic|load|requests?|usage|demand|rps|qps)\b/,
        /\b(spik\w*|surg\w*|burst\w*|jump\w*|doubl\w*|tripl\w*|(\d+|ten|five)x|unexpected\w*|sudden\w*|flood\w*|peak)\b/
      ],
      [/\b(retry storms?|thundering herd|overload\w*|flash sale|viral|slashdot\w*|hug of death)\b/]
    ]
  },
  {
    id: "cpu-saturation",
    label: "CPU saturation",
    category: "capacity",
    weight: 3,
    cues: [
      [
        /\b(cpu|cpus|processors?|cores?)\b/,
        /\b(saturat\w*|pegged|maxed|spik\w*|starv\w*|exhaust\w*|throttl\w*|high|busy|hot)\b|\b100 ?%/
      ]
    ]
  },
  {
    id: "clock-time",
    label: "Clock skew / date handling",
    category: "time",
    weight: 3,
    cues: [
      [
        /\b(clock skew|clock drift|leap (second|year|day)|ntp|chrony|time ?zones?|daylight saving|dst|february 29|feb 29|y2k\w*|year 2038|epoch overflow|utc offset)\b/
      ],
      [
        /\b(clocks?|system time|timestamps?)\b/,
        /\b(drift\w*|skew\w*|out of sync|wrong|behind|ahead|overflow\w*|rollover)\b/
      ]
    ]
  },
  {
    id: "lb-target-detach",
    label: "Load balancer targets detached",
    category: "infrastructure",
    weight: 3,
    cues: [
      [
        /\b(load ?balanc\w*|alb|elb|nlb|target groups?|backend pools?|upstream pool|lb)\b/,
        /\b(detach\w*|detatch\w*|de-?regist\w*|unregist\w*|remov\w*|tear\w*|torn|dropp\w*|drain\w*|no (healthy )?(targets|backends|instances)|attached instances?|association)\b/
      ]
    ]
  },
  {
    id: "health-check-failure",
    label: "Health check misfire",
    category: "infrastructure",
    weight: 2,
    cues: [
      [
        /\b(health ?checks?|liveness|readiness|probes?)\b/,
        /\b(fail\w*|wrong|misconfigur\w*|too (strict|aggressive|short)|mark\w*|flapp\w*|kill\w*)\b/
      ]
    ]
  },
  {
    id: "log-shipping",
    label: "Logs not shipped",
    category: "infrastructure",
    weight: 3,
    cues: [
      [
        /\b(logs?|logging|fluentd|fluent[- ]?bit|log ?shipp\w*|logstash|cloudwatch logs?|cwl|filebeat)\b/,
        /\b(ship\w*|forward\w*|collect\w*|ingest\w*|lost|missing|dropped)\b/
      ]
    ]
  },
  {
    id: "metrics-missing",
    label: "Metrics not collected",
    category: "infrastructure",
    weight: 3,
    cues: [
      [
        /\b(metrics|exporters?|scrap\w*|prometheus|telemetry)\b/,
        /\b(missing|stopped|gaps?|not (being )?(export\w*|scrap\w*|collect\w*)|too slow|timed? ?out|absent|no data)\b/
      ]
    ]
  },
  {
    id: "version-upgrade",
    label: "Unpinned or unplanned version upgrade",
    category: "dependency",
    weight: 2,
    cues: [
      [
        /\b(unpinned|not pinned|no version (lock|pin\w*)|version (lock|pin\w*)|floating (tag|version)|latest (tag|version|release|image|ami)|auto-?(upgrad\w*|updat\w*))\b/
      ],
      [
        /\b(version|release|chart|image|provider|library|package|dependency|sdk)\b/,
        /\b(bump\w*|upgrad\w*|jump\w*|new(er)?|updat\w*)\b/
      ]
    ]
  },
  {
    id: "third-party-outage",
    label: "Third-party provider outage",
    category: "dependency",
    weight: 2,
    cues: [
      [
        /\b(third[- ]party|vendors?|providers?|upstream|saas|external (api|service|dependency)|payment (gateway|provider)|cloud provider|partner)\b/,
        /\b(outage|down|degrad\w*|unavailab\w*|incident|errors?|failed|failing|disruption|returned)\b/
      ]
    ]
  },
  {
    id: "schema-migration",
    label: "Schema migration",
    category: "data",
    weight: 3,
    cues: [
      [
        /\b(schema|ddl|alter table|add(ed|ing)? (a )?column|drop(ped)? (a )?column|backfill\w*|flyway|liquibase)\b/
      ],
      [/\b(migrations?)\b/, /\b(databas\w*|tables?|columns?|schema|ddl|rows?|indexe?s?)\b/]
    ]
  },
  {
    id: "data-deletion",
    label: "Data deleted or corrupted",
    category: "data",
    weight: 3,
    cues: [
      [
        /\b(delet\w*|truncat\w*|corrupt\w*|wip(ed|e)|purg\w*|overwr\w*|rm -rf|destroy\w*|los(t|ing) (every|all) (objects?|data|rows|files))\b/,
        /\b(data|table|tables|rows?|records?|buckets?|volumes?|databases?|backups?|files|objects?)\b/
      ],
      [/\bdrop(ped)? (the |a )?(table|database|collection|bucket)\b/]
    ],
    suppressedBy: ["dns-failure", "permission-denied"]
  },
  {
    id: "ip-exhaustion",
    label: "IP address exhaustion",
    category: "capacity",
    weight: 3,
    cues: [
      [
        /\b(ip|ips|ip address\w*|subnets?|cidr( range)?|address space|eni)\b/,
        /\b(exhaust\w*|starv\w*|ran out|run out|no (free|available)|utili[sz]\w*|full|too small)\b/
      ]
    ]
  },
  {
    id: "permission-denied",
    label: "Permission or access policy error",
    category: "security",
    weight: 2,
    cues: [
      [
        /\b(permissions?|iam|roles?|acls?|rbac|polic(y|ies)|access denied|403|unauthori[sz]ed|forbidden|grants?)\b/,
        /\b(missing|denied|wrong|removed|revoked|dropped|lost|insufficient|lacked|too (broad|narrow)|incorrect|changed|tightened|restrict\w*|forbidden|blocked|403)\b/
      ]
    ]
  },
  {
    id: "vulnerability",
    label: "Security vulnerability / compromise",
    category: "security",
    weight: 3,
    cues: [
      [
        /\b(cve-?\d*|vulnerab\w*|exploit\w*|malicious|malware|compromis\w*|breach\w*|log4shell|log4j|intrusion|attacker|supply chain attack)\b/
      ],
      [
        /\b(leak\w*|exposed|committed|publish\w*)\b/,
        /\b(secrets?|tokens?|credentials?|api keys?|passwords?)\b/
      ]
    ]
  },
  {
    id: "hardware-failure",
    label: "Hardware failure",
    category: "infrastructure",
    weight: 3,
    cues: [
      [
        /\b(hardware|nic|network cards?|power supply|psu|raid|ssd|hdd|dimm|memory modules?|disk drives?|hard drives?|motherboard|firmware|kernel (bug|panic|issue))\b/,
        /\b(fail\w*|died|dead|fault\w*|degrad\w*|broke\w*|bad|defect\w*|panic\w*|recall\w*)\b/
      ]
    ]
  },
  {
    id: "power-loss",
    label: "Power or cooling loss",
    category: "infrastructure",
    weight: 3,
    cues: [
      [
        /\b(power (outage|loss|failure|cut)|ups|generators?|cooling|overheat\w*|utility power|lost power|power feed)\b/
      ],
      [/\b(pdus?|breakers?|circuits?|fuses?)\b/, /\b(trip\w*|blew|blown|overload\w*)\b/]
    ]
  },
  {
    id: "network-connectivity",
    label: "Network link failure / packet loss",
    category: "infrastructure",
    weight: 2,
    cues: [
      [
        /\b(packet loss|fib(er|re) cut|link (down|flap\w*|failure)|switch (failure|reboot\w*)|network (outage|connectivity|flap\w*)|mtu)\b/
      ]
    ]
  },
  {
    id: "queue-backlog",
    label: "Queue backlog / consumer lag",
    category: "capacity",
    weight: 3,
    cues: [
      [
        /\b(queues?|consumers?|topics?|backlog|kafka|rabbitmq|sqs|partitions?|offsets?)\b/,
        /\b(lag\w*|backlog\w*|pil\w* up|grew|offsets?|stuck|behind)\b/
      ]
    ]
  },
  {
    id: "feature-flag",
    label: "Feature flag change",
    category: "config-change",
    weight: 2,
    cues: [
      [
        /\b(feature (flags?|toggles?|switch\w*)|flag (flip|change|enabled|turned)|kill ?switch\w*|launchdarkly)\b/
      ]
    ]
  },
  {
    id: "timeout-setting",
    label: "Timeout setting",
    category: "config-change",
    weight: 2,
    cues: [
      [
        /\b(timeouts?|time-?outs?|deadlines?)\b/,
        /\b(too (short|long|low|high|aggressive)|set to|lowered|raised|missing|no|default|infinite|unbounded)\b/
      ]
    ]
  },
  {
    id: "admission-webhook",
    label: "Admission webhook blocking the API",
    category: "config-change",
    weight: 3,
    cues: [
      [
        /\b(admission (controllers?|webhooks?)|validating webhooks?|mutating webhooks?|webhook)\b/,
        /\b(kubernetes|api|timeout\w*|unresponsive|block\w*|fail\w*|crud)\b/
      ]
    ]
  },
  // Broad concepts: a cause statement mentions them often, they do not identify a mechanism on their own.
  {
    id: "bad-config-value",
    label: "Bad configuration value",
    category: "config-change",
    weight: 0.5,
    cues: [
      [/\b(misconfigur\w*|mis-configur\w*|wrong setting|typo\w*)\b/],
      [
        /\b(config\w*|settings?|parameters?|flags?|yaml|values?|manifests?)\b/,
        /\b(wrong|incorrect|invalid|malformed|bad|faulty|mistaken|broken)\b/
      ]
    ]
  },
  {
    id: "missing-monitoring",
    label: "Missing monitoring or alerting",
    category: "unknown",
    weight: 0.3,
    cues: [
      [
        /\b(no|missing|lack\w*|insufficient|without|not)\b/,
        /\b(monitor\w*|alert\w*|observability|dashboards?|paging)\b/
      ]
    ]
  },
  {
    id: "missing-tests",
    label: "Missing test coverage",
    category: "code-change",
    weight: 0.3,
    cues: [
      [
        /\b(no|missing|lack\w*|insufficient|without|not|doesn'?t)\b/,
        /\b(tests?|testing|test coverage|qa|staging|smoke ?tests?)\b/
      ]
    ]
  },
  {
    id: "software-bug",
    label: "Software bug / regression",
    category: "code-change",
    weight: 0.5,
    cues: [
      [
        /\b(bugs?|regress\w*|null pointer|nil pointer|exceptions?|race condition|off-by-one|unhandled|crash\w*)\b/
      ]
    ]
  }
];
var CONCEPTS_BY_ID = new Map(FAILURE_CONCEPTS.map((c) => [c.id, c]));
function conceptById(id) {
  return CONCEPTS_BY_ID.get(id);
}
function conceptMatches(sentence) {
  const found = [];
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
  return found.filter((f) => !CONCEPTS_BY_ID.get(f.id)?.suppressedBy?.some((other) => ids.has(other))).sort((x, y) => x.at - y.at);
}
function conceptsInSentence(sentence) {
  return conceptMatches(sentence).map((m) => m.id);
}

// analysis/causes/types.ts
var CAUSE_CATEGORIES = [
  "code-change",
  "config-change",
  "deployment",
  "capacity",
  "dependency",
  "infrastructure",
  "data",
  "security",
  "time",
  "unknown"
];

// analysis/causes/classify.ts
var CATEGORY_CUES = {
  "code-change": [
    [
      /\b(bugs?|regress\w*|code change|commit\w*|pull request|refactor\w*|null pointer|nil pointer|exceptions?|race condition|off-by-one|unhandled|logic error|patch\w*)\b/g,
      1
    ],
    [/\b(new (code|feature|endpoint|build)|binary (push|release)|merged)\b/g, 0.8]
  ],
  "config-change": [
    [
      /\b(misconfigur\w*|configuration (change|push|update|value|error|drift)|config\w* (change|push)|settings? (change|was)|feature flags?|toggle\w*|yaml|manifests?|parameters?|typo\w*)\b/g,
      1
    ],
    [/\b(configur\w*|settings?|flags?)\b/g, 0.4]
  ],
  deployment: [
    [
      /\b(deploy\w*|roll ?out\w*|rolled out|canary|pipelines?|ci\/cd|rollback|rolled back|blue[/-]green|release process|helm (upgrade|release)|gitops|flux|argo ?cd)\b/g,
      0.8
    ]
  ],
  capacity: [
    [
      /\b(capacity|exhaust\w*|saturat\w*|overload\w*|limits?|quota\w*|throttl\w*|autoscal\w*|scal(e|ing) (up|out)|out of memory|oom|disk full|no space|spike\w*|surge\w*|load|starv\w*|backlog|resources?)\b/g,
      0.7
    ]
  ],
  dependency: [
    [
      /\b(third[- ]party|vendors?|providers?|upstream|external|librar(y|ies)|packages?|saas|sdk|dependenc(y|ies)|npm|maven|pypi|aws|azure|gcp|cloudflare|okta|stripe)\b/g,
      0.7
    ]
  ],
  infrastructure: [
    [
      /\b(hardware|power|network\w*|switch(es)?|routers?|routing|datacent(er|re)s?|data cent(er|re)s?|hosts?|kernel|vms?|virtual machines?|availability zones?|regions?|racks?|load balanc\w*|ingress|nodes?|bgp|firewall)\b/g,
      0.6
    ]
  ],
  data: [
    [
      /\b(databases?|quer(y|ies)|schema|migrations?|replica\w*|replication|corrupt\w*|backups?|tables?|index(es)?|rows?|records?|postgres|mysql|mongo\w*|redis|cassandra|dynamo\w*|sql)\b/g,
      0.7
    ]
  ],
  security: [
    [
      /\b(certificates?|tls|ssl|auth\w*|permissions?|credentials?|passwords?|secrets?|vulnerab\w*|cve|attack\w*|ddos|tokens?|iam|sso|saml|oauth|acls?|rbac|malicious|exploit\w*|keys?)\b/g,
      0.7
    ]
  ],
  time: [
    [
      /\b(expir\w*|clock\w*|leap|time ?zones?|dates?|ttl|cron|schedul\w*|daylight|dst|ntp|renew\w*|midnight|year)\b/g,
      0.6
    ]
  ]
};
function confidence(score) {
  return Math.round((1 - Math.exp(-score)) * 1e3) / 1e3;
}
var LABEL_FLOOR = 0.45;
function classifyText(normalised, conceptCounts) {
  if (normalised.trim() === "") return [];
  const scores = /* @__PURE__ */ new Map();
  const add = (category, value) => scores.set(category, (scores.get(category) ?? 0) + value);
  for (const [category, cues] of Object.entries(CATEGORY_CUES)) {
    for (const [cue, weight] of cues) {
      const hits = normalised.match(cue)?.length ?? 0;
      if (hits > 0) add(category, weight * (1 + Math.log(hits)));
    }
  }
  for (const [id, count] of conceptCounts) {
    const concept = conceptById(id);
    if (!concept || concept.category === "unknown") continue;
    add(concept.category, concept.weight * 0.8 * Math.min(count, 2));
    if (id === "cert-expiry" || id === "credential-expiry") add("time", 1.2);
    if (id === "cert-expiry" || id === "credential-expiry") add("security", 0.5);
  }
  const labels = [...scores.entries()].filter(([, score]) => score > 0).map(([category, score]) => ({ category, confidence: confidence(score) })).sort(
    (a, b) => b.confidence - a.confidence || CAUSE_CATEGORIES.indexOf(a.category) - CAUSE_CATEGORIES.indexOf(b.category)
  );
  return labels.filter((label, i) => i === 0 || label.confidence >= LABEL_FLOOR);
}

// analysis/causes/text.ts
import PorterStemmer2 from "natural/lib/natural/stemmers/porter_stemmer.js";
import { words as naturalStopwords } from "natural/lib/natural/util/stopwords.js";
var ABBREVIATIONS2 = [
  [/\bk8s\b/g, "kubernetes"],
  [/\bkube\b/g, "kubernetes"],
  [/\beks\b/g, "kubernetes eks"],
  [/\bgke\b/g, "kubernetes gke"],
  [/\bconn[- ]pool\b/g, "connection pool"],
  [/\bconns?\b/g, "connections"],
  [/\bdbs?\b/g, "database"],
  [/\bpg\b/g, "postgres"],
  [/\bpostgresql\b/g, "postgres"],
  [/\bcerts?\b/g, "certificate"],
  [/\bcfg\b/g, "configuration"],
  [/\bconf\b/g, "configuration"],
  [/\bconfigs?\b/g, "configuration"],
  [/\bprod\b/g, "production"],
  [/\bmem\b/g, "memory"],
  [/\bperms\b/g, "permissions"],
  [/\br53\b/g, "route53"],
  [/\boom[- ]?kill(ed|er|s)?\b/g, "oom killed out of memory"],
  [/\boom\b/g, "oom out of memory"],
  [/\benospc\b/g, "enospc no space left"],
  [/\b429s\b/g, "429"],
  [/\bhttp 429\b/g, "429"],
  [/\bpw(d)?s?\b/g, "password"],
  [/\bcreds\b/g, "credentials"],
  [/\bsvc\b/g, "service"],
  [/\bdeps?\b/g, "dependency"],
  [/\bfail-?over\b/g, "failover"],
  [/\bfailed over\b/g, "failover"],
  [/\bload-balancer\b/g, "load balancer"],
  [/\bloadbalancer\b/g, "load balancer"],
  [/\bcache-?miss\b/g, "cache miss"]
];
function normaliseText(text7) {
  let out = text7.toLowerCase().replace(/[’‘]/g, "'");
  for (const [pattern, replacement] of ABBREVIATIONS2) out = out.replace(pattern, replacement);
  return out;
}
function splitSentences(text7) {
  return text7.split(/(?<=[.!?;])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 0);
}
var STOPWORDS = /* @__PURE__ */ new Set([
  ...naturalStopwords,
  "were",
  "was",
  "has",
  "had",
  "have",
  "this",
  "that",
  "these",
  "those",
  "which",
  "when",
  "while",
  "then",
  "than",
  "into",
  "onto",
  "our",
  "their",
  "its",
  "it",
  "they",
  "them",
  "we",
  "us",
  "very",
  "not",
  "no",
  "yes",
  "would",
  "should",
  "could",
  "might",
  "may",
  "will",
  "shall",
  "one",
  "two",
  "some",
  "many",
  "much",
  "more",
  "most",
  "less",
  "each",
  "every",
  "via",
  "per",
  "etc",
  "e.g",
  "i.e",
  "got",
  "get",
  "gets",
  "getting",
  "went",
  "led",
  "lead",
  "leads",
  "even",
  "still",
  "already",
  "since",
  "because",
  "due"
]);
var GENERIC_WORDS = [
  "config",
  "configuration",
  "configured",
  "setting",
  "settings",
  "expired",
  "expiry",
  "expire",
  "deploy",
  "deployed",
  "deployment",
  "database",
  "connection",
  "connections",
  "outage",
  "user",
  "users",
  "customer",
  "customers",
  "service",
  "services",
  "issue",
  "issues",
  "problem",
  "problems",
  "fail",
  "failed",
  "failure",
  "failures",
  "failing",
  "error",
  "errors",
  "cause",
  "caused",
  "causing",
  "incident",
  "system",
  "systems",
  "production",
  "team",
  "teams",
  "change",
  "changed",
  "changes",
  "result",
  "resulted",
  "time",
  "application",
  "applications",
  "server",
  "servers",
  "request",
  "requests",
  "traffic",
  "cluster",
  "clusters",
  "node",
  "nodes",
  "new",
  "old",
  "default",
  "update",
  "updated",
  "version",
  "work",
  "working",
  "used",
  "use",
  "using",
  "run",
  "running",
  "ran",
  "make",
  "made",
  "did",
  "does",
  "need",
  "needed",
  "data",
  "down",
  "back",
  "able",
  "unable",
  "also",
  "hour",
  "hours",
  "minutes",
  "day",
  "days",
  "week",
  "weeks",
  "all",
  "any",
  "across",
  "after",
  "before",
  "again",
  "other",
  "another",
  "same",
  "first",
  "second",
  "last",
  "nobody",
  "someone",
  "anyone",
  "everyone",
  "lack",
  "missing",
  "without",
  "process"
];
var stemCache = /* @__PURE__ */ new Map();
var STEM_CACHE_LIMIT = 5e4;
function stem2(word) {
  let stemmed = stemCache.get(word);
  if (stemmed === void 0) {
    stemmed = PorterStemmer2.stem(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}
var GENERIC_STEMS = new Set(GENERIC_WORDS.map((w) => PorterStemmer2.stem(w)));
function isGenericStem(stemmed) {
  return GENERIC_STEMS.has(stemmed);
}
function contentTokens(normalised) {
  const tokens2 = [];
  for (const match of normalised.matchAll(/[a-z0-9][a-z0-9_+.-]*[a-z0-9+]|[a-z0-9]/g)) {
    const raw = match[0];
    for (const word of raw.split(/[._-]/)) {
      if (word.length < 2 || STOPWORDS.has(word)) continue;
      if (/^\d+$/.test(word) && !/^[45]\d\d$/.test(word)) continue;
      tokens2.push({ word, stem: stem2(word) });
    }
  }
  return tokens2;
}

// analysis/causes/analyze.ts
var CAUSE_ANALYSIS_VERSION = "causes-1";
var CONCEPT_PREFIX = "concept:";
var COMPONENT_PREFIX = "comp:";
var COMPONENTS = [
  [/\b(postgres|postgresql|psql|rds postgres|aurora)\b/, "postgres"],
  [/\b(mysql|mariadb)\b/, "mysql"],
  [/\b(redis|elasticache)\b/, "redis"],
  [/\bmemcached?\b/, "memcached"],
  [/\bkafka\b/, "kafka"],
  [/\brabbitmq\b/, "rabbitmq"],
  [/\b(elasticsearch|opensearch)\b/, "elasticsearch"],
  [/\b(mongo|mongodb)\b/, "mongodb"],
  [/\bcassandra\b/, "cassandra"],
  [/\b(dynamo|dynamodb)\b/, "dynamodb"],
  [/\bnginx\b/, "nginx"],
  [/\bhaproxy\b/, "haproxy"],
  [/\benvoy\b/, "envoy"],
  [/\btraefik\b/, "traefik"],
  [/\b(alb|elb|nlb|load balancers?|target groups?)\b/, "load-balancer"],
  [/\b(cdn|cloudfront|fastly|akamai)\b/, "cdn"],
  [/\bcloudflare\b/, "cloudflare"],
  [/\b(route53|coredns|kube-dns|dns)\b/, "dns"],
  [/\b(kubernetes|kubelet|pods?)\b/, "kubernetes"],
  [/\b(fluentd|fluent-?bit|logshipper|log shipper|cloudwatch logs?|cwl)\b/, "log-pipeline"],
  [/\b(prometheus|grafana|exporters?)\b/, "metrics-stack"],
  [/\bvault\b/, "vault"],
  [/\bconsul\b/, "consul"],
  [/\betcd\b/, "etcd"],
  [/\bzookeeper\b/, "zookeeper"],
  [/\b(s3|bucket)\b/, "s3"],
  [/\bterraform\b/, "terraform"],
  [/\bhelm\b/, "helm"],
  [/\b(flux|gitops|argo ?cd)\b/, "gitops"],
  [/\b(jenkins|github actions|gitlab ci|ci pipeline|circleci)\b/, "ci"],
  [/\b(kiam|iam)\b/, "iam"],
  [/\b(adfs|okta|sso|saml|ldap|active directory)\b/, "identity-provider"],
  [/\b(api gateway|gateway)\b/, "api-gateway"],
  [/\b(payments?|checkout|billing)\b/, "payments"],
  [/\b(auth service|login|authentication)\b/, "auth"],
  [/\b(search)\b/, "search"]
];
var CONCEPT_RANK_DECAY = [1, 0.8, 0.65, 0.55];
var CONTEXT_WEIGHT = 0.5;
var GENERIC_WEIGHT = 0.1;
function cleanParts(parts) {
  return (parts ?? []).map((p) => p.trim()).filter((p) => p.length > 0);
}
function buildCauseText(input) {
  const stated = [
    ...cleanParts(input.rootCauses),
    ...cleanParts(input.triggers),
    ...cleanParts(input.contributingFactors)
  ];
  const unique = [...new Set(stated)];
  if (unique.length > 0) return unique.join("\n");
  return (input.summary ?? "").trim();
}
function accumulate(acc, text7, weight) {
  const normalised = normaliseText(text7);
  for (const sentence of splitSentences(normalised)) {
    for (const { id } of conceptMatches(sentence)) {
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
  for (const { word, stem: stem3 } of contentTokens(normalised)) {
    const w = isGenericStem(stem3) ? weight * GENERIC_WEIGHT : weight;
    acc.terms.set(stem3, (acc.terms.get(stem3) ?? 0) + w);
    let forms = acc.surface.get(stem3);
    if (!forms) {
      forms = /* @__PURE__ */ new Map();
      acc.surface.set(stem3, forms);
    }
    forms.set(word, (forms.get(word) ?? 0) + 1);
  }
}
function conceptCountsOf(text7) {
  const counts = /* @__PURE__ */ new Map();
  for (const sentence of splitSentences(normaliseText(text7))) {
    for (const id of conceptsInSentence(sentence)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
function labelsOf(parts) {
  if (parts.length === 0) return [];
  const text7 = parts.join("\n");
  return classifyText(normaliseText(text7), conceptCountsOf(text7));
}
function round(value) {
  return Math.round(value * 1e3) / 1e3;
}
function analyzeCause(input) {
  const text7 = buildCauseText(input);
  const causeParts = [
    ...cleanParts(input.rootCauses),
    ...cleanParts(input.triggers),
    ...cleanParts(input.contributingFactors)
  ];
  const acc = {
    terms: /* @__PURE__ */ new Map(),
    concepts: /* @__PURE__ */ new Map(),
    conceptOrder: [],
    components: /* @__PURE__ */ new Set(),
    surface: /* @__PURE__ */ new Map()
  };
  accumulate(acc, text7, 1);
  const contextWeight = causeParts.length > 0 ? CONTEXT_WEIGHT : 1;
  const summary = causeParts.length > 0 ? input.summary ?? "" : "";
  const context = [input.title ?? "", summary].filter((s) => s.trim() !== "").join("\n");
  if (context) accumulate(acc, context, contextWeight);
  for (const service of input.services) {
    const name = normaliseText(service).trim().replace(/\s+/g, "-");
    if (name) {
      acc.components.add(name);
      acc.terms.set(COMPONENT_PREFIX + name, Math.max(acc.terms.get(COMPONENT_PREFIX + name) ?? 0, 1));
    }
  }
  const terms = {};
  let rank = 0;
  for (const id of acc.conceptOrder) {
    const concept = conceptById(id);
    const count = acc.concepts.get(id) ?? 0;
    if (!concept) continue;
    const decay = concept.weight >= SPECIFIC_CONCEPT_WEIGHT ? CONCEPT_RANK_DECAY[rank++] ?? 0.5 : 1;
    terms[CONCEPT_PREFIX + id] = round(
      decay * (concept.weight * Math.min(1, count) + 0.2 * Math.log1p(Math.max(0, count - 1)))
    );
  }
  for (const [term, tf] of acc.terms) terms[term] = round(tf >= 1 ? 1 + Math.log(tf) : tf);
  const display = {};
  for (const [stemmed, forms] of acc.surface) {
    let best = "";
    let bestCount = -1;
    for (const [form, count] of forms) {
      if (count > bestCount || count === bestCount && form < best) {
        best = form;
        bestCount = count;
      }
    }
    display[stemmed] = best;
  }
  const labelText = text7 || context;
  const labels = labelText ? classifyText(normaliseText(labelText), conceptCountsOf(labelText)) : [];
  const finalLabels = labels.length > 0 ? labels : [{ category: "unknown", confidence: 0 }];
  return {
    text: text7,
    labels: finalLabels,
    triggerLabels: labelsOf(cleanParts(input.triggers)),
    contributingLabels: labelsOf(cleanParts(input.contributingFactors)),
    primary: finalLabels[0].category,
    terms,
    components: [...acc.components].sort(),
    version: CAUSE_ANALYSIS_VERSION,
    display
  };
}

// analysis/causes/similarity.ts
function idfFromCounts(df, documents) {
  return (term) => Math.log((documents + 1) / (df(term) + 1)) + 1;
}
var FLAT_IDF = () => 1;
function termKind(term) {
  if (term.startsWith(CONCEPT_PREFIX)) return "concept";
  if (term.startsWith(COMPONENT_PREFIX)) return "component";
  return "word";
}
var CORROBORATING_WORD_SIMILARITY = 0.35;
var BOTH_MECHANISMS = { concept: 0.62, word: 0.3, component: 0.08 };
var ONE_MECHANISM = { concept: 0, word: 0.6, component: 0.1 };
var NO_MECHANISM = { concept: 0, word: 0.8, component: 0.15 };
function split(features, idf) {
  const out = {
    concept: /* @__PURE__ */ new Map(),
    component: /* @__PURE__ */ new Map(),
    word: /* @__PURE__ */ new Map(),
    specific: /* @__PURE__ */ new Set(),
    primary: null
  };
  let primaryWeight = 0;
  for (const [term, weight] of Object.entries(features.terms)) {
    const kind = termKind(term);
    if (kind === "concept") {
      out.concept.set(term, weight);
      if (weight >= SPECIFIC_CONCEPT_WEIGHT) out.specific.add(term);
      if (weight >= SPECIFIC_CONCEPT_WEIGHT && weight > primaryWeight) {
        primaryWeight = weight;
        out.primary = term;
      }
    } else {
      out[kind].set(term, weight * idf(term));
    }
  }
  return out;
}
function cosine(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== void 0) dot += weight * other;
  }
  if (dot === 0) return 0;
  let na = 0;
  let nb = 0;
  for (const w of a.values()) na += w * w;
  for (const w of b.values()) nb += w * w;
  return dot / Math.sqrt(na * nb);
}
function similarity(a, b, idf = FLAT_IDF) {
  const sa = split(a, idf);
  const sb = split(b, idf);
  const word = cosine(sa.word, sb.word);
  const component = cosine(sa.component, sb.component);
  const hasA = sa.specific.size > 0;
  const hasB = sb.specific.size > 0;
  if (hasA && hasB) {
    const leadsBoth = sb.specific.has(sa.primary) && sa.specific.has(sb.primary);
    const overlaps = [...sa.specific].some((id) => sb.specific.has(id));
    const sharesMechanism = leadsBoth || overlaps && word >= CORROBORATING_WORD_SIMILARITY;
    const concept = cosine(sa.concept, sb.concept);
    const score = BOTH_MECHANISMS.concept * concept + BOTH_MECHANISMS.word * word + BOTH_MECHANISMS.component * component;
    return sharesMechanism ? score : Math.min(score, 0.5 * score);
  }
  const weights = hasA || hasB ? ONE_MECHANISM : NO_MECHANISM;
  return weights.word * word + weights.component * component;
}

// analysis/causes/cause-index.ts
var KIND_PRIORITY = { concept: 3, component: 1, word: 0 };
function candidateTerms(features, maxTerms = 12, idf) {
  return Object.entries(features.terms).map(([term, weight]) => ({
    term,
    weight: termKind(term) === "concept" ? weight : weight * (idf ? idf(term) : 1)
  })).filter((t2) => t2.weight > 0).sort(
    (a, b) => KIND_PRIORITY[termKind(b.term)] - KIND_PRIORITY[termKind(a.term)] || b.weight - a.weight || a.term.localeCompare(b.term)
  ).slice(0, maxTerms);
}

// analysis/causes/cluster.ts
var DEFAULT_MATCH_THRESHOLD = 0.4;
function chooseCluster(features, candidates2, options = {}) {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const idf = options.idf ?? FLAT_IDF;
  const best = /* @__PURE__ */ new Map();
  for (const candidate of candidates2) {
    if (options.excluded?.has(candidate.clusterId)) continue;
    const score = similarity(features, candidate.features, idf);
    if (score > (best.get(candidate.clusterId) ?? -1)) best.set(candidate.clusterId, score);
  }
  const matched = [...best.entries()].filter(([, score]) => score >= threshold).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const top = matched[0];
  if (!top) return null;
  return { clusterId: top[0], similarity: top[1], alsoMatched: matched.slice(1).map(([id]) => id) };
}
function titleCase(words) {
  const text7 = words.join(" ");
  return text7.charAt(0).toUpperCase() + text7.slice(1);
}
function labelCluster(members) {
  if (members.length === 0) return "Empty";
  const conceptScore = /* @__PURE__ */ new Map();
  const conceptMembers = /* @__PURE__ */ new Map();
  for (const member of members) {
    for (const [term, weight] of Object.entries(member.terms)) {
      if (!term.startsWith(CONCEPT_PREFIX)) continue;
      conceptScore.set(term, (conceptScore.get(term) ?? 0) + weight);
      conceptMembers.set(term, (conceptMembers.get(term) ?? 0) + 1);
    }
  }
  const dominant = [...conceptScore.entries()].filter(([term]) => (conceptMembers.get(term) ?? 0) * 2 >= members.length).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const concept = dominant ? conceptById(dominant[0].slice(CONCEPT_PREFIX.length)) : void 0;
  if (concept && concept.weight >= 1) return concept.label;
  const wordScore = /* @__PURE__ */ new Map();
  const surface = /* @__PURE__ */ new Map();
  for (const member of members) {
    for (const [term, weight] of Object.entries(member.terms)) {
      if (termKind(term) !== "word" || weight < 0.5) continue;
      wordScore.set(term, (wordScore.get(term) ?? 0) + weight);
      const form = member.display?.[term];
      if (form && !surface.has(term)) surface.set(term, form);
    }
  }
  const words = [...wordScore.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([term]) => surface.get(term) ?? term);
  if (words.length > 0) return titleCase(words);
  return concept?.label ?? "Unclassified cause";
}
function clusterCategory(members) {
  const counts = /* @__PURE__ */ new Map();
  for (const m of members) counts.set(m.primary, (counts.get(m.primary) ?? 0) + 1);
  const sorted = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || CAUSE_CATEGORIES.indexOf(a[0]) - CAUSE_CATEGORIES.indexOf(b[0])
  );
  return sorted[0]?.[0] ?? "unknown";
}

// db/client.ts
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";

// db/schema/index.ts
var schema_exports = {};
__export(schema_exports, {
  ACTION_ITEM_STATUSES: () => ACTION_ITEM_STATUSES,
  ROLES: () => ROLES,
  STATUS_SOURCES: () => STATUS_SOURCES,
  actionItems: () => actionItems,
  appMeta: () => appMeta,
  auditLog: () => auditLog,
  blameDismissals: () => blameDismissals,
  blameFindings: () => blameFindings,
  causeClusters: () => causeClusters,
  causeCorrections: () => causeCorrections,
  causeFeatures: () => causeFeatures,
  causeStatements: () => causeStatements,
  causeTermStats: () => causeTermStats,
  causeTerms: () => causeTerms,
  digestOutbox: () => digestOutbox,
  postmortemServices: () => postmortemServices,
  postmortems: () => postmortems,
  rateLimits: () => rateLimits,
  recurrences: () => recurrences,
  revisions: () => revisions,
  sections: () => sections,
  services: () => services,
  sessions: () => sessions,
  subscriptions: () => subscriptions,
  teams: () => teams,
  tokens: () => tokens,
  trackerTickets: () => trackerTickets,
  webhookDeliveries: () => webhookDeliveries
});

// db/schema/access.ts
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
var now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
var ROLES = ["admin", "leader", "member", "ingest"];
var tokens = sqliteTable(
  "tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    /** JSON array of team ids (members and ingest tokens may be scoped). */
    teamsJson: text("teams_json").notNull().default("[]"),
    secretHash: text("secret_hash").notNull().unique(),
    createdAt: text("created_at").notNull().default(now),
    expiresAt: text("expires_at"),
    revokedAt: text("revoked_at"),
    lastUsedAt: text("last_used_at")
  }
);
var sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    role: text("role", { enum: ROLES }).notNull(),
    teamsJson: text("teams_json").notNull().default("[]"),
    subject: text("subject").notNull(),
    tokenId: integer("token_id"),
    csrfHash: text("csrf_hash").notNull(),
    createdAt: text("created_at").notNull().default(now),
    expiresAt: text("expires_at").notNull()
  },
  // Expired-session cleanup.
  (t2) => [index("sessions_expires_idx").on(t2.expiresAt)]
);
var auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull().default(now),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    target: text("target"),
    detailJson: text("detail_json").notNull().default("{}"),
    requestId: text("request_id")
  },
  // Admins read it newest first, optionally by action.
  (t2) => [index("audit_log_at_idx").on(t2.at), index("audit_log_action_idx").on(t2.action, t2.at)]
);
var rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull()
});
var appMeta = sqliteTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull()
});

// db/schema/analysis.ts
import { sql as sql4 } from "drizzle-orm";
import { index as index4, integer as integer4, primaryKey as primaryKey2, real as real2, sqliteTable as sqliteTable4, text as text4, uniqueIndex as uniqueIndex2 } from "drizzle-orm/sqlite-core";

// db/schema/postmortems.ts
import { sql as sql3 } from "drizzle-orm";
import { index as index3, integer as integer3, primaryKey, real, sqliteTable as sqliteTable3, text as text3, uniqueIndex } from "drizzle-orm/sqlite-core";

// db/schema/org.ts
import { sql as sql2 } from "drizzle-orm";
import { index as index2, integer as integer2, sqliteTable as sqliteTable2, text as text2 } from "drizzle-orm/sqlite-core";
var teams = sqliteTable2("teams", {
  id: text2("id").primaryKey(),
  name: text2("name").notNull(),
  isDemo: integer2("is_demo", { mode: "boolean" }).notNull().default(false),
  createdAt: text2("created_at").notNull().default(sql2`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`)
});
var services = sqliteTable2(
  "services",
  {
    /** Normalised (lower-case, trimmed) service name. */
    name: text2("name").primaryKey(),
    teamId: text2("team_id").notNull().references(() => teams.id, { onDelete: "cascade" }),
    isDemo: integer2("is_demo", { mode: "boolean" }).notNull().default(false)
  },
  // The team page lists a team's services.
  (t2) => [index2("services_team_idx").on(t2.teamId)]
);

// db/schema/postmortems.ts
var now2 = sql3`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
var postmortems = sqliteTable3(
  "postmortems",
  {
    id: integer3("id").primaryKey({ autoIncrement: true }),
    source: text3("source").notNull(),
    externalId: text3("external_id").notNull(),
    currentRevisionId: integer3("current_revision_id"),
    title: text3("title").notNull(),
    teamId: text3("team_id").references(() => teams.id, { onDelete: "set null" }),
    /** YYYY-MM-DD, the incident date as the document gives it. */
    occurredOn: text3("occurred_on"),
    startedAt: text3("started_at"),
    detectedAt: text3("detected_at"),
    resolvedAt: text3("resolved_at"),
    /** YYYY-MM-DD the postmortem was published, as the document gives it. */
    publishedOn: text3("published_on"),
    timeToDetectMinutes: real("time_to_detect_minutes"),
    timeToRecoverMinutes: real("time_to_recover_minutes"),
    severity: text3("severity", { enum: ["SEV1", "SEV2", "SEV3", "SEV4"] }),
    summary: text3("summary"),
    blameScore: integer3("blame_score"),
    blameful: integer3("blameful", { mode: "boolean" }),
    blameFindingCount: integer3("blame_finding_count"),
    causeCategory: text3("cause_category"),
    clusterId: integer3("cluster_id"),
    isDemo: integer3("is_demo", { mode: "boolean" }).notNull().default(false),
    createdAt: text3("created_at").notNull().default(now2),
    updatedAt: text3("updated_at").notNull().default(now2)
  },
  (t2) => [
    // Identity: the same document again must hit the same row; also serialises concurrent duplicate ingests.
    uniqueIndex("postmortems_identity_uq").on(t2.source, t2.externalId),
    // Every dashboard metric filters by team and incident date range.
    index3("postmortems_team_date_idx").on(t2.teamId, t2.occurredOn),
    // Organisation-wide metrics filter by date alone.
    index3("postmortems_date_idx").on(t2.occurredOn),
    // Cause report: incidents of a cluster.
    index3("postmortems_cluster_idx").on(t2.clusterId),
    // `pulse demo remove` and the "demo data present" banner.
    index3("postmortems_demo_idx").on(t2.isDemo)
  ]
);
var postmortemServices = sqliteTable3(
  "postmortem_services",
  {
    postmortemId: integer3("postmortem_id").notNull().references(() => postmortems.id, { onDelete: "cascade" }),
    service: text3("service").notNull()
  },
  (t2) => [
    primaryKey({ columns: [t2.postmortemId, t2.service] }),
    // List filter by service.
    index3("postmortem_services_service_idx").on(t2.service)
  ]
);
var revisions = sqliteTable3(
  "revisions",
  {
    id: integer3("id").primaryKey({ autoIncrement: true }),
    postmortemId: integer3("postmortem_id").notNull().references(() => postmortems.id, { onDelete: "cascade" }),
    number: integer3("number").notNull(),
    /** sha-256 of the raw document: unchanged documents are detected without parsing. */
    contentHash: text3("content_hash").notNull(),
    contentType: text3("content_type", { enum: ["markdown", "html", "json"] }).notNull(),
    /** The raw document as received. */
    raw: text3("raw").notNull(),
    /** The markdown body that section and finding offsets refer to. */
    body: text3("body").notNull(),
    /** The ParsedPostmortem as JSON (minus body). */
    parsedJson: text3("parsed_json").notNull(),
    parserVersion: text3("parser_version").notNull(),
    blameVersion: text3("blame_version"),
    blameScore: integer3("blame_score"),
    blameful: integer3("blameful", { mode: "boolean" }),
    causesVersion: text3("causes_version"),
    createdAt: text3("created_at").notNull().default(now2)
  },
  (t2) => [
    // Revision history of a postmortem, newest first.
    uniqueIndex("revisions_postmortem_number_uq").on(t2.postmortemId, t2.number),
    // `pulse reanalyze` finds revisions analysed by an older version.
    index3("revisions_blame_version_idx").on(t2.blameVersion)
  ]
);
var sections = sqliteTable3(
  "sections",
  {
    id: integer3("id").primaryKey({ autoIncrement: true }),
    revisionId: integer3("revision_id").notNull().references(() => revisions.id, { onDelete: "cascade" }),
    position: integer3("position").notNull(),
    kind: text3("kind").notNull(),
    heading: text3("heading").notNull(),
    level: integer3("level").notNull(),
    start: integer3("start").notNull(),
    end: integer3("end").notNull()
  },
  // The postmortem page loads a revision's sections.
  (t2) => [index3("sections_revision_idx").on(t2.revisionId)]
);
var causeStatements = sqliteTable3(
  "cause_statements",
  {
    id: integer3("id").primaryKey({ autoIncrement: true }),
    postmortemId: integer3("postmortem_id").notNull().references(() => postmortems.id, { onDelete: "cascade" }),
    role: text3("role", { enum: ["root-cause", "trigger", "contributing"] }).notNull(),
    position: integer3("position").notNull(),
    text: text3("text").notNull()
  },
  // The postmortem page and the cause report read one postmortem's statements.
  (t2) => [index3("cause_statements_postmortem_idx").on(t2.postmortemId)]
);
var ACTION_ITEM_STATUSES = ["open", "done", "wont-do", "unknown"];
var STATUS_SOURCES = ["document", "api", "tracker"];
var actionItems = sqliteTable3(
  "action_items",
  {
    id: integer3("id").primaryKey({ autoIncrement: true }),
    postmortemId: integer3("postmortem_id").notNull().references(() => postmortems.id, { onDelete: "cascade" }),
    /** Denormalised from the postmortem so team metrics need no join. */
    teamId: text3("team_id"),
    key: text3("key").notNull(),
    position: integer3("position").notNull(),
    text: text3("text").notNull(),
    owner: text3("owner"),
    status: text3("status", { enum: ACTION_ITEM_STATUSES }).notNull(),
    /** The status as the document last stated it: a re-import overrides an API/tracker status only when this changes. */
    documentStatus: text3("document_status", { enum: ACTION_ITEM_STATUSES }).notNull(),
    /** YYYY-MM-DD as the document (or API) gives it. */
    dueOn: text3("due_on"),
    /** YYYY-MM-DD: the postmortem's date unless stated; null when neither is known. */
    createdOn: text3("created_on"),
    /** YYYY-MM-DD when it was completed (or won't-do decided), from a tracker, the API or the document. */
    completedOn: text3("completed_on"),
    trackerRef: text3("tracker_ref"),
    kind: text3("kind"),
    priority: text3("priority"),
    statusSource: text3("status_source", { enum: STATUS_SOURCES }).notNull().default("document"),
    statusUpdatedAt: text3("status_updated_at"),
    isDemo: integer3("is_demo", { mode: "boolean" }).notNull().default(false)
  },
  (t2) => [
    // One item per key per postmortem: revisions update items in place.
    uniqueIndex("action_items_postmortem_key_uq").on(t2.postmortemId, t2.key),
    // Action-item metrics: per team, by status and dates.
    index3("action_items_team_status_idx").on(t2.teamId, t2.status, t2.dueOn),
    // Webhooks find the items a ticket completes.
    index3("action_items_tracker_idx").on(t2.trackerRef)
  ]
);

// db/schema/analysis.ts
var now3 = sql4`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
var blameFindings = sqliteTable4(
  "blame_findings",
  {
    id: integer4("id").primaryKey({ autoIncrement: true }),
    revisionId: integer4("revision_id").notNull().references(() => revisions.id, { onDelete: "cascade" }),
    postmortemId: integer4("postmortem_id").notNull().references(() => postmortems.id, { onDelete: "cascade" }),
    category: text4("category").notNull(),
    start: integer4("start").notNull(),
    end: integer4("end").notNull(),
    text: text4("text").notNull(),
    weight: real2("weight").notNull(),
    explanation: text4("explanation").notNull(),
    suggestion: text4("suggestion").notNull(),
    fingerprint: text4("fingerprint").notNull(),
    ruleId: text4("rule_id").notNull(),
    sectionKind: text4("section_kind"),
    version: text4("version").notNull()
  },
  (t2) => [
    // The postmortem page loads the current revision's findings.
    index4("blame_findings_revision_idx").on(t2.revisionId),
    // Category mix for the blame metric.
    index4("blame_findings_postmortem_idx").on(t2.postmortemId, t2.category)
  ]
);
var blameDismissals = sqliteTable4(
  "blame_dismissals",
  {
    id: integer4("id").primaryKey({ autoIncrement: true }),
    postmortemId: integer4("postmortem_id").notNull().references(() => postmortems.id, { onDelete: "cascade" }),
    fingerprint: text4("fingerprint").notNull(),
    category: text4("category").notNull(),
    text: text4("text").notNull(),
    reason: text4("reason"),
    createdAt: text4("created_at").notNull().default(now3)
  },
  // Analysis of a postmortem reads its dismissed fingerprints.
  (t2) => [uniqueIndex2("blame_dismissals_uq").on(t2.postmortemId, t2.fingerprint)]
);
var causeClusters = sqliteTable4("cause_clusters", {
  id: integer4("id").primaryKey({ autoIncrement: true }),
  label: text4("label").notNull(),
  labelSource: text4("label_source", { enum: ["auto", "user"] }).notNull().default("auto"),
  category: text4("category").notNull(),
  createdAt: text4("created_at").notNull().default(now3)
});
var causeFeatures = sqliteTable4(
  "cause_features",
  {
    postmortemId: integer4("postmortem_id").primaryKey().references(() => postmortems.id, { onDelete: "cascade" }),
    revisionId: integer4("revision_id").notNull(),
    text: text4("text").notNull(),
    /** sha-256 of the cause text: a revision that leaves the cause text alone keeps its links. */
    textHash: text4("text_hash").notNull(),
    /** The whole CauseFeatures (labels, trigger/contributing labels, terms, components) as JSON. */
    featuresJson: text4("features_json").notNull(),
    primaryCategory: text4("primary_category").notNull(),
    /** User relabel of the category; survives reanalysis. */
    categoryOverride: text4("category_override"),
    clusterId: integer4("cluster_id").references(() => causeClusters.id, { onDelete: "set null" }),
    version: text4("version").notNull()
  },
  (t2) => [
    // Cluster membership lookups.
    index4("cause_features_cluster_idx").on(t2.clusterId),
    // Reanalysis finds stale versions.
    index4("cause_features_version_idx").on(t2.version)
  ]
);
var causeTerms = sqliteTable4(
  "cause_terms",
  {
    term: text4("term").notNull(),
    postmortemId: integer4("postmortem_id").notNull().references(() => postmortems.id, { onDelete: "cascade" }),
    weight: real2("weight").notNull()
  },
  (t2) => [
    // Candidate lookup: postings of a term.
    primaryKey2({ columns: [t2.term, t2.postmortemId] }),
    // Deleting or replacing a postmortem's terms.
    index4("cause_terms_postmortem_idx").on(t2.postmortemId)
  ]
);
var causeTermStats = sqliteTable4("cause_term_stats", {
  term: text4("term").primaryKey(),
  df: integer4("df").notNull()
});
var recurrences = sqliteTable4(
  "recurrences",
  {
    id: integer4("id").primaryKey({ autoIncrement: true }),
    postmortemId: integer4("postmortem_id").notNull().references(() => postmortems.id, { onDelete: "cascade" }),
    repeatsPostmortemId: integer4("repeats_postmortem_id").notNull().references(() => postmortems.id, { onDelete: "cascade" }),
    similarity: real2("similarity").notNull(),
    /** JSON [{id, text, due}] of A's action items still open on B's date. */
    openActionItemsJson: text4("open_action_items_json").notNull().default("[]"),
    openActionItemCount: integer4("open_action_item_count").notNull().default(0),
    createdAt: text4("created_at").notNull().default(now3)
  },
  (t2) => [
    uniqueIndex2("recurrences_pair_uq").on(t2.postmortemId, t2.repeatsPostmortemId),
    // "What repeated this one" (the other direction).
    index4("recurrences_repeats_idx").on(t2.repeatsPostmortemId)
  ]
);
var causeCorrections = sqliteTable4(
  "cause_corrections",
  {
    id: integer4("id").primaryKey({ autoIncrement: true }),
    kind: text4("kind", { enum: ["not-a-repeat", "merge", "split", "relabel-cluster", "relabel-cause"] }).notNull(),
    postmortemId: integer4("postmortem_id").references(() => postmortems.id, { onDelete: "cascade" }),
    otherPostmortemId: integer4("other_postmortem_id").references(() => postmortems.id, { onDelete: "cascade" }),
    payloadJson: text4("payload_json").notNull().default("{}"),
    createdBy: text4("created_by"),
    createdAt: text4("created_at").notNull().default(now3)
  },
  (t2) => [
    // Matching a new postmortem consults the corrections that name it.
    index4("cause_corrections_pm_idx").on(t2.postmortemId),
    index4("cause_corrections_other_idx").on(t2.otherPostmortemId)
  ]
);

// db/schema/digest.ts
import { sql as sql5 } from "drizzle-orm";
import { index as index5, integer as integer5, sqliteTable as sqliteTable5, text as text5, uniqueIndex as uniqueIndex3 } from "drizzle-orm/sqlite-core";
var now4 = sql5`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
var subscriptions = sqliteTable5(
  "subscriptions",
  {
    id: integer5("id").primaryKey({ autoIncrement: true }),
    email: text5("email").notNull(),
    scope: text5("scope", { enum: ["org", "teams"] }).notNull(),
    teamsJson: text5("teams_json").notNull().default("[]"),
    timeZone: text5("time_zone").notNull().default("UTC"),
    /** ISO weekday, 1 = Monday. */
    sendDay: integer5("send_day").notNull().default(1),
    sendHour: integer5("send_hour").notNull().default(8),
    createdAt: text5("created_at").notNull().default(now4),
    unsubscribedAt: text5("unsubscribed_at")
  },
  // One live subscription per recipient and scope.
  (t2) => [uniqueIndex3("subscriptions_email_uq").on(t2.email, t2.scope, t2.teamsJson)]
);
var digestOutbox = sqliteTable5(
  "digest_outbox",
  {
    id: integer5("id").primaryKey({ autoIncrement: true }),
    subscriptionId: integer5("subscription_id").notNull(),
    recipient: text5("recipient").notNull(),
    isoWeek: text5("iso_week").notNull(),
    messageId: text5("message_id").notNull(),
    status: text5("status", { enum: ["sending", "sent", "retry", "failed", "uncertain"] }).notNull(),
    attempts: integer5("attempts").notNull().default(0),
    nextAttemptAt: text5("next_attempt_at"),
    lastError: text5("last_error"),
    createdAt: text5("created_at").notNull().default(now4),
    sentAt: text5("sent_at")
  },
  (t2) => [
    uniqueIndex3("digest_outbox_recipient_week_uq").on(t2.recipient, t2.isoWeek),
    // The tick picks rows due for retry.
    index5("digest_outbox_status_idx").on(t2.status, t2.nextAttemptAt)
  ]
);

// db/schema/trackers.ts
import { sql as sql6 } from "drizzle-orm";
import { integer as integer6, sqliteTable as sqliteTable6, text as text6, uniqueIndex as uniqueIndex4 } from "drizzle-orm/sqlite-core";
var now5 = sql6`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
var webhookDeliveries = sqliteTable6("webhook_deliveries", {
  id: text6("id").primaryKey(),
  provider: text6("provider", { enum: ["github", "jira"] }).notNull(),
  event: text6("event").notNull(),
  receivedAt: text6("received_at").notNull().default(now5)
});
var trackerTickets = sqliteTable6(
  "tracker_tickets",
  {
    id: integer6("id").primaryKey({ autoIncrement: true }),
    provider: text6("provider", { enum: ["github", "jira"] }).notNull(),
    /** Canonical reference: "org/repo#123" or "MOB-1450". */
    ref: text6("ref").notNull(),
    url: text6("url"),
    state: text6("state", { enum: ["open", "done", "wont-do"] }).notNull(),
    eventAt: text6("event_at").notNull(),
    closedAt: text6("closed_at"),
    updatedAt: text6("updated_at").notNull().default(now5)
  },
  (t2) => [uniqueIndex4("tracker_tickets_ref_uq").on(t2.provider, t2.ref)]
);

// db/client.ts
function createDb(config) {
  const client = createClient({ url: config.url, authToken: config.authToken });
  const db2 = drizzle(client, { schema: schema_exports });
  return { db: db2, close: () => client.close() };
}
var D1_MAX_PARAMS = 100;
function chunkRows(rows, columnsPerRow) {
  const perChunk = Math.max(1, Math.floor(D1_MAX_PARAMS / columnsPerRow));
  const chunks = [];
  for (let i = 0; i < rows.length; i += perChunk) chunks.push(rows.slice(i, i + perChunk));
  return chunks;
}
async function runBatch(db2, statements) {
  if (statements.length === 0) return;
  await db2.batch(statements);
}

// ../../tmp/prof.ts
import { migrate } from "drizzle-orm/libsql/migrator";

// server/services/ingest.ts
import { and as and2, eq as eq2, notInArray, sql as sql8 } from "drizzle-orm";

// server/errors.ts
var ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503
};
var ApiError = class extends Error {
  code;
  field;
  constructor(code, message, field = null) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.field = field;
  }
  get status() {
    return ERROR_STATUS[this.code];
  }
};

// server/lib/crypto.ts
var encoder = new TextEncoder();
function toHex(bytes) {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = "";
  for (const b of view) out += b.toString(16).padStart(2, "0");
  return out;
}
async function sha256Hex(text7) {
  return toHex(await crypto.subtle.digest("SHA-256", encoder.encode(text7)));
}

// server/lib/text.ts
function slugify(name) {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 64);
}
function actionItemKey(text7) {
  return text7.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().slice(0, 200);
}

// server/services/causes.ts
import { and, asc, eq, inArray, ne, or, sql as sql7 } from "drizzle-orm";
var QUERY_TERMS = 12;
var CANDIDATES = 50;
var MAX_POSTINGS_PER_TERM = 5e3;
var LABEL_SAMPLE = 40;
var DAY_MS2 = 864e5;
function featuresOf(row) {
  return JSON.parse(row.featuresJson);
}
async function idfFor(db2, terms) {
  const [countRow] = await db2.select({ n: sql7`count(*)` }).from(causeFeatures);
  const df = /* @__PURE__ */ new Map();
  for (const chunk of chunkRows(terms, 1)) {
    const rows = await db2.select().from(causeTermStats).where(inArray(causeTermStats.term, chunk));
    for (const r of rows) df.set(r.term, r.df);
  }
  return { idf: idfFromCounts((t2) => df.get(t2) ?? 0, countRow?.n ?? 0), df };
}
async function findCauseCandidates(db2, postmortemId, features) {
  const allTerms = Object.keys(features.terms);
  const { idf, df } = await idfFor(db2, allTerms);
  const query = candidateTerms(features, QUERY_TERMS, idf).filter((t2) => (df.get(t2.term) ?? 0) <= MAX_POSTINGS_PER_TERM);
  if (query.length === 0) return { candidates: [], idf };
  const weightCase = sql7.join(
    [sql7`case ${causeTerms.term}`, ...query.map((q) => sql7`when ${q.term} then ${q.weight}`), sql7`else 0 end`],
    sql7` `
  );
  const rows = await db2.select({ postmortemId: causeTerms.postmortemId, score: sql7`sum(${causeTerms.weight} * ${weightCase})` }).from(causeTerms).where(and(inArray(causeTerms.term, query.map((q) => q.term)), ne(causeTerms.postmortemId, postmortemId))).groupBy(causeTerms.postmortemId).orderBy(sql7`2 desc`, asc(causeTerms.postmortemId)).limit(CANDIDATES);
  return { candidates: rows, idf };
}
async function correctionsFor(db2, postmortemId) {
  const rows = await db2.select().from(causeCorrections).where(or(eq(causeCorrections.postmortemId, postmortemId), eq(causeCorrections.otherPostmortemId, postmortemId)));
  const notRepeat = /* @__PURE__ */ new Set();
  const mergedWith = /* @__PURE__ */ new Set();
  for (const r of rows) {
    const other = r.postmortemId === postmortemId ? r.otherPostmortemId : r.postmortemId;
    if (other === null) continue;
    if (r.kind === "not-a-repeat" || r.kind === "split") notRepeat.add(other);
    if (r.kind === "merge") mergedWith.add(other);
  }
  return { notRepeat, mergedWith };
}
function openOn(item, date) {
  if (item.createdOn && item.createdOn > date) return false;
  if (item.status === "open" || item.status === "unknown") return true;
  return item.completedOn !== null && item.completedOn > date;
}
async function openFollowUps(db2, earlierId, laterDate) {
  const items = await db2.select().from(actionItems).where(eq(actionItems.postmortemId, earlierId)).orderBy(asc(actionItems.position));
  return items.filter((i) => openOn(i, laterDate)).map((i) => ({ id: i.id, text: i.text, due: i.dueOn, status: i.status }));
}
async function updateCauseAnalysis(ctx2, postmortemId, options = {}) {
  const { db: db2 } = ctx2;
  const [pm] = await db2.select().from(postmortems).where(eq(postmortems.id, postmortemId));
  if (!pm || pm.currentRevisionId === null) return;
  const [statements, serviceRows, [existing]] = await Promise.all([
    db2.select().from(causeStatements).where(eq(causeStatements.postmortemId, postmortemId)).orderBy(asc(causeStatements.position)),
    db2.select({ s: postmortemServices.service }).from(postmortemServices).where(eq(postmortemServices.postmortemId, postmortemId)),
    db2.select().from(causeFeatures).where(eq(causeFeatures.postmortemId, postmortemId))
  ]);
  const features = analyzeCause({
    rootCauses: statements.filter((s) => s.role === "root-cause").map((s) => s.text),
    triggers: statements.filter((s) => s.role === "trigger").map((s) => s.text),
    contributingFactors: statements.filter((s) => s.role === "contributing").map((s) => s.text),
    summary: pm.summary,
    services: serviceRows.map((r) => r.s)
  });
  const textHash = await sha256Hex(`${features.text}
${pm.occurredOn ?? ""}`);
  if (!options.force && existing && existing.textHash === textHash && existing.version === CAUSE_ANALYSIS_VERSION && existing.clusterId !== null) {
    if (existing.revisionId !== pm.currentRevisionId) {
      await db2.update(causeFeatures).set({ revisionId: pm.currentRevisionId }).where(eq(causeFeatures.postmortemId, postmortemId));
    }
    return;
  }
  const terms = Object.entries(features.terms);
  await runBatch(db2, [
    ...causeIndexDeleteStatements(db2, postmortemId),
    ...chunkRows(terms, 3).map(
      (chunk) => db2.insert(causeTerms).values(chunk.map(([term, weight]) => ({ term, postmortemId, weight })))
    ),
    ...chunkRows(terms, 2).map(
      (chunk) => db2.insert(causeTermStats).values(chunk.map(([term]) => ({ term, df: 1 }))).onConflictDoUpdate({ target: causeTermStats.term, set: { df: sql7`${causeTermStats.df} + 1` } })
    ),
    db2.insert(causeFeatures).values({
      postmortemId,
      revisionId: pm.currentRevisionId,
      text: features.text,
      textHash,
      featuresJson: JSON.stringify(features),
      primaryCategory: features.primary,
      clusterId: null,
      version: features.version
    }).onConflictDoUpdate({
      target: causeFeatures.postmortemId,
      set: {
        revisionId: pm.currentRevisionId,
        text: features.text,
        textHash,
        featuresJson: JSON.stringify(features),
        primaryCategory: features.primary,
        version: features.version
      }
    })
  ]);
  const { candidates: candidates2, idf } = await findCauseCandidates(db2, postmortemId, features);
  const corrections = await correctionsFor(db2, postmortemId);
  const candidateIds = [.../* @__PURE__ */ new Set([...candidates2.map((c) => c.postmortemId), ...corrections.mergedWith])];
  const rows = candidateIds.length ? await db2.select({ f: causeFeatures, occurredOn: postmortems.occurredOn }).from(causeFeatures).innerJoin(postmortems, eq(postmortems.id, causeFeatures.postmortemId)).where(inArray(causeFeatures.postmortemId, candidateIds)) : [];
  const compared = rows.map((r) => ({
    id: r.f.postmortemId,
    clusterId: r.f.clusterId,
    occurredOn: r.occurredOn,
    features: featuresOf(r.f),
    similarity: corrections.mergedWith.has(r.f.postmortemId) ? 1 : similarity(features, featuresOf(r.f), idf)
  }));
  const excluded = new Set(compared.filter((c) => corrections.notRepeat.has(c.id) && c.clusterId !== null).map((c) => c.clusterId));
  const clustered = compared.filter((c) => c.clusterId !== null);
  const forced = clustered.find((c) => corrections.mergedWith.has(c.id) && !excluded.has(c.clusterId));
  const choice = forced ? { clusterId: forced.clusterId, similarity: 1, alsoMatched: [] } : chooseCluster(
    features,
    clustered.map((c) => ({ clusterId: c.clusterId, features: c.features })),
    { idf, excluded }
  );
  let clusterId;
  if (choice) {
    clusterId = choice.clusterId;
    const absorbed = choice.alsoMatched.filter((id) => id !== clusterId && !excluded.has(id));
    if (absorbed.length) {
      await db2.batch([
        db2.update(causeFeatures).set({ clusterId }).where(inArray(causeFeatures.clusterId, absorbed)),
        db2.update(postmortems).set({ clusterId }).where(inArray(postmortems.clusterId, absorbed)),
        db2.delete(causeClusters).where(and(inArray(causeClusters.id, absorbed), eq(causeClusters.labelSource, "auto")))
      ]);
    }
  } else {
    const [created] = await db2.insert(causeClusters).values({ label: labelCluster([features]), category: features.primary }).returning({ id: causeClusters.id });
    clusterId = created.id;
  }
  const windowMs = ctx2.recurrenceWindowDays * DAY_MS2;
  const links = [];
  if (pm.occurredOn) {
    const mine = Date.parse(pm.occurredOn);
    for (const c of compared) {
      if (!c.occurredOn || corrections.notRepeat.has(c.id) || c.similarity < DEFAULT_MATCH_THRESHOLD) continue;
      const theirs = Date.parse(c.occurredOn);
      if (theirs === mine || Math.abs(theirs - mine) > windowMs) continue;
      links.push(
        theirs < mine ? { later: postmortemId, earlier: c.id, laterDate: pm.occurredOn, similarity: c.similarity } : { later: c.id, earlier: postmortemId, laterDate: c.occurredOn, similarity: c.similarity }
      );
    }
  }
  const linkRows = await Promise.all(
    links.map(async (l) => {
      const open = await openFollowUps(db2, l.earlier, l.laterDate);
      return {
        postmortemId: l.later,
        repeatsPostmortemId: l.earlier,
        similarity: Math.round(l.similarity * 1e3) / 1e3,
        openActionItemsJson: JSON.stringify(open),
        openActionItemCount: open.length
      };
    })
  );
  await runBatch(db2, [
    db2.update(causeFeatures).set({ clusterId }).where(eq(causeFeatures.postmortemId, postmortemId)),
    db2.update(postmortems).set({ clusterId, causeCategory: existing?.categoryOverride ?? features.primary }).where(eq(postmortems.id, postmortemId)),
    db2.delete(recurrences).where(or(eq(recurrences.postmortemId, postmortemId), eq(recurrences.repeatsPostmortemId, postmortemId))),
    ...chunkRows(linkRows, 5).map((chunk) => db2.insert(recurrences).values(chunk).onConflictDoNothing())
  ]);
  await relabelCluster(db2, clusterId);
  if (existing?.clusterId && existing.clusterId !== clusterId) await relabelCluster(db2, existing.clusterId);
}
async function relabelCluster(db2, clusterId) {
  const [cluster] = await db2.select().from(causeClusters).where(eq(causeClusters.id, clusterId));
  if (!cluster) return;
  const members = await db2.select({ featuresJson: causeFeatures.featuresJson }).from(causeFeatures).where(eq(causeFeatures.clusterId, clusterId)).limit(LABEL_SAMPLE);
  if (members.length === 0) {
    await db2.delete(causeClusters).where(eq(causeClusters.id, clusterId));
    return;
  }
  const features = members.map(featuresOf);
  await db2.update(causeClusters).set({ category: clusterCategory(features), ...cluster.labelSource === "auto" ? { label: labelCluster(features) } : {} }).where(eq(causeClusters.id, clusterId));
}
function causeIndexDeleteStatements(db2, postmortemId) {
  return [
    db2.update(causeTermStats).set({ df: sql7`${causeTermStats.df} - 1` }).where(sql7`${causeTermStats.term} in (select ${causeTerms.term} from ${causeTerms} where ${causeTerms.postmortemId} = ${postmortemId})`),
    db2.delete(causeTerms).where(eq(causeTerms.postmortemId, postmortemId))
  ];
}

// server/services/principal.ts
function canWriteTeam(p, teamId) {
  if (p.role === "admin") return true;
  if (p.role === "ingest") return p.teams.length === 0 || teamId !== null && p.teams.includes(teamId);
  if (p.role === "member") return teamId !== null && p.teams.includes(teamId);
  return false;
}
function assertCanWrite(p, teamId) {
  if (!canWriteTeam(p, teamId)) {
    throw new ApiError("forbidden", teamId ? `No write access to team '${teamId}'.` : "No write access to postmortems without a team.", "team");
  }
}

// server/services/ingest.ts
var MAX_ATTEMPTS = 4;
async function ingestDocument(ctx2, principal, input) {
  const bytes = new TextEncoder().encode(input.raw).length;
  if (bytes > ctx2.maxDocumentBytes) {
    throw new ApiError("payload_too_large", `Document is ${bytes} bytes; the limit is ${ctx2.maxDocumentBytes}.`, "body");
  }
  if (input.raw.trim() === "" && !input.parsed) throw new ApiError("validation_failed", "Document is empty.", "body");
  const parsed2 = input.parsed ?? parsePostmortem({
    text: input.raw,
    contentType: input.contentType === "html" ? "html" : "markdown",
    ...input.filename ? { filename: input.filename } : {}
  });
  if (parsed2.kind !== "postmortem") return { status: "skipped", reason: parsed2.skipReason ?? "not a postmortem" };
  const o = input.overrides ?? {};
  const doc = {
    ...parsed2,
    team: o.team ?? parsed2.team,
    severity: o.severity ?? parsed2.severity,
    occurredAt: o.occurredAt ?? parsed2.occurredAt,
    title: o.title ?? parsed2.title
  };
  const source = (parsed2.source ?? input.source ?? "api").slice(0, 100);
  const contentHash = await sha256Hex(`${input.contentType}
${JSON.stringify(o)}
${input.raw}`);
  const externalId = (parsed2.externalId ?? input.externalId ?? `sha256:${contentHash}`).slice(0, 500);
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeRevision(ctx2, principal, { input, doc, source, externalId, contentHash });
    } catch (error) {
      if (attempt < MAX_ATTEMPTS && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
function isUniqueViolation(error) {
  for (let e = error; e; e = e.cause) {
    if (e instanceof Error && /UNIQUE constraint failed|SQLITE_CONSTRAINT/i.test(e.message)) return true;
  }
  return false;
}
async function resolveTeam(db2, doc) {
  if (doc.team?.trim()) {
    const id = slugify(doc.team);
    if (id) return { id, name: doc.team.trim() };
  }
  for (const service of doc.services) {
    const [row] = await db2.select({ teamId: services.teamId, name: teams.name }).from(services).innerJoin(teams, eq2(teams.id, services.teamId)).where(eq2(services.name, service.trim().toLowerCase())).limit(1);
    if (row) return { id: row.teamId, name: row.name };
  }
  return null;
}
async function writeRevision(ctx2, principal, args) {
  const { db: db2 } = ctx2;
  const { input, doc, source, externalId, contentHash } = args;
  const team = await resolveTeam(db2, doc);
  const title = (doc.title?.trim() || input.filename || externalId).slice(0, 500);
  const [existing] = await db2.select({
    id: postmortems.id,
    teamId: postmortems.teamId,
    currentHash: revisions.contentHash,
    number: revisions.number
  }).from(postmortems).leftJoin(revisions, eq2(revisions.id, postmortems.currentRevisionId)).where(and2(eq2(postmortems.source, source), eq2(postmortems.externalId, externalId))).limit(1);
  assertCanWrite(principal, team?.id ?? null);
  if (existing && existing.teamId !== (team?.id ?? null)) assertCanWrite(principal, existing.teamId);
  if (existing?.currentHash === contentHash) {
    return { status: "unchanged", postmortemId: existing.id, revision: existing.number ?? 1, title, team: existing.teamId };
  }
  const dismissed = existing ? new Set(
    (await db2.select({ f: blameDismissals.fingerprint }).from(blameDismissals).where(eq2(blameDismissals.postmortemId, existing.id))).map((r) => r.f)
  ) : /* @__PURE__ */ new Set();
  const blame = analyzeBlame(doc.body, { sections: doc.sections, dismissed });
  const number = (existing?.number ?? 0) + 1;
  const pmId = sql8`(SELECT id FROM postmortems WHERE source = ${source} AND external_id = ${externalId})`;
  const revId = sql8`(SELECT id FROM revisions WHERE postmortem_id = ${pmId} AND number = ${number})`;
  const isDemo = input.isDemo ?? false;
  const now6 = (/* @__PURE__ */ new Date()).toISOString();
  const { body, ...parsedWithoutBody } = doc;
  const metadata = {
    title,
    teamId: team?.id ?? null,
    occurredOn: doc.occurredAt,
    startedAt: doc.startedAt,
    detectedAt: doc.detectedAt,
    resolvedAt: doc.resolvedAt,
    publishedOn: doc.publishedAt,
    timeToDetectMinutes: doc.timeToDetectMinutes,
    timeToRecoverMinutes: doc.timeToRecoverMinutes,
    severity: doc.severity,
    summary: doc.summary,
    blameScore: blame.score,
    blameful: blame.blameful,
    blameFindingCount: blame.findings.length,
    isDemo,
    updatedAt: now6
  };
  const seenKeys = /* @__PURE__ */ new Map();
  const items = doc.actionItems.map((item, position) => {
    const base = actionItemKey(item.text) || `item-${position}`;
    const n = (seenKeys.get(base) ?? 0) + 1;
    seenKeys.set(base, n);
    return { item, position, key: n === 1 ? base : `${base}#${n}` };
  });
  const createdOn = doc.publishedAt ?? doc.occurredAt;
  const statements = [
    ...team ? [db2.insert(teams).values({ id: team.id, name: team.name, isDemo }).onConflictDoNothing()] : [],
    db2.insert(postmortems).values({ source, externalId, ...metadata }).onConflictDoUpdate({ target: [postmortems.source, postmortems.externalId], set: metadata }),
    db2.insert(revisions).values({
      postmortemId: pmId,
      number,
      contentHash,
      contentType: input.contentType,
      raw: input.raw,
      body,
      parsedJson: JSON.stringify(parsedWithoutBody),
      parserVersion: PARSER_VERSION,
      blameVersion: blame.version,
      blameScore: blame.score,
      blameful: blame.blameful
    }),
    db2.update(postmortems).set({ currentRevisionId: revId }).where(eq2(postmortems.id, pmId)),
    db2.delete(postmortemServices).where(eq2(postmortemServices.postmortemId, pmId)),
    ...chunkRows(
      [...new Set(doc.services.map((s) => s.trim().toLowerCase()).filter(Boolean))].map((service) => ({
        postmortemId: pmId,
        service
      })),
      4
    ).map((rows) => db2.insert(postmortemServices).values(rows).onConflictDoNothing()),
    ...chunkRows(
      doc.sections.map((s, position) => ({
        revisionId: revId,
        position,
        kind: s.kind,
        heading: s.heading.slice(0, 500),
        level: s.level,
        start: s.start,
        end: s.end
      })),
      10
    ).map((rows) => db2.insert(sections).values(rows)),
    ...chunkRows(
      blame.findings.map((f) => ({
        revisionId: revId,
        postmortemId: pmId,
        category: f.category,
        start: f.start,
        end: f.end,
        text: f.text,
        weight: f.weight,
        explanation: f.explanation,
        suggestion: f.suggestion,
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        sectionKind: f.sectionKind,
        version: blame.version
      })),
      16
    ).map((rows) => db2.insert(blameFindings).values(rows)),
    db2.delete(causeStatements).where(eq2(causeStatements.postmortemId, pmId)),
    ...chunkRows(
      [
        ...doc.rootCauses.map((text7, position) => ({ role: "root-cause", position, text: text7 })),
        ...doc.triggers.map((text7, position) => ({ role: "trigger", position, text: text7 })),
        ...doc.contributingFactors.map((text7, position) => ({ role: "contributing", position, text: text7 }))
      ].map((s) => ({ ...s, postmortemId: pmId })),
      6
    ).map((rows) => db2.insert(causeStatements).values(rows)),
    items.length ? db2.delete(actionItems).where(and2(eq2(actionItems.postmortemId, pmId), notInArray(actionItems.key, items.map((i) => i.key)))) : db2.delete(actionItems).where(eq2(actionItems.postmortemId, pmId)),
    ...items.map(
      ({ item, position, key }) => db2.insert(actionItems).values({
        postmortemId: pmId,
        teamId: team?.id ?? null,
        key,
        position,
        text: item.text,
        owner: item.owner,
        status: item.status,
        documentStatus: item.status,
        dueOn: item.due,
        createdOn,
        // Documents rarely say when an item was closed; unknown stays null (trackers and the API fill it).
        completedOn: null,
        trackerRef: item.ticket,
        kind: item.kind,
        priority: item.priority,
        statusSource: "document",
        statusUpdatedAt: now6,
        isDemo
      }).onConflictDoUpdate({
        target: [actionItems.postmortemId, actionItems.key],
        set: {
          teamId: team?.id ?? null,
          position,
          text: item.text,
          owner: item.owner,
          dueOn: item.due,
          createdOn,
          trackerRef: sql8`coalesce(${item.ticket}, ${actionItems.trackerRef})`,
          kind: item.kind,
          priority: item.priority,
          // The document overrides an API/tracker status only when what it says changed.
          status: sql8`CASE WHEN ${actionItems.documentStatus} <> ${item.status} THEN ${item.status} ELSE ${actionItems.status} END`,
          statusSource: sql8`CASE WHEN ${actionItems.documentStatus} <> ${item.status} THEN 'document' ELSE ${actionItems.statusSource} END`,
          statusUpdatedAt: sql8`CASE WHEN ${actionItems.documentStatus} <> ${item.status} THEN ${now6} ELSE ${actionItems.statusUpdatedAt} END`,
          documentStatus: item.status
        }
      })
    )
  ];
  await runBatch(db2, statements);
  const [row] = await db2.select({ id: postmortems.id }).from(postmortems).where(and2(eq2(postmortems.source, source), eq2(postmortems.externalId, externalId))).limit(1);
  if (!row) throw new ApiError("internal", "Postmortem vanished after it was written.");
  await updateCauseAnalysis(ctx2, row.id);
  return { status: existing ? "updated" : "created", postmortemId: row.id, revision: number, title, team: team?.id ?? null };
}

// ../../tmp/prof.ts
var docs = [...generateDocuments({ seed: 1, postmortems: 200, endDate: "2026-06-30" })];
var t = performance.now();
var parsed = docs.map((d) => parsePostmortem({ text: d.text, contentType: "markdown" }));
console.log("parse ms/doc", (performance.now() - t) / 200);
t = performance.now();
for (const p of parsed) analyzeBlame(p.body, { sections: p.sections });
console.log("blame ms/doc", (performance.now() - t) / 200);
t = performance.now();
for (const p of parsed) analyzeCause({ ...p });
console.log("cause ms/doc", (performance.now() - t) / 200);
var { db } = createDb({ url: "file:/tmp/gt/prof.db" });
await migrate(db, { migrationsFolder: "/work/main/db/migrations" });
var ctx = { db, maxDocumentBytes: 1 << 20, recurrenceWindowDays: 365 };
var P = { role: "admin", teams: [], subject: "x", via: "token", tokenId: null, sessionId: null };
t = performance.now();
for (const d of docs) await ingestDocument(ctx, P, { raw: d.text, contentType: "markdown", isDemo: true });
console.log("ingest ms/doc", (performance.now() - t) / 200);
