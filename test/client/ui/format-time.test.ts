import { describe, expect, it } from 'vitest';
import { formatMoment, formatTime } from '../../../src/client/ui/format-time';

describe('times shown to staff', () => {
  // 00:30 on 1 February in Helsinki, while UTC (and a tablet set to UTC) is still on 31 January.
  const justAfterMidnight = new Date('2023-01-31T22:30:00Z');

  it('shows only the time of a moment earlier on the same Helsinki day', () => {
    expect(formatMoment('2023-01-31T22:10:00Z', 'fi', justAfterMidnight)).toBe('00.10');
  });

  it('shows the date too when the moment was on the previous Helsinki day, whatever the device time zone', () => {
    expect(formatMoment('2023-01-31T21:50:00Z', 'fi', justAfterMidnight)).toBe('31.1.2023 klo 23.50');
    expect(formatMoment('2023-01-31T21:50:00Z', 'en', justAfterMidnight)).toMatch(/31\/01\/2023,? 23:50/);
  });

  it('shows a dash for a moment that never happened', () => {
    expect(formatTime(null, 'sv')).toBe('—');
  });
});
