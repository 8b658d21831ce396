import { describe, expect, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { understandRules } from './rules.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh22It } from '../../test/understanding/families/fresh-22-it.js';

/**
 * Fresh batch 22 (test/understanding/families/fresh-22-it-round*.ts): Italian whole client messages of eight clients
 * not seen before (a bakery, an elderly client dictating, a translator, an IT freelancer, a vet, a driving school, a
 * hairdresser and her tax consultant, an architect). Beyond what the eval scores, a booking's `viaOffice` must be as
 * labelled (absent = the client's own event), and labelled free texts and party sizes must come out exactly.
 */
const FREE_TEXTS = ['title', 'with', 'text', 'target'] as const;

describe('fresh batch 22: Italian whole client messages', () => {
  for (const example of fresh22It.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      expectLabelled(example, { freeTexts: FREE_TEXTS });
    });
  }
});

/** Wednesday 10 November 2027, 10:00 in Rome. */
const at = { now: new Date('2027-11-10T10:00:00+01:00'), tz: 'Europe/Rome' };
const read = (text: string) => understandRules(text, { ...at, lang: 'it' });
const readEn = (text: string) => understandRules(text, { ...at, lang: 'en' });
const busyUntil = (until: string) => ({ intent: 'status', availability: 'busy', until });

describe('fresh batch 22: what round 1 taught', () => {
  it('reads a status whose end is said first with "fino a", and a status clause after another status', () => {
    expect(read('fino a mezzanotte sono occupata')).toEqual(busyUntil('2027-11-11T00:00:00+01:00'));
    expect(read('fino a mezzogiorno sono occupato')).toEqual(busyUntil('2027-11-10T12:00:00+01:00'));
    expect(read('nn posso rispondere sto guidando, fino alle 11 sono in macchina')).toEqual(
      busyUntil('2027-11-10T11:00:00+01:00'),
    );
  });

  it('tells of the day, asking nothing, when a time with no request verb is already gone', () => {
    expect(read('oggi consegne chiuse alle 9, ora mi riposo')).toEqual({ intent: 'other' });
    expect(read('oggi inventario finito alle 9 e mezza, che fatica')).toEqual({ intent: 'other' });
    expect(read('domani alle 8 consegne')).toMatchObject({ intent: 'reminder', when: '2027-11-11T08:00:00+01:00' });
  });

  it('tells of the day when a past tense follows the only time, an hour still ahead included', () => {
    expect(read('oggi ho finito le consegne alle 8, sono distrutto')).toEqual({ intent: 'other' });
    expect(read('stamattina sono andata in banca alle 9')).toEqual({ intent: 'other' });
    // a time in a clause of its own is still asked for
    expect(read('stamattina ho chiamato Rossi, domani alle 9 richiamarlo').when).toBe('2027-11-11T09:00:00+01:00');
  });

  it('leaves the client\'s "devo" out of a reminder said with "che", not a debt', () => {
    expect(read('ricordami venerdi che devo ritirare le analisi').text).toBe('ritirare le analisi');
    expect(read('ricordami che giovedi dobbiamo pagare l affitto').text).toBe('pagare l affitto');
    expect(read('ricordami dmn che devo 50 euro a Luca').text).toBe('devo 50 euro a Luca');
  });
});

describe('fresh batch 22: what round 2 taught', () => {
  it('reads "facciamo le 9", "diciamo alle 11" as the time the client settles on', () => {
    expect(read('prenota un tavolo x 6 venerdi sera, facciamo le 9')).toMatchObject({
      intent: 'booking',
      when: '2027-11-12T21:00:00+01:00',
      partySize: 6,
    });
    expect(read('la riunione di lunedi spostala a martedi, diciamo alle 11')).toMatchObject({
      intent: 'reschedule',
      when: '2027-11-16T11:00:00+01:00',
    });
    expect(read('facciamo il punto giovedi alle 10').when).toBe('2027-11-11T10:00:00+01:00');
  });
});

