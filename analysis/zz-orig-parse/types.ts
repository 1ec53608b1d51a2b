/**
 * The structured postmortem that `parsePostmortem` extracts from a document. This is the contract
 * between the parser and everything downstream (ingest, blame, causes, `pulse parse --json`).
 * Rule that runs through every field: what the document does not state is null, [] or "unknown".
 */

export type Severity = 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';

/** Status as the document states it. "won't do" is its own state so metrics can leave it out. */
export type ActionItemStatus = 'open' | 'done' | 'wont-do' | 'unknown';

/** What a section is about, derived from its heading wording ("Root cause(s)", "Cause analysis"...). */
export type SectionKind =
  | 'summary'
  | 'impact'
  | 'timeline'
  | 'detection'
  | 'root-cause'
  | 'trigger'
  | 'contributing-factors'
  | 'analysis'
  | 'resolution'
  | 'lessons'
  | 'action-items'
  | 'other';

export interface ParsedSection {
  heading: string;
  kind: SectionKind;
  level: number;
  /** UTF-16 offsets into `ParsedPostmortem.body`, end exclusive; the heading line included. */
  start: number;
  end: number;
}

export interface ParsedActionItem {
  /** Markdown, owner/due/status annotations stripped. */
  text: string;
  /** Without a leading @; null when the document names none. */
  owner: string | null;
  status: ActionItemStatus;
  /** YYYY-MM-DD or null. */
  due: string | null;
  /** Tracker reference as written: "MOB-1450", "#123", "org/repo#123", or a full GitHub/Jira URL. */
  ticket: string | null;
  /** Free-form type column (Google SRE "Type": mitigate/prevent/...), null when absent. */
  kind: string | null;
  priority: string | null;
}

export interface ParsedPostmortem {
  /** A template or other non-postmortem (README, heading-only) is reported and skipped by ingest. */
  kind: 'postmortem' | 'template' | 'not-postmortem';
  /** Why kind is not 'postmortem' (human readable), else null. */
  skipReason: string | null;
  /** Front-matter identity, when the document carries one. */
  externalId: string | null;
  source: string | null;
  title: string | null;
  /** YYYY-MM-DD: front matter / Date field first, then the first timeline entry. */
  occurredAt: string | null;
  /** Full ISO timestamp (UTC) of the incident start when the document gives a time, else null. */
  startedAt: string | null;
  detectedAt: string | null;
  resolvedAt: string | null;
  /** When the postmortem itself was written/published, YYYY-MM-DD, if stated. */
  publishedAt: string | null;
  timeToDetectMinutes: number | null;
  timeToRecoverMinutes: number | null;
  severity: Severity | null;
  team: string | null;
  services: string[];
  summary: string | null;
  /** Root-cause statements (one entry per bullet/paragraph of the root-cause section). */
  rootCauses: string[];
  /** The trigger, kept apart from contributing factors. */
  triggers: string[];
  contributingFactors: string[];
  actionItems: ParsedActionItem[];
  sections: ParsedSection[];
  /** The markdown body the offsets refer to (front matter removed; HTML converted to markdown). */
  body: string;
  /** Front matter as parsed (empty object when none or malformed). */
  frontMatter: Record<string, unknown>;
  /** Non-fatal problems: malformed front matter, unparseable date... */
  warnings: string[];
}

export interface ParseInput {
  /** Raw document text. */
  text: string;
  contentType: 'markdown' | 'html';
  /** Path or name, used only for hints (title fallback, id) and messages. */
  filename?: string;
}
