import { describe, expect, it } from 'vitest';
import { addWorkingDays, easterSunday, finnishHolidays, isWorkingDay } from '../../src/domain/working-days';

describe('Easter Sunday', () => {
  // Published dates of Western Easter.
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('falls in %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('Finnish holidays', () => {
  it('lists the 2026 calendar as published', () => {
    expect([...finnishHolidays(2026).keys()].sort()).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03', // Good Friday
      '2026-04-05',
      '2026-04-06', // Easter Monday
      '2026-05-01',
      '2026-05-14', // Ascension Day
      '2026-05-24', // Whitsunday
      '2026-06-19', // Midsummer Eve
      '2026-06-20', // Midsummer Day
      '2026-10-31', // All Saints' Day
      '2026-12-06',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('puts Midsummer Eve on the Friday between 19 and 25 June, even at the edges', () => {
    expect(finnishHolidays(2021).get('2021-06-25')).toBe('Midsummer Eve'); // Saturday 26th
    expect(finnishHolidays(2027).get('2027-06-18')).toBeUndefined();
    expect(finnishHolidays(2027).get('2027-06-25')).toBe('Midsummer Eve');
    expect(finnishHolidays(2022).get('2022-06-24')).toBe('Midsummer Eve');
    expect(finnishHolidays(2025).get('2025-06-20')).toBe('Midsummer Eve'); // Saturday 21st
  });

  it('puts All Saints\u2019 Day on the Saturday between 31 October and 6 November', () => {
    expect(finnishHolidays(2025).get('2025-11-01')).toBe('All Saints’ Day');
    expect(finnishHolidays(2027).get('2027-11-06')).toBe('All Saints’ Day');
  });
});

describe('working days', () => {
  it('skips the weekend: Friday + 1 is Monday', () => {
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-21', 1)).toBe('2026-11-23'); // a Saturday visit (outreach)
    expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30');
  });

  it('skips Easter: Maundy Thursday + 1 is the Tuesday after Easter Monday', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(addWorkingDays('2025-04-17', 2)).toBe('2025-04-23');
  });

  it('skips Ascension Day and Midsummer', () => {
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15');
    expect(addWorkingDays('2026-06-18', 1)).toBe('2026-06-22');
    expect(isWorkingDay('2026-06-19')).toBe(false);
  });

  it('skips Christmas and New Year', () => {
    expect(addWorkingDays('2026-12-23', 1)).toBe('2026-12-28'); // 24th Thu, 25th Fri, weekend
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04'); // 1 Jan Fri, weekend
    expect(addWorkingDays('2027-12-31', 1)).toBe('2028-01-03'); // across the year
    expect(addWorkingDays('2027-01-05', 1)).toBe('2027-01-07'); // Epiphany Wednesday
  });

  it('skips Independence Day and May Day on weekdays', () => {
    expect(addWorkingDays('2027-12-03', 1)).toBe('2027-12-07'); // 6 Dec 2027 is a Monday
    expect(addWorkingDays('2026-04-30', 1)).toBe('2026-05-04');
  });

  it('gives the visit date itself for zero days', () => {
    expect(addWorkingDays('2026-11-23', 0)).toBe('2026-11-23');
  });
});
