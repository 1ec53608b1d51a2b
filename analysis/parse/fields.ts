/**
 * Metadata written as "Key: value" lines, list items, two- or four-column key/value tables, or a
 * heading followed by its value ("### Date" then "2026-03-03"), outside the narrative sections.
 */
import type { Block } from './markdown-blocks.js';
import type { SectionKind } from './types.js';

export interface Field {
  key: string;
  value: string;
  /** Kind of the section the field sits in; null for the area before the first heading. */
  sectionKind: SectionKind | null;
}

/** Sections whose "Owner:" or "Date:" lines describe something else than the incident. */
const NARRATIVE: ReadonlySet<SectionKind> = new Set([
  'action-items',
  'timeline',
  'root-cause',
  'trigger',
  'contributing-factors',
  'lessons',
  'analysis',
]);

const KEY_VALUE =
  /^([\p{L}][\p{L}\p{N} ()/'&._-]{0,48}?)\s*[:：=]\s*(\S.{0,499})$|^([\p{L}][\p{L}\p{N} ()/'&._-]{0,48}?)\s*[:：]$/u;

export function normaliseKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .replace(/[_\-/.]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitLine(line: string): { key: string; value: string } | null {
  const match = KEY_VALUE.exec(line.trim());
  if (!match) return null;
  const key = normaliseKey(match[1] ?? match[3] ?? '');
  if (!key || key.split(' ').length > 6) return null;
  return { key, value: (match[2] ?? '').trim() };
}

export function collectFields(blocks: Block[], kinds: Array<SectionKind | null>): Field[] {
  const fields: Field[] = [];
  blocks.forEach((block, index) => {
    const sectionKind = kinds[index] ?? null;
    if (sectionKind && NARRATIVE.has(sectionKind)) return;
    const add = (key: string, value: string) => {
      if (value) fields.push({ key, value, sectionKind });
    };
    switch (block.type) {
      case 'paragraph':
        for (const line of block.inline.lines) {
          const pair = splitLine(line);
          if (pair) add(pair.key, pair.value);
        }
        break;
      case 'list':
        for (const item of block.items) {
          const pair = splitLine(item.inline.text);
          if (pair) add(pair.key, pair.value);
        }
        break;
      case 'table': {
        const rows = [block.header, ...block.rows];
        const width = Math.max(...rows.map((row) => row.length));
        if (width !== 2 && width !== 4) break;
        for (const row of rows) {
          for (let column = 0; column + 1 < row.length; column += 2) {
            const key = normaliseKey(row[column]?.text ?? '');
            if (key && key.split(' ').length <= 8) add(key, row[column + 1]?.text ?? '');
          }
        }
        break;
      }
      case 'heading': {
        const next = blocks[index + 1];
        if (next?.type === 'paragraph' && next.inline.lines.length <= 3 && next.inline.text.length <= 200) {
          const key = normaliseKey(block.inline.text);
          if (key.split(' ').length <= 4) add(key, next.inline.text);
        }
        break;
      }
      default:
        break;
    }
  });
  return fields;
}

/** First field whose key is one of `keys` (normalised), optionally limited to metadata areas. */
export function fieldValue(fields: Field[], keys: readonly string[], metadataOnly = false): string | null {
  for (const key of keys) {
    const found = fields.find(
      (field) =>
        field.key === key &&
        (!metadataOnly ||
          field.sectionKind === null ||
          field.sectionKind === 'other' ||
          field.sectionKind === 'summary'),
    );
    if (found) return found.value;
  }
  return null;
}

/** First metadata-area field whose normalised key matches `pattern`. */
export function fieldMatching(fields: Field[], pattern: RegExp): string | null {
  const found = fields.find(
    (field) =>
      (field.sectionKind === null || field.sectionKind === 'other' || field.sectionKind === 'summary') &&
      pattern.test(field.key),
  );
  return found ? found.value : null;
}

/** A front-matter value under any of `keys` (compared after key normalisation). */
export function frontMatterValue(frontMatter: Record<string, unknown>, keys: readonly string[]): unknown {
  const normalised = new Map<string, unknown>();
  for (const [key, value] of Object.entries(frontMatter)) {
    const normalKey = normaliseKey(key);
    if (!normalised.has(normalKey)) normalised.set(normalKey, value);
  }
  for (const key of keys) {
    const value = normalised.get(key);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

export const FIELD_KEYS = {
  date: [
    'incident date',
    'date of incident',
    'incident date time',
    'incident datetime',
    'date',
    'occurred at',
    'occurred on',
    'occurred',
    'occurred date',
    'incident start',
    'incident start time',
    'start date',
    'start time',
    'started at',
    'started',
    'start',
    'impact start',
    'date and time',
    'date time',
    'when',
    'triggered',
    'triggered at',
    'declared',
    'declared at',
    'incident declared',
    'opened at',
  ],
  published: [
    'published',
    'published at',
    'published on',
    'postmortem date',
    'post mortem date',
    'report date',
    'written on',
    'date written',
  ],
  severity: [
    'severity',
    'sev',
    'incident severity',
    'severity level',
    'sev level',
    'incident level',
    'incident priority',
    'priority',
    'impact level',
  ],
  team: [
    'team',
    'owning team',
    'owner team',
    'team owner',
    'responsible team',
    'owning squad',
    'squad',
    'group',
    'owning group',
    // ITSM tools (ServiceNow, Jira Service Management) name the owning team the assignment group.
    'assignment group',
    'assigned group',
    'resolver group',
    'support group',
    'assigned team',
    'owner',
    'owners',
    'teams',
  ],
  services: [
    'services affected',
    'affected services',
    'impacted services',
    'services impacted',
    'services',
    'service',
    'affected service',
    'systems affected',
    'affected systems',
    'systems',
    'system',
    'components affected',
    'affected components',
    'components',
    'component',
    'products affected',
    'affected products',
    'services involved',
    'systems involved',
    'components involved',
    // ITSM reviews list the configuration items (CIs) affected.
    'affected cis',
    'cis affected',
    'impacted cis',
    'affected configuration items',
    'configuration items affected',
    'configuration items',
  ],
  started: [
    'incident start',
    'incident start time',
    'start time',
    'started at',
    'started',
    'start',
    'impact start',
    'began',
  ],
  detected: [
    'detected at',
    'detected',
    'detection time',
    'time detected',
    'detected on',
    'alerted at',
    'first alert',
  ],
  resolved: [
    'resolved at',
    'resolved',
    'resolution time',
    'time resolved',
    'recovered at',
    'recovered',
    'recovery time',
    'end time',
    'ended',
    'end',
    'incident end',
    'mitigated at',
    'fixed at',
  ],
  timeToDetect: ['time to detection', 'time to detect', 'ttd', 'mttd'],
  timeToRecover: [
    'time to recovery',
    'time to recover',
    'ttr',
    'time to resolve',
    'time to resolution',
    'time to restore',
    'mttr',
    'duration',
    'outage duration',
    'incident duration',
    'total duration',
  ],
} as const;
