import { describe, expect, it } from 'vitest';
import { decodeButton } from '../../kernel/actions.js';
import { fireInstant, reminderMessage } from './delivery.js';
import { snoozeUntil } from './snooze.js';

const client = { tz: 'Europe/Rome', quietHoursStart: '21:00', quietHoursEnd: '08:00' };
const at = (iso: string) => new Date(iso);
const occurrenceId = '0193a8f2-1c2d-7e4f-8a9b-0c1d2e3f4a5b';

describe('when a reminder occurrence goes out', () => {
  const night = at('2026-11-23T23:00:00+01:00');

  it('keeps a time the client named, even at night', () => {
    expect(fireInstant({ dueAt: night, snoozedFromId: null }, { explicitTime: true }, client)).toEqual(night);
  });

  it('waits for the morning when the time was not the client choice', () => {
    expect(fireInstant({ dueAt: night, snoozedFromId: null }, { explicitTime: false }, client)).toEqual(
      at('2026-11-24T08:00:00+01:00'),
    );
  });

  it('keeps a snoozed time: the client tapped it', () => {
    expect(fireInstant({ dueAt: night, snoozedFromId: occurrenceId }, { explicitTime: false }, client)).toEqual(night);
  });
});

describe('the delivered reminder', () => {
  const now = at('2026-11-23T10:00:00+01:00');

  it('carries Done, +10 min, +1 h and Tomorrow for that occurrence', () => {
    const message = reminderMessage(
      { id: occurrenceId, dueAt: now },
      'chiamare Rossi',
      { lang: 'it', tz: 'Europe/Rome' },
      false,
      now,
    );
    expect(message.text).toBe('⏰ Promemoria: chiamare Rossi');
    expect(message.buttons?.flat().map((b) => b.label)).toEqual(['Fatto', '+10 min', '+1 ora', 'Domani']);
    expect(message.buttons?.flat().map((b) => decodeButton(b.data))).toEqual([
      { op: 'occurrence_done', occurrenceId },
      { op: 'snooze', snooze: '10m', occurrenceId },
      { op: 'snooze', snooze: '1h', occurrenceId },
      { op: 'snooze', snooze: 'tm', occurrenceId },
    ]);
    for (const b of message.buttons!.flat()) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
  });

  it('says when it is late and for when it was', () => {
    const message = reminderMessage(
      { id: occurrenceId, dueAt: at('2026-11-23T08:30:00+01:00') },
      'call Rossi',
      { lang: 'en', tz: 'Europe/Rome' },
      true,
      now,
    );
    expect(message.text).toBe('⏰ Reminder, sent late (it was due Monday 23 November at 8:30): call Rossi');
  });
});

describe('snooze times', () => {
  const now = at('2026-11-23T20:55:00+01:00');

  it('are 10 minutes, an hour, or tomorrow at 9:00 local', () => {
    expect(snoozeUntil('10m', now, 'Europe/Rome')).toEqual(at('2026-11-23T21:05:00+01:00'));
    expect(snoozeUntil('1h', now, 'Europe/Rome')).toEqual(at('2026-11-23T21:55:00+01:00'));
    expect(snoozeUntil('tm', now, 'Europe/Rome')).toEqual(at('2026-11-24T09:00:00+01:00'));
    expect(snoozeUntil('tm', at('2027-03-27T10:00:00+01:00'), 'Europe/Rome')).toEqual(at('2027-03-28T09:00:00+02:00'));
  });
});
