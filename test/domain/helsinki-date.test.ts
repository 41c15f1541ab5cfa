import { describe, expect, it } from 'vitest';
import {
  addDays,
  helsinkiClock,
  helsinkiDate,
  helsinkiTimestamp,
  isCalendarDate,
  monthsBetween,
} from '../../src/domain/helsinki-date';

describe('Helsinki dates', () => {
  it('takes only real calendar dates written as YYYY-MM-DD, leap days included', () => {
    for (const date of ['2023-01-31', '2023-04-30', '2024-02-29', '2000-02-29', '2023-12-31'])
      expect(isCalendarDate(date), date).toBe(true);
    for (const date of [
      '2023-02-29',
      '1900-02-29',
      '2023-04-31',
      '2023-13-01',
      '2023-00-10',
      '2023-01-00',
      '2023-1-05',
      '05.01.2023',
      '2023-01-05T00:00',
    ])
      expect(isCalendarDate(date), date).toBe(false);
  });

  it('dates a visit at 00:30 on 1 February Helsinki time in February, though UTC is still January', () => {
    expect(helsinkiDate(new Date('2023-01-31T22:30:00Z'))).toBe('2023-02-01');
  });

  it('follows summer time (UTC+3) as well as winter time (UTC+2)', () => {
    expect(helsinkiDate(new Date('2023-06-30T21:30:00Z'))).toBe('2023-07-01');
    expect(helsinkiDate(new Date('2023-12-31T21:30:00Z'))).toBe('2023-12-31');
  });

  it("reads the Helsinki clock as the engine's time-zone data does, at every change of the clocks since 1996", () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Helsinki',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    const expected = (instant: Date) => {
      const parts = Object.fromEntries(intl.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
      return { ...parts, hour: parts.hour! % 24, literal: undefined };
    };
    const instants: Date[] = [];
    for (let year = 1996; year <= 2037; year++)
      for (const month of [2, 9]) {
        const around = Date.UTC(year, month + 1, 0) - 8 * 24 * 3_600_000;
        // Every 15 minutes through the month's last eight days: its last Sunday is among them.
        for (let t = around; t < around + 9 * 24 * 3_600_000; t += 15 * 60_000) instants.push(new Date(t));
      }
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2031, 0, 1); t += 5 * 3_600_000 + 59_999)
      instants.push(new Date(t));
    for (const instant of instants)
      expect({ ...helsinkiClock(instant), literal: undefined }, instant.toISOString()).toEqual(
        expected(instant),
      );
    // Summer time begins at 03:00 and ends at 04:00 local time.
    expect(helsinkiTimestamp(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29T02:59:59.000+02:00');
    expect(helsinkiTimestamp(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T04:00:00.000+03:00');
    expect(helsinkiTimestamp(new Date('2026-10-25T00:59:59Z'))).toBe('2026-10-25T03:59:59.000+03:00');
    expect(helsinkiTimestamp(new Date('2026-10-25T01:00:00Z'))).toBe('2026-10-25T03:00:00.000+02:00');
  });

  it('writes timestamps with the Helsinki offset', () => {
    expect(helsinkiTimestamp(new Date('2023-01-31T22:30:00.250Z'))).toBe('2023-02-01T00:30:00.250+02:00');
    expect(helsinkiTimestamp(new Date('2023-06-15T09:00:00Z'))).toBe('2023-06-15T12:00:00.000+03:00');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('lists the months of a range inclusively, across a year end', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2023-05', '2023-05')).toEqual(['2023-05']);
  });
});
