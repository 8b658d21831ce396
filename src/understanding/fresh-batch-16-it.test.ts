import { describe, expect, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { understandRules } from './rules.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh16It } from '../../test/understanding/families/fresh-16-it.js';

/**
 * Fresh batch 16 (test/understanding/families/fresh-16-it-round*.ts): Italian whole client messages. Beyond
 * what the eval scores, a booking's `viaOffice` must be as labelled (absent = the client's own event), and
 * labelled free texts and party sizes must come out exactly.
 */
const FREE_TEXTS = ['title', 'with', 'text', 'target'] as const;

describe('fresh batch 16: Italian whole client messages', () => {
  for (const example of fresh16It.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      expectLabelled(example, { freeTexts: FREE_TEXTS });
    });
  }
});

/** Tuesday 9 November 2027, 09:30 in Rome. */
const it_ = { now: new Date('2027-11-09T09:30:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
const read = (text: string) => understandRules(text, it_);

describe('fresh batch 16: what round 1 taught', () => {
  it('leaves the context before "ma"/"quindi" out of the request, comma or not', () => {
    expect(read('venerdì sono a Roma quindi giovedì ricordami di stampare i biglietti').when).toBe(
      '2027-11-11T09:00:00+01:00',
    );
    expect(read('sabato nn lavoro ma lunedì alle 8 ricordami di aprire il magazzino').when).toBe(
      '2027-11-15T08:00:00+01:00',
    );
  });

  it('reads "tra 3 sett" as weeks, "il 3 sett" stays September', () => {
    expect(read('tra 3 sett ricordami il tagliando').when).toBe('2027-11-30T09:30:00+01:00');
    expect(read('il 3 sett ricordami il tagliando').when).toBe('2028-09-03T09:00:00+02:00');
  });

  it('names a request by its article when a pronoun or verb takes it up', () => {
    expect(read("la 4471 l'avete spedita?")).toMatchObject({ intent: 'ticket_status', ref: 4471 });
    expect(read('la 4471 è pronta?')).toMatchObject({ intent: 'ticket_status', ref: 4471 });
  });

  it('asks the balance with "quante ore" and the package anywhere', () => {
    expect(read('scusa quante ore avanzano nel pacchetto di dicembre?').intent).toBe('balance');
    expect(read('quante ore ci vogliono per la traduzione?').intent).not.toBe('balance');
  });

  it('keeps a status when what the client does next follows "poi", not when a request does', () => {
    expect(read('sono dal cliente fino alle 12 poi torno in ufficio')).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-09T12:00:00+01:00',
    });
    expect(read('sono in riunione fino alle 11 poi ricordami di chiamare Gino').intent).toBe('reminder');
  });

  it('hands an obligation to the office when a closing work verb takes it up', () => {
    expect(read('devo scrivere la lettera al condominio entro venerdì, me la prepari tu?')).toMatchObject({
      intent: 'task',
      due: '2027-11-12',
    });
    expect(read('devo pagare il bollo venerdì').intent).toBe('reminder');
  });
});

describe('fresh batch 16: what round 2 taught', () => {
  it('leaves a time the client tells the past of out of the request', () => {
    expect(read('stamattina ho già chiamato il notaio, ricordami alle 5 di mandargli i documenti').when).toBe(
      '2027-11-09T17:00:00+01:00',
    );
  });

  it('reads an order with its pronoun first after the client context, in a question', () => {
    expect(read('il pc nn parte mi trovi un tecnico x domani?')).toMatchObject({ intent: 'task', due: '2027-11-10' });
    expect(read('domani Rossi mi chiama alle 10').intent).not.toBe('task');
  });

  it('asks how a request is going when a question names only its number', () => {
    expect(read('e la richiesta 5120 tutto ok?')).toEqual({ intent: 'ticket_status', ref: 5120 });
    expect(read('annulla la richiesta 5120?').intent).toBe('cancel');
  });

  it('keeps "nn rispondo" in a status, and a gone 10 or 11 is the evening one', () => {
    const evening = { ...it_, now: new Date('2027-11-09T20:30:00+01:00') };
    expect(understandRules('sono in palestra fino alle 11 nn rispondo', evening)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-09T23:00:00+01:00',
    });
  });
});

