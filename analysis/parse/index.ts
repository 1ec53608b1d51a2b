/**
 * `parsePostmortem`: a postmortem document (markdown with optional YAML front matter, or an HTML
 * export) → the structured `ParsedPostmortem`. Pure and runtime-neutral (Workers and Node).
 */
import {
  isActionTable,
  itemsFromBlocks,
  itemsFromFrontMatter,
  itemsFromList,
  itemsFromTable,
} from './action-items.js';
import { classify } from './classify.js';
import { dateFromValue, type FoundDate, findDate, parseDurationMinutes } from './dates.js';
import {
  collectFields,
  FIELD_KEYS,
  type Field,
  fieldMatching,
  fieldValue,
  frontMatterValue,
} from './fields.js';
import { splitFrontMatter } from './front-matter.js';
import { htmlTitle, htmlToMarkdown } from './html.js';
import { type Block, type InlineText, toBlocks } from './markdown-blocks.js';
import { blockKinds, buildSections, type SectionNode, sectionContent } from './sections.js';
import { normaliseSeverity } from './severity.js';
import { trimEndOf } from './trim.js';
import type { ParsedActionItem, ParsedPostmortem, ParseInput, SectionKind, Severity } from './types.js';

export type * from './types.js';

/** Bumped whenever extraction changes, so stored revisions can be re-parsed. */
export const PARSER_VERSION = 'parse-3';

const FM_KEYS = {
  date: [
    'incident date',
    'date',
    'occurred at',
    'occurred on',
    'occurred',
    'started at',
    'start date',
    'start time',
    'start',
    'incident start',
    'datetime',
  ],
  published: ['published', 'published at', 'publish date', 'postmortem date', 'report date', 'written'],
  severity: ['severity', 'sev', 'incident severity', 'severity level', 'priority', 'level'],
  team: [
    'team',
    'owner team',
    'owning team',
    'team owner',
    'responsible team',
    'squad',
    'owning squad',
    'group',
    'owning group',
    'assignment group',
    'assigned group',
    'owner',
    'teams',
  ],
  services: [
    'services',
    'service',
    'affected services',
    'services affected',
    'systems',
    'system',
    'components',
    'component',
    'affected systems',
    'systems involved',
    'affected cis',
  ],
  started: ['started at', 'start time', 'start', 'incident start', 'started'],
  detected: ['detected at', 'detected', 'detection time', 'detected time'],
  resolved: [
    'resolved at',
    'resolved',
    'resolution time',
    'recovered at',
    'recovered',
    'end time',
    'ended at',
    'end',
  ],
  summary: ['summary', 'description', 'abstract', 'tldr'],
} as const;

function lineStartsOf(body: string): number[] {
  const starts = [0];
  for (let index = body.indexOf('\n'); index !== -1; index = body.indexOf('\n', index + 1))
    starts.push(index + 1);
  return starts;
}

function emptyResult(body: string, warnings: string[]): ParsedPostmortem {
  return {
    kind: 'not-postmortem',
    skipReason: 'empty document',
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
    warnings,
  };
}

/** Parses one document. Never throws: anything unexpected becomes a warning. */
export function parsePostmortem(input: ParseInput): ParsedPostmortem {
  const text = typeof input?.text === 'string' ? input.text : '';
  try {
    return parseDocument({ ...input, text });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return emptyResult(text, [`document could not be parsed: ${reason}`]);
  }
}

function scalarString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const first = value.find((entry) => typeof entry === 'string' || typeof entry === 'number');
    return first === undefined ? null : String(first).trim() || null;
  }
  return null;
}

function listOf(value: unknown): string[] {
  const raw = Array.isArray(value)
    ? value.map((entry) => scalarString(entry) ?? '')
    : [scalarString(value) ?? ''];
  return splitList(raw.join(', '));
}

function splitList(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/\s*[,;]\s*|\s+and\s+|\s+&\s+/)
    .map((entry) => entry.replace(/[`*_]/g, '').trim())
    .filter((entry) => entry && !/^(?:n\/?a|none|-|tbd|unknown)$/i.test(entry))
    .filter((entry) => {
      const key = entry.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function cleanName(text: string | null): string | null {
  if (!text) return null;
  const value = trimEndOf(text.replace(/[`*_]/g, '').replace(/^@/, ''), '.;,').trim();
  if (!value || value.length > 80 || /^(?:n\/?a|none|-|tbd|unknown|\?)$/i.test(value)) return null;
  return value;
}

