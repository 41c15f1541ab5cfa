import { describe, expect, it } from 'vitest';
import { helsinkiDate } from '../../../src/domain/helsinki-date';
import { dayAfter, isPeriodOver, quickPickRange } from '../../../src/client/features/reports/month-range';

describe('quick picks of months', () => {
  it('counts from the Helsinki date: this and last month, quarter and year, the last 12 months; a running period ends with this month', () => {
    expect(quickPickRange('thisMonth', '2024-05-10')).toEqual({ from: '2024-05', to: '2024-05' });
    expect(quickPickRange('lastMonth', '2024-05-10')).toEqual({ from: '2024-04', to: '2024-04' });
    expect(quickPickRange('thisQuarter', '2024-05-10')).toEqual({ from: '2024-04', to: '2024-05' });
    expect(quickPickRange('lastQuarter', '2024-05-10')).toEqual({ from: '2024-01', to: '2024-03' });
    expect(quickPickRange('thisYear', '2024-05-10')).toEqual({ from: '2024-01', to: '2024-05' });
    expect(quickPickRange('lastYear', '2024-05-10')).toEqual({ from: '2023-01', to: '2023-12' });
    expect(quickPickRange('last12Months', '2024-05-10')).toEqual({ from: '2023-05', to: '2024-04' });
  });

  it('crosses the turn of the year in January', () => {
    expect(quickPickRange('lastMonth', '2024-01-02')).toEqual({ from: '2023-12', to: '2023-12' });
    expect(quickPickRange('lastQuarter', '2024-01-02')).toEqual({ from: '2023-10', to: '2023-12' });
    expect(quickPickRange('thisQuarter', '2024-12-31')).toEqual({ from: '2024-10', to: '2024-12' });
    expect(quickPickRange('last12Months', '2024-01-02')).toEqual({ from: '2023-01', to: '2023-12' });
    expect(quickPickRange('lastQuarter', '2024-04-01')).toEqual({ from: '2024-01', to: '2024-03' });
  });

  it('takes the month of Helsinki, not of UTC: 31 December 22:30 UTC is already New Year in Helsinki', () => {
    const today = helsinkiDate(new Date('2024-12-31T22:30:00Z'));
    expect(today).toBe('2025-01-01');
    expect(quickPickRange('thisMonth', today)).toEqual({ from: '2025-01', to: '2025-01' });
    expect(quickPickRange('last12Months', today)).toEqual({ from: '2024-01', to: '2024-12' });
    expect(quickPickRange('lastYear', today)).toEqual({ from: '2024-01', to: '2024-12' });
    // Summer time: 30 June 21:30 UTC is 1 July 00:30 in Helsinki (UTC+3).
    expect(quickPickRange('lastMonth', helsinkiDate(new Date('2024-06-30T21:30:00Z')))).toEqual({
      from: '2024-06',
      to: '2024-06',
    });
  });

  it('knows when a period is over: from the first day after its last month', () => {
    expect(dayAfter({ from: '2023-01', to: '2023-06' })).toBe('2023-07-01');
    expect(dayAfter({ from: '2023-10', to: '2023-12' })).toBe('2024-01-01');
    expect(isPeriodOver({ from: '2023-01', to: '2023-06' }, '2023-06-30')).toBe(false);
    expect(isPeriodOver({ from: '2023-01', to: '2023-06' }, '2023-07-01')).toBe(true);
  });
});
