import { describe, expect, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { understandRules } from './rules.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh20It } from '../../test/understanding/families/fresh-20-it.js';

/**
 * Fresh batch 20 (test/understanding/families/fresh-20-it-round*.ts): Italian whole client messages in the
 * formal register, dictated through speech-to-text, in regional Italian, pasted from e-mails, with emoji and
 * capitals. Beyond what the eval scores, a booking's `viaOffice` must be as labelled (absent = the client's
 * own event), and labelled free texts and party sizes must come out exactly.
 */
const FREE_TEXTS = ['title', 'with', 'text', 'target'] as const;

describe('fresh batch 20: Italian whole client messages', () => {
  for (const example of fresh20It.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      expectLabelled(example, { freeTexts: FREE_TEXTS });
    });
  }
});

/** Wednesday 12 January 2028, 10:00 in Rome. */
const it_ = { now: new Date('2028-01-12T10:00:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
const read = (text: string) => understandRules(text, it_);

describe('fresh batch 20: what round 1 taught (formal letters, pasted e-mails)', () => {
  it('reads the request inside the frame of a formal letter', () => {
    expect(read('Spettabile studio, Vi comunico che sarò fuori sede sino alle ore 17.00.')).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2028-01-12T17:00:00+01:00',
    });
    expect(read('Vi chiedo di predisporre la relazione entro e non oltre il 25/01.')).toMatchObject({
      intent: 'task',
      due: '2028-01-25',
    });
    expect(read('La prego di tradurre il contratto entro venerdì. Cordiali saluti')).toMatchObject({
      intent: 'task',
      due: '2028-01-14',
    });
  });

  it('reads "il giorno 20", "la giornata di venerdì", "la settimana entrante", "nuovamente"', () => {
    expect(read('Vi prego di ricordarmi il giorno 20 alle ore 11.00 di rinnovare la polizza').when).toBe(
      '2028-01-20T11:00:00+01:00',
    );
    expect(read('mi fissa il dentista per la giornata di venerdì in mattinata?')).toMatchObject({
      intent: 'booking',
      viaOffice: true,
      from: '2028-01-14',
      to: '2028-01-14',
    });
    expect(read('cosa ho in agenda la settimana entrante?')).toMatchObject({
      intent: 'agenda',
      from: '2028-01-17',
      to: '2028-01-23',
    });
    expect(read('Sono nuovamente in ufficio')).toEqual({ intent: 'status', availability: 'available' });
  });

  it('leaves quoted mail and signatures out, and reads the request after a colon', () => {
    const quoted = read(
      'ricordami domani alle 10 di richiamarlo\n\nIl giorno 11 gen 2028, alle ore 17:40, Mario Neri ha scritto:\n> ci sentiamo giovedì alle 15?',
    );
    expect(quoted).toMatchObject({ intent: 'reminder', when: '2028-01-13T10:00:00+01:00', text: 'richiamarlo' });
    expect(read('a che punto è la richiesta 7788?\n\n--\nAvv. Carla Monti\nTel. 06 1234567')).toEqual({
      intent: 'ticket_status',
      ref: 7788,
    });
    expect(read('ecco la mail del cliente: potete fissare una call con lui venerdì alle 16?')).toMatchObject({
      intent: 'booking',
      when: '2028-01-14T16:00:00+01:00',
    });
  });

  it('keeps a message whose first line is a header, and who writes after a greeting', () => {
    expect(read('Oggetto: riunione\n\nci vediamo giovedì alle 15 in sede')).toMatchObject({
      intent: 'booking',
      when: '2028-01-13T15:00:00+01:00',
    });
    expect(read('buonasera sono Marta, mi ricordi domani alle 9 di chiamare Rossi?')).toMatchObject({
      intent: 'reminder',
      when: '2028-01-13T09:00:00+01:00',
      text: 'chiamare Rossi',
    });
  });
});

describe('fresh batch 20: what round 2 taught (voice notes)', () => {
  it('reads a dictated "punto" and "virgola" as punctuation, never "a che punto" or "in punto"', () => {
    expect(read('ricordami alle sedici e quindici di chiamare Anna punto')).toMatchObject({
      when: '2028-01-12T16:15:00+01:00',
      text: 'chiamare Anna',
    });
    expect(read('sono dal cliente fino alle undici punto richiamo io')).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2028-01-12T11:00:00+01:00',
    });
    expect(read('a che punto è la traduzione').intent).toBe('ticket_status');
    expect(read('alle cinque in punto ricordami di uscire').when).toBe('2028-01-12T17:00:00+01:00');
  });

  it("moves to the new clock when the old one follows the target's day", () => {
    expect(read('sposta il dentista di giovedì alle nove a venerdì alle dieci e mezza').when).toBe(
      '2028-01-14T10:30:00+01:00',
    );
    expect(read('sposta la riunione di domani alle 9 a venerdì').when).toBe('2028-01-14T09:00:00+01:00');
  });
});

