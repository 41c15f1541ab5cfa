import { describe, expect, it } from 'vitest';
import {
  addDays,
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
