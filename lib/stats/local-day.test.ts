import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { addDays, createDayKeyer, dayRange, daysBetween, isDayKey, isTimeZone, localDay } from './local-day';

const utc = (iso: string) => Date.parse(iso);

describe('localDay: the agent’s local date, not the UTC date', () => {
  test.each([
    // [time zone, UTC instant, local wall clock, expected local day]
    // Europe/Berlin, the Saturday before spring-forward (CET, UTC+1)
    ['Europe/Berlin', '2026-03-28T22:30:00Z', '23:30 Sat', '2026-03-28'],
    ['Europe/Berlin', '2026-03-28T23:30:00Z', '00:30 Sun', '2026-03-29'],
    // Spring-forward day (02:00 CET → 03:00 CEST at 01:00Z): 23 hours long
    ['Europe/Berlin', '2026-03-29T00:59:00Z', '01:59 CET', '2026-03-29'],
    ['Europe/Berlin', '2026-03-29T01:00:00Z', '03:00 CEST', '2026-03-29'],
    ['Europe/Berlin', '2026-03-29T21:30:00Z', '23:30 Sun (CEST)', '2026-03-29'],
    ['Europe/Berlin', '2026-03-29T22:30:00Z', '00:30 Mon (CEST)', '2026-03-30'],
    // Fall-back day (03:00 CEST → 02:00 CET at 01:00Z): 25 hours, 02:30 happens twice
    ['Europe/Berlin', '2026-10-24T21:30:00Z', '23:30 Sat (CEST)', '2026-10-24'],
    ['Europe/Berlin', '2026-10-24T22:30:00Z', '00:30 Sun (CEST)', '2026-10-25'],
    ['Europe/Berlin', '2026-10-25T00:30:00Z', '02:30 CEST', '2026-10-25'],
    ['Europe/Berlin', '2026-10-25T01:30:00Z', '02:30 CET (again)', '2026-10-25'],
    ['Europe/Berlin', '2026-10-25T22:30:00Z', '23:30 Sun (CET)', '2026-10-25'],
    ['Europe/Berlin', '2026-10-25T23:30:00Z', '00:30 Mon (CET)', '2026-10-26'],
    // America/New_York, spring-forward 2026-03-08 (02:00 EST → 03:00 EDT at 07:00Z)
    ['America/New_York', '2026-03-08T04:30:00Z', '23:30 Sat (EST)', '2026-03-07'],
    ['America/New_York', '2026-03-08T05:30:00Z', '00:30 Sun (EST)', '2026-03-08'],
    ['America/New_York', '2026-03-09T03:30:00Z', '23:30 Sun (EDT)', '2026-03-08'],
    ['America/New_York', '2026-03-09T04:30:00Z', '00:30 Mon (EDT)', '2026-03-09'],
    // Fall-back 2026-11-01 (02:00 EDT → 01:00 EST at 06:00Z)
    ['America/New_York', '2026-11-01T03:30:00Z', '23:30 Sat (EDT)', '2026-10-31'],
    ['America/New_York', '2026-11-01T04:30:00Z', '00:30 Sun (EDT)', '2026-11-01'],
    ['America/New_York', '2026-11-02T04:30:00Z', '23:30 Sun (EST)', '2026-11-01'],
    ['America/New_York', '2026-11-02T05:30:00Z', '00:30 Mon (EST)', '2026-11-02'],
    // Far from UTC
    ['Pacific/Auckland', '2026-06-30T12:30:00Z', '00:30 Wed', '2026-07-01'],
    ['Asia/Kathmandu', '2026-06-30T18:14:00Z', '23:59 Tue (UTC+5:45)', '2026-06-30'],
    ['Asia/Kathmandu', '2026-06-30T18:15:00Z', '00:00 Wed (UTC+5:45)', '2026-07-01'],
  ])('%s %s (%s) is %s', (timeZone, iso, _wallClock, day) => {
    expect(localDay(utc(iso), timeZone)).toBe(day);
    expect(createDayKeyer(timeZone)(utc(iso))).toBe(day);
  });

  it('puts one instant on different days in different zones', () => {
    const at = utc('2026-03-08T04:30:00Z');
    expect(localDay(at, 'Europe/Berlin')).toBe('2026-03-08');
    expect(localDay(at, 'America/New_York')).toBe('2026-03-07');
  });

  it('the cached keyer agrees with localDay everywhere, DST and odd offsets included', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: utc('2020-01-01T00:00:00Z'), max: utc('2032-01-01T00:00:00Z') }), (zone, at) => {
        const keyer = createDayKeyer(zone);
        // Prime the 15-minute slot with another instant first, then ask for this one.
        keyer(at - (at % (15 * 60_000)));
        expect(keyer(at)).toBe(localDay(at, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects an unknown time zone', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(() => localDay(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('calendar arithmetic ignores DST', () => {
  test.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-05-10', -89, '2026-02-10'],
  ])('addDays(%s, %i) = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(n);
  });

  it('dayRange lists the days ending with the last, oldest first', () => {
    expect(dayRange('2026-03-30', 3)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(dayRange('2026-03-30', 30)).toHaveLength(30);
  });

  test.each([
    ['2026-03-29', true],
    ['2026-02-29', false],
    ['2026-3-29', false],
    ['yesterday', false],
  ])('isDayKey(%s) = %s', (day, ok) => expect(isDayKey(day)).toBe(ok));
});
