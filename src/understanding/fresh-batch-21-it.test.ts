import { describe, expect, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { understandRules } from './rules.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh21It } from '../../test/understanding/families/fresh-21-it.js';

/**
 * Fresh batch 21 (test/understanding/families/fresh-21-it-round*.ts): Italian whole client messages (voice notes,
 * fragments, typos) of clients not seen before. Beyond what the eval scores, a booking's `viaOffice` must be as
 * labelled (absent = the client's own event), and labelled free texts and party sizes must come out exactly.
 */
const FREE_TEXTS = ['title', 'with', 'text', 'target'] as const;

describe('fresh batch 21: Italian whole client messages', () => {
  for (const example of fresh21It.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      expectLabelled(example, { freeTexts: FREE_TEXTS });
    });
  }
});

/** Tuesday 2 November 2027, 09:00 in Rome. */
const it_ = { now: new Date('2027-11-02T09:00:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
const read = (text: string) => understandRules(text, it_);
const busyUntil = (until: string) => ({ intent: 'status', availability: 'busy', until });

describe('fresh batch 21: what round 1 taught', () => {
  it('ends a recurrence "fino a fine anno" or "fino a <month>" on that last day, out of the text', () => {
    expect(read('ricordami ogni mercoledi alle 9 di fare il backup fino a fine anno')).toEqual({
      intent: 'reminder',
      when: '2027-11-03T09:00:00+01:00',
      rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20271231T235959Z',
      text: 'fare il backup',
    });
    expect(read('ogni venerdi ricordami di chiamare la banca fino a febbraio').rrule).toBe(
      'FREQ=WEEKLY;BYDAY=FR;UNTIL=20280229T235959Z',
    );
    expect(read('ricordami a febbraio di rinnovare il dominio').rrule).toBeUndefined();
  });

  it('keeps a status when the client is "still" or "already" at the place, with what for', () => {
    expect(read('sono ancora in magazzino a fare l inventario fino alle 11')).toEqual(
      busyUntil('2027-11-02T11:00:00+01:00'),
    );
    expect(read('sono già in cantiere con il geometra fino alle 12')).toEqual(busyUntil('2027-11-02T12:00:00+01:00'));
  });

  it('reads a closing "segnala"/"segnali" as "segna" with its pronoun, filing the event before it', () => {
    expect(read('il tecnico della caldaia passa giovedi alle 10, segnala')).toMatchObject({
      intent: 'booking',
      when: '2027-11-04T10:00:00+01:00',
    });
    expect(read('segnala al comune la buca in via Roma').intent).toBe('task');
  });
});

describe('fresh batch 21: what round 2 taught', () => {
  it('names the request by a work item and its number ("il preventivo 3307", "l ordine 5512")', () => {
    expect(read('a che punto è il preventivo 4471?')).toEqual({ intent: 'ticket_status', ref: 4471 });
    expect(read('l ordine 5512 è partito?')).toEqual({ intent: 'ticket_status', ref: 5512 });
    expect(read('ho ordinato 4 gomme per il furgone').intent).not.toBe('ticket_status');
  });

  it('hands a need to the office when a closing work verb takes it up, though the need names "liberi"', () => {
    expect(read('entro venerdi mi serve la lista delle sale libere a dicembre, la cercate voi?')).toMatchObject({
      intent: 'task',
      due: '2027-11-05',
    });
    expect(read('sono libero venerdi?').intent).not.toBe('task');
  });
});

describe('fresh batch 21: what rounds 2 and 3 taught', () => {
  it('keeps the stretch of days an office booking may fall on, with the part of the day', () => {
    expect(read('mi fissi il tagliando tra il 15 e il 19 novembre di mattina?')).toMatchObject({
      intent: 'booking',
      viaOffice: true,
      from: '2027-11-15',
      to: '2027-11-19',
      timeFrom: '09:00',
      timeTo: '13:00',
    });
    expect(read('prenotami una visita dal 22 al 24 novembre')).toMatchObject({ from: '2027-11-22', to: '2027-11-24' });
    // the range word stays out of who the booking is with
    expect(read('mi fissi un appuntamento con il commercialista tra lunedi e mercoledi?')).toMatchObject({
      with: 'commercialista',
      from: '2027-11-08',
      to: '2027-11-10',
    });
  });

  it('reads "tra il 13 e il 16" as two days, so an agenda question over them is asked', () => {
    expect(read('chi parte fra il 20 e il 22?')).toEqual({ intent: 'agenda', from: '2027-11-20', to: '2027-11-22' });
    expect(read('chi arriva tra il 5 e il 7?')).toEqual({ intent: 'agenda', from: '2027-11-05', to: '2027-11-07' });
  });

  it('reads the second weekday of a range as the one after the first, past today', () => {
    expect(read('cosa ho da lunedi a mercoledi?')).toEqual({ intent: 'agenda', from: '2027-11-08', to: '2027-11-10' });
  });
});
