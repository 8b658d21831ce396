import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

// Monday 11 January 2027, 8:15: Tuesday is the 12th, Friday the 15th, Saturday the 16th.
const now = new Date('2027-01-11T08:15:00+01:00');
const it_ = { now, tz: 'Europe/Rome', lang: 'it' as const };
const en = { now: new Date('2027-01-11T08:15:00Z'), tz: 'Europe/London', lang: 'en' as const };

/**
 * General rules behind play-test 7's faults, each with sentences of our own (not the play-test's):
 * a day word typed with a letter missing inside it, a move's reason after its new time, and
 * dropping "also that one of …".
 */
describe('a five-letter slip of a day word', () => {
  it.each([
    ['ricordami dmani alle 8 di aprire prima', '2027-01-12T08:00:00+01:00', 'aprire prima'],
    ['ricordami sbato alle 9 di chiamare la Gina', '2027-01-16T09:00:00+01:00', 'chiamare la Gina'],
    [
      'ricordami domai alle 8 di portare la macchina dal meccanico',
      '2027-01-12T08:00:00+01:00',
      'portare la macchina dal meccanico',
    ],
  ])('%s', (text, when, reminderText) => {
    expect(understandRules(text, it_)).toEqual({ intent: 'reminder', when, text: reminderText });
  });

  it('never takes a name for a day or a month: a word missing its last letter stays itself', () => {
    expect(understandRules('chiama Maggi domani alle 10 per il preventivo', it_)).toMatchObject({
      intent: 'task',
      text: 'chiamare Maggi per il preventivo',
    });
  });
});

describe("a move's reason said after its new time", () => {
  it.each([
    ['sposta il dentista a venerdì perché giovedì sono chiusa', '2027-01-15', 'dentista'],
    ['sposta il dentista alle 11 perché alle 10 ho il corriere', '2027-01-11T11:00:00+01:00', 'dentista'],
  ])('%s', (text, when, target) => {
    expect(understandRules(text, it_)).toEqual({ intent: 'reschedule', when, target });
  });

  it('in English too', () => {
    expect(understandRules("move the dentist to friday because on thursday I'm closed", en)).toEqual({
      intent: 'reschedule',
      when: '2027-01-15',
      target: 'dentist',
    });
  });

  it('after a noun, "che" is part of the item moved', () => {
    expect(understandRules('sposta la riunione che ho giovedì a venerdì', it_)).toMatchObject({
      intent: 'reschedule',
      target: 'riunione che ho giovedì',
    });
  });
});

describe('dropping "also that one of …"', () => {
  it.each([
    ['lascia perdere pure quello della tintoria', 'tintoria'],
    ['lasciamo stare anche la prenotazione del parrucchiere', 'prenotazione del parrucchiere'],
    ['annulla anche il promemoria delle tasse', 'promemoria delle tasse'],
    ['annulla quella del commercialista', 'commercialista'],
  ])('%s cancels %s', (text, target) => {
    expect(understandRules(text, it_)).toEqual({ intent: 'cancel', target });
  });

  it('a move too', () => {
    expect(understandRules('sposta anche quella del commercialista a lunedì alle 11', it_)).toEqual({
      intent: 'reschedule',
      when: '2027-01-18T11:00:00+01:00',
      target: 'commercialista',
    });
  });
});

describe('a cancel verb typed with one consonant', () => {
  it.each([
    ['anulla la richiesta 2041', { intent: 'cancel', target: 'richiesta 2041', ref: 2041 }],
    ['cancela il promemoria del dentista', { intent: 'cancel', target: 'promemoria del dentista' }],
  ])('%s', (text, expected) => {
    expect(understandRules(text, it_)).toEqual(expected);
  });
});
