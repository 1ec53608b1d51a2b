/**
 * Calendar arithmetic for the weekly digest: ISO weeks, local time in a subscription's IANA zone, and
 * whether a subscription's send time has passed. Intl only, so it runs on Node and Workers alike.
 */

export interface LocalTime {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** 1 = Monday .. 7 = Sunday. */
  weekday: number;
  hour: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this runtime knows ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function localTime(at: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, weekday: isoWeekday(date), hour: Number(parts.hour) % 24 };
}

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  const d = utcDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isoWeekday(date: string): number {
  return ((utcDate(date).getUTCDay() + 6) % 7) + 1;
}

/** ISO-8601 week of a calendar date: "2026-W47". */
export function isoWeekOf(date: string): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const jan1 = utcDate(`${year}-01-01`);
  const week = Math.floor((utcDate(thursday).getTime() - jan1.getTime()) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export const ISO_WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** Monday and Sunday (inclusive, YYYY-MM-DD) of an ISO week. Throws on a malformed or impossible week. */
export function weekRange(isoWeek: string): { start: string; end: string } {
  const m = ISO_WEEK_PATTERN.exec(isoWeek);
  if (!m) throw new RangeError(`not an ISO week (YYYY-Www): ${isoWeek}`);
  const year = Number(m[1]);
  const week = Number(m[2]);
  // 4 January is always in week 1.
  const jan4 = `${year}-01-04`;
  const start = addDays(addDays(jan4, 1 - isoWeekday(jan4)), (week - 1) * 7);
  if (week < 1 || isoWeekOf(start) !== isoWeek) throw new RangeError(`no such ISO week: ${isoWeek}`);
  return { start, end: addDays(start, 6) };
}

export function shiftWeek(isoWeek: string, weeks: number): string {
  return isoWeekOf(addDays(weekRange(isoWeek).start, weeks * 7));
}

export interface SendTime {
  timeZone: string;
  sendDay: number;
  sendHour: number;
}

/**
 * The ISO week a subscription's digest is due for at `now`, or null when its local send time in the
 * current (local) ISO week has not come yet. A digest sent during week W reports on week W-1, and is
 * keyed by that reported week; an installation that was down on Monday catches up later in the week.
 */
export function dueDigestWeek(sub: SendTime & { createdAt?: string | null }, now: Date): string | null {
  const passed = (t: LocalTime) =>
    t.weekday > sub.sendDay || (t.weekday === sub.sendDay && t.hour >= sub.sendHour);
  const local = localTime(now, sub.timeZone);
  if (!passed(local)) return null;
  const sendWeek = isoWeekOf(local.date);
  // A subscription made after this week's send time starts with next week's digest, not a surprise catch-up.
  const created = sub.createdAt ? new Date(sub.createdAt) : null;
  if (created && !Number.isNaN(created.getTime())) {
    const createdLocal = localTime(created, sub.timeZone);
    const createdWeek = isoWeekOf(createdLocal.date);
    if (createdWeek > sendWeek || (createdWeek === sendWeek && passed(createdLocal))) return null;
  }
  return shiftWeek(sendWeek, -1);
}

/** The last complete ISO week at `now` (UTC): the default week for preview and `pulse digest send`. */
export function lastCompleteWeek(now: Date): string {
  return shiftWeek(isoWeekOf(now.toISOString().slice(0, 10)), -1);
}

/** Milliseconds until the next full hour, for aligning the in-process hourly schedule. */
export function msUntilNextHour(now: Date): number {
  return 3_600_000 - (now.getTime() % 3_600_000);
}
