/**
 * Action items from task lists, bullets with inline annotations, tables with Owner/Status/Due/Ticket
 * columns, and front-matter lists. Each item's text keeps its words; the owner, due date, status and
 * ticket annotations are moved into their fields.
 */
import { findDate, isVagueDate } from './dates.js';
import type { Block, InlineLink, InlineText, ListItem } from './markdown-blocks.js';
import { statusOfCell, statusOfWord } from './status.js';
import { SPACES, trimEndOf } from './trim.js';
import type { ActionItemStatus, ParsedActionItem } from './types.js';

interface Annotations {
  owner?: string;
  due?: string;
  status?: ActionItemStatus;
  ticket?: string;
  priority?: string;
  kind?: string;
}

const GLYPHS = '✅✔☑☒✓🚧⏳⌛☐❌⬜🟢🟡🟠🔴🔄🔁🔃⏸';
const TICKET_KEY =
  /\b(?!(?:SEV|CVE|UTF|ISO|RFC|TLS|SHA|MD|COVID|PM|IPV|HTTP|X|P|S|Q|H|V|K8S|EC|T|R|L|ES)-)[A-Z][A-Z0-9]{1,9}-\d{1,7}\b/;
const REPO_REF = /(?<![\w/])[A-Za-z0-9][\w.-]{0,38}\/[\w.-]{1,100}#\d{1,7}\b/;
const HASH_REF = /(?<![\w&/#])#\d{1,7}\b/;
const TRACKER_URL =
  /https?:\/\/[^\s)\]>]{1,300}?(?:\/(?:issues|pull|merge_requests)\/\d+|\/browse\/[A-Z][A-Z0-9]{1,9}-\d+|\/tickets?\/\d+|[?&]selectedIssue=[A-Z][A-Z0-9]{1,9}-\d+)/;
const UPPER_STATUS =
  /(?:^|\s)[[(]?(DONE|TODO|TO DO|WIP|COMPLETE|COMPLETED|CLOSED|FIXED|RESOLVED|OPEN|IN PROGRESS|CANCELLED|CANCELED|WONTFIX|WON'T FIX|WON'T DO|NOT STARTED|ONGOING|PLANNED|BLOCKED|ON HOLD|WORK IN PROGRESS)[\])]?[.!]?$/;
const NAME = /^@?[\p{L}][\p{L}\p{M}\p{N}'’._-]{0,38}(?:\s+[\p{L}][\p{L}\p{M}\p{N}'’._-]{0,38}){0,3}$/u;
const CAPITALISED_NAME = /^@?\p{Lu}[\p{L}\p{M}'’.-]{0,38}(?:\s+\p{Lu}[\p{L}\p{M}'’.-]{0,38}){0,2}$/u;
const EMPTY_VALUE = /^(?:-+|—|–|n\/?a|none|tbd|tbc|\?+|unknown|unassigned|nobody|null|nil)$/i;

// A cell or note may still carry its label or brackets: "Owner: Hana Sato", "(Lucas Meyer)", "[Identity Team]".
const OWNER_LABEL =
  /^(?:owners?|assignees?|assigned(?:\s+to)?|responsible|dri|lead)\s*[:=]?\s+|^(?:owners?|assignees?)\s*[:=]\s*/i;

function cleanOwner(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^[([]([^()[\]]{1,80})[)\]]$/.exec(value);
  if (bracketed) value = bracketed[1]!.trim();
  value = trimEndOf(value.replace(OWNER_LABEL, '').replace(/^@/, ''), '.,;:').trim();
  if (!value || EMPTY_VALUE.test(value) || !NAME.test(value)) return null;
  return value;
}

function dueFrom(raw: string): string | null {
  const found = findDate(raw);
  return found && found.index <= 12 ? found.date : null;
}

