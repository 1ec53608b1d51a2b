/** Finds dates and timestamps written the many ways postmortems write them. */

export interface FoundDate {
  /** YYYY-MM-DD */
  date: string;
  /** Full ISO timestamp in UTC when a time of day was given (zone assumed UTC when none stated). */
  iso: string | null;
  /** Whether the time zone was stated. */
  zoneStated: boolean;
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {
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
  dec: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';

const ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;
const DOT_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;
const YEAR_FIRST_SLASH = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g;
const MONTH_FIRST = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
const DAY_FIRST = new RegExp(
  `\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`,
  'gi',
);

const TIME =
  /^(?:T|,?\s*(?:at\s+)?)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?\s*([ap]\.?m\.?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[A-Z]{2,5}\b)?(?:\s*([+-]\d{1,2}(?::?\d{2})?))?/i;

const ZONE_OFFSETS: Record<string, number> = {
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
  HST: -600,
};

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Candidate {
  year: number;
  month: number;
  day: number;
  index: number;
  length: number;
}

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const push = (year: number, month: number, day: number, match: RegExpExecArray) => {
    if (validDate(year, month, day))
      found.push({ year, month, day, index: match.index, length: match[0].length });
  };
  for (const match of text.matchAll(ISO_DATE))
    push(Number(match[1]), Number(match[2]), Number(match[3]), match);
  for (const match of text.matchAll(SLASH_DATE)) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const yearText = match[3]!;
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    // Month first unless the first number cannot be a month.
    if (first > 12) push(year, second, first, match);
    else push(year, first, second, match);
  }
  for (const match of text.matchAll(DOT_DATE))
    push(Number(match[3]), Number(match[2]), Number(match[1]), match);
  for (const match of text.matchAll(YEAR_FIRST_SLASH))
    push(Number(match[1]), Number(match[2]), Number(match[3]), match);
  for (const match of text.matchAll(MONTH_FIRST)) {
    const month =
      MONTHS[match[1]!.slice(0, match[1]!.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
    if (month) push(Number(match[3]), month, Number(match[2]), match);
  }
  for (const match of text.matchAll(DAY_FIRST)) {
    const month =
      MONTHS[match[2]!.slice(0, match[2]!.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
    if (month) push(Number(match[3]), month, Number(match[1]), match);
  }
  return found.sort((a, b) => a.index - b.index);
}

function withTime(text: string, candidate: Candidate): FoundDate {
  const date = `${candidate.year}-${pad(candidate.month)}-${pad(candidate.day)}`;
  const after = text.slice(candidate.index + candidate.length, candidate.index + candidate.length + 40);
  const time = TIME.exec(after);
  const base: FoundDate = {
    date,
    iso: null,
    zoneStated: false,
    index: candidate.index,
    length: candidate.length,
  };
  if (!time) return base;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = Number(time[3] ?? 0);
  const meridiem = time[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return base;
  let offsetMinutes: number | null = null;
  const zone = time[5];
  if (zone) {
    if (/^[+-]/.test(zone)) offsetMinutes = parseOffset(zone);
    else offsetMinutes = ZONE_OFFSETS[zone.toUpperCase()] ?? null;
  }
  if (time[6] && (offsetMinutes === 0 || offsetMinutes === null)) offsetMinutes = parseOffset(time[6]);
  const stamp = Date.UTC(candidate.year, candidate.month - 1, candidate.day, hour, minute, second);
  const iso = new Date(stamp - (offsetMinutes ?? 0) * 60_000).toISOString().replace('.000Z', 'Z');
  return { ...base, iso, zoneStated: offsetMinutes !== null, length: candidate.length + time[0].length };
}

function parseOffset(text: string): number {
  const match = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(text.trim());
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** The first date (with its time of day, if any) written in `text`, else null. */
export function findDate(text: string): FoundDate | null {
  const first = candidates(text)[0];
  return first ? withTime(text, first) : null;
}

/** A date from a front-matter value, which YAML may already have turned into a Date. */
export function dateFromValue(value: unknown): FoundDate | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return { date: iso.slice(0, 10), iso: iso.replace('.000Z', 'Z'), zoneStated: true, index: 0, length: 0 };
  }
  if (typeof value === 'string') return findDate(value);
  if (typeof value === 'number' && value > 19700101 && value < 21001231) return findDate(String(value));
  return null;
}

const UNIT_MINUTES: Array<[RegExp, number]> = [
  [/^(?:d|days?)$/i, 1440],
  [/^(?:h|hrs?|hours?)$/i, 60],
  [/^(?:m|mins?|minutes?)$/i, 1],
  [/^(?:s|secs?|seconds?)$/i, 1 / 60],
];

/** "371 minutes", "54 hours 10 minutes", "4h 42m", "1:30" → minutes; null for N/A, ? or anything else. */
export function parseDurationMinutes(text: string): number | null {
  const value = text.trim();
  const clock = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60;
  let total = 0;
  let matched = false;
  for (const match of value.matchAll(/(\d+(?:\.\d+)?)\s*([a-z]+)/gi)) {
    const unit = UNIT_MINUTES.find(([pattern]) => pattern.test(match[2]!));
    if (!unit) continue;
    total += Number(match[1]) * unit[1];
    matched = true;
  }
  return matched ? Math.round(total) : null;
}

const VAGUE_DATE = new RegExp(
  `^(?:by\\s+|on\\s+|end of\\s+|eo[dwmq]\\s*|mid[\\s-]|early\\s+|late\\s+)?(?:${WEEKDAY}(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|${MONTH})(?:\\s+\\d{4})?|(?:q[1-4]|h[12]|fy\\d{2,4})(?:\\s*[/'-]?\\s*(?:fy)?\\d{2,4})?|(?:next|this|the)\\s+(?:week|month|quarter|sprint|release)|eo[dwmqy]|tb[dc]|asap|\\d{4})\\.?$`,
  'i',
);

/**
 * Whether a due value names a time without a full calendar day ("3 April", "Apr 3", "Q2 2026",
 * "next sprint"): an annotation to remove from the text, with no date to invent from it.
 */
export function isVagueDate(text: string): boolean {
  const value = text.trim().replace(/^@/, '');
  return value.length <= 40 && VAGUE_DATE.test(value);
}
