/**
 * Calendar arithmetic for the weekly digest: ISO weeks, local time in a subscription's IANA zone, and
 * whether a subscription's send time has passed. Intl only, so it runs on Node and Workers alike.
 */
import { addDays, isoWeekLabel, isValidTimeZone } from '../metrics/calendar.js';

// One calendar for the product: the digest reads ISO weeks and zones exactly as the dashboard does.
export { addDays, isValidTimeZone };

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

export function isoWeekday(date: string): number {
  return ((utcDate(date).getUTCDay() + 6) % 7) + 1;
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
  if (week < 1 || isoWeekLabel(start) !== isoWeek) throw new RangeError(`no such ISO week: ${isoWeek}`);
  return { start, end: addDays(start, 6) };
}

export function shiftWeek(isoWeek: string, weeks: number): string {
  return isoWeekLabel(addDays(weekRange(isoWeek).start, weeks * 7));
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
  const sendWeek = isoWeekLabel(local.date);
  // A subscription made after this week's send time starts with next week's digest, not a surprise catch-up.
  const created = sub.createdAt ? new Date(sub.createdAt) : null;
  if (created && !Number.isNaN(created.getTime())) {
    const createdLocal = localTime(created, sub.timeZone);
    const createdWeek = isoWeekLabel(createdLocal.date);
    if (createdWeek > sendWeek || (createdWeek === sendWeek && passed(createdLocal))) return null;
  }
  return shiftWeek(sendWeek, -1);
}

/** The last complete ISO week at `now` (UTC): the default week for preview and `pulse digest send`. */
export function lastCompleteWeek(now: Date): string {
  return shiftWeek(isoWeekLabel(now.toISOString().slice(0, 10)), -1);
}

/** Milliseconds until the next full hour, for aligning the in-process hourly schedule. */
export function msUntilNextHour(now: Date): number {
  return 3_600_000 - (now.getTime() % 3_600_000);
}
