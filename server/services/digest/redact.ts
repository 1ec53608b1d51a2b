/**
 * Redaction of personal names in excerpts the digest quotes (blame findings and their rewrites).
 * The digest goes to many people; a quoted sentence must not point at anyone. Deliberately errs on
 * the side of redacting: a product name lost to "[name]" costs little, a person named costs trust.
 * Pure and runtime-free.
 */

export const REDACTED = '[name]';

/** Capitalised words that start sentences or name things, not people. */
const NOT_NAMES = new Set(
  `a an the this that these those there then than we our us it its they their them he she his her him i you your
  in on at of to by for from with without into onto after before during when while if once since until because
  as so but and or nor not no yes all any each every some most many more less both either neither one two three
  root cause causes trigger triggers contributing factor factors impact summary timeline resolution action actions
  item items follow followup lesson lessons learned detection recovery background customer customers users user
  engineer engineers operator operators team teams on-call oncall reviewer reviewers intern interns staff someone
  add added adding remind run running make ensure require requires document update use using review retrain train
  alert alerts alerting monitoring deploy deploys deployment deployments rollout rollback release config configuration
  service services database databases cluster clusters server servers network api apis dns tls ssl cdn
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december
  obviously clearly simply just also however although though still even only again
  human error mistake culprit fault blame nobody everyone anyone
  production staging prod dev test tests ci cd
  aws gcp azure google amazon microsoft cloudflare github gitlab jira slack pagerduty kubernetes k8s docker
  postgres postgresql mysql redis kafka elasticsearch nginx terraform ansible linux windows java python go node
  s3 ec2 rds lambda bigquery`.split(/\s+/),
);

/** Words after a sentence-initial capitalised word that mark it as someone doing something. */
const ACTION_AFTER_NAME =
  /^(?:should|shouldn't|could|couldn't|would|had|hadn't|did|didn't|was|wasn't|is|has|forgot|ran|made|broke|failed|neglected|ignored|overlooked|pushed|deployed|merged|deleted|removed|changed|missed|approved|typed|restarted|caused|and|said|decided|[a-z]+ed)$/;

const WORD = /^[A-Z][a-z]+$/;

function isNameCandidate(word: string): boolean {
  return WORD.test(word) && !NOT_NAMES.has(word.toLowerCase());
}

/**
 * Replaces @handles and person-like capitalised names with "[name]". A capitalised word inside a
 * sentence is taken as a name unless it is a known non-name or follows a determiner ("the Payments
 * service"); at the start of a sentence only when a possessive or an action follows ("Sam ran",
 * "Aaron's commit", "Priya Patel deleted"). Adjacent name words collapse into one "[name]".
 */
export function redactNames(text: string): string {
  const withoutHandles = text.replace(/(?<![\w@.])@[A-Za-z0-9](?:[\w.-]*[A-Za-z0-9_])?/g, REDACTED);
  // Odd indices are words (with an optional possessive), even indices what lies between them.
  const parts = withoutHandles.split(/([A-Za-z][A-Za-z'’-]*)/);
  const out: string[] = [];
  let sentenceStart = true;
  let previousWord = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 0) {
      out.push(part);
      if (/[.!?:;\n]/.test(part)) sentenceStart = true;
      continue;
    }
    const possessive = /['’]s$/.test(part);
    const word = possessive ? part.slice(0, -2) : part;
    let redact = false;
    if (isNameCandidate(word)) {
      if (sentenceStart) {
        // Skip a surname ("Priya Patel") to find what the person did.
        let j = i;
        while (parts[j + 1] === ' ' && isNameCandidate(parts[j + 2] ?? '')) j += 2;
        const next = parts[j + 1] === ' ' ? (parts[j + 2] ?? '').toLowerCase() : '';
        redact = possessive || /['’]s$/.test(parts[j] ?? '') || ACTION_AFTER_NAME.test(next);
      } else {
        redact = !/^(?:the|a|an|our|their|this|that|its)$/i.test(previousWord);
      }
    }
    if (redact) {
      if (out.length >= 2 && out[out.length - 2] === REDACTED && out[out.length - 1] === ' ') out.length -= 2;
      out.push(possessive ? `${REDACTED}${part.slice(-2)}` : REDACTED);
    } else {
      out.push(part);
    }
    previousWord = word;
    sentenceStart = false;
  }
  return out.join('');
}
