/** Typed client for the dashboard's API calls. Cookie session + CSRF header on writes. */
const CSRF_KEY = 'pulse.csrf';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

export function setCsrf(token: string): void {
  sessionStorage.setItem(CSRF_KEY, token);
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = sessionStorage.getItem(CSRF_KEY) ?? '';
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    let field: string | null = null;
    try {
      const err = (await res.json()) as { error?: { message?: string; field?: string | null } };
      message = err.error?.message ?? message;
      field = err.error?.field ?? null;
    } catch {}
    throw new HttpError(res.status, message, field);
  }
  return (res.status === 204 ? null : await res.json()) as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
};

export function query(params: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

// Shapes of the responses the dashboard reads.
export interface Me {
  role: 'admin' | 'leader' | 'member';
  teams: string[];
}
// Response shapes come from the server's own types (type-only imports: nothing server-side is bundled),
// so the dashboard and the API cannot drift apart.
export type { ActionItemMetrics } from '../../server/services/metrics/action-items.js';
export type { BlameMetrics } from '../../server/services/metrics/blame.js';
export type { Bucket } from '../../server/services/metrics/calendar.js';
export type { Distribution } from '../../server/services/metrics/distribution.js';
export type { DrillResult } from '../../server/services/metrics/drill.js';
export type { RecurrenceMetrics } from '../../server/services/metrics/recurrence.js';
export type { TeamComparisonRow as TeamRow } from '../../server/services/metrics/team-comparison.js';
export type { SeverityKey as Severity, TimelinessMetrics } from '../../server/services/metrics/timeliness.js';
export interface Finding {
  id?: number;
  category: string;
  start: number;
  end: number;
  text: string;
  explanation: string;
  suggestion: string;
}
export interface ActionItem {
  id: number;
  postmortemId: number;
  postmortemTitle?: string;
  team: string | null;
  text: string;
  owner: string | null;
  status: string;
  due: string | null;
  effectiveDue?: string | null;
  dueSource?: string | null;
  overdue?: boolean;
  ageDays?: number | null;
  quality?: string[];
}
export interface Postmortem {
  id: number;
  title: string;
  team: string | null;
  teamName: string | null;
  occurredAt: string | null;
  severity: string | null;
  isDemo: boolean;
  body: string;
  blame: { score: number | null; blameful: boolean | null; findings: (Finding & { id: number })[] };
  actionItems: ActionItem[];
}
export interface OpenFollowUp {
  id: number;
  text: string;
  due: string | null;
  status: string;
}
export interface RecurrenceLink {
  postmortemId: number;
  /** The other postmortem belongs to a team the viewer cannot read: no title, no follow-ups. */
  restricted: boolean;
  title: string | null;
  team: string | null;
  occurredAt: string | null;
  similarity: number;
  /** Follow-ups of the earlier incident still open when the later one happened. */
  openFollowUpCount: number;
  /** Listed for "repeats" links the viewer may read; null otherwise. */
  openFollowUps: OpenFollowUp[] | null;
}
export interface Recurrences {
  repeats: RecurrenceLink[];
  repeatedBy: RecurrenceLink[];
}
export interface RecurringReport {
  team: string;
  repeats: number;
  clusters: {
    id: number;
    label: string;
    category: string;
    teams: string[];
    incidents: {
      id: number;
      title: string | null;
      team: string | null;
      occurredAt: string | null;
      severity: string | null;
      restricted: boolean;
    }[];
    openFollowUps: {
      id: number;
      postmortemId: number;
      team: string | null;
      text: string;
      due: string | null;
      status: string;
    }[];
  }[];
}
