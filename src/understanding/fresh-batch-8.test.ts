import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Tuesday 9 March 2027, 10:20 in Rome; the English client in Lisbon (UTC+0 in winter). */
const it_ = { now: new Date('2027-03-09T10:20:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
const en = { now: new Date('2027-03-09T09:20:00Z'), tz: 'Europe/Lisbon', lang: 'en' as const };

describe('issue 17, fresh batch 8: what the first-seen messages taught', () => {
  it('reads a party said before the day, with the hour later, and "scusa il disturbo" as politeness', () => {
    expect(understandRules('reserve at Nando for 3 on thursday at 9', en)).toMatchObject({
      intent: 'booking',
      when: '2027-03-11T21:00:00+00:00',
      partySize: 3,
    });
    expect(
      understandRules('scusate il disturbo, mi prenotate da Ciro giovedì per le 9? siamo in 3', it_),
    ).toMatchObject({ intent: 'booking', when: '2027-03-11T21:00:00+01:00', partySize: 3 });
  });

  it('asks the agenda for "promemoria per giovedì?", and never reads a head count as hours', () => {
    expect(understandRules('promemoria per giovedì?', it_)).toEqual({
      intent: 'agenda',
      from: '2027-03-11',
      to: '2027-03-11',
      items: 'reminders',
    });
    expect(understandRules('reminders for tomorrow?', en)).toMatchObject({ intent: 'agenda', items: 'reminders' });
    const change = understandRules('modifica la prenotazione di venerdì da 2 a 5 persone', it_);
    expect(change.intent).toBe('task');
    expect(change.when).toBeUndefined();
    expect(understandRules('change my dinner booking from 3 to 5 guests', en).intent).toBe('task');
  });

  it('fires a reminder the amount said before the event it names', () => {
    expect(understandRules('ricordami mezz ora prima della call delle 5 di preparare i numeri', it_).when).toBe(
      '2027-03-09T16:30:00+01:00',
    );
    expect(understandRules('remind me 15 minutes before the 2pm meeting to print the agenda', en).when).toBe(
      '2027-03-09T13:45:00+00:00',
    );
  });

  it('keeps a run-on status a status, and finds "buchi liberi" and "45 min free"', () => {
    expect(understandRules('sono in riunione fino alle 4 nn disturbatemi', it_)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-03-09T16:00:00+01:00',
    });
    expect(understandRules('hai qualche buco libero domani pomeriggio?', it_).intent).toBe('free_slots');
    expect(understandRules('find me 45 mins free tomorrow', en)).toMatchObject({
      intent: 'free_slots',
      durationMin: 45,
    });
  });

  it('leaves a closing "segnalo" out of the title, and keeps the request number of a move', () => {
    expect(understandRules('cena dai Bianchi sabato alle 8, segnalo', it_)).toMatchObject({
      intent: 'booking',
      title: 'cena dai Bianchi',
    });
    expect(understandRules('sposta la pratica 3054 a venerdì alle 10', it_)).toMatchObject({
      intent: 'reschedule',
      when: '2027-03-12T10:00:00+01:00',
      ref: 3054,
    });
  });

  it('takes the day said after a late reminder verb, the earlier one being the event, but not a day given as a reason', () => {
    expect(understandRules('giovedì alle 8 ho il saggio di danza, ricordamelo mercoledì sera', it_).when).toBe(
      '2027-03-10T19:00:00+01:00',
    );
    expect(understandRules('il 20 mi ricordi di pagare la rata? perché il 21 scade', it_).when).toBe(
      '2027-03-20T09:00:00+01:00',
    );
  });

  it('reads "every second friday" as every other one, "thu week" a week on, and a bare "11.30 to 12.30" as a range', () => {
    expect(understandRules('remind me every second friday to pay the cleaner', en)).toMatchObject({
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
      when: '2027-03-12T09:00:00+00:00',
    });
    expect(understandRules('remind me thu week at 10 to book the vet', en).when).toBe('2027-03-18T10:00:00+00:00');
    expect(understandRules('coffee with the landlord 11.30 to 12.30 friday', en)).toMatchObject({
      intent: 'booking',
      when: '2027-03-12T11:30:00+00:00',
      durationMin: 60,
    });
  });

  it('keeps a "don\'t call" status a status, and makes the office find what the client needs', () => {
    expect(understandRules("i'm driving until 11 don't call me", en)).toMatchObject({
      intent: 'status',
      availability: 'busy',
      until: '2027-03-09T11:00:00+00:00',
    });
    expect(understandRules('mi serve un fotografo per il convegno di sabato alle 10', it_).intent).toBe('task');
  });

  it('reads "volevo chiederle se può…" as politeness, a bare range of a move as its new hour, and "on 25th"', () => {
    expect(understandRules('volevo chiederti se puoi prenotarmi il fisioterapista giovedì alle 11', it_)).toMatchObject(
      {
        intent: 'booking',
        when: '2027-03-11T11:00:00+01:00',
      },
    );
    expect(understandRules('sposta il dentista di giovedì dalle 10 alle 11', it_).when).toBe(
      '2027-03-11T11:00:00+01:00',
    );
    expect(understandRules('move the call from 2 to 3', en).when).toBe('2027-03-09T15:00:00+00:00');
    expect(understandRules('remind me every month on 12th to send the rent', en)).toMatchObject({
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=12',
      when: '2027-03-12T09:00:00+00:00',
    });
  });

  it('reads "im" as "i\'m", "hows … going" as a question about a request, "req 4410", and a bare "need a …" as a task', () => {
    expect(understandRules('im in a meeting till 3:30', en)).toMatchObject({ intent: 'status', availability: 'busy' });
    expect(understandRules('im back', en)).toEqual({ intent: 'status', availability: 'available' });
    expect(understandRules('hows the quote for the new kitchen going', en)).toMatchObject({
      intent: 'ticket_status',
      target: 'the quote for the new kitchen',
    });
    expect(understandRules('cancel req 4410', en)).toMatchObject({ intent: 'cancel', ref: 4410 });
    expect(understandRules('need a caterer for friday evening from 6 to 10', en)).toMatchObject({
      intent: 'task',
      due: '2027-03-12',
    });
  });

  it('reads "sono in treno fino alle…" as busy, "x 4 da Gino" as the party, and a dashed "1-2" after a meal', () => {
    expect(understandRules('sono in treno fino alle 11 e mezza', it_)).toMatchObject({
      intent: 'status',
      until: '2027-03-09T11:30:00+01:00',
    });
    expect(understandRules('prenota x 4 da Gino venerdì alle 9', it_)).toMatchObject({
      partySize: 4,
      when: '2027-03-12T21:00:00+01:00',
    });
    expect(understandRules('lunch with Ann friday 1-2', en)).toMatchObject({
      when: '2027-03-12T13:00:00+00:00',
      durationMin: 60,
    });
  });

  it('keeps a day said further in the object out of the reminder, and a day gone out when another day is said', () => {
    expect(understandRules('tra 5 giorni ricordami di comprare il regalo x Pasqua', it_).when).toBe(
      '2027-03-14T10:20:00+01:00',
    );
    expect(understandRules('scusa x ieri! mi ricordi venerdì alle 10 di chiamare Pia?', it_)).toEqual({
      intent: 'reminder',
      when: '2027-03-12T10:00:00+01:00',
      text: 'chiamare Pia',
    });
  });

  it('counts a lead back from the last hour said before it', () => {
    expect(
      understandRules('domani alle 10 ho la banca e alle 4 il notaio, ricordami il notaio un quarto d ora prima', it_)
        .when,
    ).toBe('2027-03-10T15:45:00+01:00');
  });
});
