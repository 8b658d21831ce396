import { describe, expect, it } from 'vitest';
import { findFreeSlots, nearestFreeSlots, withinWorkingHours, type Interval, type SlotSearch } from './slots.js';
import { defaultWorkingHours, parseWorkingHours, type WorkingHours } from './working-hours.js';

const tz = 'Europe/Rome';
const at = (iso: string) => new Date(iso);
const busy = (start: string, end: string): Interval => ({ start: at(start), end: at(end) });
/** Slots as local "YYYY-MM-DD HH:MM-HH:MM" in Rome, the way a client reads them. */
const local = (slots: Interval[]) =>
  slots.map((s) => {
    const f = (d: Date) => d.toLocaleString('sv-SE', { timeZone: tz }).slice(0, 16);
    return `${f(s.start)}-${f(s.end).slice(11)}`;
  });
// Monday 23 November 2026, 08:00 in Rome.
const monday = at('2026-11-23T08:00:00+01:00');
const search = (over: Partial<SlotSearch>): SlotSearch => ({
  hours: defaultWorkingHours,
  tz,
  busy: [],
  from: '2026-11-26',
  to: '2026-11-26',
  durationMin: 60,
  now: monday,
  ...over,
});
const everyDay = (start: string, end: string): WorkingHours =>
  parseWorkingHours(
    Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start, end }]])),
  ).hours;

describe('free slots in a day', () => {
  it('start at the first free quarter and each starts when the previous one ends', () => {
    expect(local(findFreeSlots(search({})))).toEqual([
      '2026-11-26 09:00-10:00',
      '2026-11-26 10:00-11:00',
      '2026-11-26 11:00-12:00',
    ]);
  });

  it('step around bookings that start at 09:00 and end at 18:00', () => {
    const slots = findFreeSlots(
      search({
        busy: [
          busy('2026-11-26T09:00:00+01:00', '2026-11-26T10:30:00+01:00'),
          busy('2026-11-26T11:00:00+01:00', '2026-11-26T18:00:00+01:00'),
        ],
        limit: 5,
      }),
    );
    // 10:30-11:00 is too short for an hour: nothing fits that day
    expect(slots).toEqual([]);
    const afternoon = findFreeSlots(
      search({ busy: [busy('2026-11-26T09:00:00+01:00', '2026-11-26T16:00:00+01:00')], limit: 5 }),
    );
    expect(local(afternoon)).toEqual(['2026-11-26 16:00-17:00', '2026-11-26 17:00-18:00']);
  });

  it('offer nothing that day when asked at 17:30 for an hour', () => {
    expect(findFreeSlots(search({ now: at('2026-11-26T17:30:00+01:00') }))).toEqual([]);
    expect(local(findFreeSlots(search({ now: at('2026-11-26T17:30:00+01:00'), durationMin: 30 })))).toEqual([
      '2026-11-26 17:30-18:00',
    ]);
  });

  it('never propose the past: now inside the window rounds up to the next quarter', () => {
    expect(local(findFreeSlots(search({ now: at('2026-11-26T10:07:00+01:00') })))[0]).toBe('2026-11-26 10:15-11:15');
    expect(local(findFreeSlots(search({ now: at('2026-11-26T10:15:00+01:00') })))[0]).toBe('2026-11-26 10:15-11:15');
  });

  it('respect a part of the day and several working intervals', () => {
    const split = parseWorkingHours({
      ...Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [
          d,
          [
            { start: '14:00', end: '18:00' },
            { start: '09:00', end: '13:00' },
          ],
        ]),
      ),
    }).hours;
    expect(local(findFreeSlots(search({ hours: split, durationMin: 90, limit: 4 })))).toEqual([
      '2026-11-26 09:00-10:30',
      '2026-11-26 10:30-12:00',
      '2026-11-26 14:00-15:30',
      '2026-11-26 15:30-17:00',
    ]);
    expect(local(findFreeSlots(search({ hours: split, window: { start: 13 * 60, end: 18 * 60 } })))).toEqual([
      '2026-11-26 14:00-15:00',
      '2026-11-26 15:00-16:00',
      '2026-11-26 16:00-17:00',
    ]);
    // evening is outside a 09:00-18:00 day
    expect(findFreeSlots(search({ window: { start: 18 * 60, end: 24 * 60 } }))).toEqual([]);
  });

  it('treat requested bookings with a time as busy', () => {
    const slots = findFreeSlots(
      search({ busy: [busy('2026-11-26T09:15:00+01:00', '2026-11-26T09:45:00+01:00')], limit: 1 }),
    );
    expect(local(slots)).toEqual(['2026-11-26 09:45-10:45']);
  });
});

describe('free slots over several days', () => {
  it('skip a fully booked day and spread over the next ones', () => {
    const slots = findFreeSlots(
      search({
        from: '2026-11-26',
        to: '2026-12-04',
        busy: [busy('2026-11-26T09:00:00+01:00', '2026-11-26T18:00:00+01:00')],
      }),
    );
    // Friday, then the weekend has no hours, then Monday
    expect(local(slots)).toEqual(['2026-11-27 09:00-10:00', '2026-11-30 09:00-10:00', '2026-12-01 09:00-10:00']);
  });

  it('fill with a second slot of a day when the range has fewer days', () => {
    expect(local(findFreeSlots(search({ from: '2026-11-26', to: '2026-11-27' })))).toEqual([
      '2026-11-26 09:00-10:00',
      '2026-11-26 10:00-11:00',
      '2026-11-27 09:00-10:00',
    ]);
  });
});