describe('fresh batch 20: what round 3 taught (regional Italian)', () => {
  it('reads Roman, Neapolitan, Sicilian and Venetian requests as standard Italian', () => {
    expect(read("m'arricordi dumani di pagà l'affitto?")).toMatchObject({
      intent: 'reminder',
      when: '2028-01-13T09:00:00+01:00',
    });
    expect(read('ricordame de chiamà Mario alle 4').when).toBe('2028-01-12T16:00:00+01:00');
    expect(read("aggia chiamà 'o commercialista, m'o ricuordi venerdì?")).toMatchObject({
      intent: 'reminder',
      when: '2028-01-14T09:00:00+01:00',
    });
    expect(read('ciò, go el dentista doman alle 5')).toMatchObject({
      intent: 'booking',
      when: '2028-01-13T17:00:00+01:00',
    });
  });

  it('keeps "a metà mattina" a time, not a truncated infinitive', () => {
    expect(read('a metà mattina ricordami di chiamare Gino').when).toBe('2028-01-12T10:30:00+01:00');
  });

  it('reads a reminder that is put, whatever the event it is for, and after a question answered first', () => {
    expect(read('mettimi un promemoria per venerdì alle 8 che ho la revisione della macchina')).toMatchObject({
      intent: 'reminder',
      when: '2028-01-14T08:00:00+01:00',
    });
    expect(read('chiudiamo per ferie? mettimi un promemoria per lunedì')).toMatchObject({
      intent: 'reminder',
      when: '2028-01-17T09:00:00+01:00',
    });
    expect(read('che promemoria ho per domani?').intent).toBe('agenda');
  });
});

describe('fresh batch 20: the same kinds in new words, after the fixes', () => {
  it('reads "c.m." and "p.v." after a day as the day itself, out of texts and targets', () => {
    expect(read('sarò in ferie sino al 20 c.m.')).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2028-01-20T09:00:00+01:00',
    });
    expect(read('ricordami il 20 c.m. di pagare il condominio')).toMatchObject({
      when: '2028-01-20T09:00:00+01:00',
      text: 'pagare il condominio',
    });
    expect(read('Vi chiedo di annullare la riunione di venerdì p.v. Distinti saluti')).toEqual({
      intent: 'cancel',
      target: 'riunione di venerdì',
    });
  });

  it('writes a dictated comma as a comma and leaves "punto esclamativo" out of a title', () => {
    expect(read('ricordami giovedì di mandare la pec virgola e poi di chiamare l avvocato').text).toBe(
      'mandare la pec, e poi di chiamare l avvocato',
    );
    expect(read('domani alle diciotto e trenta aperitivo con Luca punto esclamativo')).toMatchObject({
      intent: 'booking',
      when: '2028-01-13T18:30:00+01:00',
      title: 'aperitivo con Luca',
    });
  });

  it('reads "me" before a request verb as "mi" in Roman and Venetian, "me lo" stays', () => {
    expect(read("ciò, me ricordito doman de pagar l'afito?")).toMatchObject({
      intent: 'reminder',
      when: '2028-01-13T09:00:00+01:00',
    });
    expect(read("me devi prenotà er dentista pe' venerdì alle 10")).toMatchObject({
      intent: 'booking',
      viaOffice: true,
      when: '2028-01-14T10:00:00+01:00',
    });
    expect(read('me lo ricordi venerdì alle 8?').when).toBe('2028-01-14T08:00:00+01:00');
  });
});

describe('fresh batch 20: a formal status and a formal date', () => {
  it('reads "comunico che … irreperibile sino alle ore 16.00 odierne" as busy until 16:00 today', () => {
    expect(
      read('Spett.le ufficio, con la presente comunico che sarò irreperibile sino alle ore 16.00 odierne'),
    ).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2028-01-12T16:00:00+01:00',
    });
  });

  it('reads "in data odierna" as today, out of the title', () => {
    expect(read('in data odierna alle ore 18.00 ho il consiglio di amministrazione')).toMatchObject({
      intent: 'booking',
      when: '2028-01-12T18:00:00+01:00',
      title: 'consiglio di amministrazione',
    });
  });
});
