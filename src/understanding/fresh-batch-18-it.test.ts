import { describe, expect, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { understandRules } from './rules.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh18It } from '../../test/understanding/families/fresh-18-it.js';

/**
 * Fresh batch 18 (test/understanding/families/fresh-18-it-round*.ts): Italian whole client messages (voice notes,
 * fragments, typos) of clients not seen before. Beyond what the eval scores, a booking's `viaOffice` must be as
 * labelled (absent = the client's own event), and labelled free texts and party sizes must come out exactly.
 */
const FREE_TEXTS = ['title', 'with', 'text', 'target'] as const;

describe('fresh batch 18: Italian whole client messages', () => {
  for (const example of fresh18It.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      expectLabelled(example, { freeTexts: FREE_TEXTS });
    });
  }
});

/** Wednesday 12 January 2028, 08:30 in Rome. */
const it_ = { now: new Date('2028-01-12T08:30:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
const read = (text: string) => understandRules(text, it_);
const busyUntil = (until: string) => ({ intent: 'status', availability: 'busy', until });

describe('fresh batch 18: what round 1 taught', () => {
  it("drops a voice note's hesitations and a word said twice", () => {
    expect(read('ehm ehm ricordami alle 10 di chiamare chiamare il geometra')).toEqual({
      intent: 'reminder',
      when: '2028-01-12T10:00:00+01:00',
      text: 'chiamare il geometra',
    });
  });

  it('reads an order after a reported change as the request; the change alone stays a move', () => {
    expect(read('ieri hanno spostato la fiera quindi ricordami venerdì di disdire l albergo')).toMatchObject({
      intent: 'reminder',
      when: '2028-01-14T09:00:00+01:00',
    });
    expect(read('la riunione è stata spostata a giovedì alle 10')).toMatchObject({ intent: 'reschedule' });
  });

  it('keeps a status with what the client is there for, before or after its end', () => {
    expect(read('sono in magazzino a contare la merce fino alle 11')).toEqual(busyUntil('2028-01-12T11:00:00+01:00'));
    expect(read('sono in laboratorio fino alle 12 a finire le torte')).toEqual(busyUntil('2028-01-12T12:00:00+01:00'));
  });

  it('files a dated event closed by a filing verb with its pronoun, with no comma', () => {
    expect(read('il signor Gallo passa a ritirare il pacco giovedì alle 5 segnamelo')).toMatchObject({
      intent: 'booking',
      when: '2028-01-13T17:00:00+01:00',
    });
  });
});

describe('fresh batch 18: what round 2 taught', () => {
  it('reads "scade il 31" as a deadline: kept in a reminder\'s text, a task\'s due', () => {
    expect(read('ricordami lunedì di pagare il bollo, scade il 31')).toEqual({
      intent: 'reminder',
      when: '2028-01-17T09:00:00+01:00',
      text: 'pagare il bollo, scade il 31',
    });
    expect(read('la polizza scade il 20, rinnovala tu')).toMatchObject({ intent: 'task', due: '2028-01-20' });
  });
});

describe('fresh batch 18: what round 3 taught', () => {
  it("keeps a clock right after the target's day with the target when a new clock follows", () => {
    expect(read('sposta la lezione di venerdì alle 3 a sabato alle 10')).toEqual({
      intent: 'reschedule',
      when: '2028-01-15T10:00:00+01:00',
      target: 'lezione di venerdì alle 3',
    });
  });

  it('keeps a status with who the client is with or where, between the place and its end', () => {
    expect(read('sono in cantiere con un elettricista fino alle 4')).toEqual(busyUntil('2028-01-12T16:00:00+01:00'));
    expect(read('sono in visita a un rustico fino alle 12')).toEqual(busyUntil('2028-01-12T12:00:00+01:00'));
  });

  it('names the request when a question about how it goes takes up its number', () => {
    expect(read('la 7702 a che punto è?')).toEqual({ intent: 'ticket_status', ref: 7702 });
    expect(read('la 7702 come procede?')).toEqual({ intent: 'ticket_status', ref: 7702 });
  });
});

describe('fresh batch 18: what round 4 taught', () => {
  it('books a ferry as travel, work for the desk with no fixed slot', () => {
    expect(read('prenotami un traghetto per la Sardegna a luglio')).toMatchObject({
      intent: 'task',
      category: 'booking',
    });
  });

  it('reads "il primo" before a noun as an ordinal, before a time as the 1st', () => {
    expect(read('domani alle 9 ho il primo colloquio con la banca')).toMatchObject({
      intent: 'booking',
      when: '2028-01-13T09:00:00+01:00',
    });
    expect(read('ricordami il primo di pagare l affitto').when).toBe('2028-02-01T09:00:00+01:00');
  });

  it('lets a later reminder verb for the client win over a bare "sveglia" opening the message', () => {
    expect(read('sveglia presto stamattina ricordami alle 10 di chiamare il fornitore')).toEqual({
      intent: 'reminder',
      when: '2028-01-12T10:00:00+01:00',
      text: 'chiamare il fornitore',
    });
  });

  it('names Thanksgiving in Italian ("il giorno del ringraziamento")', () => {
    const newYork = { now: new Date('2027-11-07T10:00:00-05:00'), tz: 'America/New_York', lang: 'it' as const };
    const text = 'ricordami il mercoledì prima del giorno del ringraziamento di avvisare i pazienti';
    expect(understandRules(text, newYork).when).toBe('2027-11-24T09:00:00-05:00');
  });

  it('reads "il <weekday> prima" with no day of its own as that weekday before the day said elsewhere', () => {
    expect(read('il 10 marzo ho l esame, ricordamelo il lunedì prima').when).toBe('2028-03-06T09:00:00+01:00');
    expect(read('ricordami il venerdì prima di partire di chiudere il gas').when).toBe('2028-01-14T09:00:00+01:00');
  });

  it('keeps a status with a purpose after a place said with "al"', () => {
    expect(read('sono al mercato a comprare la frutta fino alle 10')).toEqual(busyUntil('2028-01-12T10:00:00+01:00'));
  });
});

describe('fresh batch 18: what round 5 taught', () => {
  it('keeps a status whose company runs into a second status', () => {
    expect(read('fino alle 11 sono in call con i fornitori non scrivetemi')).toEqual(
      busyUntil('2028-01-12T11:00:00+01:00'),
    );
  });

  it('leaves "sta" out of the item asked about, and the old time after "da" out of a move', () => {
    expect(read('a che punto sta il preventivo del tetto?')).toEqual({
      intent: 'ticket_status',
      target: 'il preventivo del tetto',
    });
    expect(read('sposta il corso da giovedì a lunedì alle 9')).toEqual({
      intent: 'reschedule',
      when: '2028-01-17T09:00:00+01:00',
      target: 'corso',
    });
  });
});

describe('fresh batch 18: what round 5 taught (2)', () => {
  it("reads a status after a comma when the words before it tell of the client's day and ask nothing", () => {
    expect(read('che giornata pesante, sono in riunione fino alle 6')).toEqual(busyUntil('2028-01-12T18:00:00+01:00'));
    expect(read('ricordami di chiamare Gino, sono in riunione fino alle 6').intent).not.toBe('status');
  });
});

describe('fresh batch 18: what round 6 taught', () => {
  it('asks the balance with "quanto mi resta/rimane" of hours or the package', () => {
    expect(read('quanto mi rimane del pacchetto?').intent).toBe('balance');
    expect(read('quanto mi resta da pagare?').intent).not.toBe('balance');
  });

  it('reads "ogni fine mese" as the last day of each month', () => {
    expect(read('ogni fine mese alle 6 ricordami di fare la chiusura cassa')).toMatchObject({
      when: '2028-01-31T18:00:00+01:00',
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1',
    });
  });

  it('reads a thing "da spostare" as no order to move, and "com è" as "com\'è"', () => {
    expect(read('c è il divano da spostare in sala venerdì').intent).not.toBe('reschedule');
    expect(read('la 8830 com è messa?')).toEqual({ intent: 'ticket_status', ref: 8830 });
  });
});
