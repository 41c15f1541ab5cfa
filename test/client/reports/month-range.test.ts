import { describe, expect, it } from 'vitest';
import { dayAfter, isPeriodOver, quickPickRange } from '../../../src/client/features/reports/month-range';

describe('quick picks of months', () => {
  it('counts from the Helsinki date: last month, this and last quarter, this year', () => {
    expect(quickPickRange('lastMonth', '2024-05-10')).toEqual({ from: '2024-04', to: '2024-04' });
    expect(quickPickRange('thisQuarter', '2024-05-10')).toEqual({ from: '2024-04', to: '2024-06' });
    expect(quickPickRange('lastQuarter', '2024-05-10')).toEqual({ from: '2024-01', to: '2024-03' });
    expect(quickPickRange('thisYear', '2024-05-10')).toEqual({ from: '2024-01', to: '2024-12' });
  });

  it('crosses the turn of the year in January', () => {
    expect(quickPickRange('lastMonth', '2024-01-02')).toEqual({ from: '2023-12', to: '2023-12' });
    expect(quickPickRange('lastQuarter', '2024-01-02')).toEqual({ from: '2023-10', to: '2023-12' });
    expect(quickPickRange('thisQuarter', '2024-12-31')).toEqual({ from: '2024-10', to: '2024-12' });
  });

  it('knows when a period is over: from the first day after its last month', () => {
    expect(dayAfter({ from: '2023-01', to: '2023-06' })).toBe('2023-07-01');
    expect(dayAfter({ from: '2023-10', to: '2023-12' })).toBe('2024-01-01');
    expect(isPeriodOver({ from: '2023-01', to: '2023-06' }, '2023-06-30')).toBe(false);
    expect(isPeriodOver({ from: '2023-01', to: '2023-06' }, '2023-07-01')).toBe(true);
  });
});
