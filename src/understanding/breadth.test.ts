import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Wednesday 10 February 2027, 10:00 in Rome. */
const it_ = { now: new Date('2027-02-10T10:00:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
const en = { ...it_, lang: 'en' as const };

describe('issue 17: more intents and time forms on the rules path', () => {
  it('asks back for a recurrence it cannot read instead of making a one-off', () => {
    for (const [text, ctx] of [
      ['ricordami ogni tanto di bere acqua', it_],
      ['ricordami ogni secondo giorno di annaffiare', it_],
      ['remind me every now and then to stretch', en],
    ] as const) {
      const u = understandRules(text, ctx);
      expect(u.intent, text).toBe('reminder');
      expect(u.when, text).toBeUndefined();
      expect(u.rrule, text).toBeUndefined();
    }
  });

  it('reads request numbers exactly, for progress questions and cancellations', () => {
    expect(understandRules('novità sulla pratica 1024?', it_)).toEqual({ intent: 'ticket_status', ref: 1024 });
    expect(understandRules('any update on request 1042?', en)).toEqual({ intent: 'ticket_status', ref: 1042 });
    expect(understandRules('annullate la richiesta 1031, nn serve più', it_)).toMatchObject({
      intent: 'cancel',
      ref: 1031,
    });
    expect(understandRules('a che punto è la traduzione del contratto?', it_)).toEqual({
      intent: 'ticket_status',
      target: 'la traduzione del contratto',
    });
  });

  it('reads "domattina presto" as the time, not as words of the reminder', () => {
    expect(understandRules('domattina presto ricordami di ordinare le buste', it_)).toMatchObject({
      intent: 'reminder',
      text: 'ordinare le buste',
    });
  });

  it('never reads a percentage as a day: "lo sconto del 30%" has no due date', () => {
    for (const text of ['metti anche lo sconto del 30%', 'aggiungi il 20 per cento di sconto'])
      expect(understandRules(text, it_).due, text).toBeUndefined();
    expect(understandRules('add a 30% discount to the flyer by the 12th', en).due).toBe('2027-02-12');
  });

  it('reads a bare "novità?" or "who is working on it?" as a question about the requests in progress', () => {
    for (const text of ['novità?', 'ci sono novità?', 'chi se ne occupa?'])
      expect(understandRules(text, it_), text).toEqual({ intent: 'ticket_status' });
    expect(understandRules('any news?', en)).toEqual({ intent: 'ticket_status' });
    expect(understandRules('who is working on the lease?', en)).toEqual({ intent: 'ticket_status', target: 'lease' });
  });

  it('reads a question that ends with the done work of the office as a status question about the item', () => {
    for (const [text, ctx, target] of [
      ["il preventivo per la cucina l'avete mandato?", it_, 'il preventivo per la cucina'],
      ['la sala riunioni è già prenotata?', it_, 'la sala riunioni'],
      ['la traduzione del bilancio è pronta?', it_, 'la traduzione del bilancio'],
      ['is the hotel in Milan booked?', en, 'the hotel in Milan'],
      ['the flowers for Anna, have they been ordered?', en, 'the flowers for Anna'],
    ] as const)
      expect(understandRules(text, ctx), text).toEqual({ intent: 'ticket_status', target });
    // a time named makes it a request of its own
    expect(understandRules('ricordami venerdì alle 9 se il bonifico è arrivato?', it_).intent).toBe('reminder');
  });

  it('leaves the client saying it is theirs out of a booking title', () => {
    expect(understandRules('I have a hearing at the court on Friday at 9:30', en)).toMatchObject({
      intent: 'booking',
      title: 'hearing at the court',
    });
    expect(understandRules("we've got a dinner with the Smiths on Friday at 8pm", en)).toMatchObject({
      intent: 'booking',
      title: 'dinner with the Smiths',
    });
  });

  it('answers questions about the hours package as balance', () => {
    expect(understandRules('quante ore mi restano?', it_)).toEqual({ intent: 'balance' });
    expect(understandRules('How many hours do I have left this month?', en)).toEqual({ intent: 'balance' });
  });

  it('keeps a status with an extra clause a status', () => {
    expect(understandRules('sono in riunione fino alle 16, non passatemi nessuno', it_)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-02-10T16:00:00+01:00',
    });
  });

  it('leaves the grammar of a correction and of a lead out of the text', () => {
    expect(understandRules('Ricordami domani alle 11 anzi no a mezzogiorno di chiamare Rossi', it_)).toEqual({
      intent: 'reminder',
      when: '2027-02-11T12:00:00+01:00',
      text: 'chiamare Rossi',
    });
    expect(understandRules("devo pagare l'F24 entro il 16, ricordamelo qualche giorno prima", it_)).toEqual({
      intent: 'reminder',
      when: '2027-02-14T09:00:00+01:00',
      due: '2027-02-16',
      text: "pagare l'F24 entro il 16",
    });
  });

  it('reads the holiday of a given year and Easter of years far apart', () => {
    expect(understandRules('Ricordami a Pasqua 2030 di chiamare la nonna', it_).when).toBe('2030-04-21T09:00:00+02:00');
    expect(understandRules('Remind me on Easter Monday 2031 to call grandma', en).when).toBe(
      '2031-04-14T09:00:00+02:00',
    );
  });
});
