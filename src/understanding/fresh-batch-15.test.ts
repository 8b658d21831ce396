import { describe, expect, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { missingSlots } from './clarify.js';
import { understandRules } from './rules.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh15Round1 } from '../../test/understanding/families/fresh-15-round1.js';
import { fresh15Round2 } from '../../test/understanding/families/fresh-15-round2.js';
import { fresh15Round3 } from '../../test/understanding/families/fresh-15-round3.js';

/**
 * Fresh batch 15 (test/understanding/families/fresh-15-round*.ts): intents and slots in whole messages.
 * Beyond what the eval scores, a booking's `viaOffice` must be as labelled (absent = the client's own
 * event), labelled free texts must come out exactly, and `asks` names what the bot must ask back.
 */
const FREE_TEXTS = ['title', 'with', 'text', 'target'] as const;
/** first-seen misses not fixed yet (docs/understanding-eval.md, batch 15): none left */
const KNOWN_MISSES = new Set<string>([]);

describe('fresh batch 15: intents and slots', () => {
  for (const example of [...fresh15Round1, ...fresh15Round2, ...fresh15Round3].flatMap(examplesOf)) {
    it.skipIf(KNOWN_MISSES.has(example.id))(`${example.id}: ${example.text}`, () => {
      const got = expectLabelled(example, { freeTexts: FREE_TEXTS });
      const asks = example.slots?.asks;
      if (typeof asks === 'string') expect(missingSlots(got)).toContain(asks);
      else if (example.intent === 'reminder') expect(missingSlots(got)).toEqual([]);
    });
  }
});

/** Wednesday 12 May 2027, 09:40 in Rome and in Chicago. */
const it_ = { now: new Date('2027-05-12T09:40:00+02:00'), tz: 'Europe/Rome', lang: 'it' as const };
const en = { now: new Date('2027-05-12T09:40:00-05:00'), tz: 'America/Chicago', lang: 'en' as const };

describe('fresh batch 15: what the first-seen messages taught', () => {
  it('reads a status with no subject ("busy till 4", "fuori sede fino a venerdì"), "til" as "till"', () => {
    expect(understandRules('busy til 4, text me if needed', en)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-05-12T16:00:00-05:00',
    });
    expect(understandRules('on vacation until monday', en).until).toBe('2027-05-17T09:00:00-05:00');
    expect(understandRules('fuori sede fino a venerdì, scrivetemi pure', it_)).toMatchObject({
      intent: 'status',
      until: '2027-05-14T09:00:00+02:00',
    });
  });

  it('takes the end of a status from a closing "back at …" / "rientro …" clause', () => {
    expect(understandRules('salve, oggi sono in trasferta tutto il giorno, torno venerdì', it_)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-05-14T09:00:00+02:00',
    });
    expect(understandRules("i'm out of office, back at 3", en).until).toBe('2027-05-12T15:00:00-05:00');
    // a closing clause about something else is no status
    expect(understandRules('sono in riunione, ricordami alle 3 di chiamare Elena', it_).intent).not.toBe('status');
  });

  it('reads the day said before a status as the day its end falls on', () => {
    expect(understandRules('domani sono in udienza fino alle 2, nn chiamatemi', it_)).toMatchObject({
      intent: 'status',
      until: '2027-05-13T14:00:00+02:00',
    });
    expect(understandRules('tomorrow i am in court until 1pm', en).until).toBe('2027-05-13T13:00:00-05:00');
    // a day alone with no end is about that day, not a status from now
    expect(understandRules('venerdì sono in ferie', it_).intent).not.toBe('status');
  });

  it('reads a time with only words of assent as an answer, not a reminder', () => {
    expect(understandRules('ok perfetto, domani alle 4 allora', it_).intent).toBe('other');
    expect(understandRules('yep that works, 3pm then', en).intent).toBe('other');
    expect(understandRules('ok alle 4 dal barbiere', it_).intent).not.toBe('other');
  });
});

