import { describe, expect, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh22Noisy } from '../../test/understanding/families/fresh-22-noisy.js';
import { understandRules } from './rules.js';

/**
 * Fresh batch 22 (test/understanding/families/fresh-22-noisy-round*.ts): Italian and English whole messages as
 * phones and hurried thumbs mangle them. Beyond what the eval scores, a booking's `viaOffice` must be as labelled
 * and labelled free texts must come out exactly: they keep the client's words as typed, typos included.
 */
const FREE_TEXTS = ['title', 'with', 'text', 'target'] as const;

describe('fresh batch 22: noisy whole client messages', () => {
  for (const example of fresh22Noisy.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      expectLabelled(example, { freeTexts: FREE_TEXTS });
    });
  }
});

/** Wednesday 3 November 2027, 09:00 in Rome; the same instant in London. */
const now = new Date('2027-11-03T09:00:00+01:00');
const it_ = (text: string) => understandRules(text, { now, tz: 'Europe/Rome', lang: 'it' });
const en = (text: string) => understandRules(text, { now, tz: 'Europe/London', lang: 'en' });

describe('fresh batch 22: what rounds 1 and 2 taught', () => {
  it('reads a clock glued to the word before it ("alle3", "at3pm", "domani12 e 30", "3e mezza")', () => {
    expect(it_('ricordami venerdi alle4 di chiamare Bruno')).toMatchObject({
      when: '2027-11-05T16:00:00+01:00',
      text: 'chiamare Bruno',
    });
    expect(en('remind me at4pm to call Bruno')).toMatchObject({
      when: '2027-11-03T16:00:00+00:00',
      text: 'call Bruno',
    });
    expect(it_('domani11 e 45 ho il notaio')).toMatchObject({ intent: 'booking', when: '2027-11-04T11:45:00+01:00' });
    expect(it_('ho la visita venerdi alle 4e mezza')).toMatchObject({ when: '2027-11-05T16:30:00+01:00' });
    // a word that merely ends in digits stays a word
    expect(en('remind me to reset the router2 tomorrow').text).toBe('reset the router2');
  });

  it('keeps an accent typed as a mark after the vowel out of the text ("lunedi`", "giovedi\'")', () => {
    expect(it_('ricordami lunedi` di pagare la rata')).toMatchObject({
      when: '2027-11-08T09:00:00+01:00',
      text: 'pagare la rata',
    });
  });

  it('reads voice-to-text splits and English day words in an Italian message', () => {
    expect(it_('sono dal medico fino a le 11, nn chiamate')).toMatchObject({ intent: 'status' });
    expect(it_('ricorda mi domani di chiamare Elsa')).toMatchObject({ intent: 'reminder', text: 'chiamare Elsa' });
    expect(it_('ricordami tomorrow alle 6 di chiamare Elsa').when).toBe('2027-11-04T18:00:00+01:00');
  });

  it('reads a number word one slip off only where a number is expected', () => {
    expect(it_('ricordami alle sete di chiamare Elsa').when).toBe('2027-11-03T19:00:00+01:00');
    expect(en('remind me in fiftteen minutes to call Elsa').when).toBe('2027-11-03T08:15:00+00:00');
    expect(it_('ho sete e fame, ricordami alle 12 di pranzare').text).toBe('pranzare');
    expect(en('at footy training till 7 then free')).toMatchObject({ intent: 'status' });
  });

  it('reads short cue words one slip off in their context ("remid me", "evry tuesday", "a tabel for two")', () => {
    expect(en('remid me friday to call Elsa')).toMatchObject({ intent: 'reminder', text: 'call Elsa' });
    expect(en('remind me evry monday to water the plants').rrule).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(en('book a tabel for 3 at Rules on friday at 8')).toMatchObject({ partySize: 3, viaOffice: true });
    expect(en('have you ever been to Rules?').intent).not.toBe('reminder');
  });

  it('prefers the word a dropped letter explains when a typo is a slip from two ("minuts")', () => {
    expect(en('remind me in ten minuts to call Elsa').when).toBe('2027-11-03T08:10:00+00:00');
  });
});

describe('fresh batch 22: what rounds 3 and 4 taught', () => {
  it('reads request words with a letter missing, doubled or swapped, never a wrong letter or another form', () => {
    expect(it_('anulla il dentista di venerdi').intent).toBe('cancel');
    expect(it_('quante ore mi restanno?').intent).toBe('balance');
    expect(en('cancle my call on friday').intent).toBe('cancel');
    // real words one slip from a request word stay as they are
    expect(it_('la sposa ha cambiato idea, ricordami lunedi alle 10 di richiamarla').intent).toBe('reminder');
    expect(en('remind me friday about the cancer screening').intent).toBe('reminder');
    expect(it_('puoi fissarmi un appuntamento col notaio venerdi alle 10?').intent).toBe('booking');
  });

  it('reads a weekday with a letter missing after a preposition, never a name ("call Frida")', () => {
    expect(en('remind me on sundy to call mum').when).toBe('2027-11-07T09:00:00+00:00');
    expect(en('remind me to call frida at 5').when).toBe('2027-11-03T17:00:00+00:00');
  });

  it('reads "alle oto", "e meza" and an English "remind me" inside an Italian message', () => {
    expect(it_('ricordami alle oto di sera di chiudere il gas').when).toBe('2027-11-03T20:00:00+01:00');
    expect(it_('ricordami alle 5 e meza di uscire').when).toBe('2027-11-03T17:30:00+01:00');
    expect(it_('remind me domani alle 9 di chiamare Elsa')).toMatchObject({
      intent: 'reminder',
      when: '2027-11-04T09:00:00+01:00',
      text: 'chiamare Elsa',
    });
  });
});

describe('fresh batch 22: beyond the rounds', () => {
  it('reads a day word glued to an hour as that day at that hour ("domani9", "tmrw9am")', () => {
    expect(it_('ricordami domani9 di chiamare Rossi')).toMatchObject({
      when: '2027-11-04T09:00:00+01:00',
      text: 'chiamare Rossi',
    });
    expect(en('remind me tmrw9am to call Bob').when).toBe('2027-11-04T09:00:00+00:00');
    expect(it_('ricordami giovedi h15 di chiamare Rossi')).toMatchObject({
      when: '2027-11-04T15:00:00+01:00',
      text: 'chiamare Rossi',
    });
  });

  it('reads "remindme" as the verb and its pronoun, and an English "pm"/"am" after an Italian hour', () => {
    expect(en('remindme tomorrow at 3 to call Bob')).toMatchObject({ intent: 'reminder', text: 'call Bob' });
    expect(it_('ricordami domani alle 9pm di chiamare Rossi')).toMatchObject({
      when: '2027-11-04T21:00:00+01:00',
      text: 'chiamare Rossi',
    });
    expect(it_('ricordami domani alle 8am di chiamare Rossi').when).toBe('2027-11-04T08:00:00+01:00');
  });

  it('reads "2" for "to" between "me" or a clock and the verb, never before a unit or a party', () => {
    expect(en('remind me 2 call Bob tomorrow at 9')).toMatchObject({ text: 'call Bob' });
    expect(en('remind me tomorrow at 9am 2 call Bob')).toMatchObject({ text: 'call Bob' });
    expect(en('book a table for 2 at 8 tomorrow')).toMatchObject({ partySize: 2 });
  });
});
