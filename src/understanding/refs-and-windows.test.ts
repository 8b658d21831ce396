import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';
import { sameSlots, scoreExample } from './scoring.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { refsAndWindows } from '../../test/understanding/families/refs-and-windows.js';

/**
 * The labelled set test/understanding/families/refs-and-windows.ts, with what the eval does not
 * score: a booking's `viaOffice`, and the hours of a window said with a part of the day.
 */
describe('request numbers said first, and windows of bookings the office makes', () => {
  for (const example of refsAndWindows.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      const got = understandRules(example.text, { now: new Date(example.now), tz: example.tz, lang: example.lang });
      expect(scoreExample(example, got), JSON.stringify(got)).toMatchObject({ full: true });
      expect(sameSlots(example.slots, got) ?? true, JSON.stringify(got)).toBe(true);
      if (example.intent === 'booking') expect(got.viaOffice ?? false, 'viaOffice').toBe(true);
    });
  }
});

/** Monday 7 December 2026, 10:00 in Rome, and the same instant in London. */
const it_ = { now: new Date('2026-12-07T10:00:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
const en = { now: new Date('2026-12-07T09:00:00+00:00'), tz: 'Europe/London', lang: 'en' as const };

describe('the hours of a window', () => {
  it('reads a part of the day with no clock as its hours: late morning 11-13, morning 9-13, afternoon 13-18', () => {
    expect(understandRules('prenotami il dermatologo la prossima sett in tarda mattinata', it_)).toMatchObject({
      from: '2026-12-14',
      to: '2026-12-20',
      timeFrom: '11:00',
      timeTo: '13:00',
    });
    expect(understandRules('prenotami il dentista giovedì in mattinata', it_)).toMatchObject({
      from: '2026-12-10',
      to: '2026-12-10',
      timeFrom: '09:00',
      timeTo: '13:00',
    });
    expect(understandRules('book the vet next week in the afternoon', en)).toMatchObject({
      timeFrom: '13:00',
      timeTo: '18:00',
    });
  });

  it('keeps a time said exactly as the instant, with no window', () => {
    const exact = understandRules('prenotami il dentista giovedì alle 10', it_);
    expect(exact).toMatchObject({ intent: 'booking', when: '2026-12-10T10:00:00+01:00', viaOffice: true });
    expect(exact.from ?? exact.timeFrom).toBeUndefined();
    // the client's own appointment is on their agenda at the contract's time: no window
    const own = understandRules('la prossima settimana in tarda mattinata riunione con Bassi', it_);
    expect(own.from ?? own.timeFrom).toBeUndefined();
  });

  it('takes the week with no part of the day as days only', () => {
    const week = understandRules('prenota il meccanico la settimana prossima', it_);
    expect(week).toMatchObject({ from: '2026-12-14', to: '2026-12-20', viaOffice: true });
    expect(week.timeFrom).toBeUndefined();
  });
});