function parseDocument(input: ParseInput): ParsedPostmortem {
  const warnings: string[] = [];
  let raw = input.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let titleFromHtml: string | null = null;
  if (input.contentType === 'html') {
    titleFromHtml = htmlTitle(raw);
    raw = htmlToMarkdown(raw).replace(/\r\n?/g, '\n');
  }
  const split = splitFrontMatter(raw);
  warnings.push(...split.warnings);
  const { frontMatter, body } = split;
  if (!body.trim() && Object.keys(frontMatter).length === 0) return emptyResult(body, warnings);

  const lineStarts = lineStartsOf(body);
  const blocks = toBlocks(body);
  const sections = buildSections(blocks, lineStarts, body.length);
  const kinds = blockKinds(sections, blocks.length);
  const fields = collectFields(blocks, kinds);
  const fm = (keys: readonly string[]) => frontMatterValue(frontMatter, keys);

  const title =
    scalarString(fm(['title', 'name'])) ??
    firstHeading(blocks, 1) ??
    titleFromHtml ??
    leadingTitleLine(blocks) ??
    firstHeading(blocks, 6) ??
    titleFromFilename(input.filename);

  const timeline = sectionsOf(sections, 'timeline', blocks);
  const summaryContent = sectionsOf(sections, 'summary', blocks);
  const occurred =
    dateFromValue(fm(FM_KEYS.date)) ??
    findDateIn(fieldValue(fields, FIELD_KEYS.date, true)) ??
    findDateIn(fieldMatching(fields, START_KEY)) ??
    firstTimelineDate(timeline.blocks) ??
    findDateIn(title) ??
    firstLeadDate(blocks, kinds) ??
    firstProseDate(summaryContent.blocks);
  const started =
    dateFromValue(fm(FM_KEYS.started)) ?? findDateIn(fieldValue(fields, FIELD_KEYS.started, true));
  const detected =
    dateFromValue(fm(FM_KEYS.detected)) ?? findDateIn(fieldValue(fields, FIELD_KEYS.detected, true));
  const resolved =
    dateFromValue(fm(FM_KEYS.resolved)) ?? findDateIn(fieldValue(fields, FIELD_KEYS.resolved, true));
  const published =
    dateFromValue(fm(FM_KEYS.published)) ?? findDateIn(fieldValue(fields, FIELD_KEYS.published, true));
  const startedAt = started?.iso ?? (occurred?.iso && !started ? occurred.iso : null);
  for (const [name, found] of [
    ['start', started ?? occurred],
    ['detection', detected],
    ['resolution', resolved],
  ] as const) {
    if (found?.iso && !found.zoneStated) warnings.push(`${name} time has no time zone; read as UTC`);
  }

  const timeToDetectMinutes =
    durationFrom(
      fm(['time to detection', 'time to detect', 'ttd']),
      fieldValue(fields, FIELD_KEYS.timeToDetect),
    ) ?? minutesBetween(startedAt, detected?.iso ?? null);
  const timeToRecoverMinutes =
    durationFrom(
      fm(['time to recovery', 'time to recover', 'ttr', 'duration']),
      fieldValue(fields, FIELD_KEYS.timeToRecover),
    ) ?? minutesBetween(startedAt, resolved?.iso ?? null);

  const severity = findSeverity(fm(FM_KEYS.severity), fields, title, blocks, kinds);
  const team = cleanName(scalarString(fm(FM_KEYS.team)) ?? fieldValue(fields, FIELD_KEYS.team, true));
  const servicesValue = fm(FM_KEYS.services);
  const services =
    servicesValue !== undefined
      ? listOf(servicesValue)
      : splitList(fieldValue(fields, FIELD_KEYS.services, true) ?? '');

  const summary =
    scalarString(fm(FM_KEYS.summary)) ??
    (summaryContent.blocks.length || summaryContent.leads.length
      ? joinText(summaryContent.leads, summaryContent.blocks)
      : firstParagraph(blocks, kinds));

  const actionItems = findActionItems(frontMatter, sections, blocks);
  const rootCauses = entriesOf(sectionsOf(sections, 'root-cause', blocks));
  const triggers = entriesOf(sectionsOf(sections, 'trigger', blocks));
  const contributingFactors = entriesOf(sectionsOf(sections, 'contributing-factors', blocks));

  const classification = classify({
    body,
    blocks,
    sections,
    filename: input.filename ?? null,
    frontMatter,
    actionItemCount: actionItems.length,
    hasDate: occurred !== null,
  });

  return {
    kind: classification.kind,
    skipReason: classification.skipReason,
    externalId: scalarString(fm(['id', 'external id', 'incident id', 'postmortem id'])),
    source: scalarString(fm(['source'])),
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
    services,
    summary: summary || null,
    rootCauses,
    triggers,
    contributingFactors,
    actionItems,
    sections: sections.map(({ heading, kind, level, start, end }) => ({ heading, kind, level, start, end })),
    body,
    frontMatter,
    warnings,
  };
}