describe('fresh batch 16: what round 3 taught', () => {
  it('leaves the context before "ma" out of an event said with no verb, time and title', () => {
    expect(read('oggi sono a casa col raffreddore ma venerdì alle 10 ho il notaio')).toMatchObject({
      intent: 'booking',
      when: '2027-11-12T10:00:00+01:00',
      title: 'notaio',
    });
  });

  it('reads a status whose place is followed by who the client is with', () => {
    expect(read('fino alle 12 sono in laboratorio con un fornitore')).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-09T12:00:00+01:00',
    });
    expect(read('sono chiuso in archivio fino alle 11')).toMatchObject({ intent: 'status', availability: 'busy' });
  });

  it('books an uber as a ride the office arranges', () => {
    expect(read('prenotami un uber x domani alle 7 di mattina')).toMatchObject({
      intent: 'booking',
      viaOffice: true,
      when: '2027-11-10T07:00:00+01:00',
    });
  });
});

describe('fresh batch 16: what round 4 taught', () => {
  it('reads "c è" typed without its apostrophe as "c\'è"', () => {
    expect(read('cosa c è in agenda venerdì?')).toMatchObject({ intent: 'agenda', from: '2027-11-12' });
  });

  it('reads "per la prossima ora" and "per la prossima mezz ora" as the end of a status', () => {
    expect(read('sono in call x la prossima mezz ora')).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-09T10:00:00+01:00',
    });
  });

  it('reads being at a meal with someone until a time as a status, a meal at a time stays an event', () => {
    expect(read('sono a pranzo con dei fornitori fino alle 3')).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-09T15:00:00+01:00',
    });
    expect(read('venerdì sono a cena da Gino alle 9').intent).toBe('booking');
  });
});

describe('fresh batch 16: what round 5 taught', () => {
  it('keeps a status whose place opens with "sotto"/"sul", closed by a promise to call back or a duty', () => {
    expect(read('sono sul tetto fino alle 12 ti richiamo io')).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-09T12:00:00+01:00',
    });
    expect(read('non ci sono per nessuno fino alle 11 devo chiudere il bilancio')).toMatchObject({
      intent: 'status',
      availability: 'dnd',
    });
  });

  it('names the request when the verb takes up an article and number said first', () => {
    expect(read('la 5530 spostala a giovedì alle 10')).toMatchObject({ intent: 'reschedule', ref: 5530 });
  });

  it('leaves the context before "cmq" and a past told with no head verb out of the event', () => {
    expect(read('ieri ho lavorato fino a tardi, cmq giovedì alle 11 ho il commercialista')).toMatchObject({
      intent: 'booking',
      when: '2027-11-11T11:00:00+01:00',
      title: 'commercialista',
    });
  });
});

describe('fresh batch 16: what round 6 taught', () => {
  it('reads "oggi" before a status for the rest of a part of today', () => {
    expect(read('oggi sono in udienza tutta la mattina')).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-09T13:00:00+01:00',
    });
  });

  it('keeps a status with where it is ("a Monaco") and being "a" somewhere', () => {
    expect(read('fino a venerdì sono in fiera a Rimini')).toMatchObject({
      intent: 'status',
      until: '2027-11-12T09:00:00+01:00',
    });
    expect(read('sono a una conferenza fino alle 6')).toMatchObject({
      intent: 'status',
      until: '2027-11-09T18:00:00+01:00',
    });
  });

  it("leaves the days of a context clause out when the request's clause names its own day first", () => {
    expect(read('domani sono a Napoli, giovedì ricordami alle 9 di pagare il fornitore').when).toBe(
      '2027-11-11T09:00:00+01:00',
    );
  });
});
