import { describe, expect, it } from 'vitest';
import { understandRules } from '../understanding/rules.js';
import { isGibberish } from './context.js';
import { correctedWords } from './routes/correction.js';
import { refusesCancel, smallTalkOf } from './small-talk.js';
import { wholeDayOf } from './flows/booking.js';
import { matchByEventKind, type Candidate } from './targets.js';

/**
 * Pure rules behind the play-test fixes as a new client: a time corrected right after it was set,
 * a booking named by the kind of event, thanks in phone spelling, and words nobody can read.
 */
describe('a correction that only says the new time', () => {
  it.each([
    ['scusa nn alle 18, alle 17', 'alle 17'],
    ['scusa non alle 18, alle 17', 'alle 17'],
    ['no anzi alle 17', 'alle 17'],
    ['scusa nn x le 18, x le 17', 'x le 17'],
    ['sorry not 6, 5pm', '5pm'],
    ['sorry, not at 6 but at 5pm', 'at 5pm'],
    ['anzi alle 17 invece', 'alle 17'],
  ])('%s says %s', (text, said) => {
    expect(correctedWords(text)).toEqual({ said, opener: 'correction' });
  });

  it.each([
    ['make it 5 instead', '5'],
    ['facciamo le 17 invece', 'le 17'],
    // the reason for the change, with its own time, is no part of the new time (play-test 7)
    ['spostalo alle 11 perché alle 10 ho il corriere', 'alle 11'],
    ['facciamo giovedì che mercoledì sono chiusa', 'giovedì'],
    ['make it 6 because at 5 I have a client', '6'],
  ])('%s only sets a time: %s', (text, said) => {
    expect(correctedWords(text)).toEqual({ said, opener: 'setting' });
  });
});

describe('thanks in phone spelling are small talk', () => {
  it.each([
    ['grz', 'thanks'],
    ['grazie 1000', 'thanks'],
    ['Grazie mille!!', 'thanks'],
    ['thx', 'thanks'],
    ['ty', 'thanks'],
    ['tnx', 'thanks'],
    ['cheers', 'thanks'],
    ['thanks, cheers', 'thanks'],
    ['grazie, ciao', 'thanks'],
    ['ok grz', 'yes'],
    ['ok grazie', 'yes'],
    ['perfetto grazie', 'yes'],
    ['perfect thx', 'yes'],
  ] as const)('%s is %s', (text, kind) => expect(smallTalkOf(text)).toBe(kind));
});

describe('words nobody can read', () => {
  it.each(['asdjk ricrdm qll cs dll tto ke ti dcv ieri bho', 'sdfgh jkl qwrt', 'xcvb mnbv lkjh pqr'])(
    '%s is gibberish',
    (text) => expect(isGibberish(text)).toBe(true),
  );
  it.each([
    'cmq nn è urgente',
    'ricordami dmn alle 9 di chiamare Rossi',
    'ok grz',
    'thx, pls call me tmrw',
    'nn so se cmq ce la fcc x le 5',
    'asdf',
    'Prenotami un tavolo x 4 da Sushi Saito',
  ])('%s is not gibberish', (text) => expect(isGibberish(text)).toBe(false));
});

describe('a booking named by the kind of event', () => {
  const items: Candidate[] = [
    { kind: 'booking', id: 'nobu', label: 'table at Nobu ' },
    { kind: 'booking', id: 'mario', label: 'tavolo da Mario (4 persone) ' },
    { kind: 'booking', id: 'rossi', label: 'riunione con Rossi ' },
    { kind: 'booking', id: 'call', label: 'call with the bank ' },
    { kind: 'booking', id: 'dentist', label: 'visita dal dentista ' },
    { kind: 'reminder', id: 'r1', label: 'mandare le fatture' },
  ];
  const ids = (target: string, among = items) => matchByEventKind(target, among).map((c) => c.id);

  it('finds restaurant bookings for a meal word, in Italian and English', () => {
    expect(ids('dinner')).toEqual(['nobu', 'mario']);
    expect(ids('la cena')).toEqual(['nobu', 'mario']);
    expect(ids('il pranzo di venerdì')).toEqual(['nobu', 'mario']);
    expect(ids('the lunch', [items[0]!, items[2]!])).toEqual(['nobu']);
  });

  it('finds meetings and calls for a meeting word, appointments for a visit word', () => {
    expect(ids('the meeting')).toEqual(['rossi', 'call']);
    expect(ids('la call')).toEqual(['rossi', 'call']);
    expect(ids("l'appuntamento dal medico")).toEqual(['dentist']);
  });

  it('never takes a booking of another kind, and nothing for words of no kind', () => {
    expect(ids('dinner', [items[2]!, items[4]!])).toEqual([]);
    expect(ids('the invoices')).toEqual([]);
  });
});

describe('"same time" in a move keeps the booking\'s own time', () => {
  const it_ = { now: new Date('2026-11-23T10:00:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
  const en = { now: new Date('2026-11-23T10:00:00+01:00'), tz: 'Europe/Rome', lang: 'en' as const };
  it.each([
    ['spostala a sabato stessa ora', it_],
    ['sposta la cena a sabato alla stessa ora', it_],
    ['sposta la cena a sabato stesso orario', it_],
    ['sposta la cena a sabato allo stesso orario', it_],
    ['move the dinner to saturday same time', en],
    ['move the dinner to saturday at the same time', en],
  ] as const)('%s moves to Saturday, no clock', (text, ctx) => {
    const u = understandRules(text, ctx);
    expect(u).toMatchObject({ intent: 'reschedule', when: '2026-11-28' });
    expect(u.target ?? '').not.toMatch(/stess|same|orario|time|allo/);
  });

  it('still reads "domani a quest\'ora" / "this time tomorrow" in a reminder as the clock time now', () => {
    expect(understandRules("ricordamelo domani a quest'ora", it_).when).toBe('2026-11-24T10:00:00+01:00');
    expect(understandRules('remind me this time tomorrow to call Anna', en).when).toBe('2026-11-24T10:00:00+01:00');
  });
});

describe('a no to "Annullo «…»?" said with more words', () => {
  it.each(['no aspetta, la cena la teniamo', 'nono lascia', 'wait, keep it', 'no no, resta così', 'no'])(
    'refuses on "%s"',
    (text) => expect(refusesCancel(text)).toBe(true),
  );
  it.each(['no, annulla il pranzo invece', 'no wait, cancel the lunch', 'nota bene il tavolo', 'aspettami alle 5'])(
    'does not refuse on "%s"',
    (text) => expect(refusesCancel(text)).toBe(false),
  );
});

describe('a day booking said to take the whole day', () => {
  it.each([
    ['corso di aggiornamento a Milano tutto il giorno', 'corso di aggiornamento a Milano'],
    ['inventario in magazzino, per tutta la giornata', 'inventario in magazzino'],
    ['trade fair in Verona all day', 'trade fair in Verona'],
    ['workshop the whole day', 'workshop'],
  ])('"%s" is "%s", not asked its time', (title, bare) => {
    expect(wholeDayOf(title)).toEqual({ title: bare, wholeDay: true });
  });
  it('keeps a title that is only the whole day, or says it elsewhere', () => {
    expect(wholeDayOf('tutto il giorno')).toEqual({ title: 'tutto il giorno', wholeDay: false });
    expect(wholeDayOf('giornata in fiera')).toEqual({ title: 'giornata in fiera', wholeDay: false });
  });
});
