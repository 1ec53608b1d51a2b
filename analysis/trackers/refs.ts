/**
 * Tracker references as written in postmortems, normalised so a webhook can find the action items a
 * ticket belongs to: GitHub "org/repo#123" (or "#123" when the document names no repository) and Jira
 * "MOB-1450". Pure; shared by ingest, the API and the webhook receivers.
 */
export interface TrackerRef {
  provider: 'github' | 'jira';
  /** Canonical form stored in action_items.tracker_ref. */
  ref: string;
  url: string | null;
}

const GITHUB_URL = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+)\/(?:issues|pull)\/(\d+)/i;
const GITHUB_SHORT = /^([\w.-]+)\/([\w.-]+)#(\d+)$/;
const GITHUB_NUMBER = /^(?:GH-?)?#(\d+)$/i;
const JIRA_URL = /^https?:\/\/[^/\s]+\/browse\/([A-Z][A-Z0-9_]{0,19}-\d+)/i;
const JIRA_SELECTED = /[?&]selectedIssue=([A-Z][A-Z0-9_]{0,19}-\d+)/i;
const JIRA_KEY = /^([A-Z][A-Z0-9_]{0,19}-\d+)$/;

export function normaliseTrackerRef(raw: string | null | undefined): TrackerRef | null {
  const text = raw?.trim().replace(/^<|>$/g, '');
  if (!text) return null;
  let m = GITHUB_URL.exec(text);
  if (m)
    return { provider: 'github', ref: `${m[1]!.toLowerCase()}/${m[2]!.toLowerCase()}#${m[3]}`, url: text };
  m = GITHUB_SHORT.exec(text);
  if (m)
    return { provider: 'github', ref: `${m[1]!.toLowerCase()}/${m[2]!.toLowerCase()}#${m[3]}`, url: null };
  m = GITHUB_NUMBER.exec(text);
  if (m) return { provider: 'github', ref: `#${m[1]}`, url: null };
  m = JIRA_URL.exec(text) ?? JIRA_SELECTED.exec(text);
  if (m) return { provider: 'jira', ref: m[1]!.toUpperCase(), url: text };
  m = JIRA_KEY.exec(text.toUpperCase());
  if (m && /^[A-Z]/.test(text)) return { provider: 'jira', ref: m[1]!, url: null };
  return null;
}

/** Refs a GitHub issue may have been written as: "org/repo#12" and, for documents naming no repo, "#12". */
export function githubRefCandidates(repoFullName: string, number: number): string[] {
  return [`${repoFullName.toLowerCase()}#${number}`, `#${number}`];
}
