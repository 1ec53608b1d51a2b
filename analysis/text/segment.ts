/**
 * Sentence segmentation for markdown prose with offsets into the exact input.
 *
 * Text that is not the author's prose (fenced and indented code, log excerpts, chat logs, block quotes,
 * HTML comments, inline code, URLs) is masked: `masked` has the same length as the input with those
 * characters replaced by spaces (newlines kept), so rules can run on it and report offsets that are
 * valid in the original. Linear time; every regex is anchored or uses bounded classes.
 */

export interface TextSpan {
  start: number;
  end: number;
}

export interface SegmentedText {
  /** The input with non-prose replaced by spaces; same length, so offsets agree. */
  masked: string;
  /** Sentences in order, trimmed of whitespace and list/heading/table markers. */
  sentences: TextSpan[];
}

type LineKind = 'blank' | 'skip' | 'heading' | 'item' | 'table' | 'prose' | 'timeline';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)\s*$/;
const LIST_ITEM = /^\s*(?:[-*+•●▪◦]|\d{1,3}[.)])\s+/;
const QUOTE = /^ {0,3}>/;
const TABLE = /^\s*\|/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const SHELL_PROMPT = /^\s*(?:\$|#|>>>|mysql>|postgres=#|irb\(main\))\s+\S/;
const LOG_LEVEL =
  /\b(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRIT|CRITICAL|EMERG|SEVERE|PROBLEM|RECOVERY)\b/;
const LOG_LEVEL_START =
  /^\s*\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRIT|CRITICAL|SEVERE)\]?[:\s]/;
const LOG_TIMESTAMP_START =
  /^\s*\[?(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}:\d{2}|[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}|\d{10}(?:\.\d+)?)/;
const SYSLOG_START = /^\s*[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} \S/;
const LOG_STRUCTURE =
  /(?:\[[^\]\n]{1,80}\]|\b[\w.-]{1,40}=[^\s=]|\b[\w.-]{1,40}\[\d{1,8}\]:|\s<[^>\s]{1,40}>)/;
const CHAT_LINE = /^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*<[^>\n]{1,40}>/;
const TIMELINE_START = /^\s*(?:\*\*)?\[?(?:\d{4}-\d{2}-\d{2}[T ,]*)?\d{1,2}[:.]\d{2}\b/;
const INLINE_NOISE =
  /`[^`\n]{0,500}`|<!--[\s\S]{0,2000}?-->|\]\([^)\s]{1,2000}\)|\b(?:https?|ftp):\/\/[^\s<>()[\]"']{1,2000}|\bwww\.[^\s<>()[\]"']{1,2000}/g;

/** Every INLINE_NOISE match contains one of these; most prose lines contain none, so skip the regex. */
function mayHaveInlineNoise(line: string): boolean {
  return (
    line.includes('`') ||
    line.includes('<!--') ||
    line.includes('](') ||
    line.includes('://') ||
    line.includes('www.')
  );
}

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'approx',
  'cf',
  'inc',
  'ltd',
  'st',
  'no',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'est',
  'al',
  'ca',
]);

