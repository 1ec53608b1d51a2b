import { describe, expect, it } from 'vitest';
import { isoWeekLabel as isoWeekOf } from '../metrics/calendar.js';
import {
  dueDigestWeek,
  isValidTimeZone,
  lastCompleteWeek,
  localTime,
  msUntilNextHour,
  shiftWeek,
  weekRange,
} from './schedule.js';

describe('ISO weeks', () => {
  it.each([
    ['2026-11-23', '2026-W48'],
    ['2026-11-22', '2026-W47'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-01-01', '2026-W01'],
  ])('%s is in %s', (date, week) => expect(isoWeekOf(date)).toBe(week));

  it('gives Monday..Sunday of a week and rejects weeks that do not exist', () => {
    expect(weekRange('2026-W47')).toEqual({ start: '2026-11-16', end: '2026-11-22' });
    expect(weekRange('2020-W53')).toEqual({ start: '2020-12-28', end: '2021-01-03' });
    expect(() => weekRange('2025-W53')).toThrow(RangeError);
    expect(weekRange('2026-W53').start).toBe('2026-12-28');
    expect(() => weekRange('2026-W00')).toThrow(RangeError);
    expect(shiftWeek('2026-W01', -1)).toBe('2025-W52');
    expect(lastCompleteWeek(new Date('2026-11-25T10:00:00Z'))).toBe('2026-W47');
  });
});

describe('local send time', () => {
  it('validates IANA zones', () => {
    expect(isValidTimeZone('Pacific/Auckland')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('reads weekday and hour in the zone', () => {
    expect(localTime(new Date('2026-11-22T19:30:00Z'), 'Pacific/Auckland')).toEqual({
      date: '2026-11-23',
      weekday: 1,
      hour: 8,
    });
    expect(localTime(new Date('2026-11-23T04:00:00Z'), 'America/New_York')).toEqual({
      date: '2026-11-22',
      weekday: 7,
      hour: 23,
    });
  });

  it('is due once the local weekday and hour have passed in the current local week', () => {
    const sub = { timeZone: 'America/New_York', sendDay: 1, sendHour: 8 };
    expect(dueDigestWeek(sub, new Date('2026-11-23T12:59:00Z'))).toBeNull();
    expect(dueDigestWeek(sub, new Date('2026-11-23T13:00:00Z'))).toBe('2026-W47');
    expect(dueDigestWeek(sub, new Date('2026-11-29T12:00:00Z'))).toBe('2026-W47');
    expect(dueDigestWeek(sub, new Date('2026-11-30T05:00:00Z'))).toBeNull();
  });

  it('starts a subscription made after this week’s send time with next week’s digest', () => {
    const sub = { timeZone: 'UTC', sendDay: 1, sendHour: 8 };
    expect(
      dueDigestWeek({ ...sub, createdAt: '2026-11-23T07:59:00Z' }, new Date('2026-11-23T09:00:00Z')),
    ).toBe('2026-W47');
    expect(
      dueDigestWeek({ ...sub, createdAt: '2026-11-23T08:30:00Z' }, new Date('2026-11-23T09:00:00Z')),
    ).toBeNull();
    expect(
      dueDigestWeek({ ...sub, createdAt: '2026-11-23T08:30:00Z' }, new Date('2026-11-30T08:00:00Z')),
    ).toBe('2026-W48');
  });

  it('aligns the in-process timer to the hour', () => {
    expect(msUntilNextHour(new Date('2026-11-23T08:59:30Z'))).toBe(30_000);
    expect(msUntilNextHour(new Date('2026-11-23T09:00:00Z'))).toBe(3_600_000);
  });
});
