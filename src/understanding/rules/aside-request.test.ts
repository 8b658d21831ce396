import { describe, expect, it } from 'vitest';
import { understandRules } from '../rules.js';

/** Wednesday 14 April 2027, 10:00 in Rome and London. */
const now = new Date('2027-04-14T10:00:00+02:00');
const italian = { now, tz: 'Europe/Rome', lang: 'it' as const };
const english = { now, tz: 'Europe/London', lang: 'en' as const };

describe('a booking asked of the office in a clause of its own', () => {
  it('leaves the asking and its reason out of the title, and the office books it', () => {
    expect(
      understandRules('oculista venerdi 9 e un quarto, prenotalo tu xke io nn ci riesco, via Roma 3', italian),
    ).toEqual({
      intent: 'booking',
      when: '2027-04-16T09:15:00+02:00',
      title: 'oculista, via Roma 3',
      viaOffice: true,
    });
    expect(understandRules('physio friday at 9:15, book it for me as I am in court all day', english)).toEqual({
      intent: 'booking',
      when: '2027-04-16T09:15:00+01:00',
      title: 'physio',
      viaOffice: true,
    });
  });

  it('keeps a verb with its own object in the title: that is what to book', () => {
    expect(understandRules('riunione con Bassi giovedì alle 11, prenota la sala riunioni', italian)).toMatchObject({
      title: 'riunione con Bassi, prenota la sala riunioni',
    });
  });

  it('reads "non ho tempo" as the reason it is asked, not as a search for free time', () => {
    expect(understandRules('parrucchiere sabato alle 10, fissalo tu che non ho tempo', italian)).toMatchObject({
      intent: 'booking',
      title: 'parrucchiere',
    });
    expect(understandRules('quando ho tempo sabato?', italian)).toMatchObject({ intent: 'free_slots' });
  });
});

describe('a need the office arranges', () => {
  it('is a booking with a provider for the office to make, its preference left out of the title', () => {
    expect(
      understandRules(
        'mi servirebbe una visita dal cardiologo la settimana prossima, possibilmente di mattina',
        italian,
      ),
    ).toEqual({
      intent: 'booking',
      when: '2027-04-19T09:00:00+02:00',
      title: 'visita dal cardiologo',
      viaOffice: true,
      // the office looks within the window said: next week, in the morning
      from: '2027-04-19',
      to: '2027-04-25',
      timeFrom: '09:00',
      timeTo: '13:00',
    });
    expect(understandRules('I need an optician appointment next week, preferably morning', english)).toEqual({
      intent: 'booking',
      when: '2027-04-19T09:00:00+01:00',
      title: 'optician appointment',
      viaOffice: true,
      from: '2027-04-19',
      to: '2027-04-25',
      timeFrom: '09:00',
      timeTo: '13:00',
    });
  });
});

describe('minutes said around a bare hour', () => {
  it('make it a clock after a weekday, not a day of the month', () => {
    expect(understandRules('ricordami lunedì 5 e mezza di ritirare le analisi', italian)).toEqual({
      intent: 'reminder',
      when: '2027-04-19T17:30:00+02:00',
      text: 'ritirare le analisi',
    });
    expect(understandRules('ricordami tra 2 ore e mezza di uscire', italian)).toMatchObject({
      when: '2027-04-14T12:30:00+02:00',
    });
  });
});

describe('a move to the same time', () => {
  it("keeps the item's own time, not the time the message is written", () => {
    expect(understandRules('sposta il pranzo con Gigi a venerdì stessa ora', italian)).toEqual({
      intent: 'reschedule',
      when: '2027-04-16',
      target: 'pranzo con Gigi',
    });
    expect(understandRules('spostami la call a lunedì, stesso orario', italian)).toMatchObject({ when: '2027-04-19' });
    expect(understandRules('move the lunch with Gigi to friday same time', english)).toMatchObject({
      when: '2027-04-16',
    });
    // a reminder's "same time" is still the time it is now
    expect(understandRules('ricordami domani alla stessa ora di innaffiare', italian)).toMatchObject({
      when: '2027-04-15T10:00:00+02:00',
    });
  });
});

describe('a fallback for whoever books', () => {
  it('is left out of the title, and its time does not replace the one asked for', () => {
    expect(
      understandRules('prenota da Zia Rosa sabato alle 20 x 5, se è pieno va bene anche alle 21', italian),
    ).toMatchObject({ when: '2027-04-17T20:00:00+02:00', title: 'da Zia Rosa', partySize: 5, viaOffice: true });
    expect(
      understandRules('book a table for 2 at Barrafina friday 7pm, if they are full try Quo Vadis', english),
    ).toMatchObject({
      when: '2027-04-16T19:00:00+01:00',
      title: 'table at Barrafina',
      partySize: 2,
    });
  });
});

describe("a reminder's what, named after «ricordami di»", () => {
  it('leaves the introduction before it out, and keeps an infinitive that looks like a month', () => {
    expect(
      understandRules('buongiorno sono Laura del bar Centrale, ricordami dmn alle 8 di aprire la saracinesca', italian),
    ).toEqual({ intent: 'reminder', when: '2027-04-15T08:00:00+02:00', text: 'aprire la saracinesca' });
    expect(understandRules('venerdì ho il notaio, ricordami di portare il rogito', italian)).toMatchObject({
      text: 'portare il rogito',
    });
    expect(understandRules('il 20 scade il bollo, ricordamelo', italian)).toMatchObject({ text: 'scade il bollo' });
  });
});
