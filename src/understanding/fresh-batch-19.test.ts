import { describe, expect, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { understandRules } from './rules.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh19 } from '../../test/understanding/families/fresh-19.js';

/**
 * Fresh batch 19 (test/understanding/families/fresh-19-round*.ts): Slack and web-chat messages during work, Italian
 * and English. Beyond what the eval scores, a booking's `viaOffice` must be as labelled (absent = the client's own
 * event), and labelled free texts must come out exactly.
 */
const FREE_TEXTS = ['title', 'with', 'text', 'target'] as const;

describe('fresh batch 19: Slack and web-chat messages', () => {
  for (const example of fresh19.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      expectLabelled(example, { freeTexts: FREE_TEXTS });
    });
  }
});

/** Tuesday 12 January 2027, 10:15 in Rome. */
const rome = { now: new Date('2027-01-12T10:15:00+01:00'), tz: 'Europe/Rome' };
const read = (text: string, lang: 'it' | 'en' = 'it') => understandRules(text, { ...rome, lang });

describe('fresh batch 19: recurrences with an end or an exception', () => {
  it('ends a recurrence on the day said after "fino a" / "until" (UNTIL, the end of that local day)', () => {
    expect(read('ogni giovedì alle 18 fino al 25 febbraio ricordami di chiudere la cassa')).toMatchObject({
      when: '2027-01-14T18:00:00+01:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TH;UNTIL=20270225T235959Z',
      text: 'chiudere la cassa',
    });
    expect(read('remind me every day at 7 until Easter to water the plants', 'en').rrule).toBe(
      'FREQ=DAILY;UNTIL=20270328T235959Z',
    );
    expect(read('ricordami ogni mese il 3 fino a fine giugno di pagare il leasing').rrule).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=3;UNTIL=20270630T235959Z',
    );
  });

  it('takes the weekdays after "tranne" / "except" out of a daily or weekly recurrence', () => {
    expect(read('ricordami tutti i giorni alle 8 tranne il sabato e la domenica di aprire il bar')).toMatchObject({
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      text: 'aprire il bar',
    });
    expect(read('remind me every weekday at 8am except on fridays to water the plants', 'en')).toMatchObject({
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH',
      text: 'water the plants',
    });
    expect(read('every day except weekends remind me at 7am to run', 'en').rrule).toBe(
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    );
    expect(read('ricordami domenica di chiamare Luca, tranne se piove')).toMatchObject({
      when: '2027-01-17T09:00:00+01:00',
    });
  });
});

describe('fresh batch 19: free time in a part of a day, events before reminders, statuses with asides', () => {
  it('reads "sono libero/am I free" with a part of the day or a window as a search for free time', () => {
    expect(read('sono libera venerdì mattina?')).toMatchObject({
      intent: 'free_slots',
      from: '2027-01-15',
      dayPart: 'morning',
    });
    expect(read('am I free tomorrow between 2 and 4?', 'en')).toMatchObject({
      intent: 'free_slots',
      timeFrom: '14:00',
      timeTo: '16:00',
    });
    expect(read('sono libero domani?').intent).toBe('agenda');
  });

  it('puts the event a reminder comes minutes before on the agenda too', () => {
    expect(read('venerdì alle 10 ho il dentista, ricordamelo un quarto d ora prima')).toMatchObject({
      when: '2027-01-15T09:45:00+01:00',
      event: { when: '2027-01-15T10:00:00+01:00', title: 'dentista' },
    });
    expect(read('remind me 10 minutes before the 3pm call with Marco to open the deck', 'en')).toMatchObject({
      when: '2027-01-12T14:50:00+01:00',
      event: { when: '2027-01-12T15:00:00+01:00', title: 'call with Marco' },
    });
    expect(read('ricordami alle 15 di chiamare Gino').event).toBeUndefined();
  });

  it('keeps a status with what for or who with after the place, a meal noun or "will reply after" after it', () => {
    expect(read('sono in magazzino per l inventario fino alle 17')).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-01-12T17:00:00+01:00',
    });
    expect(read('sono in laboratorio con il tecnico fino alle 12')).toMatchObject({ intent: 'status' });
    expect(read('non ci sono per nessuno fino alle 13, ho la colazione di lavoro')).toMatchObject({
      intent: 'status',
      availability: 'dnd',
    });
    expect(read('in a review with the auditors until 4pm, will reply after', 'en')).toMatchObject({
      intent: 'status',
      until: '2027-01-12T16:00:00+01:00',
    });
  });
});

