import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatMoment, formatTime } from '../../../src/client/ui/format-time';
import { useMonthFirstDateTimeFormat } from '../../support/month-first-intl';

describe('times shown to staff', () => {
  // 00:30 on 1 February in Helsinki, while UTC (and a tablet set to UTC) is still on 31 January.
  const justAfterMidnight = new Date('2023-01-31T22:30:00Z');

  it('shows only the time of a moment earlier on the same Helsinki day', () => {
    expect(formatMoment('2023-01-31T22:10:00Z', 'fi', justAfterMidnight)).toBe('00.10');
  });

  it('shows the date too when the moment was on the previous Helsinki day, whatever the device time zone', () => {
    expect(formatMoment('2023-01-31T21:50:00Z', 'fi', justAfterMidnight)).toBe('31.1.2023 klo 23.50');
    expect(formatMoment('2023-01-31T21:50:00Z', 'en', justAfterMidnight)).toBe('31/01/2023, 23:50');
  });

  it('shows a dash for a moment that never happened', () => {
    expect(formatTime(null, 'sv')).toBe('—');
  });
});

describe('times shown to staff on an engine whose dates are written month first', () => {
  let restore: () => void;
  let format: typeof import('../../../src/client/ui/format-time');
  beforeAll(async () => {
    restore = useMonthFirstDateTimeFormat();
    vi.resetModules();
    format = await import('../../../src/client/ui/format-time');
  });
  afterAll(() => restore());

  it('reads the same in every language as on any other engine', () => {
    const now = new Date('2023-01-31T22:30:00Z');
    expect(format.formatMoment('2023-01-31T21:50:00Z', 'fi', now)).toBe('31.1.2023 klo 23.50');
    expect(format.formatMoment('2023-01-31T21:50:00Z', 'sv', now)).toBe('31.1.2023 kl. 23.50');
    expect(format.formatMoment('2023-01-31T21:50:00Z', 'en', now)).toBe('31/01/2023, 23:50');
    expect(format.formatTimeOfDay('2023-01-31T22:05:00Z', 'en')).toBe('00:05');
  });
});