function findDateIn(text: string | null): FoundDate | null {
  return text ? findDate(text) : null;
}

/** Keys that name when the incident began in a tool's own words ("Customer impact start", "Outage began"). */
const START_KEY = /\b(?:start(?:ed)?|began|begin|triggered|declared)(?: at| on| time)?$/;

/**
 * A plain-text document's first line when it stands alone above everything else, as an emailed or
 * pasted report opens with its title. Lines that read as "Key: value" or as a sentence do not count.
 */
function leadingTitleLine(blocks: Block[]): string | null {
  const first = blocks[0];
  if (first?.type !== 'paragraph' || first.quoted || first.inline.lines.length !== 1) return null;
  const line = first.inline.text;
  if (line.length < 8 || line.length > 120 || /[.:;,!]$/.test(line)) return null;
  const key = /^([^:：=]{1,40})[:：=]\s/u.exec(line);
  if (key && key[1]!.trim().split(/\s+/).length <= 3) return null;
  return line;
}

function firstHeading(blocks: Block[], maxLevel: number): string | null {
  const heading = blocks.find(
    (block) => block.type === 'heading' && block.level <= maxLevel && block.inline.text,
  );
  return heading?.type === 'heading' ? heading.inline.text : null;
}

function titleFromFilename(filename: string | undefined): string | null {
  if (!filename) return null;
  const base = filename.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.(?:md|markdown|html?|txt)$/i, '').trim();
  return stem || null;
}

interface Gathered {
  blocks: Block[];
  leads: InlineText[];
  blockIndexes: Set<number>;
}

function sectionsOf(
  sections: SectionNode[],
  kind: SectionKind,
  blocks: Block[],
  includeAllNested = false,
): Gathered {
  const gathered: Gathered = { blocks: [], leads: [], blockIndexes: new Set() };
  let coveredUntil = -1;
  sections.forEach((section, position) => {
    if (section.kind !== kind || section.start < coveredUntil) return;
    const content = sectionContent(sections, position, blocks, includeAllNested);
    if (!section.pseudo) coveredUntil = section.end;
    if (content.lead) gathered.leads.push(content.lead);
    gathered.leads.push(...content.nestedLeads);
    content.blockIndexes.forEach((index, offset) => {
      if (gathered.blockIndexes.has(index)) return;
      gathered.blockIndexes.add(index);
      gathered.blocks.push(content.blocks[offset]!);
    });
  });
  return gathered;
}

/** One entry per bullet; per paragraph when the section has no bullets. */
function entriesOf(gathered: Gathered): string[] {
  const entries: string[] = gathered.leads.map((lead) => lead.text).filter(Boolean);
  const lists = gathered.blocks.filter((block) => block.type === 'list');
  if (lists.length) {
    for (const list of lists)
      if (list.type === 'list') for (const item of list.items) entries.push(item.inline.text);
  } else {
    for (const block of gathered.blocks) {
      if (block.type === 'paragraph') entries.push(block.inline.text);
      else if (block.type === 'table')
        for (const row of block.rows)
          entries.push(
            row
              .map((cell) => cell.text)
              .filter(Boolean)
              .join(' — '),
          );
    }
  }
  return entries.map((entry) => entry.trim()).filter(Boolean);
}

function joinText(leads: InlineText[], blocks: Block[]): string {
  const parts = leads.map((lead) => lead.text);
  for (const block of blocks) {
    if (block.type === 'paragraph') parts.push(block.inline.text);
    else if (block.type === 'list') parts.push(...block.items.map((item) => item.inline.text));
  }
  return parts.filter(Boolean).join('\n').trim();
}

function firstParagraph(blocks: Block[], kinds: Array<SectionKind | null>): string | null {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.type !== 'paragraph' || block.quoted) continue;
    if (kinds[index] && kinds[index] !== 'other' && kinds[index] !== 'summary') continue;
    const lines = block.inline.lines.filter((line) => !/^[\p{L}][\p{L} ()/'-]{0,40}:\s/u.test(line));
    const text = lines.join(' ').trim();
    if (text.split(/\s+/).length >= 8) return text;
  }
  return null;
}

function firstTimelineDate(blocks: Block[]): FoundDate | null {
  for (const block of blocks) {
    const texts =
      block.type === 'list'
        ? block.items.map((item) => item.inline.text)
        : block.type === 'table'
          ? block.rows.map((row) => row.map((cell) => cell.text).join(' '))
          : block.type === 'paragraph' || block.type === 'heading'
            ? block.type === 'paragraph'
              ? block.inline.lines
              : [block.inline.text]
            : [];
    for (const text of texts) {
      const found = findDate(text.slice(0, 200));
      if (found) return found;
    }
  }
  return null;
}

