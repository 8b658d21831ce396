import { describe, expect, it } from 'vitest';
import { understandRules } from '../rules.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const read = (text: string, lang: 'it' | 'en' = 'it') => understandRules(text, { now, tz: 'Europe/Rome', lang });

describe('the client stating their status', () => {
  it.each([
    ['sono in riunione fino alle 16', { availability: 'busy', until: '2026-11-23T16:00:00+01:00' }],
    ['Ciao, sono occupata fino alle 15:30', { availability: 'busy', until: '2026-11-23T15:30:00+01:00' }],
    ["sono in call per mezz'ora", { availability: 'busy', until: '2026-11-23T10:30:00+01:00' }],
    ['non disturbare fino a domani mattina', { availability: 'dnd', until: '2026-11-24T09:00:00+01:00' }],
    ['non disturbarmi', { availability: 'dnd' }],
    ['sono in riunione', { availability: 'busy' }],
    ['sono libero', { availability: 'available' }],
    ['Sono tornata!', { availability: 'available' }],
  ])('reads Italian "%s"', (text, expected) => {
    expect(read(text)).toEqual({ intent: 'status', ...expected });
  });

  it.each([
    ["I'm in a meeting until 4pm", { availability: 'busy', until: '2026-11-23T16:00:00+01:00' }],
    ['I am on a call for an hour', { availability: 'busy', until: '2026-11-23T11:00:00+01:00' }],
    ['do not disturb until tomorrow morning', { availability: 'dnd', until: '2026-11-24T09:00:00+01:00' }],
    ["I'm back", { availability: 'available' }],
    ["I'm free", { availability: 'available' }],
  ])('reads English "%s"', (text, expected) => {
    expect(read(text, 'en')).toEqual({ intent: 'status', ...expected });
  });

  it('leaves questions about the agenda, events and reminders to their intents', () => {
    expect(read('domani sono libero?').intent).toBe('agenda');
    expect(read('am I free tomorrow?', 'en').intent).toBe('agenda');
    expect(read('sono in riunione con Rossi domani alle 10').intent).not.toBe('status');
    expect(read('ricordami che sono in riunione alle 16').intent).toBe('reminder');
    expect(read('sono libero domani').intent).not.toBe('status');
    expect(read('sono occupato venerdì').intent).not.toBe('status');
    expect(read("I'm busy on Friday", 'en').intent).not.toBe('status');
  });

  it('reads a bare morning hour already gone, said in the evening, as that hour of the evening', () => {
    const evening = { now: new Date('2026-11-23T19:05:00+01:00'), tz: 'Europe/Rome' };
    expect(understandRules('sono in negozio fino alle 8, nn mi passate nessuno', { ...evening, lang: 'it' })).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2026-11-23T20:00:00+01:00',
    });
    expect(understandRules("I'm at the shop till 9", { ...evening, lang: 'en' })).toMatchObject({
      until: '2026-11-23T21:00:00+01:00',
    });
    // "8am" says the morning: gone, asked back
    expect(understandRules("I'm at the shop till 8am", { ...evening, lang: 'en' })).toMatchObject({
      timeIssue: { reason: 'past', said: '8am' },
    });
  });

  it('does not take an hour already past today as tomorrow: it marks it as past', () => {
    expect(read('sono in riunione fino alle 9')).toEqual({
      intent: 'status',
      availability: 'busy',
      timeIssue: { reason: 'past', said: '9' },
    });
    expect(read("I'm in a meeting until 8am", 'en')).toEqual({
      intent: 'status',
      availability: 'busy',
      timeIssue: { reason: 'past', said: '8am' },
    });
    expect(read('sono in riunione fino a domani alle 9')).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2026-11-24T09:00:00+01:00',
    });
    const evening = new Date('2026-11-23T20:00:00+01:00');
    expect(understandRules('sono in riunione fino a stasera', { now: evening, tz: 'Europe/Rome', lang: 'it' })).toEqual(
      { intent: 'status', availability: 'busy', until: '2026-11-23T21:00:00+01:00' },
    );
  });

  it('reads being with someone or in the middle of some work until a time as busy, and "ci sono di nuovo" as free', () => {
    const busyUntil = (until: string) => ({ intent: 'status', availability: 'busy', until });
    expect(read('sono con un cliente fino alle 12, nn mi passate nessuno')).toEqual(
      busyUntil('2026-11-23T12:00:00+01:00'),
    );
    expect(read('sto tagliando i capelli a un signore fino alle 11 e un quarto')).toEqual(
      busyUntil('2026-11-23T11:15:00+01:00'),
    );
    expect(read('with the auditors until 3, no calls', 'en')).toEqual(busyUntil('2026-11-23T15:00:00+01:00'));
    expect(read("I'm finishing a perm until half 12", 'en')).toEqual(busyUntil('2026-11-23T12:30:00+01:00'));
    expect(read('eccomi, ci sono di nuovo')).toEqual({ intent: 'status', availability: 'available' });
    // with someone at a later time is an appointment; a progressive with no end is no status
    expect(read('sono con Marco giovedì alle 5')).toMatchObject({ intent: 'booking' });
    expect(read('sto finendo il bilancio, ricordami alle 5 di mandarlo')).toMatchObject({ intent: 'reminder' });
  });
});