const UPPER_RUN = /\p{Lu}{2}/u;
// Teams are often written with a lower-case group noun: "(Community team)", "(SRE on-call)", "[Data squad]".
const GROUP_NOUN =
  /^(@?\p{Lu}[\p{L}\p{M}'’.&-]{0,38}(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]{0,38}){0,2})\s+(?:team|squad|group|crew|guild|tribe|chapter|unit|department|dept|desk|org|on-?call|rotation)$/u;

/**
 * A bare name in brackets or after a dash ("Kofi Mensah", "Mobile Platform", "Community team"), not an
 * acronym or prose. An acronym is accepted before a group noun ("SRE team").
 */
function isBareName(text: string): boolean {
  if (GROUP_NOUN.test(text)) return true;
  return CAPITALISED_NAME.test(text) && !text.split(/\s+/).some((word) => UPPER_RUN.test(word));
}

function ticketIn(text: string): string | null {
  const url = TRACKER_URL.exec(text);
  if (url) return url[0];
  const repo = REPO_REF.exec(text);
  if (repo) return repo[0];
  const key = TICKET_KEY.exec(text);
  if (key) return key[0];
  const hash = HASH_REF.exec(text);
  return hash ? hash[0] : null;
}

function wholeTicket(text: string): string | null {
  const trimmed = text.trim();
  const ticket = ticketIn(trimmed);
  return ticket && ticket.length >= trimmed.length - 1 ? ticket : null;
}

// Each key must end where its word ends: "Priya" is not "PR iya", nor "Leadbetter" "lead better".
const OWNER_KEY =
  /^(?:owners?|assignees?|assigned(?: to)?|responsible|dri|lead|who|owned by)(?![\p{L}\p{N}_])\s*[:=]?\s*(.+)$/iu;
const DUE_KEY =
  /^(?:due(?:\s+(?:date|by|on))?|deadline|target(?:\s+date)?|eta|by|before|until|no later than|fix by|complete by)(?![\p{L}\p{N}_])\s*[:=]?\s*(.+)$/iu;
const STATUS_KEY = /^(?:status|state)(?![\p{L}\p{N}_])\s*[:=]?\s*(.+)$/iu;
const TICKET_FIELD =
  /^(?:tickets?|bugs?|jira|issues?|tracking|tracker|pr|link|ref|reference)(?![\p{L}\p{N}_])\s*[:=]?\s*(.+)$/iu;
const PRIORITY_KEY = /^(?:priority|prio)(?![\p{L}\p{N}_])\s*[:=]?\s*(.+)$/iu;
const KIND_KEY = /^(?:type|kind|category)\s*[:=]\s*(.+)$/i;

/** Applies one annotation part to `found`; 'name' for a bare name, 'reject' for prose. */
function readAnnotation(part: string, found: Annotations, allowBareName: boolean): 'ok' | 'name' | 'reject' {
  const status = statusOfWord(part);
  if (status) {
    found.status = status;
    return 'ok';
  }
  const statusField = STATUS_KEY.exec(part);
  if (statusField) {
    const value = statusOfCell(statusField[1]!);
    if (!value) return 'reject';
    found.status = value;
    return 'ok';
  }
  const ownerField = OWNER_KEY.exec(part);
  if (ownerField) {
    const owner = cleanOwner(ownerField[1]!);
    if (owner) found.owner = owner;
    return owner || EMPTY_VALUE.test(ownerField[1]!.trim()) ? 'ok' : 'reject';
  }
  const dueField = DUE_KEY.exec(part);
  if (dueField) {
    const due = dueFrom(dueField[1]!.replace(/^@/, ''));
    if (due) {
      found.due = due;
      return 'ok';
    }
    // "due by 3 April", "ETA Q2 2026": a due annotation, but without a full date none is invented.
    return isVagueDate(dueField[1]!) ? 'ok' : 'reject';
  }
  const ticketField = TICKET_FIELD.exec(part);
  if (ticketField && !ticketField[1]!.startsWith('@')) {
    found.ticket = ticketField[1]!.trim();
    return 'ok';
  }
  const priorityField = PRIORITY_KEY.exec(part);
  if (priorityField) {
    found.priority = priorityField[1]!.trim();
    return 'ok';
  }
  const kindField = KIND_KEY.exec(part);
  if (kindField) {
    found.kind = kindField[1]!.trim();
    return 'ok';
  }
  if (/^P[0-4]$/.test(part)) {
    found.priority = part;
    return 'ok';
  }
  if (/^@[\p{L}\p{N}][\p{L}\p{N}._-]{0,38}$/u.test(part)) {
    found.owner = part.slice(1);
    return 'ok';
  }
  const ticket = wholeTicket(part);
  if (ticket) {
    found.ticket = ticket;
    return 'ok';
  }
  const date = findDate(part.replace(/^@/, ''));
  if (date && date.index <= 12 && date.length >= part.length - 4) {
    found.due = date.date;
    return 'ok';
  }
  if (allowBareName && NAME.test(part) && part.split(/\s+/).length <= 3) return 'name';
  return 'reject';
}

/**
 * Reads a run of annotations ("owner: @x, due: 2026-03-01", "done", "MOB-12", "Priya, by 2026-03-01").
 * Returns null unless every part is an annotation, so prose in parentheses is left alone.
 */
// Annotation runs are split at commas (not the one inside "Apr 24, 2026"), semicolons, pipes, dashes, a
// full stop before the next "Key:", and before a key word ("... due 2026-03-01", not inside "due by").
const MAX_ANNOTATIONS = 400;
const ANNOTATION_SPLIT =
  /\s*[;|]\s*|\s*,(?!\s*\d{4}\b)\s*|\s+[—–]\s*|\s+-{1,2}\s+|\.\s+(?=\p{L}[\p{L} ]{1,20}:)|(?<!\b(?:due|owned|assigned))\s+(?=(?:due|by|owner|status|eta|deadline|assigned to|assignee)\b)/iu;

function parseAnnotationList(content: string, allowBareName: boolean): Annotations | null {
  // Annotation runs are short; anything longer is prose, and skipping it keeps huge lines linear.
  if (content.length > MAX_ANNOTATIONS) return null;
  const parts = content
    .split(ANNOTATION_SPLIT)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 8) return null;
  const found: Annotations = {};
  const bareNames: string[] = [];
  for (const part of parts) {
    const outcome = readAnnotation(part, found, allowBareName);
    if (outcome === 'reject') return null;
    if (outcome === 'name') bareNames.push(part);
  }
  if (bareNames.length > 1) return null;
  const bare = bareNames[0];
  if (bare) {
    const accompanied = Object.keys(found).length > 0;
    if (!accompanied && !isBareName(bare)) return null;
    if (found.owner) return null;
    found.owner = bare.replace(/^@/, '');
  }
  return found;
}

function merge(target: Annotations, source: Annotations): void {
  for (const key of Object.keys(source) as Array<keyof Annotations>) {
    if (target[key] === undefined && source[key] !== undefined)
      (target as Record<string, unknown>)[key] = source[key];
  }
}

function tidy(text: string): string {
  const tidied = text
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:|—–→⇒-]+/, '');
  return trimEndOf(tidied, `${SPACES},;:|—–→⇒-`).trim();
}