describe('fresh batch 22: what round 3 taught', () => {
  it('leaves a lead ("un ora prima") in a told clause before the request out, when the request has its own time', () => {
    expect(read('sono uscita mezz ora prima, ricordami alle 5 di chiamare la scuola')).toMatchObject({
      when: '2027-11-10T17:00:00+01:00',
      text: 'chiamare la scuola',
    });
    expect(read('il treno e partito un ora prima, ricordami tra 20 minuti di avvisare Marco').when).toBe(
      '2027-11-10T10:20:00+01:00',
    );
  });

  it('files someone named before "viene" or "porta" at a time as an appointment', () => {
    expect(read('il sig. Conti porta la lavatrice giovedi alle 9')).toMatchObject({
      intent: 'booking',
      when: '2027-11-11T09:00:00+01:00',
    });
    expect(read('la tecnica viene lunedi pomeriggio')).toMatchObject({
      intent: 'booking',
      when: '2027-11-15T15:00:00+01:00',
    });
  });

  it('ends the item cancelled before the reason, and takes it before the verb when only a reason follows', () => {
    expect(read('annulla il tagliando di giovedi, il cliente nn puo').target).toBe('tagliando di giovedi');
    expect(read('la visita di lunedi con Marta cancellala, nn puo venire').target).toBe('visita di lunedi con Marta');
    expect(read('la lezione di lunedi con Marta cancellala, è malata').target).toBe('lezione di lunedi con Marta');
    expect(read('annulla la cena di sabato, quella con i Rossi').target).toBe('cena di sabato, quella con i Rossi');
    expect(read('annulla la cena di sabato e il pranzo di domenica').target).toBe(
      'cena di sabato e il pranzo di domenica',
    );
  });

  it('reads thanks for the help as thanks, not a request for help', () => {
    expect(read('grazie x l aiuto di oggi!').intent).toBe('other');
    expect(read('grazie del vostro aiuto').intent).toBe('other');
    expect(read('aiuto, come funziona?').intent).toBe('help');
  });

  it('takes the day of the clause that says day and time, the day of an earlier clause being context', () => {
    expect(read('oggi e un delirio, venerdi alle 3 ho la riunione con Bassi')).toMatchObject({
      intent: 'booking',
      when: '2027-11-12T15:00:00+01:00',
      title: 'riunione con Bassi',
    });
    expect(read('dmn chiudiamo prima, lunedi alle 9 ho il fornitore')).toMatchObject({
      when: '2027-11-15T09:00:00+01:00',
      title: 'fornitore',
    });
    expect(read('domani, alle 10, riunione con Rossi').when).toBe('2027-11-11T10:00:00+01:00');
  });

  it('makes a booking by a deadline work for the desk, due then', () => {
    expect(read('prenotami il collaudo della caldaia entro il 30')).toMatchObject({
      intent: 'task',
      due: '2027-11-30',
    });
    expect(readEn('book the venue by friday')).toMatchObject({ intent: 'task', due: '2027-11-12' });
    expect(read('prenotami un tavolo x 4 venerdi alle 9').intent).toBe('booking');
  });

  it('spans an agenda question "fino a venerdi" from today', () => {
    expect(read('che impegni ho fino a venerdi?')).toEqual({ intent: 'agenda', from: '2027-11-10', to: '2027-11-12' });
    expect(readEn('what have I got until monday?')).toEqual({ intent: 'agenda', from: '2027-11-10', to: '2027-11-15' });
    expect(read('cosa ho venerdi?')).toEqual({ intent: 'agenda', from: '2027-11-12', to: '2027-11-12' });
  });
});

describe('fresh batch 22: what round 4 taught', () => {
  it('reads "l 8", "dall 11" typed without the apostrophe as the elided article before the number', () => {
    expect(read('ricordami l 8 alle 10 di pagare il bollo')).toMatchObject({
      when: '2027-12-08T10:00:00+01:00',
      text: 'pagare il bollo',
    });
    expect(read('cosa ho tra il 5 e l 8 dicembre?')).toEqual({
      intent: 'agenda',
      from: '2027-12-05',
      to: '2027-12-08',
    });
  });

  it('has the office arrange a meeting with someone asked within a window, not at a time', () => {
    expect(read('fissatemi un incontro con il geometra la settimana prossima')).toMatchObject({
      viaOffice: true,
      from: '2027-11-15',
      to: '2027-11-21',
    });
    expect(read('mi fissate una call con lo studio Neri giovedi pomeriggio?')).toMatchObject({
      viaOffice: true,
      timeFrom: '13:00',
      timeTo: '18:00',
    });
    expect(read('fissami una call con lo studio Neri giovedi alle 10').viaOffice).toBeUndefined();
  });
});