/** A date in the prose before the first recognised section ("Opened after the incident on 2025-11-18"). */
function firstLeadDate(blocks: Block[], kinds: Array<SectionKind | null>): FoundDate | null {
  for (let index = 0; index < blocks.length; index++) {
    const kind = kinds[index];
    if (kind && kind !== 'other') break;
    const block = blocks[index]!;
    if (block.type !== 'paragraph' || block.quoted) continue;
    const found = findDate(block.inline.text.slice(0, 2000));
    if (found) return found;
  }
  return null;
}

function firstProseDate(blocks: Block[]): FoundDate | null {
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    const found = findDate(block.inline.text.slice(0, 2000));
    if (found) return found;
  }
  return null;
}

function durationFrom(frontMatterValue: unknown, fieldText: string | null): number | null {
  if (typeof frontMatterValue === 'number' && Number.isFinite(frontMatterValue)) return frontMatterValue;
  const fromFrontMatter =
    typeof frontMatterValue === 'string' ? parseDurationMinutes(frontMatterValue) : null;
  return fromFrontMatter ?? (fieldText ? parseDurationMinutes(fieldText) : null);
}

function minutesBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const minutes = (Date.parse(to) - Date.parse(from)) / 60_000;
  return Number.isFinite(minutes) && minutes >= 0 ? Math.round(minutes) : null;
}

const WEAK_SEVERITY_KEYS: ReadonlySet<string> = new Set([
  'impact',
  'customer impact',
  'business impact',
  'criticality',
]);

function findSeverity(
  frontMatterValue: unknown,
  fields: Field[],
  title: string | null,
  blocks: Block[],
  kinds: Array<SectionKind | null>,
): Severity | null {
  const explicit = scalarString(frontMatterValue);
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
  // "Impact: Critical" grades the incident; "Impact: 2,300 orders mispriced" describes it.
  for (const field of fields) {
    if (!WEAK_SEVERITY_KEYS.has(field.key) || field.value.split(/\s+/).length > 3) continue;
    const severity = normaliseSeverity(field.value, true);
    if (severity) return severity;
  }
  // "Severity: P2" written mid-line in the opening prose.
  for (let index = 0; index < blocks.length; index++) {
    const kind = kinds[index];
    if (kind && kind !== 'other' && kind !== 'summary') break;
    const block = blocks[index]!;
    if (block.type !== 'paragraph') continue;
    const inline = /\b(?:severity|sev|priority)\s*[:=]\s*([^.;,]{1,30})/i.exec(
      block.inline.text.slice(0, 2000),
    );
    const severity = inline ? normaliseSeverity(inline[1]!, true) : null;
    if (severity) return severity;
  }
  if (title) {
    const severity = normaliseSeverity(title, false);
    if (severity) return severity;
  }
  for (let index = 0; index < blocks.length; index++) {
    const kind = kinds[index];
    if (kind && kind !== 'summary' && kind !== 'impact' && kind !== 'other') continue;
    const block = blocks[index]!;
    if (block.type !== 'paragraph' && block.type !== 'heading') continue;
    const severity = normaliseSeverity(block.inline.text.slice(0, 2000), false);
    if (severity) return severity;
  }
  return null;
}

function findActionItems(
  frontMatter: Record<string, unknown>,
  sections: SectionNode[],
  blocks: Block[],
): ParsedActionItem[] {
  const declared = itemsFromFrontMatter(
    frontMatterValue(frontMatter, ['action items', 'actions', 'follow ups']),
  );
  if (declared.length) return declared;
  const gathered = sectionsOf(sections, 'action-items', blocks, true);
  const items = itemsFromBlocks(gathered.blocks, gathered.leads[0] ?? null);
  if (gathered.leads.length > 1 && items.length === 0) {
    for (const lead of gathered.leads.slice(1)) items.push(...itemsFromBlocks([], lead));
  }
  // Task lists and action tables outside an action-items section (a GitHub issue, a Confluence page).
  const kinds = blockKinds(sections, blocks.length);
  blocks.forEach((block, index) => {
    if (gathered.blockIndexes.has(index) || kinds[index] === 'timeline') return;
    if (block.type === 'list' && block.items.some((item) => item.checked !== null)) {
      items.push(...itemsFromList(block.items, true));
    } else if (block.type === 'table' && isActionTable(block.header)) {
      items.push(...itemsFromTable(block.header, block.rows));
    }
  });
  return items;
}
