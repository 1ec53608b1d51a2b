/**
 * Calendar arithmetic on YYYY-MM-DD strings. Everything runs on UTC Date methods so the result never
 * depends on the process time zone (tests also run under TZ=Pacific/Auckland).
 *
 * How the `tz` parameter applies: the database stores calendar dates without a time (occurred_on,
 * due_on, completed_on...), taken as dates in the organisation's own zone, so an ISO week or a month
 * of calendar dates is the same in every zone. What the zone decides is which calendar date "now" is:
 * overdue items, their age and the default date range are computed from `now()` converted to a date in
 * `tz` (at 23:00 UTC on a Sunday it is already Monday in Auckland, so the current week differs).
 */

const DAY_MS = 86_400_000;

export function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Building an Intl.DateTimeFormat costs far more than using one, and every metrics request needs one:
 * keep one per zone (zones are validated first, so the map holds at most the IANA list).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(tz: string): Intl.DateTimeFormat {
  let format = dateFormats.get(tz);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(tz, format);
  }
  return format;
}

/** True when `tz` is an IANA zone this runtime knows ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(tz: string): boolean {
  if (!tz || tz.length > 64) return false;
  try {
    dateFormat(tz);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date an instant falls on in a time zone. */
export function dateInZone(instant: Date, tz: string): string {
  const parts = dateFormat(tz).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** Monday of the ISO week holding `date`. */
export function isoWeekStart(date: string): string {
  const weekday = (toUtc(date).getUTCDay() + 6) % 7; // Monday = 0 ... Sunday = 6
  return addDays(date, -weekday);
}

/** ISO week label, e.g. 2024-W01 (the ISO year can differ from the calendar year at the edges). */
export function isoWeekLabel(date: string): string {
  const monday = isoWeekStart(date);
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursdayWeek = isoWeekStart(`${year}-01-04`);
  const week = daysBetween(firstThursdayWeek, monday) / 7 + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function monthEnd(date: string): string {
  const d = toUtc(monthStart(date));
  d.setUTCMonth(d.getUTCMonth() + 1);
  return addDays(d.toISOString().slice(0, 10), -1);
}

export type BucketSize = 'week' | 'month';

export interface Bucket {
  /** First calendar day of the ISO week (Monday) or month. */
  start: string;
  /** Last calendar day (Sunday, or the month's last day). */
  end: string;
  label: string;
  /** The bucket reaches outside the requested range; only days inside it are counted. */
  partial: boolean;
}

export function bucketStartOf(date: string, size: BucketSize): string {
  return size === 'week' ? isoWeekStart(date) : monthStart(date);
}

/**
 * The range used when a request names no `from`: the last 12 ISO weeks or the last 6 months, ending at
 * `to`. Shared with the dashboard so its date fields show the range before the first answer arrives.
 */
export function defaultFrom(to: string, size: BucketSize): string {
  return size === 'week'
    ? addDays(bucketStartOf(to, 'week'), -77)
    : bucketStartOf(addDays(bucketStartOf(to, 'month'), -150), 'month');
}

/** Every bucket touching [from, to], in order. */
export function bucketsFor(from: string, to: string, size: BucketSize): Bucket[] {
  const out: Bucket[] = [];
  let start = bucketStartOf(from, size);
  while (start <= to) {
    const end = size === 'week' ? addDays(start, 6) : monthEnd(start);
    out.push({
      start,
      end,
      label: size === 'week' ? isoWeekLabel(start) : start.slice(0, 7),
      partial: start < from || end > to,
    });
    start = addDays(end, 1);
  }
  return out;
}

/** Folds per-day rows into buckets: index of the bucket holding a date, or -1 outside the range. */
export function bucketIndexer(buckets: Bucket[], size: BucketSize): (date: string) => number {
  const byStart = new Map(buckets.map((b, i) => [b.start, i]));
  return (date) => byStart.get(bucketStartOf(date, size)) ?? -1;
}
