import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useMonthFirstDateTimeFormat } from '../support/month-first-intl';

// ICU 72 made en-CA write 11/29/2026 (Node issues #45945, #46162); WebKitGTK 2.50 ships it, and
// a Node built against it would date every visit on the server the same way.
describe('dates on an engine whose en-CA writes M/D/YYYY', () => {
  let restore: () => void;
  let dates: typeof import('../../src/domain/helsinki-date');
  beforeAll(async () => {
    restore = useMonthFirstDateTimeFormat();
    vi.resetModules();
    dates = await import('../../src/domain/helsinki-date');
  });
  afterAll(() => restore());

  it('the stand-in formatter really writes en-CA month first', () => {
    const enCA = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
    expect(enCA.format(new Date('2026-11-29T12:00:00Z'))).toBe('11/29/2026');
  });

  it('still dates a visit as YYYY-MM-DD on the Helsinki calendar', () => {
    expect(dates.helsinkiDate(new Date('2026-11-29T12:00:00Z'))).toBe('2026-11-29');
    expect(dates.helsinkiDate(new Date('2023-01-31T22:30:00Z'))).toBe('2023-02-01');
    // Before 1996 the clock is read through Intl: summer time (UTC+3) in July 1990.
    expect(dates.helsinkiDate(new Date('1990-07-01T21:30:00Z'))).toBe('1990-07-02');
    expect(dates.isCalendarDate(dates.helsinkiDate(new Date()))).toBe(true);
  });

  it('still writes ISO timestamps with the Helsinki offset, midnight as 00', () => {
    expect(dates.helsinkiTimestamp(new Date('2023-01-31T22:00:00.250Z'))).toBe(
      '2023-02-01T00:00:00.250+02:00',
    );
    expect(dates.helsinkiTimestamp(new Date('2023-06-15T09:00:00Z'))).toBe('2023-06-15T12:00:00.000+03:00');
  });
});