describe('fresh batch 15, round 2: what the first-seen messages taught', () => {
  it('reads a later day before a status that keeps the agenda closed, a greeting "morning!" as no time, and "ooo"', () => {
    expect(understandRules('giovedì pomeriggio sono dal commercialista fino alle 6, nn fissatemi niente', it_)).toEqual(
      {
        intent: 'status',
        availability: 'busy',
        until: '2027-05-13T18:00:00+02:00',
      },
    );
    expect(understandRules("thursday i'm at the dentist till 11, don't book anything", en).until).toBe(
      '2027-05-13T11:00:00-05:00',
    );
    // without it, a later day said first is an appointment to note
    expect(understandRules('giovedì pomeriggio sono dal commercialista fino alle 6', it_).intent).toBe('booking');
    expect(understandRules("thursday i'm at the dentist till 11", en).intent).toBe('booking');
    expect(understandRules('evening! in meetings till 8 tonight', en)).toMatchObject({
      intent: 'status',
      until: '2027-05-12T20:00:00-05:00',
    });
    expect(understandRules('ooo until friday', en).until).toBe('2027-05-14T09:00:00-05:00');
  });

  it('takes the end of a status from a closing call-back clause', () => {
    expect(understandRules('sono in banca, ti richiamo tra 20 minuti', it_).until).toBe('2027-05-12T10:00:00+02:00');
    expect(understandRules("on a flight, i'll call you back in 2 hours", en).until).toBe('2027-05-12T11:40:00-05:00');
  });

  it('asks about the office work with "has anyone", "did … get sorted", "è stata evasa"', () => {
    expect(understandRules('has someone sent the invoice to Acme?', en).intent).toBe('ticket_status');
    expect(understandRules('did the parking permit get renewed?', en).intent).toBe('ticket_status');
    expect(understandRules('la richiesta 3020 è stata evasa?', it_)).toMatchObject({
      intent: 'ticket_status',
      ref: 3020,
    });
    // the client's own items are the agenda
    expect(understandRules('have i got any reminders for friday?', en).intent).toBe('agenda');
  });

  it('books when the office is asked to call and book, and cancels with "call off"', () => {
    expect(understandRules('chiama il ristorante e prenota x 6 sabato alle 9', it_)).toMatchObject({
      intent: 'booking',
      partySize: 6,
      viaOffice: true,
      when: '2027-05-15T21:00:00+02:00',
    });
    expect(understandRules('please call off request 2210', en)).toMatchObject({ intent: 'cancel', ref: 2210 });
  });

  it('reads an amount before "libera"/"free" as a free-slot search of that length', () => {
    expect(understandRules("ho un'ora e mezza libera venerdì?", it_)).toMatchObject({
      intent: 'free_slots',
      durationMin: 90,
      from: '2027-05-14',
    });
    expect(understandRules('do i have half an hour free tomorrow?', en)).toMatchObject({
      intent: 'free_slots',
      durationMin: 30,
    });
  });

  it('reads a list of "the things I have" as the agenda, a list of things to buy as work', () => {
    expect(understandRules('mandami la lista delle cose che ho domani', it_).intent).toBe('agenda');
    expect(understandRules('fammi una lista delle cose da portare in fiera', it_).intent).toBe('task');
  });
});

describe('fresh batch 15, round 3: what the first-seen messages taught', () => {
  it('reads "sono fuori per…", a headline "in a workshop until…", "for the next 90 minutes" as a status end', () => {
    expect(understandRules('sono fuori x una consegna fino alle 12', it_).until).toBe('2027-05-12T12:00:00+02:00');
    expect(understandRules('at the clinic until 11', en).until).toBe('2027-05-12T11:00:00-05:00');
    expect(understandRules('sono in riunione per i prossimi 20 minuti', it_).until).toBe('2027-05-12T10:00:00+02:00');
    expect(understandRules('please no calls for the next 30 minutes', en)).toMatchObject({
      intent: 'status',
      availability: 'dnd',
      until: '2027-05-12T10:10:00-05:00',
    });
  });

  it('asks about a request with "any movement on", "anything new on", "did … go through"', () => {
    expect(understandRules('anything new on request 7001?', en)).toMatchObject({ intent: 'ticket_status', ref: 7001 });
    expect(understandRules('did the bank transfer go through?', en).intent).toBe('ticket_status');
  });

  it('reads "un paio d\'ore libere" as two hours', () => {
    expect(understandRules("ho un paio d'ore libere giovedì?", it_)).toMatchObject({
      intent: 'free_slots',
      durationMin: 120,
    });
  });
});