function classifyLog(line: string): boolean {
  if (CHAT_LINE.test(line) || LOG_LEVEL_START.test(line) || SHELL_PROMPT.test(line)) return true;
  if (SYSLOG_START.test(line)) return true;
  if (!LOG_TIMESTAMP_START.test(line)) return false;
  return LOG_LEVEL.test(line) || LOG_STRUCTURE.test(line);
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** Segment markdown (or plain text) into sentences, masking non-prose. */
export function segmentSentences(text: string): SegmentedText {
  const lines: { start: number; end: number; kind: LineKind }[] = [];
  const maskedParts: string[] = [];
  let inFence: string | null = null;
  let inComment = false;
  let prevKind: LineKind = 'blank';
  let listContext = false;

  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const line = text.slice(pos, nl);
    let kind: LineKind;
    let masked = line;

    if (inFence !== null) {
      kind = 'skip';
      const m = FENCE.exec(line);
      if (m?.[1] && m[1][0] === inFence[0] && m[1].length >= inFence.length && line.trim() === m[1].trim()) {
        inFence = null;
      }
    } else if (inComment) {
      kind = 'skip';
      if (line.includes('-->')) inComment = false;
    } else if (FENCE.test(line)) {
      kind = 'skip';
      inFence = FENCE.exec(line)?.[1] ?? '```';
    } else if (line.trim() === '') {
      kind = 'blank';
    } else if (/^\s*<!--/.test(line) && !line.includes('-->')) {
      kind = 'skip';
      inComment = true;
    } else if (/^(?: {4}|\t)/.test(line) && !listContext && (prevKind === 'blank' || prevKind === 'skip')) {
      kind = 'skip';
    } else if (QUOTE.test(line) || classifyLog(line)) {
      kind = 'skip';
    } else if (HEADING.test(line) || (SETEXT.test(line) && prevKind === 'prose')) {
      kind = SETEXT.test(line) && !HEADING.test(line) ? 'skip' : 'heading';
    } else if (TABLE.test(line)) {
      kind = TABLE_RULE.test(line) ? 'skip' : 'table';
    } else if (LIST_ITEM.test(line)) {
      kind = 'item';
    } else if (TIMELINE_START.test(line)) {
      kind = 'timeline';
    } else {
      kind = 'prose';
    }

    // Indented lines after a list item continue it (not indented code) until an unindented line.
    if (kind === 'item') listContext = true;
    else if (kind !== 'blank' && !/^\s/.test(line)) listContext = false;

    if (kind === 'skip') masked = blank(line);
    else if (kind !== 'blank' && mayHaveInlineNoise(line)) {
      INLINE_NOISE.lastIndex = 0;
      masked = line.replace(INLINE_NOISE, blank);
    }
    maskedParts.push(masked);
    lines.push({ start: pos, end: nl, kind });
    prevKind = kind;
    pos = nl + 1;
  }
  const masked = maskedParts.join('\n');

  // Blocks: runs of lines that form one paragraph. Headings, items, table rows and timeline entries
  // each start a new block; a prose line continues the previous item or paragraph.
  const blocks: TextSpan[] = [];
  let current: TextSpan | null = null;
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'skip') {
      if (current) blocks.push(current);
      current = null;
      continue;
    }
    if (line.kind === 'prose' && current) {
      current.end = line.end;
      continue;
    }
    if (current) blocks.push(current);
    current = { start: line.start, end: line.end };
    if (line.kind === 'heading' || line.kind === 'table') {
      blocks.push(current);
      current = null;
    }
  }
  if (current) blocks.push(current);

  const sentences: TextSpan[] = [];
  for (const block of blocks) splitBlock(masked, block, sentences);
  return { masked, sentences };
}

// The lookbehind starts a match only at the beginning of a run of terminators, so a long run next to a
// word ("!!!…!x") is scanned once instead of once per position (which was quadratic).
const BOUNDARY = /(?<![.!?])[.!?]+["'”’)\]*_]*(?=\s|$)|\s\|\s|\n\s*\n/g;

function splitBlock(masked: string, block: TextSpan, out: TextSpan[]): void {
  const body = masked.slice(block.start, block.end);
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m !== null; m = BOUNDARY.exec(body)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && isAbbreviation(body, m.index)) continue;
    // A terminator inside a quotation that the sentence carries on past: a "Human error involved? Y/N" field.
    if (m[0][0] !== '\n' && insideQuotation(body, sentenceStart, m.index)) continue;
    if (/["”’')]$/.test(m[0]) && /^\s+\p{Ll}/u.test(body.slice(end, end + 3))) continue;
    pushTrimmed(masked, block.start + sentenceStart, block.start + end, out);
    sentenceStart = end;
  }
  pushTrimmed(masked, block.start + sentenceStart, block.end, out);
}

/** Whether `at` sits inside a quotation opened since `from` that closes later on the same line. */
function insideQuotation(body: string, from: number, at: number): boolean {
  const before = body.slice(from, at);
  const straight = before.split('"').length - 1;
  const open = straight % 2 === 1 ? '"' : before.lastIndexOf('“') > before.lastIndexOf('”') ? '”' : null;
  if (!open) return false;
  const close = body.indexOf(open, at);
  const newline = body.indexOf('\n', at);
  return close >= 0 && close - at < 200 && (newline < 0 || close < newline);
}

function isAbbreviation(body: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(body[i - 1] ?? '')) i--;
  const word = body.slice(i, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single initial ("J. Smith") or a dotted acronym ("U.S.").
  return /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

const LEADING_MARKERS = /^[\s|>#*+•●▪◦-]*(?:\d{1,3}[.)]\s+)?(?:\[[ xX]\]\s+)?/;

function pushTrimmed(masked: string, start: number, end: number, out: TextSpan[]): void {
  const slice = masked.slice(start, end);
  const lead = LEADING_MARKERS.exec(slice)?.[0].length ?? 0;
  let s = start + lead;
  let e = end;
  while (e > s && /[\s|]/.test(masked[e - 1] ?? '')) e--;
  while (s < e && /\s/.test(masked[s] ?? '')) s++;
  if (e - s < 2 || !/\p{L}/u.test(masked.slice(s, e))) return;
  out.push({ start: s, end: e });
}