describe('fresh batch 19: a help word that is a thing', () => {
  it('reads "il menù di…" with words after it as a thing to work on, "menu" alone still asks for help', () => {
    expect(read('entro giovedì mi serve il menu del pranzo di Pasqua stampato')).toMatchObject({
      intent: 'task',
      due: '2027-01-14',
    });
    expect(read('menu').intent).toBe('help');
  });
});

describe('fresh batch 19: lists of requests, a table "da 6", a request named by its article', () => {
  it('sends a numbered list, or a cancel joined to a request with its own time, to the desk whole', () => {
    const list = 'ciao: 1) ricordami alle 18 di chiamare il fioraio 2) prenotami un taxi per le 19:30';
    expect(read(list)).toEqual({ intent: 'task', text: list, category: 'other' });
    const two = 'cancel the dentist and book a table at Nobu for friday at 8';
    expect(read(two, 'en')).toEqual({ intent: 'task', text: two, category: 'other' });
    expect(read('ricordami di chiamare il meccanico e prenotare la revisione lunedì alle 10').intent).toBe('reminder');
  });

  it('reads "un tavolo da 6" as the party, "una call da 30" stays no party', () => {
    expect(read('prenotami un tavolo da 4 da Gino sabato alle 9')).toMatchObject({ partySize: 4, viaOffice: true });
    expect(read('fissami una call da 30 con Rossi domani alle 10').partySize).toBeUndefined();
  });

  it('names a request opening the message with its article when a question about it follows', () => {
    expect(read('la 4410 come va?')).toEqual({ intent: 'ticket_status', ref: 4410 });
    expect(read('la 6610 a che punto è?')).toEqual({ intent: 'ticket_status', ref: 6610 });
  });
});

describe('fresh batch 19: a closing question handing the request over, professionals the office books', () => {
  it('reads the words before "ci pensate voi?" / "can someone on your side sort it?" as the request', () => {
    expect(read('venerdì sera ci serve un tavolo per 5 da Gino alle 21, ci pensi tu?')).toMatchObject({
      intent: 'booking',
      when: '2027-01-15T21:00:00+01:00',
      partySize: 5,
      viaOffice: true,
    });
    expect(read('the invoices need to be sent by friday - can you handle it?', 'en')).toMatchObject({
      intent: 'task',
      due: '2027-01-15',
    });
    expect(read('ci pensi tu?').intent).toBe('other');
  });

  it('books the accountant or the lawyer through the office when asked to, "ho il commercialista" stays the client\'s', () => {
    expect(read('prenotami l avvocato per giovedì mattina')).toMatchObject({ intent: 'booking', viaOffice: true });
    expect(read('domani alle 3 ho il commercialista').viaOffice).toBeUndefined();
  });
});

describe('fresh batch 19: quoted questions, being on site, an end named before its time', () => {
  it("does not read a question someone else asked, quoted before the request, as the client's question", () => {
    expect(
      read('mi ha scritto Bianchi: "ci vediamo venerdì alle 11 in studio?" mettilo in agenda per favore'),
    ).toMatchObject({ intent: 'booking', when: '2027-01-15T11:00:00+01:00' });
    expect(read('"possiamo vederci venerdì?"').intent).not.toBe('booking');
  });

  it('reads "on site" as being at a place, and an end named by a moment then its time', () => {
    expect(read('on site at the warehouse until 4pm', 'en')).toMatchObject({
      intent: 'status',
      until: '2027-01-12T16:00:00+01:00',
    });
    expect(read('sono in sala fino alla fine del servizio, alle 15')).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-01-12T15:00:00+01:00',
    });
    expect(read('ricordami fino a domani, alle 5').intent).toBe('reminder');
  });
});

describe('fresh batch 19: a need with a deadline after context, filing and a reminder of it', () => {
  it('reads a need with a deadline as work even after an event named as context', () => {
    expect(read('abbiamo il pranzo aziendale del 28: entro il 21 mi serve la lista dei menù')).toMatchObject({
      intent: 'task',
      due: '2027-01-21',
    });
    expect(read('venerdì alle 20 ho la cena con i fornitori').intent).toBe('booking');
  });

  it('reads "segnalo in agenda e ricordamelo <time>" as a reminder before the event it files', () => {
    expect(read('giovedì alle 9 ho il dentista, segnalo in agenda e ricordamelo mercoledì sera')).toMatchObject({
      intent: 'reminder',
      when: '2027-01-13T19:00:00+01:00',
      event: { when: '2027-01-14T09:00:00+01:00', title: 'dentista' },
    });
    expect(read('segnami la riunione di giovedì alle 9 e ricordami di portare i documenti').intent).toBe('booking');
  });
});