// Any emoji may decorate a status phrase ("🔄 in progress:", "👀 in review —"); the phrase decides.
const LEAD_STATUS = new RegExp(
  `^(?:\\[([^\\]]{1,20})\\]|\\(([^)]{1,20})\\)|(?:\\p{Extended_Pictographic}\\uFE0F?\\s*)?([A-Za-z'’ -]{2,15}|[${GLYPHS}]\\uFE0F?)\\s*[:|—–-])\\s*`,
  'u',
);
const LEAD_GLYPH = new RegExp(`^([${GLYPHS}])\\uFE0F?\\s*`, 'u');
const TRAIL_GLYPH = new RegExp(`\\s*([${GLYPHS}])\\uFE0F?$`, 'u');
const GROUP = /\s*[([]([^()[\]]{1,200})[)\]]/g;
// Chat-style follow-ups hand an item over with an arrow: "... → @marco by Fri 2026-03-06".
const TAIL_SEPARATOR = /\s+[—–]\s*|\s+-{1,2}\s+|\s*\|\s*|\s*[—–]\s+|\s*(?:→|⇒|⟶|->|=>)\s*/g;
const TRAIL_GROUP = /[([]([^()[\]]{1,200})[)\]]$/;
const INLINE_KEY =
  /(?:^|[\s,;.(])((?:owners?|assignee|assigned to|responsible|dri|due(?: date)?|deadline|target date|eta|status|ticket|bug|jira|tracking|priority)\s*[:=]|assigned to\s)/i;
const TRAIL_DUE =
  /[,;]?\s+(?:due(?:\s+(?:by|on|date))?|by|before|until|no later than|deadline|target)\s*:?\s+([^,;()]{4,40}?)\s*\.?$/i;
const HANDLE = /(^|[\s(,])@([\p{L}\p{N}][\p{L}\p{N}._-]{0,38})/u;

/** Splits the annotations out of an item's plain text. */
export function annotate(raw: string, links: InlineLink[] = []): { text: string; found: Annotations } {
  const found: Annotations = {};
  let text = raw.trim();

  // Leading tags: "DONE: ...", "[TODO] ...", "✅ ...", "MOB-12: ...", "@ana: ...".
  for (let round = 0; round < 3; round++) {
    const glyph = LEAD_GLYPH.exec(text);
    if (glyph && statusOfWord(glyph[1]!)) {
      found.status ??= statusOfWord(glyph[1]!)!;
      text = text.slice(glyph[0].length);
      continue;
    }
    const lead = LEAD_STATUS.exec(text);
    const leadWord = lead ? (lead[1] ?? lead[2] ?? lead[3] ?? '') : '';
    const leadStatus = lead ? statusOfWord(leadWord) : null;
    if (lead && leadStatus) {
      found.status ??= leadStatus;
      text = text.slice(lead[0].length);
      continue;
    }
    if (lead && (lead[1] || lead[2])) {
      const bracketed = parseAnnotationList(leadWord, false);
      if (bracketed) {
        merge(found, bracketed);
        text = text.slice(lead[0].length);
        continue;
      }
    }
    // A reference opening the item, set off by a separator or only by a space ("PAY-2231 Pin the pool").
    const leadTicket =
      /^((?:[A-Z][A-Z0-9]{1,9}-\d{1,7})|#\d{1,7}|[\w.-]{1,39}\/[\w.-]{1,100}#\d{1,7}|https?:\/\/[^\s]{1,300})(?:\s*[:|—–-]\s+|\s+(?=[\p{L}[(]))/u.exec(
        text,
      );
    if (leadTicket && ticketIn(leadTicket[1]!) && leadTicket[0].length < text.length) {
      found.ticket ??= leadTicket[1]!;
      text = text.slice(leadTicket[0].length);
      continue;
    }
    const leadHandle = /^@([\p{L}\p{N}][\p{L}\p{N}._-]{0,38})\s*[:|—–-]\s*/u.exec(text);
    if (leadHandle) {
      found.owner ??= leadHandle[1]!;
      text = text.slice(leadHandle[0].length);
      continue;
    }
    break;
  }

  // Parenthesised or bracketed runs made only of annotations; the last one may be a bare owner name,
  // "(Kofi Mensah)" or "[Mobile Platform]".
  const groupsEnd = trimEndOf(text, `.${SPACES}`).length;
  let groups = 0;
  text = text.replace(GROUP, (group, content: string, offset: number) => {
    if (groups++ >= 20) return group;
    const atEnd = offset + group.length >= groupsEnd;
    const parsed = parseAnnotationList(content, atEnd);
    if (!parsed) return group;
    merge(found, parsed);
    return '';
  });

  // Trailing status glyph or upper-case status word.
  for (let round = 0; round < 2; round++) {
    const glyph = TRAIL_GLYPH.exec(text);
    if (glyph && statusOfWord(glyph[1]!)) {
      found.status ??= statusOfWord(glyph[1]!)!;
      text = text.slice(0, glyph.index);
    }
    const upper = UPPER_STATUS.exec(text);
    if (upper && upper.index > 0 && statusOfWord(upper[1]!)) {
      found.status ??= statusOfWord(upper[1]!)!;
      text = text.slice(0, upper.index);
    }
  }

  const wont = /\s+[[(]?(won['’]?t (?:fix|do)|wontfix|cancel+ed|declined)[\])]?[.!]?$/i.exec(text);
  if (wont && wont.index > 0) {
    found.status ??= 'wont-do';
    text = text.slice(0, wont.index);
  }

  // "Owner: x, due: y" written inline after the action.
  const inline = INLINE_KEY.exec(text);
  if (inline && inline.index > 0) {
    const start = inline.index + inline[0].length - inline[1]!.length;
    const parsed = parseAnnotationList(trimEndOf(text.slice(start), `.${SPACES}`), false);
    // Without a colon, "assigned to" counts only when a name follows ("... is assigned to nobody" is prose).
    const keyed = /[:=]$/.test(inline[1]!) || Boolean(parsed?.owner);
    if (parsed && keyed) {
      merge(found, parsed);
      text = text.slice(0, start);
    }
  }

  // A dash or pipe tail: "— Priya, by 2026-03-01", " - @ana", " | done".
  let checks = 0;
  for (const separator of text.matchAll(TAIL_SEPARATOR)) {
    if (separator.index === 0 || text.length - separator.index > MAX_ANNOTATIONS + 10) continue;
    if (checks++ >= 20) break;
    const tail = trimEndOf(text.slice(separator.index + separator[0].length), `.${SPACES}`);
    const parsed = tail ? parseAnnotationList(tail, true) : null;
    if (parsed) {
      merge(found, parsed);
      text = text.slice(0, separator.index);
      break;
    }
  }

  // A trailing "by 2026-03-01" / "due March 3, 2026".
  const trailDue = TRAIL_DUE.exec(text);
  if (trailDue && !found.due) {
    const due = dueFrom(trailDue[1]!);
    if (due) {
      found.due = due;
      text = text.slice(0, trailDue.index);
    }
  }

  // A bracketed owner that was followed by a due date or a status ("(Priya) by 2026-04-02",
  // "(Kenji) — done") is at the end only now that those annotations are gone.
  const trailGroup = TRAIL_GROUP.exec(trimEndOf(text, `.${SPACES}`));
  if (trailGroup && trailGroup.index > 0) {
    const parsed = parseAnnotationList(trailGroup[1]!, true);
    if (parsed) {
      merge(found, parsed);
      text = text.slice(0, trailGroup.index);
    }
  }

  // An @handle anywhere names the owner; it is removed only when it hangs off either end.
  if (!found.owner) {
    const handle = HANDLE.exec(text);
    if (handle) {
      found.owner = handle[2]!.replace(/[.]+$/, '');
      const atEnd = new RegExp(`[\\s,(]*@${escapeRegExp(handle[2]!)}[)\\s.]*$`, 'u');
      text = text.replace(atEnd, '');
    }
  }

  if (!found.ticket) {
    const fromLink = links.find((link) => TRACKER_URL.test(link.href));
    const ticket = fromLink ? (wholeTicket(fromLink.text) ?? fromLink.href) : ticketIn(text);
    if (ticket) {
      found.ticket = ticket;
      // A reference hanging off the end is an annotation; one inside the sentence is part of it.
      const written = fromLink?.text && text.trimEnd().endsWith(fromLink.text) ? fromLink.text : ticket;
      const trailing = text.trimEnd();
      if (trailing.endsWith(written) && trailing.length > written.length) {
        const before = trimEndOf(trailing.slice(0, trailing.length - written.length), `${SPACES},;:(—–-`);
        text = trimEndOf(
          before.replace(/\b(?:see|ticket|bug|issue|jira|tracked in|in)$/i, ''),
          `${SPACES},;:(—–-`,
        );
      }
    }
  }

  return { text: tidy(text), found };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the item's words are struck through (`~~Raise the limit~~`), which marks the work done. */
function isStruck(inline: InlineText, text: string): boolean {
  if (!inline.struck) return false;
  const letters = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const struck = letters(inline.struck);
  const words = letters(text);
  return words.length > 0 && (struck.includes(words) || struck.length >= words.length * 0.8);
}

function toItem(text: string, found: Annotations, checked: boolean | null, struck = false): ParsedActionItem {
  const stated = found.status ?? (struck ? 'done' : 'unknown');
  const status: ActionItemStatus = checked === true ? 'done' : checked === false ? 'open' : stated;
  // A won't-do note beats an unticked box: the box is left unticked because the work was dropped.
  const finalStatus = checked === false && found.status === 'wont-do' ? 'wont-do' : status;
  return {
    text,
    owner: found.owner ?? null,
    status: finalStatus,
    due: found.due ?? null,
    ticket: found.ticket ?? null,
    kind: found.kind ?? null,
    priority: found.priority ?? null,
  };
}

const FIELD_ONLY =
  /^(owners?|assignee|assigned to|due(?: date)?|deadline|status|state|ticket|bug|jira|issue|priority|eta|target date)\s*[:=]\s*(.+)$/i;

/**
 * A bullet without a checkbox whose nested items are all tasks is a group title (a Notion toggle such as
 * "Done during the incident"), not an action item of its own.
 */
function isGroupLabel(items: ListItem[], position: number): boolean {
  const item = items[position]!;
  if (item.checked !== null) return false;
  let children = 0;
  for (let next = position + 1; next < items.length && items[next]!.depth > item.depth; next++) {
    if (items[next]!.checked === null) return false;
    children++;
  }
  return children > 0;
}

/** Items from a list: nested items are items of their own unless they only annotate their parent. */
export function itemsFromList(items: ListItem[], onlyChecked = false): ParsedActionItem[] {
  const result: ParsedActionItem[] = [];
  const parents: Array<{ depth: number; item: ParsedActionItem }> = [];
  for (const [position, listItem] of items.entries()) {
    while (parents.length && parents[parents.length - 1]!.depth >= listItem.depth) parents.pop();
    const parent = parents[parents.length - 1]?.item;
    const fieldOnly = FIELD_ONLY.exec(listItem.inline.text);
    if (parent && fieldOnly) {
      const parsed = parseAnnotationList(listItem.inline.text, false);
      if (parsed) {
        if (parsed.owner && !parent.owner) parent.owner = parsed.owner;
        if (parsed.due && !parent.due) parent.due = parsed.due;
        if (parsed.status && parent.status === 'unknown') parent.status = parsed.status;
        if (parsed.ticket && !parent.ticket) parent.ticket = parsed.ticket;
        if (parsed.priority && !parent.priority) parent.priority = parsed.priority;
        continue;
      }
    }
    if (onlyChecked && listItem.checked === null) continue;
    if (isGroupLabel(items, position)) continue;
    const { text, found } = annotate(listItem.inline.text, listItem.inline.links);
    if (!text) continue;
    const item = toItem(text, found, listItem.checked, isStruck(listItem.inline, text));
    result.push(item);
    parents.push({ depth: listItem.depth, item });
  }
  return result;
}

type Column = 'text' | 'owner' | 'status' | 'due' | 'ticket' | 'kind' | 'priority' | 'done';

function columnOf(header: string): Column | null {
  const name = header.toLowerCase().replace(/[*_`]/g, '').trim();
  if (/\b(?:owners?|assignees?|assigned|responsible|who|dri|lead)\b/.test(name)) return 'owner';
  if (/\b(?:status|state|progress)\b/.test(name)) return 'status';
  if (/^(?:done|complete[d]?|closed)\??$/.test(name)) return 'done';
  if (/\b(?:due|deadline|target|eta|by when|when)\b/.test(name)) return 'due';
  if (
    /\b(?:tickets?|bugs?|jira|issues?|links?|tracking|tracker|pr|refs?|reference|trello|linear)\b/.test(name)
  )
    return 'ticket';
  if (/\b(?:priority|prio|p)\b/.test(name)) return 'priority';
  if (/\b(?:type|kind|category|class)\b/.test(name)) return 'kind';
  if (
    /\b(?:actions?|action items?|items?|tasks?|descriptions?|title|what|remediations?|corrective|follow[\s-]?ups?|to[\s-]?dos?|summary|recommendations?|measures?|fix(?:es)?|steps?|name|improvements?)\b/.test(
      name,
    )
  )
    return 'text';
  if (/\bdate\b/.test(name)) return 'due';
  return null;
}

/** Whether a table's header names an action column and at least one tracking column. */
export function isActionTable(header: InlineText[]): boolean {
  const columns = header.map((cell) => columnOf(cell.text));
  return (
    columns.includes('text') &&
    columns.some(
      (column) => column === 'owner' || column === 'status' || column === 'due' || column === 'done',
    )
  );
}

export function itemsFromTable(header: InlineText[], rows: InlineText[][]): ParsedActionItem[] {
  const columns = header.map((cell) => columnOf(cell.text));
  let textColumn = columns.indexOf('text');
  if (textColumn < 0) textColumn = columns.indexOf(null);
  if (textColumn < 0) textColumn = 0;
  const result: ParsedActionItem[] = [];
  for (const row of rows) {
    const textCell = row[textColumn];
    if (!textCell?.text.trim()) continue;
    const { text, found } = annotate(textCell.text, textCell.links);
    if (!text) continue;
    const item = toItem(text, found, null, isStruck(textCell, text));
    let statusFromColumn = false;
    columns.forEach((column, index) => {
      const cell = row[index];
      if (!cell || index === textColumn) return;
      let value = cell.text.trim();
      // Status written inside another cell, as in the SRE book's "Bug 5554823 **TODO**".
      const trailing = UPPER_STATUS.exec(value);
      if (trailing && column !== 'status' && column !== 'done') {
        const status = statusOfWord(trailing[1]!);
        if (status && !statusFromColumn) item.status = status;
        value = value.slice(0, trailing.index).trim();
      }
      if (!value || EMPTY_VALUE.test(value)) return;
      switch (column) {
        case 'owner':
          item.owner = cleanOwner(value) ?? item.owner;
          break;
        case 'status': {
          const status = statusOfCell(value);
          if (status) {
            item.status = status;
            statusFromColumn = true;
          }
          break;
        }
        case 'done': {
          const status = statusOfCell(value) ?? (/^(?:no|false)$/i.test(value) ? 'open' : null);
          if (status) {
            item.status = status;
            statusFromColumn = true;
          }
          break;
        }
        case 'due':
          item.due = dueFrom(value) ?? item.due;
          break;
        case 'ticket': {
          const link = cell.links.find((candidate) => candidate.href);
          item.ticket = wholeTicket(value) ?? (link ? (wholeTicket(link.text) ?? link.href) : value);
          break;
        }
        case 'kind':
          item.kind = value;
          break;
        case 'priority':
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

const PARAGRAPH_MARKER = /^(?:\d{1,3}[.)]|[a-z][.)]|[•·▪◦○●■□‣⁃*-])\s+/u;

/** Items from prose paragraphs of an action-items section that has no list or table. */
export function itemsFromParagraphs(paragraphs: InlineText[]): ParsedActionItem[] {
  const result: ParsedActionItem[] = [];
  for (const paragraph of paragraphs) {
    // Word processors export typed lists as paragraphs that keep their "1." or "•".
    const raw = paragraph.text.trim().replace(PARAGRAPH_MARKER, '');
    if (!raw || raw.endsWith(':') || raw.length > 600) continue;
    const { text, found } = annotate(raw, paragraph.links);
    if (text) result.push(toItem(text, found, null, isStruck(paragraph, text)));
  }
  return result;
}

/** Items from a front-matter `action_items` list (strings or objects). */
export function itemsFromFrontMatter(value: unknown): ParsedActionItem[] {
  if (!Array.isArray(value)) return [];
  const result: ParsedActionItem[] = [];
  for (const entry of value) {
    if (typeof entry === 'string') {
      const plain = entry.replace(/\*\*|__|`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      const { text, found } = annotate(plain);
      if (text) result.push(toItem(text, found, null));
    } else if (entry && typeof entry === 'object') {
      const record = entry as Record<string, unknown>;
      const pick = (...keys: string[]) => {
        for (const key of keys) {
          const candidate = record[key];
          if (typeof candidate === 'string' || typeof candidate === 'number') return String(candidate).trim();
          if (candidate instanceof Date) return candidate.toISOString().slice(0, 10);
        }
        return '';
      };
      const rawText = pick('text', 'title', 'action', 'description', 'summary', 'task', 'item', 'name');
      if (!rawText) continue;
      const { text, found } = annotate(rawText);
      const owner = pick('owner', 'assignee', 'assigned_to', 'responsible');
      const status = pick('status', 'state');
      const due = pick('due', 'due_date', 'dueDate', 'deadline', 'target_date');
      const ticket = pick('ticket', 'bug', 'jira', 'issue', 'url', 'link', 'tracker');
      const done = record.done ?? record.completed;
      const item = toItem(text, found, typeof done === 'boolean' ? done : null);
      if (owner) item.owner = cleanOwner(owner) ?? item.owner;
      if (status) item.status = statusOfCell(status) ?? item.status;
      if (due) item.due = dueFrom(due) ?? item.due;
      if (ticket) item.ticket = ticket;
      const priority = pick('priority');
      if (priority) item.priority = priority;
      const kind = pick('type', 'kind');
      if (kind) item.kind = kind;
      result.push(item);
    }
  }
  return result;
}

/** Lines of a heading's body when every one is an annotation ("Owner: Ravi", "Status: Done"), else null. */
function fieldLines(body: Block[]): Annotations | null {
  const found: Annotations = {};
  let lines = 0;
  for (const block of body) {
    const texts =
      block.type === 'paragraph'
        ? block.inline.lines
        : block.type === 'list'
          ? block.items.map((item) => item.inline.text)
          : null;
    if (!texts) return null;
    for (const line of texts) {
      const parsed = parseAnnotationList(trimEndOf(line, `.${SPACES}`), false);
      if (!parsed) return null;
      merge(found, parsed);
      lines++;
    }
  }
  return lines > 0 ? found : null;
}

const HEADING_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[ivx]{1,5}[.)])\s+/i;

/**
 * One item per sub-heading when the action-items section writes each action as a heading followed by
 * its fields ("### 1. Prune Docker layers" / "Owner: Ravi Menon" / "Status: Done"); null otherwise.
 */
function itemsFromHeadings(blocks: Block[], lead: InlineText | null): ParsedActionItem[] | null {
  const segments: Array<{ heading: InlineText | null; body: Block[] }> = [{ heading: null, body: [] }];
  for (const block of blocks) {
    if (block.type === 'heading') segments.push({ heading: block.inline, body: [] });
    else segments[segments.length - 1]!.body.push(block);
  }
  const headed = segments.map((segment) => (segment.heading ? fieldLines(segment.body) : null));
  if (!headed.some(Boolean)) return null;
  const result: ParsedActionItem[] = [];
  segments.forEach((segment, index) => {
    const fields = headed[index];
    if (segment.heading && fields) {
      const { text, found } = annotate(
        segment.heading.text.replace(HEADING_NUMBER, ''),
        segment.heading.links,
      );
      merge(found, fields);
      if (text) result.push(toItem(text, found, null, isStruck(segment.heading, text)));
    } else if (segment.body.length || (index === 0 && lead)) {
      result.push(...itemsFromBlocks(segment.body, index === 0 ? lead : null));
    }
  });
  return result;
}

/** Every action item in the content of the action-items sections. */
export function itemsFromBlocks(blocks: Block[], lead: InlineText | null): ParsedActionItem[] {
  if (blocks.some((block) => block.type === 'heading')) {
    const fromHeadings = itemsFromHeadings(blocks, lead);
    if (fromHeadings) return fromHeadings;
    blocks = blocks.filter((block) => block.type !== 'heading');
  }
  const result: ParsedActionItem[] = [];
  const hasStructure = blocks.some((block) => block.type === 'list' || block.type === 'table');
  if (!hasStructure) {
    const paragraphs = blocks.flatMap((block) =>
      block.type === 'paragraph' && !block.quoted ? [block.inline] : [],
    );
    return itemsFromParagraphs(lead ? [lead, ...paragraphs] : paragraphs);
  }
  for (const block of blocks) {
    if (block.type === 'list') result.push(...itemsFromList(block.items));
    else if (block.type === 'table' && !looksLikeTimeline(block.header))
      result.push(...itemsFromTable(block.header, block.rows));
  }
  return result;
}

function looksLikeTimeline(header: InlineText[]): boolean {
  const first = header[0]?.text.toLowerCase() ?? '';
  return (
    /\b(?:time|date|when|timestamp)\b/.test(first) && !header.some((cell) => columnOf(cell.text) === 'owner')
  );
}
