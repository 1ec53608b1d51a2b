/**
 * Who is the agent of a clause: a person (name, @handle, username), a role, a personal pronoun, the
 * collective "we", or a system. Blame needs a human agent; "the router failed to" does not count.
 *
 * Names are not looked up in a list (names come from every culture): a capitalised word counts as a
 * name unless it is a known system/product word, a function word, or shaped like a common noun or an
 * acronym. Confidence is graded so callers can demand more evidence from a bare capitalised word.
 */
import type { WordToken } from '../text/tokens.js';

export type AgentKind = 'pronoun' | 'we' | 'role' | 'team' | 'handle' | 'name' | 'username';

export interface Agent {
  kind: AgentKind;
  /** Index of the agent's head word in the token list. */
  index: number;
  /** Strong agents (roles, pronouns, handles) need no further evidence; a bare capitalised word does. */
  strong: boolean;
}

const PRONOUNS = new Set([
  'i',
  'he',
  'she',
  'they',
  'you',
  'him',
  'her',
  'them',
  'me',
  'his',
  'their',
  'your',
  'my',
  'himself',
  'herself',
  'themselves',
  'yourself',
  'myself',
  "he'd",
  "she'd",
  "they'd",
  "i'd",
  "you'd",
  "he'll",
  "she'll",
  "they'll",
  "you'll",
  "i'll",
  "they've",
  "i've",
  "you've",
  "they're",
  "you're",
]);
const WE = new Set(['we', 'us', 'our', 'ourselves', "we'd", "we'll", "we've", "we're"]);

export const ROLE_NOUNS = new Set([
  'engineer',
  'engineers',
  'operator',
  'operators',
  'on-call',
  'oncall',
  'on-caller',
  'on-callers',
  'oncaller',
  'sre',
  'sres',
  'dba',
  'dbas',
  'intern',
  'interns',
  'reviewer',
  'reviewers',
  'contractor',
  'contractors',
  'developer',
  'developers',
  'dev',
  'devs',
  'admin',
  'admins',
  'administrator',
  'administrators',
  'sysadmin',
  'sysadmins',
  'deployer',
  'deployers',
  'author',
  'authors',
  'committer',
  'employee',
  'employees',
  'staff',
  'person',
  'someone',
  'somebody',
  'responder',
  'responders',
  'commander',
  'lead',
  'colleague',
  'colleagues',
  'coworker',
  'co-worker',
  'newcomer',
  'hire',
  'hires',
  'junior',
  'individual',
  'individuals',
  'owner',
  'technician',
  'technicians',
  'analyst',
  'tester',
  'testers',
  'approver',
  'maintainer',
  'maintainers',
  'programmer',
  'programmers',
  'architect',
  'staffer',
  'human',
  'humans',
  'people',
  'guy',
  'guys',
  'ops',
  'operations',
  'oncallers',
  'ic',
  'whoever',
  'everyone',
  'everybody',
  'member',
  'members',
  'teammate',
  'teammates',
  'vendor',
  'consultant',
  'consultants',
  'coordinator',
  'coordinators',
  'implementer',
  'implementers',
  'implementor',
  'requester',
  'requestor',
  'assignee',
  'assignees',
  'specialist',
  'specialists',
  'supervisor',
  'supervisors',
  'trainee',
  'trainees',
  'apprentice',
  'newbie',
  'rookie',
  'folks',
]);
// Heads that are people only after a qualifier: "release manager" but "package manager", "secrets manager".
// Words that are people only after a qualifier: "the duty manager" but "the secrets manager", "the service
// desk agent" but "the monitoring agent".
const QUALIFIED_ROLES = new Set(['manager', 'managers', 'captain', 'captains', 'agent', 'agents']);
const ROLE_QUALIFIERS = new Set([
  'his',
  'her',
  'their',
  'my',
  'your',
  'desk',
  'support',
  'helpdesk',
  'incident',
  'service',
  'account',
  'programme',
  'program',
  'hiring',
  'release',
  'engineering',
  'project',
  'product',
  'change',
  'shift',
  'duty',
  'on-call',
  'oncall',
  'delivery',
  'line',
  'team',
  'deploy',
  'deployment',
]);
// Short given names share the -ed/-ly endings of sentence-initial common words ("Ahmed", "Emily").
const SHORT_COMMON_WORDS = new Set(
  'speed need seed feed used shed bred early daily apply reply rely only fully holy ugly'.split(' '),
);
const TEAM_NOUNS = new Set(['team', 'teams', 'squad', 'crew']);

/** Capitalised words that start sentences or name systems, not people. */
const NOT_NAMES = new Set(
  `the this that these those such a an it its after before when while during at in on then once if because since as
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
timeline summary background followup follow-up mitigation investigation analysis trigger triggers`.split(
    /\s+/,
  ),
);

