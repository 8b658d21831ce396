import { describe, expect, it } from 'vitest';
import { sameDate, sameRrule, sameSlots, sameWhen, scoreExample, summarize } from './scoring.js';

describe('sameWhen', () => {
  it('compares instants to the minute whatever the offset they are written with', () => {
    expect(sameWhen('2026-11-24T15:00:00+01:00', '2026-11-24T14:00:00Z')).toBe(true);
    expect(sameWhen('2026-11-24T15:00:00+01:00', '2026-11-24T15:00:45+01:00')).toBe(true);
    expect(sameWhen('2026-11-24T15:00:00+01:00', '2026-11-24T15:01:00+01:00')).toBe(false);
    expect(sameWhen('2026-11-24T15:00:00+01:00', '2026-11-24')).toBe(false);
    expect(sameWhen('2026-11-24T15:00:00+01:00', undefined)).toBe(false);
  });

  it('compares by date when the label is a bare date', () => {
    expect(sameWhen('2026-11-27', '2026-11-27')).toBe(true);
    expect(sameWhen('2026-11-27', '2026-11-27T09:00:00+01:00')).toBe(true);
    expect(sameWhen('2026-11-27', '2026-11-28')).toBe(false);
  });
});

describe('sameRrule', () => {
  it('compares rules as sets of parts, lists as sets', () => {
    expect(sameRrule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=10', 'FREQ=YEARLY;BYMONTHDAY=10;BYMONTH=2')).toBe(true);
    expect(sameRrule('FREQ=WEEKLY;BYDAY=MO,TU', 'FREQ=WEEKLY;BYDAY=TU,MO')).toBe(true);
    expect(sameRrule('FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=1')).toBe(true);
    expect(sameRrule('FREQ=WEEKLY;BYDAY=MO', 'FREQ=WEEKLY')).toBe(false);
    expect(sameRrule('FREQ=WEEKLY;BYDAY=MO', undefined)).toBe(false);
  });
});

describe('sameDate', () => {
  it('compares dates only', () => {
    expect(sameDate('2026-11-27', '2026-11-27')).toBe(true);
    expect(sameDate('2026-11-27', '2026-11-28')).toBe(false);
    expect(sameDate('2026-11-27', undefined)).toBe(false);
  });
});

describe('scoreExample and summarize', () => {
  it('counts only the keys the label has', () => {
    expect(scoreExample({ intent: 'cancel' }, { intent: 'cancel', when: '2026-11-24' })).toEqual({
      intent: true,
      full: true,
    });
    expect(scoreExample({ intent: 'task', due: '2026-11-27' }, { intent: 'task', due: '2026-11-27' })).toEqual({
      intent: true,
      due: true,
      full: true,
    });
  });

  it('is not fully correct when the intent or any labelled value is wrong', () => {
    expect(
      scoreExample(
        { intent: 'reminder', when: '2026-11-24T15:00:00+01:00' },
        { intent: 'task', when: '2026-11-24T15:00:00+01:00' },
      ).full,
    ).toBe(false);
    expect(
      scoreExample(
        { intent: 'reminder', when: '2026-11-24T15:00:00+01:00', rrule: 'FREQ=DAILY' },
        { intent: 'reminder', when: '2026-11-24T15:00:00+01:00' },
      ),
    ).toEqual({ intent: true, when: true, rrule: false, full: false });
  });

  it('rates each field over the lines that label it', () => {
    const report = summarize([
      { intent: true, when: true, full: true },
      { intent: true, when: false, full: false },
      { intent: false, full: false },
    ]);
    expect(report).toMatchObject({
      lines: 3,
      intent: { correct: 2, total: 3 },
      when: { correct: 1, total: 2 },
      rrule: { correct: 0, total: 0 },
      full: { correct: 1, total: 3 },
    });
  });
});

describe('sameSlots', () => {
  it("scores an office booking's window and the appointment a reminder comes before", () => {
    const window = { viaOffice: true, from: '2026-11-30', to: '2026-12-06', timeFrom: '11:00', timeTo: '13:00' };
    expect(sameSlots(window, { intent: 'booking', ...window })).toBe(true);
    expect(sameSlots(window, { intent: 'booking', ...window, timeFrom: '09:00' })).toBe(false);
    expect(sameSlots({ viaOffice: true }, { intent: 'booking' })).toBe(false);
    const event = { when: '2026-11-27T15:00:00+01:00' };
    expect(sameSlots({ event }, { intent: 'reminder', event: { when: '2026-11-27T14:00:00Z', title: 'x' } })).toBe(
      true,
    );
    expect(sameSlots({ event }, { intent: 'reminder', event: { when: '2026-11-27T16:00:00+01:00' } })).toBe(false);
    expect(sameSlots({ event }, { intent: 'reminder' })).toBe(false);
  });
});