describe('daylight-saving days in Europe/Rome', () => {
  it('keep a 09:00-18:00 day at 9 local hours on 29 March and 25 October 2026', () => {
    for (const day of ['2026-03-29', '2026-10-25']) {
      const slots = findFreeSlots(
        search({ hours: everyDay('09:00', '18:00'), from: day, to: day, now: at(`${day}T00:00:00Z`), limit: 20 }),
      );
      expect(local(slots)).toHaveLength(9);
      expect(local(slots)[0]).toBe(`${day} 09:00-10:00`);
      expect(local(slots).at(-1)).toBe(`${day} 17:00-18:00`);
    }
    expect(
      findFreeSlots(
        search({
          hours: everyDay('09:00', '18:00'),
          from: '2026-03-29',
          to: '2026-03-29',
          now: at('2026-03-28T12:00:00Z'),
          limit: 1,
        }),
      )[0]!.start.toISOString(),
    ).toBe('2026-03-29T07:00:00.000Z');
  });

  it('count the real length of an interval across the change', () => {
    const night = everyDay('01:00', '04:00');
    // the clocks skip 02:00-03:00: two real hours
    expect(
      local(
        findFreeSlots(
          search({ hours: night, from: '2026-03-29', to: '2026-03-29', now: at('2026-03-28T12:00:00Z'), limit: 5 }),
        ),
      ),
    ).toEqual(['2026-03-29 01:00-03:00', '2026-03-29 03:00-04:00']);
    // 02:00-03:00 happens twice: four real hours
    expect(
      findFreeSlots(
        search({ hours: night, from: '2026-10-25', to: '2026-10-25', now: at('2026-10-24T12:00:00Z'), limit: 5 }),
      ),
    ).toHaveLength(4);
  });
});

describe('nearest free slots to a clashing request', () => {
  it('come before and after the wanted time, not overlapping each other', () => {
    const slots = nearestFreeSlots({
      hours: defaultWorkingHours,
      tz,
      busy: [busy('2026-11-26T15:00:00+01:00', '2026-11-26T16:00:00+01:00')],
      durationMin: 60,
      now: monday,
      wanted: at('2026-11-26T15:30:00+01:00'),
    });
    expect(local(slots)).toEqual(['2026-11-26 14:00-15:00', '2026-11-26 16:00-17:00', '2026-11-26 17:00-18:00']);
  });

  it('move to other days when the day is full', () => {
    const slots = nearestFreeSlots({
      hours: defaultWorkingHours,
      tz,
      busy: [busy('2026-11-26T09:00:00+01:00', '2026-11-26T18:00:00+01:00')],
      durationMin: 60,
      now: monday,
      wanted: at('2026-11-26T17:00:00+01:00'),
    });
    // Friday 09:00 is 16 hours after the wanted time, Wednesday 17:00 a day before it
    expect(local(slots)).toEqual(['2026-11-27 09:00-10:00', '2026-11-27 10:00-11:00', '2026-11-27 11:00-12:00']);
    const early = nearestFreeSlots({
      hours: defaultWorkingHours,
      tz,
      busy: [busy('2026-11-26T09:00:00+01:00', '2026-11-26T18:00:00+01:00')],
      durationMin: 60,
      now: monday,
      wanted: at('2026-11-26T09:00:00+01:00'),
    });
    expect(local(early)).toEqual(['2026-11-25 15:00-16:00', '2026-11-25 16:00-17:00', '2026-11-25 17:00-18:00']);
  });
});

describe('working hours', () => {
  it('fall back to Monday-Friday 09:00-18:00 when the stored value is bad', () => {
    expect(parseWorkingHours({ mon: [{ start: '18:00', end: '09:00' }] })).toEqual({
      hours: defaultWorkingHours,
      valid: false,
    });
    expect(parseWorkingHours('nonsense').valid).toBe(false);
    expect(
      parseWorkingHours({
        mon: [
          { start: '09:00', end: '13:00' },
          { start: '12:00', end: '18:00' },
        ],
      }).valid,
    ).toBe(false);
    expect(parseWorkingHours({ sat: [{ start: '10:00', end: '12:00' }] }).hours.sat).toEqual([
      { start: 600, end: 720 },
    ]);
  });

  it('tell whether a slot lies inside them', () => {
    expect(
      withinWorkingHours(defaultWorkingHours, tz, busy('2026-11-26T17:00:00+01:00', '2026-11-26T18:00:00+01:00')),
    ).toBe(true);
    expect(
      withinWorkingHours(defaultWorkingHours, tz, busy('2026-11-26T17:30:00+01:00', '2026-11-26T18:30:00+01:00')),
    ).toBe(false);
    expect(
      withinWorkingHours(defaultWorkingHours, tz, busy('2026-11-28T10:00:00+01:00', '2026-11-28T11:00:00+01:00')),
    ).toBe(false);
  });
});