// Shapes of common nouns and verbs that can stand capitalised at the start of a sentence.
const COMMON_NOUN_SHAPE =
  /(?:tion|sion|ment|ness|ity|ing|ance|ence|ure|age|ics|ism|ogy|ship|ware|ers|ors|ies|ses|ces|ts|ks|ps|ds|gs|ed|ly|ful|less|able|ible|ive|ous|ical|ency|ancy|ery|ory|dom|hood|ize|ise|ate)$/;

const HANDLE = /^@[\p{L}\p{N}_.-]+$/u;
const HOST_NAME = /\.[^.]+\.|\.(?:com|net|org|io|dev|local|internal|cloud|app|co|uk|de|svc|cluster)$/;
// The separator is not optional: "(?:[._-]?[a-z0-9]+)*" matches the same words but backtracks exponentially.
const USERNAME = /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*$/u;

/** Classify one token as an agent head, or null when it is not a person/role/pronoun. */
export function agentOf(tokens: readonly WordToken[], index: number, sentenceInitial: boolean): Agent | null {
  const token = tokens[index];
  if (!token) return null;
  const lower = token.lower.replace(/'s$/, '');
  if (PRONOUNS.has(lower)) return { kind: 'pronoun', index, strong: true };
  if (WE.has(lower)) return { kind: 'we', index, strong: true };
  if (ROLE_NOUNS.has(lower)) {
    // "user" style words are excluded from ROLE_NOUNS; "lead" and "owner" need a person-ish context:
    // "the lead engineer" reaches "engineer" first, so a bare "lead" is fine as a role.
    return { kind: 'role', index, strong: true };
  }
  if (TEAM_NOUNS.has(lower)) return { kind: 'team', index, strong: true };
  // "the night shift", "the weekend shift" are people; "a shift in traffic" is not.
  if ((lower === 'shift' || lower === 'shifts') && SHIFT_QUALIFIERS.has(tokens[index - 1]?.lower ?? ''))
    return { kind: 'team', index, strong: true };
  if (QUALIFIED_ROLES.has(lower) && ROLE_QUALIFIERS.has(tokens[index - 1]?.lower ?? ''))
    return { kind: 'role', index, strong: true };
  const raw = token.raw.replace(/['’]s$/, '');
  if (HANDLE.test(raw)) return { kind: 'handle', index, strong: true };
  if (CAPITALISED.test(raw) && !NOT_NAMES.has(lower)) {
    if (
      sentenceInitial &&
      COMMON_NOUN_SHAPE.test(lower) &&
      !(lower.length <= 5 && /(?:ed|ly)$/.test(lower) && !SHORT_COMMON_WORDS.has(lower))
    )
      return null;
    // "Zeus, our oldest batch server, crashed": a capitalised host name with an appositive.
    if (APPOSITIVE_DETERMINERS.has(tokens[index + 1]?.lower ?? '')) {
      for (let k = index + 2; k < Math.min(tokens.length, index + 6); k++)
        if (SYSTEM_APPOSITIVES.has(tokens[k]!.lower)) return null;
    }
    return { kind: 'name', index, strong: false };
  }
  return null;
}

const SHIFT_QUALIFIERS = new Set([
  'night',
  'day',
  'weekend',
  'morning',
  'evening',
  'late',
  'early',
  'overnight',
  'holiday',
]);
const APPOSITIVE_DETERMINERS = new Set(['our', 'an', 'a', 'the', 'their']);
const SYSTEM_APPOSITIVES = new Set(
  'server|servers|host|machine|box|node|cluster|database|service|instance|bot|vm|router|switch|job|cron|pipeline|tool|script|daemon|queue|broker|proxy|balancer|replica|primary|appliance|array|controller|worker'.split(
    '|',
  ),
);

/**
 * A lowercase handle of initial plus surname with nothing else marking it ("kpatel", "jmorales",
 * "tkowal"): it starts with two consonants that no English word starts with. Tool names of that shape
 * (nginx, tcpdump, dmesg) are listed out.
 */
export function looksLikeBareUsername(token: WordToken): boolean {
  const raw = token.raw.replace(/['’]s$/, '');
  if (raw.length < 4 || raw.length > 14 || !/^[a-z]+$/.test(raw)) return false;
  if (VOWELS.has(raw[0]!) || VOWELS.has(raw[1]!) || ENGLISH_ONSETS.has(raw.slice(0, 2))) return false;
  return !TOOL_WORDS.has(raw);
}
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const ENGLISH_ONSETS = new Set(
  'bl br ch cl cr dr dw fl fr gh gl gn gr kl kn kr ph pl pr ps pt rh sc sh sk sl sm sn sp sq st sw th tr ts tw wh wr'.split(
    ' ',
  ),
);
const TOOL_WORDS = new Set(
  'http https nginx cgroup cgroups hdfs dmesg tcpdump tsdb mvcc xmin xmax lsblk lsof sshd vlan vlans mgmt lgtm dkim tflint gdnsd mcrouter kvm lvm ntpd mysql mysqld psql pgsql wget rsync fsck mkfs btrfs vcpu vcpus kmsg mdadm dnsmasq nftables dpkg rpm yum zsh bash ssh scp sftp gzip bzip xfs zfs ldap ldaps smtp imap snmp tftp nfs cifs vmware kubectl kubelet mkdir chmod chown sysctl systemctl journalctl fstab crontab hhvm mwdeploy sshfence jvm jdk jre cpu gpu tpu'.split(
    ' ',
  ),
);

/** A lowercase token that is a plausible username: has a digit, a dot or an underscore ("jdoe2", "j.doe"). */
export function looksLikeUsername(token: WordToken): boolean {
  // Cheapest tests first: most words have no digit, dot or underscore. Host names are not people.
  if (HOST_NAME.test(token.raw)) return false;
  return (
    /[0-9._]/.test(token.raw) &&
    !/^\d/.test(token.raw) &&
    /[a-z]{2}/.test(token.raw) &&
    USERNAME.test(token.raw)
  );
}

// Words that sit between a subject and its verb group without changing who acts.
const VERB_GROUP_FILLERS = new Set([
  'had',
  'has',
  'have',
  'also',
  'then',
  'simply',
  'just',
  'clearly',
  'obviously',
  'apparently',
  'unfortunately',
  'still',
  'again',
  'later',
  'subsequently',
  'accidentally',
  'mistakenly',
  'inadvertently',
  'initially',
  'therefore',
  'thus',
  'however',
  'completely',
  'totally',
  'entirely',
  'repeatedly',
  'actually',
  'probably',
  'likely',
  'immediately',
  'quickly',
  'already',
  'allegedly',
  'somehow',
  'evidently',
  'consequently',
  'unknowingly',
  'carelessly',
  'hastily',
  'once',
  'twice',
  'both',
  'all',
  'alone',
  'personally',
  'himself',
  'herself',
  'themselves',
  'then',
  'first',
  'never',
  'not',
  'certainly',
  'definitely',
  'surely',
  'really',
  'basically',
  'who',
  'that',
  'which',
  'had',
  'was',
  'were',
  'is',
  'are',
  'been',
  'be',
  'being',
  'did',
  'does',
  'do',
  'should',
  'could',
  'would',
  'must',
  'might',
  'may',
  'will',
  'shall',
  'ought',
  'to',
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
  "hasn't",
]);
const PREPOSITIONS = new Set([
  'by',
  'with',
  'for',
  'to',
  'in',
  'on',
  'at',
  'from',
  'about',
  'after',
  'before',
  'of',
  'into',
  'via',
  'than',
  'like',
  'against',
  'under',
  'over',
  'through',
  'during',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'our',
  'their',
  'his',
  'her',
  'its',
  'your',
  'my',
]);

/**
 * The subject of the verb group that starts at token `verbIndex`: walks back over auxiliaries and
 * adverbs to the nearest head word. Returns the agent if that head is human, else null.
 * `clauseStart` bounds the walk (tokens before it belong to another clause).
 */
export function subjectAgent(
  tokens: readonly WordToken[],
  verbIndex: number,
  clauseStart: number,
): Agent | null {
  let i = verbIndex - 1;
  while (i >= clauseStart && VERB_GROUP_FILLERS.has(tokens[i]!.lower)) i--;
  if (i < clauseStart) return null;
  const head = tokens[i]!;
  // "one of the engineers" / "none of them": the head is the quantified noun.
  const agent = agentOf(tokens, i, i === clauseStart);
  if (!agent) {
    if (i === clauseStart && looksLikeUsername(head)) return { kind: 'username', index: i, strong: false };
    return null;
  }
  // "the deploy by Mark failed": a name after a preposition is not the subject.
  let j = i - 1;
  while (j >= clauseStart && (DETERMINERS.has(tokens[j]!.lower) || CAPITALISED.test(tokens[j]!.raw))) j--;
  if (j >= clauseStart && PREPOSITIONS.has(tokens[j]!.lower) && tokens[j]!.lower !== 'of') return null;
  if (['no', 'nobody', 'none'].includes(tokens[i - 1]?.lower ?? '')) return null;
  return agent;
}

/** The agent right after `index` (skipping determiners), e.g. the object of "caused by" or "because". */
export function agentAfter(tokens: readonly WordToken[], index: number, limit = 3): Agent | null {
  for (let i = index; i < tokens.length && i < index + limit; i++) {
    const t = tokens[i]!;
    if (DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower)) continue;
    const agent = agentOf(tokens, i, false);
    if (agent) return agent;
    // "an engineer's typo": possessive role/name counts.
    if (t.lower.endsWith("'s")) return agentOf(tokens, i, false);
    // Allow one modifier before the head ("the on-call engineer", "the database team").
    if (
      i + 1 < tokens.length &&
      (ROLE_NOUNS.has(tokens[i + 1]!.lower) ||
        TEAM_NOUNS.has(tokens[i + 1]!.lower) ||
        QUALIFIED_ROLES.has(tokens[i + 1]!.lower))
    )
      continue;
    return null;
  }
  return null;
}
