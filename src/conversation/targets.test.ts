import { describe, expect, it } from 'vitest';
import { governedTarget, matchTargets, namesExactly, sharesWords, type Candidate } from './targets.js';

const items: Candidate[] = [
  { kind: 'reminder', id: 'r1', label: 'rinnovare la polizza dell ufficio' },
  { kind: 'reminder', id: 'r2', label: 'call the accountant about the VAT return' },
  { kind: 'booking', id: 'b1', label: 'dentista' },
  { kind: 'booking', id: 'b2', label: 'riunione con l architetto' },
  { kind: 'booking', id: 'b3', label: 'chiamata con l architetto' },
  { kind: 'ticket', id: 't1', label: 'tradurre il contratto in inglese' },
];

const ids = (target: string) => matchTargets(target, items).map((c) => c.id);

describe('finding the item a client means', () => {
  it('finds a reminder by its words, in Italian and English', () => {
    expect(ids('il promemoria per la polizza')).toEqual(['r1']);
    expect(ids('the reminder about the VAT return')).toEqual(['r2']);
  });

  it('tolerates other word forms', () => {
    expect(ids('il dentist')).toEqual(['b1']);
    expect(ids('la traduzione del contratto')).toEqual(['t1']);
  });

  it('returns every equally good match so the client can choose', () => {
    expect(ids("l'architetto")).toEqual(['b2', 'b3']);
  });

  it('narrows by the kind named', () => {
    expect(ids("la chiamata con l'architetto")).toEqual(['b3']);
  });

  it('scores a kind word on the labels when no item is of that kind (requests asked about as "the booking")', () => {
    const requests: Candidate[] = [
      { kind: 'ticket', id: 't1', label: 'Book: table for 4 at Roscioli prenotazione booking reservation' },
      { kind: 'ticket', id: 't2', label: 'translate the lease traduzione translation' },
    ];
    expect(matchTargets('the restaurant booking', requests).map((c) => c.id)).toEqual(['t1']);
    expect(matchTargets('the bookings', requests)).toEqual([]);
  });

  it('finds the booking the office makes when a request is named by its words and no request has them', () => {
    const mixed: Candidate[] = [
      { kind: 'ticket', id: 't1', label: 'chiamare il fornitore delle tinte' },
      { kind: 'booking', id: 'b1', label: 'tavolo da Nino (6 persone)' },
      { kind: 'booking', id: 'b2', label: 'pranzo con mia sorella' },
    ];
    expect(matchTargets('la richiesta del tavolo', mixed).map((c) => c.id)).toEqual(['b1']);
    const english: Candidate[] = [
      { kind: 'ticket', id: 't1', label: 'call the supplier' },
      { kind: 'booking', id: 'b1', label: 'table at Nino (6 people)' },
    ];
    expect(matchTargets('the request for the table', english).map((c) => c.id)).toEqual(['b1']);
    expect(matchTargets('la richiesta delle tinte', mixed).map((c) => c.id)).toEqual(['t1']);
  });

  it('finds nothing rather than guessing', () => {
    expect(ids('la cena con Marco')).toEqual([]);
    expect(ids('tutto')).toEqual([]);
    expect(ids('')).toEqual([]);
  });
});

describe('a word never matches a prefix of another word', () => {
  const tickets: Candidate[] = [
    { kind: 'ticket', id: 't1011', label: 'tradurre il contratto di affitto' },
    { kind: 'ticket', id: 't1014', label: 'Richiamare Sig.ra Colombo per il preventivo' },
  ];
  const found = (target: string) => matchTargets(target, tickets).map((c) => c.id);

  it('"richiesta" is not "Richiamare", "era" is nothing, and a number is only itself', () => {
    expect(found('richiesta, era una cavolata')).toEqual([]);
    expect(found('la richiesta 1011')).toEqual([]);
    expect(found('1014')).toEqual([]);
  });

  it('a word cut short matches nothing, another ending of it matches', () => {
    expect(found('il contr')).toEqual([]);
    expect(found('i contratti')).toEqual(['t1011']);
    expect(found('la signora Colombo')).toEqual(['t1014']);
  });
});

describe('the words a cancel verb governs', () => {
  it.each([
    ["la cena con i Rossi cancellala, l'hanno rimandata", 'cena con i Rossi'],
    ['ok, il dentista di venerdì toglilo pure', 'dentista di venerdì'],
    ['annulla la riunione col geometra perché è malato', 'riunione col geometra'],
    ["annulla il corso di inglese l'hanno sospeso", 'corso di inglese'],
    ['cancel the team lunch, they moved it', 'team lunch'],
    ['the gym session on Friday, cancel it', 'gym session on Friday'],
  ])('%s → %s', (text, target) => expect(governedTarget(text)).toBe(target));

  it('has none without a cancel verb and its object', () => {
    expect(governedTarget('annulla')).toBeUndefined();
    expect(governedTarget('cosa ho domani?')).toBeUndefined();
  });
});

describe('two texts speaking of the same thing', () => {
  it('shares a word of four letters or more in any form, never a short word or a number', () => {
    expect(sharesWords('mi scrivi anche una lettera per i Gatti?', 'scrivere le lettere ai fornitori')).toBe(true);
    expect(sharesWords('mi trovi un idraulico per lo studio?', 'tradurre la visura per il notaio')).toBe(false);
    expect(sharesWords('alle 11 va bene', 'ci vediamo alle 11?')).toBe(false);
  });
});

describe('a meeting named by words that only a reminder carries', () => {
  const mixed: Candidate[] = [
    { kind: 'booking', id: 'rossi', label: 'riunione con Rossi Rossi' },
    { kind: 'reminder', id: 'comm', label: 'riunione col commercialista' },
    { kind: 'booking', id: 'bank', label: 'meeting with Rossi ' },
    { kind: 'reminder', id: 'acc', label: 'the meeting with the accountant' },
  ];
  const found = (target: string) => matchTargets(target, mixed).map((c) => c.id);

  it('prefers the best match by words across reminders and bookings, in Italian and English', () => {
    expect(found('la riunione col commercialista')).toEqual(['comm']);
    expect(found('meeting with the accountant')).toEqual(['acc']);
    expect(found('la riunione con Rossi')).toEqual(['rossi']);
  });

  it('knows a match by the words of another kind of item is a guess, and an exact name is not', () => {
    const [comm, rossi] = [mixed[1]!, mixed[0]!];
    expect(namesExactly('la riunione col commercialista', comm)).toBe(false);
    expect(namesExactly('il commercialista', comm)).toBe(true);
    expect(namesExactly('la riunione con Rossi', rossi)).toBe(true);
    expect(namesExactly('la riunione con Rossi e Bianchi', rossi)).toBe(false);
    expect(namesExactly('il promemoria del commercialista', comm)).toBe(true);
    expect(namesExactly('the reminder to call Rossi', { kind: 'reminder', id: 'r', label: 'call Rossi' })).toBe(true);
    expect(namesExactly('la chiamata a Rossi', { kind: 'reminder', id: 'r', label: 'chiamata a Rossi' })).toBe(false);
  });
});
