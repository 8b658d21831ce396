import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Sunday 14 November 2027 in Rome and in Toronto, late in the evening: 22:50 local. */
const it_ = { now: new Date('2027-11-14T22:50:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
const en = { now: new Date('2027-11-14T22:50:00-05:00'), tz: 'America/Toronto', lang: 'en' as const };

describe('issue 17, fresh batch 9: what the first-seen messages taught', () => {
  it('reads a status end gone more than half a day ago as tomorrow, a recent one still as a slip', () => {
    expect(understandRules('sono in cantiere fino alle 10, ci sentiamo dopo', it_)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-15T10:00:00+01:00',
    });
    expect(understandRules("i'm at the bank until 9", en)).toMatchObject({
      intent: 'status',
      until: '2027-11-15T09:00:00-05:00',
    });
    expect(understandRules('sono in riunione fino alle 21', it_).timeIssue).toMatchObject({ reason: 'past' });
  });

  it('reads "libera da adesso", "from now on" as available now', () => {
    expect(understandRules('sn libero da adesso in poi', it_)).toEqual({ intent: 'status', availability: 'available' });
    expect(understandRules('sono disponibile a partire da ora', it_).intent).toBe('status');
    expect(understandRules("i'm free from now on", en)).toEqual({ intent: 'status', availability: 'available' });
  });

  it('reads "whats on" like "what\'s on", and an abbreviated weekday before a clock with minutes', () => {
    expect(understandRules('whats on thursday?', en)).toEqual({
      intent: 'agenda',
      from: '2027-11-18',
      to: '2027-11-18',
    });
    expect(understandRules('hey whats on my calendar friday', en).intent).toBe('agenda');
    expect(understandRules('dentist thu 9:45', en)).toMatchObject({
      intent: 'booking',
      when: '2027-11-18T09:45:00-05:00',
    });
  });

  it('ignores a generic day ("on a friday night", "un sabato mattina") and reads the real one', () => {
    expect(understandRules('sorry to write on a sunday night, remind me wed at 4 to call the bank', en).when).toBe(
      '2027-11-17T16:00:00-05:00',
    );
    expect(
      understandRules('scusa se ti scrivo un sabato mattina, ricordami martedì alle 10 di pagare il fornitore', it_)
        .when,
    ).toBe('2027-11-16T10:00:00+01:00');
  });

  it('spans a free-slot search over days said one after another', () => {
    expect(understandRules('hai mezz ora libera giovedì o venerdì?', it_)).toMatchObject({
      intent: 'free_slots',
      from: '2027-11-18',
      to: '2027-11-19',
    });
    expect(understandRules('any free slots monday or tuesday afternoon?', en)).toMatchObject({
      intent: 'free_slots',
      from: '2027-11-15',
      to: '2027-11-16',
    });
  });

  it('reads "buon natale", "happy easter" as wishes, not dates', () => {
    expect(understandRules('buon natale! giovedì alle 10 ho il notaio, me lo segni?', it_)).toMatchObject({
      intent: 'booking',
      when: '2027-11-18T10:00:00+01:00',
      title: 'notaio',
    });
    expect(understandRules('merry christmas! remind me friday at 9 to call Ann', en).when).toBe(
      '2027-11-19T09:00:00-05:00',
    );
  });

  it('files a dated event when the message closes with a filing verb, even as a question', () => {
    expect(understandRules('cena dai Rossi sabato alle 8, puoi segnarla?', it_)).toMatchObject({
      intent: 'booking',
      when: '2027-11-20T20:00:00+01:00',
    });
    expect(understandRules('vet on monday at 5, can you add it?', en)).toMatchObject({
      intent: 'booking',
      title: 'vet',
    });
  });

  it('asks how a request is going with "status on", "è stata chiusa?", "è stato fatto?"', () => {
    expect(understandRules('status on req 5120?', en)).toMatchObject({ intent: 'ticket_status', ref: 5120 });
    expect(understandRules('la pratica 5121 è stata chiusa?', it_)).toMatchObject({
      intent: 'ticket_status',
      ref: 5121,
    });
  });

  it('reads "remember me" as "remind me", and "i\'ll be at…", "back from…" as statuses', () => {
    expect(understandRules('can you remember me tomorrow at 10 to call the bank?', en)).toMatchObject({
      intent: 'reminder',
      when: '2027-11-15T10:00:00-05:00',
    });
    expect(understandRules("i'll be at the notary until 9", en)).toMatchObject({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-15T09:00:00-05:00',
    });
    expect(understandRules('sarò in cantiere fino alle 10', it_)).toMatchObject({ intent: 'status' });
    expect(understandRules('sono tornato dal notaio, ci sono', it_)).toEqual({
      intent: 'status',
      availability: 'available',
    });
    expect(understandRules("i'm back from the gym", en)).toEqual({ intent: 'status', availability: 'available' });
  });

  it('reads chat shorthand: "la prox settimana", "entro ven", "ogni lun e mer"', () => {
    expect(understandRules('che impegni ho la prox settimana?', it_)).toMatchObject({
      intent: 'agenda',
      from: '2027-11-15',
      to: '2027-11-21',
    });
    expect(understandRules('entro gio mi serve il preventivo firmato', it_)).toMatchObject({
      intent: 'task',
      due: '2027-11-18',
    });
    expect(understandRules('ogni mar e ven alle 7 di mattina ricordami la corsa', it_)).toMatchObject({
      intent: 'reminder',
      when: '2027-11-16T07:00:00+01:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TU,FR',
    });
  });

  it('reads "wed the 3rd" by its number, "tuesday 12 to 1" as a range, "how many hours did we use"', () => {
    expect(understandRules('dentist on thu the 2nd at 11', en).when).toBe('2027-12-02T11:00:00-05:00');
    expect(understandRules('block friday 2 to 4 for a meeting with Sam', en)).toMatchObject({
      intent: 'booking',
      when: '2027-11-19T14:00:00-05:00',
      durationMin: 120,
    });
    expect(understandRules('how many hours did i use last month?', en).intent).toBe('balance');
  });

  it('books a table described first and closed with "prenoti tu?", the party before the place', () => {
    expect(understandRules('venerdì pizza x 6 da Gennaro alle 9, prenoti tu?', it_)).toMatchObject({
      intent: 'booking',
      when: '2027-11-19T21:00:00+01:00',
      partySize: 6,
    });
  });

  it('reads a status whose end comes first: "fino alle 5 sono in palestra"', () => {
    const morning = { ...it_, now: new Date('2027-11-15T09:00:00+01:00') };
    expect(understandRules('fino alle 5 sono in palestra nn chiamatemi', morning)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-15T17:00:00+01:00',
    });
  });

  it('moves to the last day of a date range, and reads "until 25 January" as a date', () => {
    expect(understandRules('sposta il corso dal 2 al 9 dicembre alle 10', it_)).toMatchObject({
      intent: 'reschedule',
      when: '2027-12-09T10:00:00+01:00',
    });
    expect(understandRules('move the workshop from 3 to 6 December', en).when).toBe('2027-12-06');
    expect(understandRules('please send the invoices until 30 November', en)).toMatchObject({
      intent: 'task',
      due: '2027-11-30',
    });
  });

  it('reads second-language English: "how is going the request…", "I am in the trip until…"', () => {
    expect(understandRules('how is going the request 3300?', en)).toMatchObject({
      intent: 'ticket_status',
      ref: 3300,
    });
    expect(understandRules('I am in the airport until Tuesday', en)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-16T09:00:00-05:00',
    });
  });
});
